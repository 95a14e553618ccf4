package eu.dogana.pii.special;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits lexicon phrases into the words {@link eu.dogana.pii.ScanText} sees in a text: maximal runs of letters,
 * digits and combining marks. Apostrophes and hyphens separate, so "l'hôpital" gives "l" and "hôpital", and
 * "HIV-positiv" gives "hiv" and "positiv"; {@link KeyedWords} splits the text the same way, so both sides agree.
 *
 * <p>Chosen over {@code StandardTokenizer} because it is a plain character test per code point, several times
 * cheaper than the UAX#29 state machine, and the lexicons need nothing more.
 */
final class WordTokenizer extends CharTokenizer {

    @Override
    protected boolean isTokenChar(int c) {
        return isWordCodePoint(c);
    }

    static boolean isWordCodePoint(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
