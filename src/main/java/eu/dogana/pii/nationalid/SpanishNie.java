package eu.dogana.pii.nationalid;

/**
 * The Spanish número de identidad de extranjero: X, Y or Z (counting as 0, 1, 2), seven digits and the DNI letter of
 * the resulting eight-digit number ({@link SpanishNif#LETTERS}).
 */
public final class SpanishNie {

    public static final int LENGTH = 9;

    private SpanishNie() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        int prefix = "XYZ".indexOf(chars[offset]);
        if (prefix < 0 || !Digits.allDigits(chars, offset + 1, 7)) {
            return false;
        }
        long n = prefix * 10_000_000L + Digits.number(chars, offset + 1, 7);
        return chars[offset + 8] == SpanishNif.LETTERS.charAt((int) (n % 23));
    }
}
