package eu.dogana.pii.transform;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.Identifiers;
import eu.dogana.pii.pseudonym.PseudonymVault;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites a text according to its findings and an {@link OperatorPlan}. Findings are applied left to right; one
 * overlapping a finding already applied is skipped (the scanner resolves overlaps between values, but keeps
 * special-category topics that may lie across them, and those are kept by default).
 *
 * <p>Immutable; the per-request state (placeholders) is in the {@link PseudonymVault} passed to each call.
 */
public final class Anonymizer {

    private final KeyedHash hash;

    /** @param hash the tenant's keyed hash, used by {@link Operator.Hash}; empty if hashing is not configured */
    public Anonymizer(Optional<KeyedHash> hash) {
        this.hash = hash.orElse(null);
    }

    public Anonymized apply(String text, List<Finding> findings, OperatorPlan plan, PseudonymVault vault) {
        if (findings.isEmpty()) {
            return new Anonymized(text, List.of());
        }
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::length).reversed()));
        StringBuilder out = new StringBuilder(text.length());
        List<Replacement> items = new ArrayList<>();
        int copied = 0;
        for (Finding finding : ordered) {
            Operator operator = plan.operatorFor(finding.type());
            if (operator instanceof Operator.Keep || finding.start() < copied) {
                continue;
            }
            String value = finding.valueIn(text);
            String replacement = replace(finding.type(), value, operator, vault);
            out.append(text, copied, finding.start());
            int start = out.length();
            out.append(replacement);
            items.add(new Replacement(finding.type(), start, out.length(), replacement, operator.name()));
            copied = finding.end();
        }
        if (items.isEmpty()) {
            return new Anonymized(text, List.of());
        }
        out.append(text, copied, text.length());
        return new Anonymized(out.toString(), items);
    }

    private String replace(EntityType type, String value, Operator operator, PseudonymVault vault) {
        return switch (operator) {
            case Operator.Redact redact -> "";
            case Operator.Replace replace -> replace.newValue().orElse("<" + type.name() + ">");
            case Operator.Mask mask -> mask(value, mask);
            case Operator.MaskChars mask -> maskChars(value, mask);
            case Operator.Hash h -> {
                if (hash == null) {
                    throw new IllegalStateException("the hash operator needs a key; none is configured");
                }
                // the canonical form: "Mario@Example.it" and "mario@example.it" are one address, so one hash
                yield hash.hex(Identifiers.normalise(type, value));
            }
            case Operator.Pseudonymize p -> vault.placeholderFor(type, value);
            case Operator.Keep keep -> value;
        };
    }

    /**
     * Presidio's {@code chars_to_mask}: characters are code points, as in Python, so a character outside the Basic
     * Multilingual Plane is masked whole, never split into a lone surrogate.
     */
    private static String maskChars(String value, Operator.MaskChars mask) {
        int n = Math.min(mask.count(), value.codePointCount(0, value.length()));
        String masked = String.valueOf(mask.maskChar()).repeat(n);
        return mask.fromEnd()
                ? value.substring(0, value.offsetByCodePoints(value.length(), -n)) + masked
                : masked + value.substring(value.offsetByCodePoints(0, n));
    }

    /**
     * Masks letters and digits only, so the shape ("****-****-****-1234", "m***@***.com") stays readable; a letter
     * outside the Basic Multilingual Plane is one character, masked whole.
     */
    private static String mask(String value, Operator.Mask mask) {
        long letters = value.codePoints().filter(Character::isLetterOrDigit).count();
        long toMask = letters - mask.keepLast();
        StringBuilder masked = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (toMask > 0 && Character.isLetterOrDigit(c)) {
                masked.append(mask.maskChar());
                toMask--;
            } else {
                masked.appendCodePoint(c);
            }
        }
        return masked.toString();
    }
}
