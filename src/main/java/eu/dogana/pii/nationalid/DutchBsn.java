package eu.dogana.pii.nationalid;

/**
 * The Dutch burgerservicenummer: nine digits passing the <em>elfproef</em> —
 * {@code 9·d1 + 8·d2 + … + 2·d8 − 1·d9} divisible by 11, and not all zero.
 */
public final class DutchBsn {

    public static final int LENGTH = 9;

    private DutchBsn() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (chars[offset + i] - '0');
        }
        sum -= chars[offset + 8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
