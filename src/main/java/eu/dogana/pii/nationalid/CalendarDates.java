package eu.dogana.pii.nationalid;

/** Whether a day, month and year name a day of the proleptic Gregorian calendar; no objects made. */
final class CalendarDates {

    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private CalendarDates() {
    }

    static boolean isValid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
            return false;
        }
        return month != 2 || day != 29 || isLeap(year);
    }

    /** For two-digit years whose century is unknown: 29 February is allowed in any year divisible by four. */
    static boolean isValidTwoDigitYear(int yy, int month, int day) {
        // 2000 + yy is a leap year exactly when yy is divisible by four
        return isValid(2000 + yy, month, day);
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
