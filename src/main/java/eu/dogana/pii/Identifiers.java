package eu.dogana.pii;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The canonical spelling of a found value, so that the same identifier written two ways is one: an IBAN with or
 * without spaces, an e-mail address in any case, a phone number with or without separators, an IPv6 address
 * compressed or not. Used for placeholders (one per value), for recognising the caller's own values in an answer,
 * for the {@code hash} operator (one hash per value) and for data-subject references (a DPO's query must meet what
 * the gateway stored). Two different values must never share a form: that would give them one placeholder.
 */
public final class Identifiers {

    // compiled once: every finding of every request is normalised, some twice (its placeholder, the values sent)
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[\\s.\\-/]");
    private static final Pattern MAC_SEPARATORS = Pattern.compile("[:.\\-]");

    private Identifiers() {
    }

    /**
     * The canonical form of {@code value}, a finding of {@code type}. Two values have one form only when they are the
     * same identifier, never merely because their letters and digits are. Every type is named below (a new one does
     * not compile until it is given a form), and total: text that is not of the type's shape still gets a form, kept
     * apart from every well-formed value.
     */
    public static String normalise(EntityType type, String value) {
        return switch (type) {
            // names, places and the topics of special categories: case and spacing carry no identity, but letters and
            // punctuation do ("Anna-Maria" is not "Anna Maria")
            case PERSON, LOCATION, HEALTH, RELIGION, ETHNIC_ORIGIN, POLITICAL_OPINION, TRADE_UNION,
                 SEX_LIFE_OR_ORIENTATION, GENETIC, BIOMETRIC, CRIMINAL_RECORD -> words(value);
            // the local part is case-sensitive by the letter of RFC 5321, by no mail provider in practice
            case EMAIL_ADDRESS -> value.strip().toLowerCase(Locale.ROOT);
            case URL -> CanonicalUrl.of(value);
            case PHONE_NUMBER -> phone(value);
            // separators here are structure: "192.168.1.10" and "192.168.11.0" share their digits
            case IP_ADDRESS -> CanonicalIp.of(value);
            case MAC_ADDRESS -> mac(value);
            case DATE_TIME, DATE_OF_BIRTH -> CanonicalDate.of(value);
            case CRYPTO -> crypto(value);
            // a secret is compared as written: case, '.', '/' and '-' are part of a key or token
            case SECRET -> value.strip();
            // printed in groups for the reader ("IT60 X054 …", "4111-1111-…", "85.07.30-033.28", "DE 123 456 789"):
            // the grouping carries nothing, every letter and digit does, and their letters are upper case by rule.
            // Where a separator means something it is not one of these (a Swedish '+' for a century, a Finnish
            // century letter) and stays. A Finnish '-' century sign is dropped, harmlessly: the other signs, '+' and
            // letters, stay, so the code remains told apart from one of another century.
            case IBAN_CODE, CREDIT_CARD, EU_VAT_NUMBER, IT_VAT_CODE, PASSPORT, IT_FISCAL_CODE, DE_TAX_ID, DE_ID_CARD,
                 DE_HEALTH_INSURANCE_NUMBER, FR_NIR, ES_NIF, ES_NIE, NL_BSN, PL_PESEL, BE_NATIONAL_NUMBER, AT_SVNR,
                 PT_NIF, SE_PERSONNUMMER, FI_PERSONAL_IDENTITY_CODE, DK_CPR, IE_PPSN -> grouped(value);
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

    private static String words(String value) {
        return WHITESPACE.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String grouped(String value) {
        return GROUP_SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * Twelve hex digits in lower case, in pairs separated by colons, whichever notation was written
     * ({@code 00-1A-…}, {@code 001a.2b3c.…}); anything else stripped and in lower case.
     */
    private static String mac(String value) {
        String hex = MAC_SEPARATORS.matcher(value.strip()).replaceAll("").toLowerCase(Locale.ROOT);
        if (hex.length() != 12 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return value.strip().toLowerCase(Locale.ROOT);
        }
        StringBuilder pairs = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                pairs.append(':');
            }
            pairs.append(hex, i, i + 2);
        }
        return pairs.toString();
    }

    /**
     * Base58 addresses (Bitcoin's "1…" and "3…") tell upper from lower case and are kept as written; bech32 ("bc1…")
     * is case-insensitive and Ethereum's hex ({@code 0x…}) carries only an optional checksum in its case, so both
     * are lower-cased.
     */
    private static String crypto(String value) {
        String address = value.strip();
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("bc1") || lower.startsWith("0x") ? lower : address;
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
