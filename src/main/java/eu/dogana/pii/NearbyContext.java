package eu.dogana.pii;


/**
 * {@link ScanText#hasContext}, {@link ScanText#hasContextBefore} and {@link ScanText#hasContextAfter} for a candidate
 * whose first word's number is known, as it is to a detector walking {@link DigitWords}: the same words are looked
 * up in the same order, without the two binary searches over the text's words that find them from offsets.
 */
public final class NearbyContext {

    private NearbyContext() {
    }

    /**
     * Whether one of the {@code window} words before word {@code word} (which starts the candidate) or after
     * {@code end} is one of {@code words}.
     */
    public static boolean around(ScanText scan, int word, int end, ContextWords words, int window) {
        return before(scan, word, words, window) || after(scan, word, end, words, window);
    }

    /** Whether one of the {@code window} words before word {@code word} is one of {@code words}. */
    public static boolean before(ScanText scan, int word, ContextWords words, int window) {
        for (int w = word - 1, seen = 0; w >= 0 && seen < window; w--, seen++) {
            if (scan.isOneOf(w, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the {@code window} words starting at or after {@code end} is one of {@code words}; they are found
     * by walking on from word {@code word}, which must start before {@code end}.
     */
    public static boolean after(ScanText scan, int word, int end, ContextWords words, int window) {
        int count = scan.wordCount();
        int w = word;
        while (w < count && scan.wordStart(w) < end) {
            w++;
        }
        for (int seen = 0; w < count && seen < window; w++, seen++) {
            if (scan.isOneOf(w, words)) {
                return true;
            }
        }
        return false;
    }
}
