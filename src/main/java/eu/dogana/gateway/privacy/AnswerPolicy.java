package eu.dogana.gateway.privacy;

import eu.dogana.pii.transform.OperatorPlan;

/**
 * How one request's answer is treated, as the policy decided it (or the configuration, without a policy rule).
 *
 * @param dropReasoning remove {@code reasoning_content} (DeepSeek's reasoning trace) from the answer
 * @param scan          look for personal data the caller did not send
 * @param plan          operators for such data, in complete and streamed answers
 */
public record AnswerPolicy(boolean dropReasoning, boolean scan, OperatorPlan plan) {
}
