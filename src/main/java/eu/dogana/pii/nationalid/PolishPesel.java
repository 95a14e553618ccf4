package eu.dogana.pii.nationalid;

/**
 * The Polish PESEL: birth date YYMMDD with the century in the month (+80 for 1800s, +0 1900s, +20 2000s, +40 2100s,
 * +60 2200s), a four-digit serial and a check digit with weights 1, 3, 7, 9.
 */
public final class PolishPesel {

    public static final int LENGTH = 11;
    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private PolishPesel() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH)) {
            return false;
        }
        int year = Digits.twoDigits(chars, offset);
        int month = Digits.twoDigits(chars, offset + 2);
        int day = Digits.twoDigits(chars, offset + 4);
        int century = switch (month / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        if (!CalendarDates.isValid(century + year, month % 20, day)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (chars[offset + i] - '0');
        }
        return (10 - sum % 10) % 10 == chars[offset + 10] - '0';
    }
}
