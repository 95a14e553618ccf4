package eu.dogana.pii;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How words are compared across languages and writings: lower case (root locale), then canonical decomposition with
 * the combining marks dropped, and "ß" as "ss"; so "Geburtsdatum", "GEBURTSDATUM" and "geburtsdátum" meet. Context
 * words, street words, month names and gazetteer keys are all stored folded, and the words of a text folded the
 * same way are looked up among them.
 *
 * <p>Two ways to fold, with the same result: {@link #fold} makes a string and handles every character;
 * {@link #foldInto} writes into the caller's buffer from a table of the Latin letters (U+0000 to U+024F, the
 * letters of every EU language written in Latin script) and declines any word with another character, which the
 * caller then folds with {@link #fold}. The table is made from {@link #fold} itself, one character at a time, so
 * the two cannot disagree on a Latin word; the fast path only saves the string and the normaliser.
 */
public final class Folding {

    private static final int LATIN_LIMIT = 0x250;
    /** Per character below {@link #LATIN_LIMIT}, its folded letter or digit; 0 where the table does not answer. */
    private static final char[] LATIN_FOLDED = latinFolded();

    private Folding() {
    }

    /** The folded form of {@code word}. */
    public static String fold(CharSequence word) {
        String lower = word.toString().toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c == 'ß' ? "ss" : String.valueOf(c));
            }
        }
        return folded.toString();
    }

    /**
     * Folds the letters and digits {@code text[start, end)} into {@code out} from index {@code at}, which must have
     * room for twice as many characters ("ß" becomes two); returns the index after the last one written, or -1 when
     * a character is not a Latin letter or digit of the table, in which case {@code out} holds no meaningful result
     * and the caller folds with {@link #fold}.
     */
    public static int foldInto(CharSequence text, int start, int end, char[] out, int at) {
        int n = at;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char folded = c < LATIN_LIMIT ? LATIN_FOLDED[c] : 0;
            if (folded == 0) {
                return -1;
            }
            out[n++] = folded;
            if (c == 'ß') {
                out[n++] = 's';
            }
        }
        return n;
    }

    /**
     * The folded letter or digit of one character of the Latin table, as {@link #foldInto} writes it; 0 when the table
     * does not answer. "ß" answers 's', the first of its two: a caller that folds it must add the second.
     */
    public static char foldedLatin(char c) {
        return c < LATIN_LIMIT ? LATIN_FOLDED[c] : 0;
    }

    private static char[] latinFolded() {
        char[] table = new char[LATIN_LIMIT];
        for (char c = 0; c < LATIN_LIMIT; c++) {
            String folded = fold(String.valueOf(c));
            if (folded.length() == 1 && Character.isLetterOrDigit(folded.charAt(0))) {
                table[c] = folded.charAt(0);
            } else if (c == 'ß') {
                table[c] = 's'; // "ss": foldInto writes the second 's'
            }
        }
        return table;
    }
}
