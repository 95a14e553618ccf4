package eu.dogana.pii.pseudonym;

/**
 * The shape of a placeholder, {@code <ENTITY_TYPE>_<n>} such as {@code PERSON_1} or {@code IBAN_CODE_2}: upper-case
 * letters, digits and underscores, starting with a letter, ending in {@code _} and digits, standing alone as a word
 * (no letter, digit or underscore directly before or after). Models copy such tokens faithfully, and nothing in
 * ordinary prose has this shape by accident.
 */
final class Placeholders {

    private Placeholders() {
    }

    static boolean isTokenChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** A character that, directly before or after a token, makes it part of a longer word. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static boolean canStartAfter(char previous) {
        return !isWordChar(previous);
    }

    /** Whether {@code text[start, end)} is placeholder-shaped. */
    static boolean isPlaceholder(CharSequence text, int start, int end) {
        if (end - start < 3 || text.charAt(start) < 'A' || text.charAt(start) > 'Z') {
            return false;
        }
        int i = end - 1;
        while (i > start && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i--;
        }
        return i < end - 1 && i > start && text.charAt(i) == '_';
    }

    /** End of the run of token characters starting at {@code start}. */
    static int tokenEnd(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && isTokenChar(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
