package eu.dogana.pii.nationalid;

/**
 * The Belgian numéro de registre national / rijksregisternummer ({@code YY.MM.DD-SSS.CC}): birth date (month and day
 * may be 00 when unknown; BIS numbers add 20 or 40 to the month), a serial 001–998 and a check
 * {@code 97 - (n mod 97)} over the first nine digits — over {@code 2} followed by them for people born from 2000.
 */
public final class BelgianNationalNumber {

    public static final int LENGTH = 11;

    private BelgianNationalNumber() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH)) {
            return false;
        }
        int month = Digits.twoDigits(chars, offset + 2) % 20;
        int monthBand = Digits.twoDigits(chars, offset + 2) / 20;
        int day = Digits.twoDigits(chars, offset + 4);
        long serial = Digits.number(chars, offset + 6, 3);
        if (monthBand > 2 || month > 12 || day > 31 || serial == 0 || serial == 999) {
            return false;
        }
        long n = Digits.number(chars, offset, 9);
        long check = Digits.number(chars, offset + 9, 2);
        int year = Digits.twoDigits(chars, offset);
        if (check == 97 - n % 97) {
            return month == 0 || day == 0 || CalendarDates.isValid(1900 + year, month, day);
        }
        if (check == 97 - (2_000_000_000L + n) % 97) {
            return month == 0 || day == 0 || CalendarDates.isValid(2000 + year, month, day);
        }
        return false;
    }
}
