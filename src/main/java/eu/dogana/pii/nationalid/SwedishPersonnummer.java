package eu.dogana.pii.nationalid;

/**
 * The Swedish personnummer: birth date YYMMDD (or YYYYMMDD), a three-digit birth number and a Luhn check digit over
 * the ten digits YYMMDDNNNC. Written {@code YYMMDD-NNNC}, with {@code +} instead of {@code -} from the year the
 * holder turns 100, or as twelve digits. Samordningsnummer (coordination numbers) add 60 to the day and are accepted.
 */
public final class SwedishPersonnummer {

    private SwedishPersonnummer() {
    }

    /** Accepts {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}, {@code YYMMDDNNNC}, {@code YYYYMMDD[-]NNNC}. */
    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return (c.length == 10 || c.length == 12) && isValid(c, 0, c.length);
    }

    /** Checks ten or twelve digits at {@code chars[offset]}. */
    static boolean isValid(char[] chars, int offset, int length) {
        if (!Digits.allDigits(chars, offset, length)) {
            return false;
        }
        int from = offset;
        int century = -1;
        if (length == 12) {
            century = Digits.twoDigits(chars, offset);
            if (century < 18 || century > 20) {
                return false;
            }
            from += 2;
        }
        int year = Digits.twoDigits(chars, from);
        int month = Digits.twoDigits(chars, from + 2);
        int day = Digits.twoDigits(chars, from + 4);
        if (day > 60) {
            day -= 60;
        }
        boolean date = century < 0
                ? CalendarDates.isValidTwoDigitYear(year, month, day)
                : CalendarDates.isValid(century * 100 + year, month, day);
        return date && Luhn.isValid(chars, from, 10);
    }
}
