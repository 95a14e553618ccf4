package eu.dogana.policy;

import eu.dogana.pii.EntityType;
import java.util.Map;
import java.util.Optional;

/** The {@code output} keys as written: each may be absent, and absent ones inherit from the level above. */
record OutputSettings(
        Optional<Boolean> dropReasoning,
        Optional<Boolean> scanAnswers,
        Optional<Map<EntityType, Transform>> answerTransforms,
        Optional<Boolean> aiDisclosure) {

    static final OutputSettings NONE =
            new OutputSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    OutputPolicy over(OutputPolicy base) {
        return new OutputPolicy(
                dropReasoning.orElse(base.dropReasoning()),
                scanAnswers.orElse(base.scanAnswers()),
                answerTransforms.orElse(base.answerTransforms()),
                aiDisclosure.orElse(base.aiDisclosure()));
    }
}
