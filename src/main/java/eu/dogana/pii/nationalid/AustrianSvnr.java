package eu.dogana.pii.nationalid;

/**
 * The Austrian Sozialversicherungsnummer: a three-digit serial (not starting with 0), a check digit and the birth
 * date DDMMYY. The check digit is the sum of the other digits weighted 3, 7, 9, (check), 5, 8, 4, 2, 1, 6, mod 11;
 * serials whose sum gives 10 are not issued.
 */
public final class AustrianSvnr {

    public static final int LENGTH = 10;
    private static final int[] WEIGHTS = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};

    private AustrianSvnr() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH) || chars[offset] == '0') {
            return false;
        }
        int day = Digits.twoDigits(chars, offset + 4);
        int month = Digits.twoDigits(chars, offset + 6);
        int year = Digits.twoDigits(chars, offset + 8);
        if (!CalendarDates.isValidTwoDigitYear(year, month, day)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += WEIGHTS[i] * (chars[offset + i] - '0');
        }
        int check = sum % 11;
        return check != 10 && check == chars[offset + 3] - '0';
    }
}
