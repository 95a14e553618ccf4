package eu.dogana.pii.transform;

import java.util.Locale;
import java.util.Optional;

/**
 * What to do with one finding's value. Names and parameters follow Presidio's anonymizer operators so that a
 * configuration written for Presidio reads the same here; {@code pseudonymize} is ours: a reversible placeholder
 * restored in the answer.
 */
public sealed interface Operator {

    /** The operator's name as written in configuration and in Presidio's API. */
    String name();

    /** Drop the value entirely. */
    record Redact() implements Operator {
        @Override
        public String name() {
            return "redact";
        }
    }

    /** Keep the last {@code keepLast} characters, mask the others with {@code maskChar}. */
    record Mask(char maskChar, int keepLast) implements Operator {
        public Mask {
            if (keepLast < 0) {
                throw new IllegalArgumentException("keepLast must be >= 0; got: " + keepLast);
            }
        }

        @Override
        public String name() {
            return "mask";
        }
    }

    /**
     * Presidio's form of masking: {@code count} characters masked from the start, or from the end when
     * {@code fromEnd}. Unlike {@link Mask} it counts every character, separators included, as Presidio does.
     */
    record MaskChars(char maskChar, int count, boolean fromEnd) implements Operator {
        public MaskChars {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0; got: " + count);
            }
        }

        @Override
        public String name() {
            return "mask";
        }
    }

    /** Replace with a fixed text, by default the type in angle brackets ({@code <IBAN_CODE>}). */
    record Replace(Optional<String> newValue) implements Operator {
        @Override
        public String name() {
            return "replace";
        }
    }

    /**
     * A keyed HMAC-SHA256 of the value's canonical form ({@link eu.dogana.pii.Identifiers#normalise}): stable per
     * tenant whichever way the value is written, irreversible without the key.
     */
    record Hash() implements Operator {
        @Override
        public String name() {
            return "hash";
        }
    }

    /** A per-request placeholder such as {@code PERSON_1}, restored to the value in the answer. */
    record Pseudonymize() implements Operator {
        @Override
        public String name() {
            return "pseudonymize";
        }
    }

    /** Leave the value as it is (the finding is still reported). */
    record Keep() implements Operator {
        @Override
        public String name() {
            return "keep";
        }
    }

    Operator REDACT = new Redact();
    Operator HASH = new Hash();
    Operator PSEUDONYMIZE = new Pseudonymize();
    Operator KEEP = new Keep();
    Operator REPLACE = new Replace(Optional.empty());

    /**
     * Parses the short form used in configuration: {@code redact}, {@code hash}, {@code pseudonymize}, {@code keep},
     * {@code replace} or {@code replace:<text>}, {@code mask} or {@code mask:<keep last N>}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    static Operator parse(String spec) {
        String trimmed = spec.strip();
        int colon = trimmed.indexOf(':');
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? null : trimmed.substring(colon + 1);
        return switch (name) {
            case "redact" -> REDACT;
            case "hash" -> HASH;
            case "pseudonymize", "pseudonymise" -> PSEUDONYMIZE;
            case "keep" -> KEEP;
            case "replace" -> new Replace(Optional.ofNullable(argument));
            case "mask" -> new Mask('*', argument == null ? 0 : parseKeepLast(spec, argument));
            default -> throw new IllegalArgumentException("unknown operator '" + spec
                    + "'; expected redact, mask[:N], replace[:text], hash, pseudonymize or keep");
        };
    }

    private static int parseKeepLast(String spec, String argument) {
        try {
            int n = Integer.parseInt(argument.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mask takes the number of characters to keep, e.g. mask:4; got: " + spec);
        }
    }
}
