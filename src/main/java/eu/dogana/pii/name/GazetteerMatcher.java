package eu.dogana.pii.name;

import eu.dogana.pii.ScanText;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.util.fst.FST;

/**
 * Looks words of a {@link ScanText} up in a {@link Gazetteer} by walking its FST label by label straight from the
 * text: an ASCII word is lower-cased on the fly without making a string, any other word goes through the text's
 * cached {@link ScanText#foldedWord folded form}. Multi-word entries ("Le Havre", "Aix-en-Provence") are matched
 * across words joined by a short separator (one or two of space, hyphen, apostrophe, period; never a line break).
 *
 * <p>Holds the FST cursor, so it is not thread-safe: one per scan, reused for every lookup in it.
 */
public final class GazetteerMatcher {

    private final FST<Long> fst;
    private final FST.BytesReader in;
    private final FST.Arc<Long> arc = new FST.Arc<>();
    private long output;
    private long matchFlags;

    GazetteerMatcher(FST<Long> fst) {
        this.fst = fst;
        this.in = fst.getBytesReader();
    }

    /** Flags of word {@code word} as a one-word entry; 0 when it is none. */
    public long flags(ScanText text, int word) {
        start();
        if (walkWord(text, word) && arc.isFinal()) {
            return output + arc.nextFinalOutput();
        }
        return 0;
    }

    /**
     * The longest entry that begins at {@code word}, spans at most {@code maxWords} words and has a flag in
     * {@code mask}: returns the index of its last word, or -1 when there is none; its flags are then
     * {@link #matchFlags()}.
     */
    public int longest(ScanText text, int word, int maxWords, long mask) {
        start();
        int found = -1;
        matchFlags = 0;
        int last = Math.min(text.wordCount(), word + maxWords) - 1;
        for (int w = word; w <= last; w++) {
            if (w > word && !(joined(text, w - 1) && step(Gazetteer.WORD_SEPARATOR))) {
                break;
            }
            if (!walkWord(text, w)) {
                break;
            }
            if (arc.isFinal()) {
                long flags = output + arc.nextFinalOutput();
                if ((flags & mask) != 0) {
                    found = w;
                    matchFlags = flags;
                }
            }
        }
        return found;
    }

    /** Flags of the entry the last successful {@link #longest} call found. */
    public long matchFlags() {
        return matchFlags;
    }

    /** Flags of an already folded and normalised key ({@link Gazetteer#key}); 0 when absent. */
    long exact(String key) {
        start();
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            if (!step(cp)) {
                return 0;
            }
            i += Character.charCount(cp);
        }
        return arc.isFinal() ? output + arc.nextFinalOutput() : 0;
    }

    /** Whether words {@code word} and {@code word + 1} are joined the way the parts of one name can be. */
    static boolean joined(ScanText text, int word) {
        int from = text.wordEnd(word);
        int to = text.wordStart(word + 1);
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '.' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private void start() {
        fst.getFirstArc(arc);
        output = 0;
    }

    private boolean walkWord(ScanText text, int word) {
        int from = text.wordStart(word);
        int to = text.wordEnd(word);
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (!step(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) {
                    return false;
                }
            }
            return true;
        }
        String folded = text.foldedWord(word);
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (!step(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private boolean step(int label) {
        try {
            if (fst.findTargetArc(label, arc, arc, in) == null) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading an on-heap FST failed", e);
        }
        output += arc.output();
        return true;
    }
}
