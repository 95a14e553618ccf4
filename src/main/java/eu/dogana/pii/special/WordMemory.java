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
 * themselves. Here the characters of all words share one array, the numbers another.
 *
 * <p>Two tables lead to the entries. A word of 1 to {@value #PACKED_LENGTH} ASCII characters (nearly every word of
 * running text) is its own key: its characters packed a byte each into two {@code long}s ({@link PackedWord}), so a
 * probe is two {@code long} comparisons, with no hash of the characters kept and none compared. Every other word
 * (longer, other scripts) goes through a table of character hashes and compares its characters. A word is routed by
 * its content alone, so it has one entry whichever way it arrives.
 *
 * <p>Bounded: past {@value #MAX_WORDS} words it is cleared when the next text begins ({@link #forgetIfFull}), never
 * during a text, whose entries must stay valid while it is scanned; it then refills with what is common now.
 *
 * <p>Not thread-safe.
 */
final class WordMemory {

    /**
     * Under a megabyte per instance (most of it the numbers, {@value #MAX_WORDS} times eight languages), while
     * covering the common words of running text many times over.
     */
    static final int MAX_WORDS = 8192;

    /** A language's number not yet worked out for a word. */
    static final int UNKNOWN = -2;

    /** The longest word packed into two {@code long}s, a byte per character. */
    static final int PACKED_LENGTH = 2 * Long.BYTES;

    private static final int LANGUAGES = LexiconLanguage.values().length;
    /** Where the languages a word may be a token in start in {@link #languageBits(int)}. */
    static final int MAYBE_TOKEN_SHIFT = 8;
    /** Where the languages a word may begin a phrase in start in {@link #languageBits(int)}. */
    static final int MAYBE_FIRST_SHIFT = 16;
    private static final int CLUE_BITS = (1 << MAYBE_TOKEN_SHIFT) - 1;
    private static final int ALL_MAYBE_TOKEN = ((1 << LANGUAGES) - 1) << MAYBE_TOKEN_SHIFT
            | ((1 << LANGUAGES) - 1) << MAYBE_FIRST_SHIFT;
    private static final int INITIAL_CHARS = MAX_WORDS * 8;
    /** Longs per slot of the packed words' table. */
    private static final int PACKED_STRIDE = 3;
    /** Slots of each table before it grows; it stays at most half full. */
    private static final int INITIAL_SLOTS = 4096;

    private final LanguageGuess languageGuess;

    /**
     * Packed words: per slot, three {@code long}s, the two halves of the word's key and its {@link #packedEntryOf
     * entry with its language bits}; a first half of 0 is an empty slot (no word packs to it). One array, so that a
     * probe reads one cache line, not one per array.
     */
    private long[] packedSlots;
    private int packedMask;
    private int packedCount;
    // other words: per slot entry + 1 (0 = empty); the entry's hash is in hashes
    private int[] charSlots;
    private int charCount;
    // per entry
    private int size;
    private int[] hashes;
    private int[] keyStarts;
    private int[] keyLengths;
    /**
     * Per entry, two sets of languages as ordinal bits: those it is a clue word of (the low byte) and, shifted by
     * {@value #MAYBE_TOKEN_SHIFT}, those it may be a token in: every language but those whose number is known to be
     * {@link PhraseMatcher#NO_TOKEN}. One {@code int} read per word gives a text both.
     */
    private int[] languageBits;
    private int[] numbers;
    /** Per entry, where its slot begins in {@link #packedSlots}, which keeps a copy of its language bits; or -1. */
    private int[] packedSlotOf;
    // the characters of every entry, one after the other
    private char[] keys;
    private int keysUsed;

    WordMemory(LanguageGuess languageGuess) {
        this.languageGuess = languageGuess;
        clear();
    }

    /**
     * Clears the memory if it holds more than {@value #MAX_WORDS} words; call before a text, not during one.
     *
     * @return whether it was cleared: every entry given out before is void
     */
    boolean forgetIfFull() {
        if (size > MAX_WORDS) {
            clear();
            return true;
        }
        return false;
    }

    private void clear() {
        size = 0;
        keysUsed = 0;
        packedCount = 0;
        charCount = 0;
        packedSlots = new long[PACKED_STRIDE * INITIAL_SLOTS];
        packedMask = INITIAL_SLOTS - 1;
        charSlots = new int[INITIAL_SLOTS];
        hashes = new int[MAX_WORDS];
        keyStarts = new int[MAX_WORDS];
        keyLengths = new int[MAX_WORDS];
        languageBits = new int[MAX_WORDS];
        packedSlotOf = new int[MAX_WORDS];
        numbers = new int[MAX_WORDS * LANGUAGES];
        Arrays.fill(numbers, UNKNOWN);
        keys = new char[INITIAL_CHARS];
    }

    /**
     * The entry of the packed word {@code (low, high)} of {@code length} characters ({@link PackedWord}), added if
     * new: in the low half, with its {@link #languageBits} in the high half ({@link #entry}, {@link #languageBits(long)}).
     *
     * <p>Why the bits come with the entry: the slot keeps a copy, so a text's word costs one read where it cost the
     * slot and then the entry's bits, a read that waited for the first. Measured with the caches flushed between
     * texts, as the other detectors of a whole scan do, it saved about 0.6 us of a dense 4 KB prompt.
     */
    long packedEntryOf(long low, long high, int length) {
        long[] slots = packedSlots;
        int mask = packedMask;
        for (int slot = PackedWord.hash(low, high) & mask; ; slot = (slot + 1) & mask) {
            int at = PACKED_STRIDE * slot;
            long key = slots[at];
            if (key == low && slots[at + 1] == high) {
                return slots[at + 2];
            }
            if (key == 0) {
                int entry = addPacked(low, high, length);
                slots[at] = low;
                slots[at + 1] = high;
                long value = withLanguageBits(entry);
                slots[at + 2] = value;
                packedSlotOf[entry] = at;
                if (2 * ++packedCount > mask + 1) {
                    rehashPacked();
                }
                return value;
            }
        }
    }

    /** The entry of {@code lowerCased[0, length)}, added if new. */
    int entryOf(char[] lowerCased, int length) {
        if (PackedWord.fits(lowerCased, length)) {
            long low = PackedWord.low(lowerCased, length);
            long high = PackedWord.high(lowerCased, length);
            return entry(packedEntryOf(low, high, length));
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + lowerCased[i];
        }
        int mask = charSlots.length - 1;
        for (int slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
            int entry = charSlots[slot] - 1;
            if (entry < 0) {
                entry = add(lowerCased, length);
                hashes[entry] = hash;
                charSlots[slot] = entry + 1;
                if (2 * ++charCount > charSlots.length) {
                    rehashChars();
                }
                return entry;
            }
            if (hashes[entry] == hash && keyLengths[entry] == length
                    && Arrays.equals(keys, keyStarts[entry], keyStarts[entry] + length, lowerCased, 0, length)) {
                return entry;
            }
        }
    }

    /** The entry of a {@link #packedEntryOf} value. */
    static int entry(long packedEntry) {
        return (int) packedEntry;
    }

    /** The {@link #languageBits(int)} of a {@link #packedEntryOf} value, as they were when it was read. */
    static int languageBits(long packedEntry) {
        return (int) (packedEntry >>> Integer.SIZE);
    }

    private long withLanguageBits(int entry) {
        return entry | (long) languageBits[entry] << Integer.SIZE;
    }

    int clueBits(int entry) {
        return languageBits[entry] & CLUE_BITS;
    }

    /**
     * The entry's clue languages ({@link #clueBits}) and, shifted by {@value #MAYBE_TOKEN_SHIFT}, the languages in
     * which its number is not known to be {@link PhraseMatcher#NO_TOKEN}.
     */
    int languageBits(int entry) {
        return languageBits[entry];
    }

    /** The entry's token number in {@code language}, or {@link #UNKNOWN}. */
    int number(int entry, int language) {
        return numbers[entry * LANGUAGES + language];
    }

    /**
     * Remembers the entry's token number in {@code language}, and whether that token begins a phrase there
     * ({@code first}; false for {@link PhraseMatcher#NO_TOKEN}).
     */
    void setNumber(int entry, int language, int number, boolean first) {
        numbers[entry * LANGUAGES + language] = number;
        if (number == PhraseMatcher.NO_TOKEN) {
            languageBits[entry] &= ~(1 << (MAYBE_TOKEN_SHIFT + language));
        }
        if (!first) {
            languageBits[entry] &= ~(1 << (MAYBE_FIRST_SHIFT + language));
        }
        int at = packedSlotOf[entry];
        if (at >= 0) {
            packedSlots[at + 2] = withLanguageBits(entry); // the slot's copy
        }
    }

    /** Reduces the entry's word with {@code reduction}. */
    CharTermAttribute reduce(int entry, WordReduction reduction) {
        return reduction.reduce(keys, keyStarts[entry], keyLengths[entry]);
    }

    /** Adds a packed word as an entry; its characters come out of the key. */
    private int addPacked(long low, long high, int length) {
        int start = reserve(length);
        PackedWord.unpack(low, high, length, keys, start);
        return finishAdd(start, length);
    }

    private int add(char[] lowerCased, int length) {
        int start = reserve(length);
        System.arraycopy(lowerCased, 0, keys, start, length);
        return finishAdd(start, length);
    }

    /** Makes room for one more entry of {@code length} characters; returns where its characters go. */
    private int reserve(int length) {
        if (size == hashes.length) {
            // a text with more distinct words than the bound: grow for it; the next text begins with a clear memory
            int capacity = 2 * size;
            hashes = Arrays.copyOf(hashes, capacity);
            keyStarts = Arrays.copyOf(keyStarts, capacity);
            keyLengths = Arrays.copyOf(keyLengths, capacity);
            languageBits = Arrays.copyOf(languageBits, capacity);
            packedSlotOf = Arrays.copyOf(packedSlotOf, capacity);
            numbers = Arrays.copyOf(numbers, capacity * LANGUAGES);
            Arrays.fill(numbers, size * LANGUAGES, numbers.length, UNKNOWN);
        }
        if (keysUsed + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(2 * keys.length, keysUsed + length));
        }
        return keysUsed;
    }

    private int finishAdd(int start, int length) {
        int entry = size++;
        keyStarts[entry] = start;
        keyLengths[entry] = length;
        languageBits[entry] = languageGuess.clueBits(keys, start, length) | ALL_MAYBE_TOKEN;
        packedSlotOf[entry] = -1;
        keysUsed += length;
        return entry;
    }

    private void rehashPacked() {
        long[] larger = new long[2 * packedSlots.length];
        int mask = 2 * (packedMask + 1) - 1;
        for (int old = 0; old < packedSlots.length; old += PACKED_STRIDE) {
            long low = packedSlots[old];
            if (low == 0) {
                continue;
            }
            long high = packedSlots[old + 1];
            int slot = PackedWord.hash(low, high) & mask;
            while (larger[PACKED_STRIDE * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            System.arraycopy(packedSlots, old, larger, PACKED_STRIDE * slot, PACKED_STRIDE);
            packedSlotOf[entry(packedSlots[old + 2])] = PACKED_STRIDE * slot;
        }
        packedSlots = larger;
        packedMask = mask;
    }

    private void rehashChars() {
        int[] larger = new int[2 * charSlots.length];
        int mask = larger.length - 1;
        for (int old : charSlots) {
            if (old == 0) {
                continue;
            }
            int hash = hashes[old - 1];
            int slot = (hash ^ (hash >>> 15)) & mask;
            while (larger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            larger[slot] = old;
        }
        charSlots = larger;
    }
}
