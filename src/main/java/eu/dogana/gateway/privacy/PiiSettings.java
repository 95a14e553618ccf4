package eu.dogana.gateway.privacy;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.transform.Operator;
import eu.dogana.pii.transform.OperatorPlan;
import eu.dogana.pii.scan.ScanOptions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Arrays;

/** {@link PiiConfig} checked and turned into operator plans once, at startup. */
public record PiiSettings(boolean enabled, ScanOptions scanOptions, OperatorPlan promptPlan, boolean scanAnswers,
                          OperatorPlan answerPlan, boolean screenStreams) {

    public static PiiSettings of(PiiConfig config) {
        double threshold = config.scoreThreshold();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("dogana.pii.score-threshold must be in [0, 1]; got: " + threshold);
        }
        OperatorPlan prompt = new OperatorPlan(byType("dogana.pii.operators", config.operators()),
                operator("dogana.pii.default-operator", config.defaultOperator()));
        OperatorPlan answer = new OperatorPlan(byType("dogana.pii.output.operators", config.output().operators()),
                operator("dogana.pii.output.default-operator", config.output().defaultOperator()));
        if (answer.fallback() instanceof Operator.Pseudonymize
                || answer.byType().values().stream().anyMatch(Operator.Pseudonymize.class::isInstance)) {
            // a placeholder in an answer would stand for a value nobody can ever restore
            throw new IllegalArgumentException("dogana.pii.output operators cannot be 'pseudonymize'");
        }
        return new PiiSettings(config.enabled(), new ScanOptions(Set.of(), threshold), prompt, config.output().scan(),
                answer, config.output().screenStreams());
    }

    private static Map<EntityType, Operator> byType(String key, Map<String, String> specs) {
        Map<EntityType, Operator> plan = new EnumMap<>(EntityType.class);
        specs.forEach((name, spec) -> plan.put(
                EntityType.byName(name).orElseThrow(() -> new IllegalArgumentException(key + "." + name
                        + ": unknown entity type; known are " + new TreeSet<>(Arrays.stream(EntityType.values())
                        .map(Enum::name).toList()))),
                operator(key + "." + name, spec)));
        return plan;
    }

    private static Operator operator(String key, String spec) {
        try {
            return Operator.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }
}
