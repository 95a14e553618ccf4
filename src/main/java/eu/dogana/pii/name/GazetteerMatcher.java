package eu.dogana.pii.name;

import eu.dogana.pii.Folding;
import eu.dogana.pii.ScanText;
import java.util.Arrays;

/**
 * Looks words of a {@link ScanText} up in a {@link Gazetteer}: folds each word into a reusable buffer straight from
 * the text (an ASCII word by lower-casing it, a Latin letter by table, without making a string; any other word through
 * the text's cached {@link ScanText#foldedWord folded form}) and finds the folded key in the gazetteer's
 * {@link FoldedKeyTable}. A word of up to {@value ShortKeyTable#MAX_LENGTH} characters that folds to as many Latin-1
 * letters skips the buffer: it is folded and packed into its {@link ShortKeyTable} key in one pass. The key's hash
 * grows with the key, so the table does not read the key again to hash it.
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
    /** {@link FoldedKeyTable#hash} of {@code key[0, length)}, updated as characters are appended. */
    private int hash;
    private long matchFlags;

    GazetteerMatcher(FoldedKeyTable keys) {
        this.keys = keys;
    }

    /** Flags of word {@code word} as a one-word entry; 0 when it is none. */
    public long flags(ScanText text, int word) {
        int from = text.wordStart(word);
        int to = text.wordEnd(word);
        if (to - from <= ShortKeyTable.MAX_LENGTH) {
            if ((text.wordFlags(word) & ScanText.ALL_ASCII) != 0) {
                // most words: ASCII letters and digits fold to their lower case, packed straight from the text
                return keys.shortKeyFlags(ScanText.packAsciiLowerCase(text.text(), from, to));
            }
            long packed = packFolded(text.text(), from, to);
            if (packed != 0) {
                return keys.shortKeyFlags(packed);
            }
        }
        clear();
        appendFolded(text, word);
        return keys.flags(key, length, hash);
    }

    /**
     * The longest entry that begins at {@code word}, spans at most {@code maxWords} words and has a flag in
     * {@code mask}: returns the index of its last word, or -1 when there is none; its flags are then
     * {@link #matchFlags()}.
     */
    public int longest(ScanText text, int word, int maxWords, long mask) {
        clear();
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
            long flags = keys.flags(key, length, hash);
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
        clear();
        appendChars(folded, 0);
        return keys.flags(key, length, hash);
    }

    /**
     * {@code text[from, to)} folded as {@link Folding#foldInto} folds it and {@link ShortKeyTable#pack packed} in the
     * same pass, without the key buffer and its hash; 0 when it has no packed form (a character outside the Latin
     * table or folded beyond Latin-1, or more than {@value ShortKeyTable#MAX_LENGTH} characters folded), and the key
     * is then folded into the buffer. Measured on the benchmark's prompts: a fifth of the words the person detector
     * looks up, "Gespräch", "plaît", "pilności", are of this kind.
     */
    static long packFolded(String text, int from, int to) {
        long packed = 0;
        int shift = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char folded = Folding.foldedLatin(c);
            if (folded == 0 || folded > 0xFF || shift == Long.SIZE) {
                return 0;
            }
            packed |= (long) folded << shift;
            shift += Byte.SIZE;
            if (c == 'ß') { // "ss"
                if (shift == Long.SIZE) {
                    return 0;
                }
                packed |= (long) 's' << shift;
                shift += Byte.SIZE;
            }
        }
        return packed;
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

    private void clear() {
        length = 0;
        hash = 0;
    }

    /** Appends the word folded as {@link Gazetteer#key} folds it. */
    private void appendFolded(ScanText text, int word) {
        int from = text.wordStart(word);
        int to = text.wordEnd(word);
        ensureRoom(2 * (to - from)); // "ß" folds to two letters
        if ((text.wordFlags(word) & ScanText.ALL_ASCII) != 0) {
            appendLowerCase(text.text(), from, to); // ASCII letters and digits fold to their lower case
            return;
        }
        int end = Folding.foldInto(text.text(), from, to, key, length);
        if (end >= 0) {
            hashAppended(end);
        } else {
            appendChars(text.foldedWord(word), 0); // beyond the Latin table: the word's folded string
        }
    }

    /** Appends ASCII {@code text[from, to)} in lower case, hashing as it goes: one pass over the word. */
    private void appendLowerCase(String text, int from, int to) {
        char[] k = key;
        int n = length;
        int h = hash;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            k[n++] = c;
            h = 31 * h + c;
        }
        length = n;
        hash = h;
    }

    private void appendChars(String chars, int from) {
        int count = chars.length() - from;
        ensureRoom(count);
        chars.getChars(from, from + count, key, length);
        hashAppended(length + count);
    }

    private void append(char c) {
        ensureRoom(1);
        key[length++] = c;
        hash = 31 * hash + c;
    }

    /** Takes {@code key[length, end)}, just written, into the key and its hash. */
    private void hashAppended(int end) {
        int h = hash;
        for (int i = length; i < end; i++) {
            h = 31 * h + key[i];
        }
        hash = h;
        length = end;
    }

    private void ensureRoom(int more) {
        if (length + more > key.length) {
            key = Arrays.copyOf(key, Math.max(2 * key.length, length + more));
        }
    }
}
