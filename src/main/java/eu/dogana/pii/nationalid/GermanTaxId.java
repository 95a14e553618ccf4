package eu.dogana.pii.nationalid;

/**
 * The German Steuerliche Identifikationsnummer (IdNr, § 139b AO): eleven digits, the first not 0. Among the first
 * ten, exactly one digit occurs twice or three times (never three times in a row) and the others at most once; the
 * eleventh is an ISO 7064 MOD 11,10 check digit.
 */
public final class GermanTaxId {

    public static final int LENGTH = 11;

    private GermanTaxId() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH) || chars[offset] == '0') {
            return false;
        }
        return hasValidRepetition(chars, offset) && checkDigit(chars, offset) == chars[offset + 10] - '0';
    }

    private static boolean hasValidRepetition(char[] chars, int offset) {
        // ten 4-bit counters in one long: no array per candidate
        long counts = 0;
        for (int i = 0; i < 10; i++) {
            counts += 1L << (4 * (chars[offset + i] - '0'));
        }
        int repeated = -1;
        for (int d = 0; d < 10; d++) {
            int count = (int) (counts >>> (4 * d)) & 0xF;
            if (count > 1) {
                if (repeated >= 0 || count > 3) {
                    return false;
                }
                repeated = d;
            }
        }
        if (repeated < 0) {
            return false;
        }
        for (int i = 0; i + 2 < 10; i++) {
            if (chars[offset + i] == chars[offset + i + 1] && chars[offset + i] == chars[offset + i + 2]) {
                return false;
            }
        }
        return true;
    }

    /** ISO 7064 MOD 11,10 over the first ten digits. */
    private static int checkDigit(char[] chars, int offset) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (chars[offset + i] - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
