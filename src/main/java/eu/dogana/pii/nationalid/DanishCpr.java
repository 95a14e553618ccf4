package eu.dogana.pii.nationalid;

/**
 * The Danish CPR-nummer {@code DDMMYY-SSSS}. Since 2007 numbers are issued that fail the old modulus-11 test, so the
 * only check left is a valid birth date; the modulus-11 test is kept as {@link #passesModulus11} for callers that
 * want to know.
 */
public final class DanishCpr {

    public static final int LENGTH = 10;
    private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    private DanishCpr() {
    }

    /** Ten digits with a valid date; with or without the dash. */
    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH)) {
            return false;
        }
        return CalendarDates.isValidTwoDigitYear(Digits.twoDigits(chars, offset + 4),
                Digits.twoDigits(chars, offset + 2), Digits.twoDigits(chars, offset));
    }

    /** The pre-2007 check: digits weighted 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 sum to a multiple of 11. */
    public static boolean passesModulus11(CharSequence value) {
        char[] c = Digits.compact(value);
        if (c.length != LENGTH || !Digits.allDigits(c, 0, LENGTH)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += WEIGHTS[i] * (c[i] - '0');
        }
        return sum % 11 == 0;
    }
}
