package eu.dogana.pii;

import java.util.Arrays;

/**
 * The words of a text that hold an ASCII digit ({@link ScanText#HAS_DIGIT}), in text order, with their word numbers,
 * offsets and {@link ScanText#wordFlags flags} copied into plain arrays: found once per text through
 * {@link ScanText#derived} and shared by the detectors of identifiers (IBANs, card numbers, IP addresses, national
 * identifiers …), each of which visits these few words (one in ten on prose) and nothing else.
 *
 * <p>Why a copy: half a dozen detectors walk the same words, and here the next one is the next index, with its offsets
 * and flags side by side, where {@link ScanText#nextWordWith} searches its list from a finger and the offsets are read
 * from the text's arrays of all words, scattered in memory.
 *
 * <p>Indexes {@code k} run from 0 to {@link #size()}; {@link #word(int)} is the word number in the {@link ScanText}.
 */
public final class DigitWords {

    private static final Object KEY = new Object();

    private final int size;
    private final int[] words;
    private final int[] starts;
    private final int[] ends;
    private final byte[] flags;

    private DigitWords(ScanText text) {
        int[] list = text.wordsWith(ScanText.HAS_DIGIT); // length in [0], word numbers from [1]
        int n = list[0];
        int[] w = Arrays.copyOfRange(list, 1, n + 1);
        int[] s = new int[n];
        int[] e = new int[n];
        byte[] f = new byte[n];
        for (int k = 0; k < n; k++) {
            int word = w[k];
            s[k] = text.wordStart(word);
            e[k] = text.wordEnd(word);
            f[k] = (byte) text.wordFlags(word);
        }
        this.size = n;
        this.words = w;
        this.starts = s;
        this.ends = e;
        this.flags = f;
    }

    /** The digit words of {@code text}, found on the first call and shared afterwards. */
    public static DigitWords of(ScanText text) {
        return text.derived(KEY, DigitWords::new);
    }

    public int size() {
        return size;
    }

    /** The word number, in the {@link ScanText}, of the {@code k}-th word with a digit. */
    public int word(int k) {
        return words[k];
    }

    public int start(int k) {
        return starts[k];
    }

    public int end(int k) {
        return ends[k];
    }

    /** {@link ScanText#wordFlags} of the {@code k}-th word with a digit; {@link ScanText#HAS_DIGIT} always set. */
    public int flags(int k) {
        return flags[k];
    }

    /** The first index whose word starts at or after {@code offset}; {@link #size()} if none. */
    public int firstStartingAtOrAfter(int offset) {
        int k = Arrays.binarySearch(starts, 0, size, offset);
        return k >= 0 ? k : -k - 1;
    }
}
