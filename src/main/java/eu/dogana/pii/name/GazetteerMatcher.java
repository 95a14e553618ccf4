package eu.dogana.pii.name;

import eu.dogana.pii.ContextWords;
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
    private final FST.Arc<Long>[] rootArcs;
    private final long[] flagSets;
    private final FST.BytesReader in;
    private final FST.Arc<Long> arc = new FST.Arc<>();
    private boolean atRoot;
    private long output;
    private long matchFlags;

    GazetteerMatcher(FST<Long> fst, FST.Arc<Long>[] rootArcs, long[] flagSets) {
        this.fst = fst;
        this.rootArcs = rootArcs;
        this.flagSets = flagSets;
        this.in = fst.getBytesReader();
    }

    /** Flags of word {@code word} as a one-word entry; 0 when it is none. */
    public long flags(ScanText text, int word) {
        start();
        return walkWord(text, word) ? finalFlags() : 0;
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
            long flags = finalFlags();
            if ((flags & mask) != 0) {
                found = w;
                matchFlags = flags;
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
        return finalFlags();
    }

    /** The flags of the entry ending at the current arc, 0 when none ends there. */
    private long finalFlags() {
        return arc.isFinal() ? flagSets[(int) (output + arc.nextFinalOutput())] : 0;
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
        atRoot = true;
        output = 0;
    }

    private boolean walkWord(ScanText text, int word) {
        int from = text.wordStart(word);
        int to = text.wordEnd(word);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (!step(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) {
                    return false;
                }
            } else if (c < LATIN_LIMIT && LATIN_FOLDED[c - 0x80] != 0) {
                char folded = LATIN_FOLDED[c - 0x80];
                if (!step(folded) || c == '\u00DF' && !step('s')) {
                    return false;
                }
            } else {
                // beyond the table (or a letter whose folding is not one character): fold the rest as a string
                return walkFolded(text, word, i - from);
            }
        }
        return true;
    }

    /** Walks the folded word from {@code offset}; the prefix before it folded one char to one label. */
    private boolean walkFolded(ScanText text, int word, int offset) {
        String folded = text.foldedWord(word);
        // the prefix before offset was ASCII or table-folded; recompute its folded length to resume at the right spot
        int skip = 0;
        for (int i = text.wordStart(word), end = i + offset; i < end; i++) {
            skip += text.charAt(i) == '\u00DF' ? 2 : 1;
        }
        for (int i = skip; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (!step(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Fold table for U+0080 to U+024F (Latin-1 and Latin Extended-A/B): the folded char, or 0 to fold by string. */
    private static final int LATIN_LIMIT = 0x250;
    private static final char[] LATIN_FOLDED = latinFolded();

    private static char[] latinFolded() {
        char[] table = new char[LATIN_LIMIT - 0x80];
        for (char c = 0x80; c < LATIN_LIMIT; c++) {
            // the same folding the gazetteer keys went through, so a walk and a key always agree
            String folded = ContextWords.fold(String.valueOf(c));
            if (folded.length() == 1 && Character.isLetterOrDigit(folded.charAt(0))) {
                table[c - 0x80] = folded.charAt(0);
            } else if (c == '\u00DF') {
                table[c - 0x80] = 's'; // "ss": the second 's' is stepped by the caller
            }
        }
        return table;
    }

    private boolean step(int label) {
        if (atRoot) {
            atRoot = false;
            if (label < Gazetteer.ROOT_CACHE_LIMIT) {
                FST.Arc<Long> cached = rootArcs[label];
                if (cached == null) {
                    return false;
                }
                arc.copyFrom(cached);
                output += arc.output();
                return true;
            }
            fst.getFirstArc(arc);
        }
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
