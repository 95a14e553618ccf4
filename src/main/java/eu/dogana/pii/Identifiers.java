package eu.dogana.pii;

import java.util.Locale;

/**
 * The canonical spelling of a found value, so that the same identifier written two ways is one: an IBAN with or
 * without spaces, an e-mail address in any case, a phone number with or without separators. Used for placeholders
 * (one per value) and for data-subject references (a DPO's query must meet what the gateway stored).
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static String normalise(EntityType type, String value) {
        return switch (type) {
            // names and places: case and spacing carry no identity, but letters do
            case PERSON, LOCATION -> value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            case EMAIL_ADDRESS, URL -> value.strip().toLowerCase(Locale.ROOT);
            case PHONE_NUMBER -> phone(value);
            default -> value.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
        };
    }

    /** Whether a type names one data subject (and so belongs in the subject references), not a topic. */
    public static boolean identifiesSubject(EntityType type) {
        return switch (type.category()) {
            case IDENTITY, CONTACT, FINANCIAL, NATIONAL_ID -> true;
            case ONLINE_ID -> type == EntityType.IP_ADDRESS || type == EntityType.MAC_ADDRESS;
            default -> false;
        };
    }

    /** Digits only, with a leading {@code +} for {@code 00}; national prefixes are not guessed. */
    private static String phone(String value) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String trimmed = value.strip();
        if (trimmed.startsWith("+")) {
            return "+" + digits;
        }
        return digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0' ? "+" + digits.substring(2)
                : digits.toString();
    }
}
