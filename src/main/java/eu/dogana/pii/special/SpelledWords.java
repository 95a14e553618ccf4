package eu.dogana.pii.special;

import java.util.Arrays;

/**
 * The {@link WordMemory} entries of recent short words that are not ASCII ("Gespräch", "według", "Résume"), found by
 * the word as the text spells it, case and all.
 *
 * <p>Why: such a word reaches its entry the long way, a look at each char to pack it as Latin-1 and, outside
 * Latin-1, a pass for symbols to split it at, a copy lower-cased per code point and a hash of its chars; measured on
 * the mixed 4 KB prompts of {@code bench/pii-throughput.sh}, the 50 such words of a dense prompt (of its 650) took
 * ~2.8 us of the ~12 us that keying all its words took. Their spellings recur from text to text as the words do.
 * Here a spelling costs what a short ASCII word does, a key of two {@code long}s read from the text's low bytes
 * ({@link PackedWord#lowAsSpelled}, not lower-cased) and a table probe, plus one comparison of its chars with the
 * spelling remembered, since the low bytes do not tell "ą" (U+0105) from U+0005.
 *
 * <p>Bounded: past {@value #MAX_SPELLINGS} spellings it is cleared when the next text begins ({@link #isFull}); it
 * must be cleared whenever the memory whose entries it holds is.
 *
 * <p>Not thread-safe.
 */
final class SpelledWords {

    static final int MAX_SPELLINGS = 4096;

    /** Longs per slot: the two halves of the key, the entry, and where the spelling's chars are with its length. */
    private static final int STRIDE = 4;
    private static final int INITIAL_SLOTS = 256;

    /**
     * Per slot, the key, the entry, and {@code (start << 32) | length} of the spelling in {@link #spellings}; a length
     * of 0 is an empty slot. Four {@code long}s, so that a slot never straddles two cache lines.
     */
    private long[] slots;
    private int mask;
    private int count;
    /** The chars of every spelling, one after the other. */
    private char[] spellings;
    private int spellingsUsed;

    SpelledWords() {
        clear();
    }

    /** Whether it holds more than {@value #MAX_SPELLINGS} spellings: to be cleared before the next text. */
    boolean isFull() {
        return count > MAX_SPELLINGS;
    }

    void clear() {
        slots = new long[STRIDE * INITIAL_SLOTS];
        mask = INITIAL_SLOTS - 1;
        count = 0;
        spellings = new char[INITIAL_SLOTS * 8];
        spellingsUsed = 0;
    }

    /**
     * The entry remembered for the word {@code text[start, end)}, of 1 to {@link PackedWord#MAX_LENGTH} chars, or -1.
     * {@code lowBytes} holds the low byte of each char of the text, with {@link PackedWord#READ_AHEAD} to spare.
     */
    int entryOf(byte[] lowBytes, String text, int start, int end) {
        int length = end - start;
        long low = PackedWord.lowAsSpelled(lowBytes, start, length);
        long high = PackedWord.highAsSpelled(lowBytes, start, length);
        for (int slot = PackedWord.hash(low, high) & mask; ; slot = (slot + 1) & mask) {
            int at = STRIDE * slot;
            long where = slots[at + 3];
            if (where == 0) {
                return -1;
            }
            if (slots[at] == low && slots[at + 1] == high && (int) where == length
                    && spelledAt((int) (where >>> 32), text, start, length)) {
                return (int) slots[at + 2];
            }
        }
    }

    /** Remembers {@code entry} for the word {@code text[start, end)}, which {@link #entryOf} did not find. */
    void add(byte[] lowBytes, String text, int start, int end, int entry) {
        int length = end - start;
        long low = PackedWord.lowAsSpelled(lowBytes, start, length);
        long high = PackedWord.highAsSpelled(lowBytes, start, length);
        if (spellingsUsed + length > spellings.length) {
            spellings = Arrays.copyOf(spellings, Math.max(2 * spellings.length, spellingsUsed + length));
        }
        text.getChars(start, end, spellings, spellingsUsed);
        int at = STRIDE * freeSlot(slots, mask, low, high);
        slots[at] = low;
        slots[at + 1] = high;
        slots[at + 2] = entry;
        slots[at + 3] = (long) spellingsUsed << 32 | length;
        spellingsUsed += length;
        if (2 * ++count > mask + 1) {
            grow();
        }
    }

    private boolean spelledAt(int at, String text, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (spellings[at + i] != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    /** The first empty slot of {@code table} from the key's slot on. */
    private static int freeSlot(long[] table, int mask, long low, long high) {
        int slot = PackedWord.hash(low, high) & mask;
        while (table[STRIDE * slot + 3] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] larger = new long[2 * slots.length];
        int largerMask = 2 * (mask + 1) - 1;
        for (int old = 0; old < slots.length; old += STRIDE) {
            if (slots[old + 3] != 0) {
                int slot = freeSlot(larger, largerMask, slots[old], slots[old + 1]);
                System.arraycopy(slots, old, larger, STRIDE * slot, STRIDE);
            }
        }
        slots = larger;
        mask = largerMask;
    }
}
