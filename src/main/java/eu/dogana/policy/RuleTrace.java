package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

/**
 * What happened to one rule (or built-in check) during a decision.
 *
 * @param ruleId the rule, or a built-in check ({@code residency}, {@code limits.max_prompt_tokens},
 *     {@code default-deny})
 * @param status what happened
 * @param detail why, in words
 */
public record RuleTrace(String ruleId, Status status, String detail) {

    public enum Status {
        /** Its scope excludes the request; the condition was not evaluated. */
        OUT_OF_SCOPE,
        /** Evaluated, false. */
        NO_MATCH,
        /** Evaluated, true (or a built-in check that fired). */
        MATCH,
        /** Evaluation failed; the detail says how the failure was counted. */
        ERROR,
        /** Not reached: an earlier deny decided. */
        NOT_EVALUATED,
        /** A built-in check that passed. */
        PASS
    }

    public RuleTrace {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(status, "status is null");
        requireNonNull(detail, "detail is null");
    }
}
