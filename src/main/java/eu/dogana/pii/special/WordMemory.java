package eu.dogana.pii.special;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct lower-cased words seen in recent texts, each with the languages it is a clue word of ({@link
 * LanguageGuess#clueBits}) and its token number per language ({@link PhraseMatcher#tokenNumber}), the latter
 * {@link #UNKNOWN} until first asked. An entry is an {@code int}; everything about it lives in flat arrays.
 *
 * <p>Why flat arrays rather than an object per word in a hash map: a scan reads these values for every word of the
 * text, and objects scattered over the heap made those reads cache misses that cost more than the lookups
 * themselves. Here the characters of all words share one array, the numbers another, and the table is open
 * addressing over entry numbers with the hash kept beside them, so a probe compares an {@code int} before any
 * character.
 *
 * <p>Bounded: past {@value #MAX_WORDS} words it is cleared when the next text begins ({@link #forgetIfFull}), never
 * during a text, whose entries must stay valid while it is scanned; it then refills with what is common now.
 *
 * <p>Not thread-safe.
 */
final class WordMemory {

    /** About half a megabyte per instance, while covering the common words of running text many times over. */
    static final int MAX_WORDS = 8192;

    /** A language's number not yet worked out for a word. */
    static final int UNKNOWN = -2;

    private static final int LANGUAGES = LexiconLanguage.values().length;
    private static final int INITIAL_CHARS = MAX_WORDS * 8;

    private final LanguageGuess languageGuess;

    // the table: entry + 1 per slot, 0 for an empty one; at most half full
    private int[] slots = new int[2 * MAX_WORDS];
    // per entry
    private int size;
    private int[] hashes = new int[MAX_WORDS];
    private int[] keyStarts = new int[MAX_WORDS];
    private int[] keyLengths = new int[MAX_WORDS];
    private int[] clueBits = new int[MAX_WORDS];
    private int[] numbers = new int[MAX_WORDS * LANGUAGES];
    // the characters of every entry, one after the other
    private char[] keys = new char[INITIAL_CHARS];
    private int keysUsed;

    WordMemory(LanguageGuess languageGuess) {
        this.languageGuess = languageGuess;
        Arrays.fill(numbers, UNKNOWN);
    }

    /** Clears the memory if it holds more than {@value #MAX_WORDS} words; call before a text, not during one. */
    void forgetIfFull() {
        if (size <= MAX_WORDS) {
            return;
        }
        size = 0;
        keysUsed = 0;
        slots = new int[2 * MAX_WORDS];
        hashes = new int[MAX_WORDS];
        keyStarts = new int[MAX_WORDS];
        keyLengths = new int[MAX_WORDS];
        clueBits = new int[MAX_WORDS];
        numbers = new int[MAX_WORDS * LANGUAGES];
        Arrays.fill(numbers, UNKNOWN);
        keys = new char[INITIAL_CHARS];
    }

    /** The entry of {@code lowerCased[0, length)}, added if new. */
    int entryOf(char[] lowerCased, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + lowerCased[i];
        }
        int mask = slots.length - 1;
        for (int slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                entry = add(lowerCased, length, hash);
                slots[slot] = entry + 1;
                if (2 * size > slots.length) {
                    rehash();
                }
                return entry;
            }
            if (hashes[entry] == hash && keyLengths[entry] == length
                    && Arrays.equals(keys, keyStarts[entry], keyStarts[entry] + length, lowerCased, 0, length)) {
                return entry;
            }
        }
    }

    int clueBits(int entry) {
        return clueBits[entry];
    }

    /** The entry's token number in {@code language}, or {@link #UNKNOWN}. */
    int number(int entry, int language) {
        return numbers[entry * LANGUAGES + language];
    }

    void setNumber(int entry, int language, int number) {
        numbers[entry * LANGUAGES + language] = number;
    }

    /** Reduces the entry's word with {@code reduction}. */
    CharTermAttribute reduce(int entry, WordReduction reduction) {
        return reduction.reduce(keys, keyStarts[entry], keyLengths[entry]);
    }

    private int add(char[] lowerCased, int length, int hash) {
        if (size == hashes.length) {
            // a text with more distinct words than the bound: grow for it; the next text begins with a clear memory
            int capacity = 2 * size;
            hashes = Arrays.copyOf(hashes, capacity);
            keyStarts = Arrays.copyOf(keyStarts, capacity);
            keyLengths = Arrays.copyOf(keyLengths, capacity);
            clueBits = Arrays.copyOf(clueBits, capacity);
            numbers = Arrays.copyOf(numbers, capacity * LANGUAGES);
            Arrays.fill(numbers, size * LANGUAGES, numbers.length, UNKNOWN);
        }
        if (keysUsed + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(2 * keys.length, keysUsed + length));
        }
        System.arraycopy(lowerCased, 0, keys, keysUsed, length);
        int entry = size++;
        hashes[entry] = hash;
        keyStarts[entry] = keysUsed;
        keyLengths[entry] = length;
        clueBits[entry] = languageGuess.clueBits(lowerCased, length);
        keysUsed += length;
        return entry;
    }

    private void rehash() {
        int[] larger = new int[2 * slots.length];
        int mask = larger.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int hash = hashes[entry];
            int slot = (hash ^ (hash >>> 15)) & mask;
            while (larger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            larger[slot] = entry + 1;
        }
        slots = larger;
    }
}
