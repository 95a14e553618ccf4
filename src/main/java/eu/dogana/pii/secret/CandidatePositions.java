package eu.dogana.pii.secret;

import eu.dogana.pii.Colons;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.ScanText;

/**
 * The positions of a text where {@link SecretDetector} can find something, in increasing order; at every other
 * position its rules cannot match, so it need not look. They are:
 * <ul>
 *   <li>every {@code '='} and {@code ':'}, where {@code key = value} pairs turn;</li>
 *   <li>every {@code "-----BEGIN "} (PEM blocks) and {@code "eyJ"} (the start of a JSON web token's header, which is
 *       base64 for <code>{"</code>);</li>
 *   <li>every position where a token can begin (the first, or one after a character that is no
 *       {@linkplain #isTokenChar token character}: the detector passes over the others) inside a <em>run</em> of at
 *       least {@value #MIN_RUN} characters that are letters, digits or {@code + / = _ -}, and that holds an ASCII
 *       digit: vendor tokens and high-entropy strings are such runs (their bodies must mix letters and digits), the
 *       shortest being "xoxb-" and ten more characters.</li>
 * </ul>
 * The first two are found with {@link String#indexOf} (the colons once per text for several detectors: {@link Colons});
 * the runs from the words that hold a digit ({@link DigitWords}), one word in ten or fewer on prose. A run is one or
 * more words joined by gaps made only of {@code + / = _ -}, with such characters before its first and after its last
 * word. A word with letters outside ASCII makes a run longer than its ASCII part, which only means a few more positions
 * are visited: the positions are a superset of the ones that matter, never a subset.
 *
 * <p>One instance per scan; {@link #next} must be asked for non-decreasing positions.
 */
final class CandidatePositions {

    /** The shortest run that can hold a vendor token or a high-entropy string. */
    static final int MIN_RUN = 15;

    private final ScanText scan;
    private final String text;
    private final int length;
    private int nextEquals = -1;
    private int nextColon = -1;
    private int nextPem = -1;
    private int nextJwt = -1;
    private final Colons colons;
    private final DigitWords digitWords;
    /** The next word with a digit ({@link DigitWords} index) to try, and the next word not yet part of a run. */
    private int digit;
    private int word;
    private int runStart = -1;
    private int runEnd = -1;
    /** The next position inside a run where a token can begin, valid for questions from where it was found. */
    private int runPosition = -1;

    CandidatePositions(ScanText scan) {
        this.scan = scan;
        this.text = scan.text();
        this.length = text.length();
        this.colons = Colons.of(scan);
        this.digitWords = DigitWords.of(scan);
    }

    /** The first position at or after {@code from} worth looking at; the text's length if there is none. */
    int next(int from) {
        if (nextEquals < from) {
            nextEquals = indexOrLength('=', from);
        }
        if (nextColon < from) {
            nextColon = colons.next(from);
        }
        if (nextPem < from) {
            nextPem = nextPem(from);
        }
        if (nextJwt < from) {
            nextJwt = nextJwt(from);
        }
        if (runPosition < from) {
            runPosition = nextRunPosition(from);
        }
        return Math.min(Math.min(Math.min(nextEquals, nextColon), Math.min(nextPem, nextJwt)), runPosition);
    }

    /**
     * The first position at or after {@code from} inside a run where a token can begin: the run's first character, or
     * one after a character that is no token character ({@link #isTokenChar}); the detector passes over the others.
     */
    private int nextRunPosition(int from) {
        int p = from;
        while (true) {
            if (runEnd <= p) {
                findRun(p);
            }
            if (runStart >= length) {
                return length;
            }
            p = Math.max(p, runStart);
            while (p < runEnd && p > 0 && isTokenChar(text.charAt(p - 1))) {
                p++;
            }
            if (p < runEnd) {
                return p;
            }
        }
    }

    private int indexOrLength(char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? length : i;
    }

    /**
     * The next "-----BEGIN ", found by its dashes: a search for the string costs more than stopping at the few dashes
     * of a text.
     */
    private int nextPem(int from) {
        for (int i = text.indexOf('-', from); i >= 0; i = text.indexOf('-', i + 1)) {
            if (text.startsWith("-----BEGIN ", i)) {
                return i;
            }
        }
        return length;
    }

    /** The next "eyJ", found by its rare 'J': searching for the string would stop at every 'e' of the text. */
    private int nextJwt(int from) {
        for (int j = text.indexOf('J', from + 2); j >= 0; j = text.indexOf('J', j + 1)) {
            if (text.charAt(j - 1) == 'y' && text.charAt(j - 2) == 'e') {
                return j - 2;
            }
        }
        return length;
    }

    /** Moves to the first run with a digit, of {@value #MIN_RUN} or more characters, that ends after {@code from}. */
    private void findRun(int from) {
        int count = scan.wordCount();
        for (; digit < digitWords.size(); digit++) {
            int w = digitWords.word(digit);
            if (w < word) {
                continue; // joined into the last run
            }
            // back and forth over joint characters, and over the words they join when they fill a whole gap
            int start = digitWords.start(digit);
            int before = w - 1;
            while (start > 0 && isJointChar(text.charAt(start - 1))) {
                start--;
                if (before >= 0 && scan.wordEnd(before) == start) {
                    start = scan.wordStart(before--);
                }
            }
            int end = digitWords.end(digit);
            int after = w + 1;
            while (end < length && isJointChar(text.charAt(end))) {
                end++;
                if (after < count && scan.wordStart(after) == end) {
                    end = scan.wordEnd(after++);
                }
            }
            word = after;
            if (end - start >= MIN_RUN && end > from) {
                runStart = start;
                runEnd = end;
                digit++;
                return;
            }
        }
        runStart = length;
        runEnd = length;
    }

    /** The characters that glue a position to a token begun before it (as {@link SecretDetector} reads them). */
    static boolean isTokenChar(char c) {
        return ScanText.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /** The characters besides letters and digits that base64, base64url and token alphabets use. */
    private static boolean isJointChar(char c) {
        return c == '-' || c == '_' || c == '+' || c == '/' || c == '=';
    }
}
