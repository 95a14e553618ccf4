package eu.dogana.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * What to do to a detected entity before a prompt leaves, ordered from the most to the least revealing: the
 * declaration order is the strictness order ({@link #isStricterThan}). When two rules name an operator for the
 * same entity type, the stricter one applies.
 *
 * <p>Why this order: {@code keep} sends the value; {@code mask} sends part of it; {@code pseudonymize} sends a
 * consistent stand-in the gateway can map back in the answer (linkable within the request, reversible only here);
 * {@code hash} sends a consistent but irreversible digest; {@code replace} sends a fixed label without linkage;
 * {@code redact} sends nothing at all.
 */
public enum Operator {
    KEEP,
    MASK,
    PSEUDONYMIZE,
    HASH,
    REPLACE,
    REDACT;

    public boolean isStricterThan(Operator other) {
        return ordinal() > other.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operator> fromWireName(String name) {
        for (Operator operator : values()) {
            if (operator.wireName().equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
