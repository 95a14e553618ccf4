package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

/**
 * One operator with its parameters, as a rule names it for an entity type.
 *
 * @param operator what to do
 * @param keepLast for {@link Operator#MASK}: how many trailing characters stay visible (0 = mask all); 0 otherwise
 * @param replacement for {@link Operator#REPLACE}: the text put in place of the value; empty means the gateway's
 *     default label ({@code <ENTITY_TYPE>})
 */
public record Transform(Operator operator, int keepLast, String replacement) {

    public static final Transform KEEP = new Transform(Operator.KEEP, 0, "");

    public Transform {
        requireNonNull(operator, "operator is null");
        requireNonNull(replacement, "replacement is null");
        if (keepLast < 0) {
            throw new IllegalArgumentException("keepLast must be >= 0; got: " + keepLast);
        }
        if (keepLast > 0 && operator != Operator.MASK) {
            throw new IllegalArgumentException("keepLast applies to mask only; got operator " + operator);
        }
        if (!replacement.isEmpty() && operator != Operator.REPLACE) {
            throw new IllegalArgumentException("replacement applies to replace only; got operator " + operator);
        }
    }

    public static Transform of(Operator operator) {
        return new Transform(operator, 0, "");
    }

    /**
     * The stricter of the two: the later operator in {@link Operator}'s order; between two masks, the one that keeps
     * fewer characters; between equal operators, {@code this}.
     */
    public Transform stricter(Transform other) {
        if (other.operator.isStricterThan(operator)) {
            return other;
        }
        if (operator == Operator.MASK && other.operator == Operator.MASK && other.keepLast < keepLast) {
            return other;
        }
        return this;
    }
}
