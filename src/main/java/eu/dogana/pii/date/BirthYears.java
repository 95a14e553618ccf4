package eu.dogana.pii.date;

import java.time.Year;
import java.util.OptionalInt;

/**
 * The year in a found birth date, and whether it may belong to a child: what a policy needs to flag children's data
 * (GDPR Art. 8: 16 by default) without the date itself leaving the scan.
 */
public final class BirthYears {

    /** GDPR Art. 8(1)'s default age of digital consent. */
    public static final int AGE_OF_CONSENT = 16;

    private BirthYears() {
    }

    /** The four-digit year (1900–2099) in a date as written, if it has one. */
    public static OptionalInt yearOf(CharSequence date) {
        for (int i = 0; i + 4 <= date.length(); i++) {
            boolean standsAlone = (i == 0 || !Character.isDigit(date.charAt(i - 1)))
                    && (i + 4 == date.length() || !Character.isDigit(date.charAt(i + 4)));
            char c0 = date.charAt(i);
            char c1 = date.charAt(i + 1);
            if (standsAlone && ((c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0'))
                    && Character.isDigit(date.charAt(i + 2)) && Character.isDigit(date.charAt(i + 3))) {
                return OptionalInt.of(Integer.parseInt(date, i, i + 4, 10));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether someone born in {@code year} may be under {@link #AGE_OF_CONSENT} in {@code now}: with the year alone,
     * a person born 16 years ago may still be 15, so that counts too (the protective reading).
     */
    public static boolean mayBeChild(int year, Year now) {
        int maxAge = now.getValue() - year;
        return maxAge >= 0 && maxAge <= AGE_OF_CONSENT;
    }
}
