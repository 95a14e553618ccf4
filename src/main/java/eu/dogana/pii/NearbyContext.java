package eu.dogana.pii;


/**
 * {@link ScanText#hasContext}, {@link ScanText#hasContextBefore} and {@link ScanText#hasContextAfter} for a candidate
 * whose first word's number is known. Now {@link ScanText#hasContextAroundWord} and its siblings, to which these
 * delegate; kept until its callers have moved.
 */
public final class NearbyContext {

    private NearbyContext() {
    }

    /** {@link ScanText#hasContextAroundWord}. */
    public static boolean around(ScanText scan, int word, int end, ContextWords words, int window) {
        return scan.hasContextAroundWord(word, end, words, window);
    }

    /** {@link ScanText#hasContextBeforeWord}. */
    public static boolean before(ScanText scan, int word, ContextWords words, int window) {
        return scan.hasContextBeforeWord(word, words, window);
    }

    /** {@link ScanText#hasContextAfterWord}. */
    public static boolean after(ScanText scan, int word, int end, ContextWords words, int window) {
        return scan.hasContextAfterWord(word, end, words, window);
    }
}
