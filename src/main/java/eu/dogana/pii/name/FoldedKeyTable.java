package eu.dogana.pii.name;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@link Gazetteer}'s folded keys and their flags, as an open-addressing hash table over one array of chars. A
 * lookup hashes a key the caller has folded into a reusable buffer and compares it with the stored key in place, so
 * it makes no string.
 *
 * <p>Why not the Lucene FST the keys were compiled into before: walking it took a binary search per letter, some
 * 300 ns for a capitalised word, and looking words up was most of what {@link PersonDetector} cost; folding, one
 * hash and one comparison take 30 to 40 ns. The price is memory: 1.3 MB for the 40,000 keys of the Datafaker lists,
 * four times the FST's 330 KB.
 *
 * <p>Immutable and thread-safe.
 */
final class FoldedKeyTable {

    /** Slots per key at least: linear probing stays short below two-thirds full. */
    private static final double MIN_SLOTS_PER_KEY = 1.5;

    /** The keys of up to eight Latin-1 characters, most of them: looked up there, and only there. */
    private final ShortKeyTable shortKeys;
    /** Every other key's chars back to back: key {@code k} is {@code chars[offsets[k], offsets[k + 1])}. */
    private final char[] chars;
    private final int[] offsets;
    private final long[] flags;
    /**
     * Per slot, 0 when empty, else the index of the key there plus one (the {@link #keyMask} bits) under the high
     * bits of the key's hash: a probe that meets another key tells it apart by those bits, without reading its
     * characters.
     */
    private final int[] slots;
    private final int keyMask;
    private final int shift;

    private FoldedKeyTable(ShortKeyTable shortKeys, char[] chars, int[] offsets, long[] flags, int[] slots,
            int keyMask) {
        this.shortKeys = shortKeys;
        this.chars = chars;
        this.offsets = offsets;
        this.flags = flags;
        this.slots = slots;
        this.keyMask = keyMask;
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(slots.length);
    }

    /** A table of {@code keyed}, folded keys (as {@link Gazetteer#key} makes them) to their flags. */
    static FoldedKeyTable of(Map<String, Long> keyed) {
        long[] packedKeys = new long[keyed.size()];
        long[] packedFlags = new long[keyed.size()];
        int shortCount = 0;
        Map<String, Long> others = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : keyed.entrySet()) {
            char[] key = entry.getKey().toCharArray();
            long packed = ShortKeyTable.pack(key, key.length);
            if (packed != 0) {
                packedKeys[shortCount] = packed;
                packedFlags[shortCount++] = entry.getValue();
            } else {
                others.put(entry.getKey(), entry.getValue());
            }
        }
        ShortKeyTable shortKeys = ShortKeyTable.of(packedKeys, packedFlags, shortCount);
        int count = others.size();
        int totalChars = others.keySet().stream().mapToInt(String::length).sum();
        char[] chars = new char[totalChars];
        int[] offsets = new int[count + 1];
        long[] flags = new long[count];
        int[] slots = new int[Math.max(2, Integer.highestOneBit((int) (count * MIN_SLOTS_PER_KEY)) << 1)];
        int shift = Integer.SIZE - Integer.numberOfTrailingZeros(slots.length);
        int keyMask = (Integer.highestOneBit(count) << 1) - 1;
        int k = 0;
        for (Map.Entry<String, Long> entry : others.entrySet()) {
            String key = entry.getKey();
            int offset = offsets[k];
            key.getChars(0, key.length(), chars, offset);
            offsets[k + 1] = offset + key.length();
            flags[k] = entry.getValue();
            int hash = hash(chars, offset, key.length());
            int slot = slot(hash, shift);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = (hash & ~keyMask) | (k + 1);
            k++;
        }
        return new FoldedKeyTable(shortKeys, chars, offsets, flags, slots, keyMask);
    }

    /** Flags of the key held in {@code key[0, length)}; 0 when the table has no such key. */
    long flags(char[] key, int length) {
        return flags(key, length, hash(key, 0, length));
    }

    /** {@link #flags(char[], int)} for a caller that has the key's {@link #hash} already. */
    long flags(char[] key, int length, int hash) {
        long packed = ShortKeyTable.pack(key, length);
        if (packed != 0) {
            return shortKeys.flags(packed);
        }
        int mask = slots.length - 1;
        int tag = hash & ~keyMask;
        for (int slot = slot(hash, shift); ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return 0;
            }
            int k = (entry & keyMask) - 1;
            if ((entry & ~keyMask) == tag && matches(k, key, length)) {
                return flags[k];
            }
        }
    }

    /**
     * Flags of a key of at most {@value ShortKeyTable#MAX_LENGTH} Latin-1 characters, packed
     * ({@link ShortKeyTable#pack}); 0 when the table has no such key.
     */
    long shortKeyFlags(long packed) {
        return shortKeys.flags(packed);
    }

    /** Calls {@code action} with every key that has a flag in {@code mask}. */
    void forEachKeyWith(long mask, Consumer<String> action) {
        shortKeys.forEach((key, keyFlags) -> {
            if ((keyFlags & mask) != 0) {
                action.accept(key);
            }
        });
        for (int k = 0; k < flags.length; k++) {
            if ((flags[k] & mask) != 0) {
                action.accept(new String(chars, offsets[k], offsets[k + 1] - offsets[k]));
            }
        }
    }

    int size() {
        return shortKeys.size() + flags.length;
    }

    long ramBytesUsed() {
        return shortKeys.ramBytesUsed() + (long) chars.length * Character.BYTES + (long) offsets.length * Integer.BYTES
                + (long) flags.length * Long.BYTES + (long) slots.length * Integer.BYTES;
    }

    private boolean matches(int k, char[] key, int length) {
        int from = offsets[k];
        return offsets[k + 1] - from == length && Arrays.equals(chars, from, from + length, key, 0, length);
    }

    /** The hash of {@code key[from, from + length)}: {@link String#hashCode()}'s polynomial. */
    static int hash(char[] key, int from, int length) {
        int h = 0;
        for (int i = from, end = from + length; i < end; i++) {
            h = 31 * h + key[i];
        }
        return h;
    }

    /** Fibonacci hashing: the high bits of the product spread the similar hashes of similar names. */
    private static int slot(int hash, int shift) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
