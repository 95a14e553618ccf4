package eu.dogana.pii.nationalid;

/**
 * The Spanish número de identificación fiscal. For a person it is the DNI number — eight digits and the letter
 * {@code TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]} — or, for Spaniards without DNI, K, L or M with seven digits and the same
 * letter. For a company (the former CIF) it is an organisation letter, seven digits and a control character (a digit
 * or a letter of {@code JABCDEFGHI}) computed Luhn-style. Foreigners' NIE is {@link SpanishNie}.
 */
public final class SpanishNif {

    public static final int LENGTH = 9;
    static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String ORGANISATIONS = "ABCDEFGHJNPQRSUVW";
    private static final String CONTROL_LETTERS = "JABCDEFGHI";

    private SpanishNif() {
    }

    /** Any valid NIF: DNI, K/L/M or company. */
    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && (isValidPerson(c, 0) || isValidCompany(c, 0));
    }

    /** A DNI (eight digits and a letter) or a K/L/M NIF. */
    static boolean isValidPerson(char[] chars, int offset) {
        char first = chars[offset];
        int digits = first == 'K' || first == 'L' || first == 'M' ? 7 : 8;
        int from = offset + LENGTH - 1 - digits;
        if (!Digits.allDigits(chars, from, digits)) {
            return false;
        }
        return chars[offset + 8] == LETTERS.charAt((int) (Digits.number(chars, from, digits) % 23));
    }

    static boolean isValidCompany(char[] chars, int offset) {
        char kind = chars[offset];
        if (ORGANISATIONS.indexOf(kind) < 0 || !Digits.allDigits(chars, offset + 1, 7)) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int d = chars[offset + i] - '0';
            if (i % 2 == 1) {
                d *= 2;
                d = d / 10 + d % 10;
            }
            sum += d;
        }
        int control = (10 - sum % 10) % 10;
        char given = chars[offset + 8];
        boolean letterOnly = "NPQRSW".indexOf(kind) >= 0;
        boolean digitOnly = "ABEH".indexOf(kind) >= 0;
        boolean asDigit = given == (char) ('0' + control);
        boolean asLetter = given == CONTROL_LETTERS.charAt(control);
        return (asDigit && !letterOnly) || (asLetter && !digitOnly);
    }
}
