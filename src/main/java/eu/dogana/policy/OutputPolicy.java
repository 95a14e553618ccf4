package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.EntityType;
import java.util.Map;

/**
 * How answers are treated on their way back.
 *
 * @param dropReasoning remove the model's reasoning trace (DeepSeek's {@code reasoning_content}) from answers: it
 *     often repeats the prompt's personal data verbatim and is not part of what the caller asked for
 * @param scanAnswers run the personal-data scan over answers too
 * @param answerTransforms operators applied to entities found in answers (only when {@code scanAnswers})
 * @param aiDisclosure mark answers as AI-generated ({@code X-AI-Generated: true}; AI Act Art. 50)
 */
public record OutputPolicy(
        boolean dropReasoning, boolean scanAnswers, Map<EntityType, Transform> answerTransforms, boolean aiDisclosure) {

    /** Reasoning dropped, answers scanned, nothing rewritten, disclosure on. */
    public static final OutputPolicy DEFAULT = new OutputPolicy(true, true, Map.of(), true);

    public OutputPolicy {
        answerTransforms = Map.copyOf(requireNonNull(answerTransforms, "answerTransforms is null"));
    }
}
