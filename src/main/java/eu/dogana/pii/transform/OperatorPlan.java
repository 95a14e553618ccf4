package eu.dogana.pii.transform;

import eu.dogana.pii.EntityType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which {@link Operator} applies to which entity type, with a fallback for the types not named. Special categories
 * (Art. 9/10 topics) fall back to {@link Operator#KEEP}: they describe what a text is about, are decided on by
 * policy, and have no single value a placeholder could stand for.
 */
public record OperatorPlan(Map<EntityType, Operator> byType, Operator fallback) {

    public OperatorPlan {
        byType = byType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byType));
    }

    public static OperatorPlan uniform(Operator operator) {
        return new OperatorPlan(Map.of(), operator);
    }

    public Operator operatorFor(EntityType type) {
        Operator named = byType.get(type);
        if (named != null) {
            return named;
        }
        return type.isSpecialCategory() ? Operator.KEEP : fallback;
    }

    /** Whether the plan keeps every finding as it is: applying it never changes a text. */
    public boolean keepsAll() {
        return fallback instanceof Operator.Keep && byType.values().stream().allMatch(Operator.Keep.class::isInstance);
    }

    /** This plan with {@code overrides} taking precedence. */
    public OperatorPlan with(Map<EntityType, Operator> overrides) {
        EnumMap<EntityType, Operator> merged = new EnumMap<>(EntityType.class);
        merged.putAll(byType);
        merged.putAll(overrides);
        return new OperatorPlan(merged, fallback);
    }
}
