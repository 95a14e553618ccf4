package eu.dogana.pii.nationalid;

/**
 * The document number of a German Personalausweis (and Reisepass): nine characters from
 * {@code CFGHJKLMNPRTVWXYZ0123456789} (no vowels, no letters mistaken for digits), followed in the machine-readable
 * zone by a check digit with weights 7, 3, 1 (ICAO 9303).
 */
public final class GermanIdCard {

    public static final int LENGTH = 9;
    static final String ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789";
    private static final int[] WEIGHTS = {7, 3, 1};
    /** {@link #ALPHABET} as a table over ASCII: looked up for each of nine characters of many candidates. */
    private static final boolean[] IN_ALPHABET = alphabetTable();

    private GermanIdCard() {
    }

    /** Whether the value is a document number, with (ten characters) or without (nine) its check digit. */
    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return (c.length == LENGTH && isDocumentNumber(c, 0))
                || (c.length == LENGTH + 1 && isDocumentNumberWithCheckDigit(c, 0));
    }

    /** Nine characters of the alphabet; no check possible. */
    static boolean isDocumentNumber(char[] chars, int offset) {
        for (int i = 0; i < LENGTH; i++) {
            char c = chars[offset + i];
            if (c >= IN_ALPHABET.length || !IN_ALPHABET[c]) {
                return false;
            }
        }
        return true;
    }

    static boolean isDocumentNumberWithCheckDigit(char[] chars, int offset) {
        return isDocumentNumber(chars, offset) && Digits.value(chars[offset + LENGTH]) == checkDigit(chars, offset);
    }

    private static boolean[] alphabetTable() {
        boolean[] table = new boolean[0x80];
        for (char c : ALPHABET.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /** ICAO 9303 check digit of nine characters: digits count as themselves, A..Z as 10..35. */
    static int checkDigit(char[] chars, int offset) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = chars[offset + i];
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * WEIGHTS[i % 3];
        }
        return sum % 10;
    }
}
