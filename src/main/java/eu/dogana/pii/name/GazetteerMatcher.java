package eu.dogana.pii.name;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.ScanText;
import java.util.Arrays;

/**
 * Looks words of a {@link ScanText} up in a {@link Gazetteer}: folds each word into a reusable buffer straight from
 * the text (an ASCII or Latin letter by table, without making a string; any other word through the text's cached
 * {@link ScanText#foldedWord folded form}) and finds the folded key in the gazetteer's {@link FoldedKeyTable}.
 * Multi-word entries ("Le Havre", "Aix-en-Provence") are matched across words joined by a short separator (one or
 * two of space, hyphen, apostrophe, period; never a line break).
 *
 * <p>Holds the key buffer, so it is not thread-safe: one per scan, reused for every lookup in it.
 */
public final class GazetteerMatcher {

    private final FoldedKeyTable keys;
    /** The folded key being looked up: {@code key[0, length)}. */
    private char[] key = new char[32];
    private int length;
    private long matchFlags;

    GazetteerMatcher(FoldedKeyTable keys) {
        this.keys = keys;
    }

    /** Flags of word {@code word} as a one-word entry; 0 when it is none. */
    public long flags(ScanText text, int word) {
        length = 0;
        appendFolded(text, word);
        return keys.flags(key, length);
    }

    /**
     * The longest entry that begins at {@code word}, spans at most {@code maxWords} words and has a flag in
     * {@code mask}: returns the index of its last word, or -1 when there is none; its flags are then
     * {@link #matchFlags()}.
     */
    public int longest(ScanText text, int word, int maxWords, long mask) {
        length = 0;
        int found = -1;
        matchFlags = 0;
        int last = Math.min(text.wordCount(), word + maxWords) - 1;
        for (int w = word; w <= last; w++) {
            if (w > word) {
                if (!joined(text, w - 1)) {
                    break;
                }
                append((char) Gazetteer.WORD_SEPARATOR);
            }
            appendFolded(text, w);
            long flags = keys.flags(key, length);
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
    long exact(String folded) {
        length = 0;
        appendChars(folded, 0);
        return keys.flags(key, length);
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

    /** Appends the word folded as {@link Gazetteer#key} folds it. */
    private void appendFolded(ScanText text, int word) {
        int from = text.wordStart(word);
        int to = text.wordEnd(word);
        ensureRoom(2 * (to - from)); // "ß" folds to two letters
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                key[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c < LATIN_LIMIT && LATIN_FOLDED[c - 0x80] != 0) {
                key[length++] = LATIN_FOLDED[c - 0x80];
                if (c == '\u00DF') {
                    key[length++] = 's';
                }
            } else {
                // beyond the table (or a letter whose folding is not one character): take the rest of the folded word
                appendFoldedRest(text, word, i - from);
                return;
            }
        }
    }

    /** Appends the folded word from {@code offset}; the prefix before it folded one char to one (ß to two). */
    private void appendFoldedRest(ScanText text, int word, int offset) {
        String folded = text.foldedWord(word);
        int skip = 0;
        for (int i = text.wordStart(word), end = i + offset; i < end; i++) {
            skip += text.charAt(i) == '\u00DF' ? 2 : 1;
        }
        appendChars(folded, skip);
    }

    private void appendChars(String chars, int from) {
        int count = chars.length() - from;
        ensureRoom(count);
        chars.getChars(from, from + count, key, length);
        length += count;
    }

    private void append(char c) {
        ensureRoom(1);
        key[length++] = c;
    }

    private void ensureRoom(int more) {
        if (length + more > key.length) {
            key = Arrays.copyOf(key, Math.max(2 * key.length, length + more));
        }
    }

    /** Fold table for U+0080 to U+024F (Latin-1 and Latin Extended-A/B): the folded char, or 0 to fold by string. */
    private static final int LATIN_LIMIT = 0x250;
    private static final char[] LATIN_FOLDED = latinFolded();

    private static char[] latinFolded() {
        char[] table = new char[LATIN_LIMIT - 0x80];
        for (char c = 0x80; c < LATIN_LIMIT; c++) {
            // the same folding the gazetteer keys went through, so a word and a key always agree
            String folded = ContextWords.fold(String.valueOf(c));
            if (folded.length() == 1 && Character.isLetterOrDigit(folded.charAt(0))) {
                table[c - 0x80] = folded.charAt(0);
            } else if (c == '\u00DF') {
                table[c - 0x80] = 's'; // "ss": the second 's' is appended by the caller
            }
        }
        return table;
    }
}
