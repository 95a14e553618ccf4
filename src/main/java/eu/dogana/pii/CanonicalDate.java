package eu.dogana.pii;

import java.util.Locale;

/**
 * The one text form of a date as {@link eu.dogana.pii.date.DateDetector} reports it, numeric ("01/12/1985",
 * "1985-12-01") or written ("3. März 1985", "1er mars 1985"): its fields in the order written, numbers without
 * leading zeros, words in lower case, joined by {@code '.'}. So "01/12/1985" and "1.12.1985" are one, while
 * "1-12-1985" and "11-2-1985", whose digits are the same, stay two: where a field ends is part of the date.
 *
 * <p>Fields are not reordered or read as a calendar date: "1985-12-01" and "01.12.1985" stay two spellings, because
 * whether "3/4/1985" is the 3rd of April or the 4th of March is not known from the text alone.
 */
final class CanonicalDate {

    private CanonicalDate() {
    }

    static String of(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        int length = value.length();
        while (i < length) {
            char c = value.charAt(i);
            if (isDigit(c)) {
                int start = i;
                while (i < length && isDigit(value.charAt(i))) {
                    i++;
                }
                field(out, number(value, start, i));
                // letters glued to a number are an ordinal ending ("1st", "3rd", "1er", "1o"), no field of their own
                while (i < length && isWordChar(value.charAt(i))) {
                    i++;
                }
            } else if (isWordChar(c)) {
                int start = i;
                while (i < length && isWordChar(value.charAt(i))) {
                    i++;
                }
                field(out, value.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i++; // a separator: '.', '/', '-', ',', '°', a space
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String field) {
        if (!out.isEmpty()) {
            out.append('.');
        }
        out.append(field);
    }

    /** The digits of {@code value[start, end)} without leading zeros ("0" for zeros only). */
    private static String number(String value, int start, int end) {
        int first = start;
        while (first < end - 1 && value.charAt(first) == '0') {
            first++;
        }
        return value.substring(first, end);
    }

    /** A letter, or a digit of another script, which the detector never reports but which is no separator either. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
