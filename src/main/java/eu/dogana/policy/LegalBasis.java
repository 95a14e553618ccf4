package eu.dogana.policy;

import java.util.Locale;
import java.util.Optional;

/** The lawful bases of GDPR Art. 6(1), points (a) to (f), under the names policy files use. */
public enum LegalBasis {
    /** Art. 6(1)(a). */
    CONSENT,
    /** Art. 6(1)(b). */
    CONTRACT,
    /** Art. 6(1)(c). */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(d). */
    VITAL_INTERESTS,
    /** Art. 6(1)(e). */
    PUBLIC_TASK,
    /** Art. 6(1)(f). */
    LEGITIMATE_INTERESTS;

    /** The name in policy files: the constant in lower case, e.g. {@code legal_obligation}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The basis of this file name, or empty when it names none. */
    public static Optional<LegalBasis> fromWireName(String name) {
        for (LegalBasis basis : values()) {
            if (basis.wireName().equals(name)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }
}
