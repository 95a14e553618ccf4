package eu.dogana.pii.nationalid;

/**
 * The Italian partita IVA (DPR 633/1972): eleven digits — seven for the holder, three for the provincial office
 * ({@code 001}–{@code 100}, {@code 120}, {@code 121}, {@code 888}, {@code 999}) and a Luhn check digit — optionally
 * after the prefix {@code IT}.
 */
public final class ItalianVatCode {

    public static final int LENGTH = 11;

    private ItalianVatCode() {
    }

    /** Accepts eleven digits, or "IT" and eleven digits, with or without separators. */
    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        if (c.length == LENGTH + 2 && c[0] == 'I' && c[1] == 'T') {
            return isValid(c, 2);
        }
        return c.length == LENGTH && isValid(c, 0);
    }

    /** Checks the eleven digits at {@code chars[offset]}. */
    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH) || Digits.number(chars, offset, 7) == 0) {
            return false;
        }
        int office = (int) Digits.number(chars, offset + 7, 3);
        boolean knownOffice = (office >= 1 && office <= 100) || office == 120 || office == 121 || office == 888
                || office == 999;
        return knownOffice && Luhn.isValid(chars, offset, LENGTH);
    }
}
