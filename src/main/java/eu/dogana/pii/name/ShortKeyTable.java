package eu.dogana.pii.name;

import java.util.function.BiConsumer;

/**
 * The short keys of a {@link FoldedKeyTable}, up to {@value #MAX_LENGTH} characters of Latin-1 (four keys in five of
 * the gazetteer), each packed into a long, one byte per character: an open-addressing table of (key, flags) pairs side
 * by side, so that a look-up reads one cache line, where the general table reads four arrays one after the other (slot,
 * offsets, characters, flags), each a likely cache miss in 1.3 MB. A word of the text is packed straight from its
 * characters, without a key buffer or a character-by-character hash.
 *
 * <p>A packed key is never 0: folded keys hold no character 0, so the bytes past a key's end, 0, also tell its length.
 *
 * <p>Immutable and thread-safe.
 */
final class ShortKeyTable {

    /** The longest key packed: eight bytes. */
    static final int MAX_LENGTH = Long.BYTES;
    /** Slots per key at least: linear probing stays short at half full. */
    private static final int MIN_SLOTS_PER_KEY = 2;

    /** Per slot {@code s}: the packed key at {@code 2 s} (0 when empty), its flags at {@code 2 s + 1}. */
    private final long[] entries;
    private final int mask;
    private final int shift;
    private final int size;

    private ShortKeyTable(long[] entries, int size) {
        this.entries = entries;
        this.mask = entries.length / 2 - 1;
        this.shift = Long.SIZE - Integer.numberOfTrailingZeros(entries.length / 2);
        this.size = size;
    }

    /**
     * The packed form of {@code key[0, length)}, or 0 when it has none: longer than {@value #MAX_LENGTH}, empty, or
     * with a character outside 1 to 0xFF.
     */
    static long pack(char[] key, int length) {
        if (length > MAX_LENGTH) {
            return 0;
        }
        long packed = 0;
        for (int i = length - 1; i >= 0; i--) {
            char c = key[i];
            if (c == 0 || c > 0xFF) {
                return 0;
            }
            packed = packed << 8 | c;
        }
        return packed;
    }

    /** Flags of the packed key; 0 when the table has no such key. */
    long flags(long packed) {
        long[] e = entries;
        for (int slot = slot(packed); ; slot = (slot + 1) & mask) {
            long key = e[2 * slot];
            if (key == packed) {
                return e[2 * slot + 1];
            }
            if (key == 0) {
                return 0;
            }
        }
    }

    /** A table of the given packed keys and their flags; {@code packedKeys[0, count)} must be distinct and not 0. */
    static ShortKeyTable of(long[] packedKeys, long[] flags, int count) {
        int slots = Math.max(2, Integer.highestOneBit(Math.max(1, count * MIN_SLOTS_PER_KEY) - 1) << 1);
        ShortKeyTable table = new ShortKeyTable(new long[2 * slots], count);
        for (int k = 0; k < count; k++) {
            int slot = table.slot(packedKeys[k]);
            while (table.entries[2 * slot] != 0) {
                slot = (slot + 1) & table.mask;
            }
            table.entries[2 * slot] = packedKeys[k];
            table.entries[2 * slot + 1] = flags[k];
        }
        return table;
    }

    /** Calls {@code action} with every key, unpacked, and its flags. */
    void forEach(BiConsumer<String, Long> action) {
        StringBuilder key = new StringBuilder(MAX_LENGTH);
        for (int s = 0; s < entries.length; s += 2) {
            long packed = entries[s];
            if (packed != 0) {
                key.setLength(0);
                for (; packed != 0; packed >>>= 8) {
                    key.append((char) (packed & 0xFF));
                }
                action.accept(key.toString(), entries[s + 1]);
            }
        }
    }

    int size() {
        return size;
    }

    long ramBytesUsed() {
        return (long) entries.length * Long.BYTES;
    }

    /** Fibonacci hashing of the whole packed key: its high bits mix every character. */
    private int slot(long packed) {
        return (int) ((packed * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
