package eu.dogana.pii.nationalid;

/**
 * The Italian codice fiscale of a person (DM 23/12/1976): {@code RSSMRA85T10A562S} — three consonants of the
 * surname, three of the name, two digits of the birth year, a month letter, the birth day (plus 40 for women), a
 * four-character birthplace code and a check letter. When two people would share a code, digits are replaced from
 * the right by the letters {@code LMNPQRSTUV} (<em>omocodia</em>), so every digit position also accepts those.
 */
public final class ItalianFiscalCode {

    public static final int LENGTH = 16;

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    /** Values of characters in odd (1-based) positions, A..Z; digit 0..9 counts as A..J. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
        22, 25, 24, 23};

    private ItalianFiscalCode() {
    }

    /** Accepts the code in any case, with or without spaces. */
    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    /** Checks the 16 upper-case characters at {@code chars[offset]}. */
    static boolean isValid(char[] chars, int offset) {
        for (int i = 0; i < 6; i++) {
            if (!Digits.isLetter(chars[offset + i])) {
                return false;
            }
        }
        if (MONTHS.indexOf(chars[offset + 8]) < 0 || !Digits.isLetter(chars[offset + 11])
                || !Digits.isLetter(chars[offset + 15])) {
            return false;
        }
        for (int position : DIGIT_POSITIONS) {
            if (digitAt(chars, offset + position) < 0) {
                return false;
            }
        }
        int day = digitAt(chars, offset + 9) * 10 + digitAt(chars, offset + 10);
        if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = chars[offset + i];
            int value = c <= '9' ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD[value] : value;
        }
        return chars[offset + LENGTH - 1] == (char) ('A' + sum % 26);
    }

    /** A digit, or its omocodia letter decoded; -1 for anything else. */
    private static int digitAt(char[] chars, int index) {
        char c = chars[index];
        int d = Digits.value(c);
        return d >= 0 ? d : OMOCODIA.indexOf(c);
    }
}
