package eu.dogana.pii.nationalid;

/**
 * The Finnish henkilötunnus: {@code DDMMYYCZZZQ} — birth date, a century sign, an individual number and a check
 * character {@code 0123456789ABCDEFHJKLMNPRSTUVWXY[DDMMYYZZZ mod 31]}. Century signs: {@code +} for the 1800s,
 * {@code -} and (since 2023) {@code Y X W V U} for the 1900s, {@code A} and (since 2023) {@code B C D E F} for the
 * 2000s. Individual numbers run from 002 to 899, and 900–999 for temporary ones.
 */
public final class FinnishHetu {

    public static final int LENGTH = 11;
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private FinnishHetu() {
    }

    /** Accepts the code as written (the century sign is part of it), in either case. */
    public static boolean isValid(CharSequence value) {
        if (value.length() != LENGTH) {
            return false;
        }
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            char ch = value.charAt(i);
            c[i] = ch >= 'a' && ch <= 'z' ? (char) (ch - ('a' - 'A')) : ch;
        }
        return isValid(c, 0);
    }

    /** Checks the eleven characters at {@code chars[offset]}, upper case, century sign included. */
    static boolean isValid(char[] chars, int offset) {
        return isValid(chars, offset, chars[offset + 6], offset + 7);
    }

    /**
     * Checks ten characters at {@code chars[offset]} (upper case) that were written with {@code sign} between the
     * sixth and the seventh: how "131052-308T" arrives when '-' separates two words.
     */
    static boolean isValid(char[] chars, int offset, char sign) {
        return isValid(chars, offset, sign, offset + 6);
    }

    private static boolean isValid(char[] chars, int dateOffset, char sign, int restOffset) {
        int century = century(sign);
        if (century < 0 || !Digits.allDigits(chars, dateOffset, 6) || !Digits.allDigits(chars, restOffset, 3)) {
            return false;
        }
        int day = Digits.twoDigits(chars, dateOffset);
        int month = Digits.twoDigits(chars, dateOffset + 2);
        int year = century + Digits.twoDigits(chars, dateOffset + 4);
        long individual = Digits.number(chars, restOffset, 3);
        if (individual < 2 || !CalendarDates.isValid(year, month, day)) {
            return false;
        }
        long n = Digits.number(chars, dateOffset, 6) * 1000 + individual;
        return chars[restOffset + 3] == CHECK.charAt((int) (n % 31));
    }

    private static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> -1;
        };
    }
}
