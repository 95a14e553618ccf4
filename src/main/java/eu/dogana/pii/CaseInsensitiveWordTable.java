package eu.dogana.pii;

import java.util.Collection;
import java.util.List;

/**
 * A few words looked up, ignoring case, by characters in place: a region of the text itself when it is ASCII, or a
 * buffer a word was folded into. Open addressing over the words lower-cased code point by code point, as Lucene's
 * {@code CharArraySet} with {@code ignoreCase} stores them, and kept sparse: most words looked up are none of these,
 * and a miss probes until it meets an empty slot.
 *
 * <p>For the same reason, before any hashing a word must pass a test of its length and its first and last
 * characters: per length, which characters the words of that length begin and end with, a bit each.
 *
 * <p>An ASCII word of the text of up to {@value #MAX_PACKED} characters, most of those that pass, is looked up in a
 * second table, of the words of that length and alphabet each packed into a long: the word is lower-cased and packed
 * from the text without a branch per character ({@link ScanText#packAsciiLowerCase}), and a probe compares longs, where the string table's probe reads the
 * stored string and compares it character by character.
 *
 * <p>Why not that {@code CharArraySet}: it takes a {@code char[]}, and the text is a String; copying every text to an
 * array for the sake of these look-ups cost more than the look-ups.
 *
 * <p>Immutable and thread-safe.
 */
final class CaseInsensitiveWordTable {

    /** Slots per word at least. */
    private static final int SLOTS_PER_WORD = 4;
    /** The longest word packed into a long: a byte per character. */
    static final int MAX_PACKED = Long.BYTES;

    /** Bit {@link #bit} of a character per ASCII character: 0-25 a letter in either case, 26 a digit, 27 the rest. */
    private static final byte[] ASCII_BITS = asciiBits();
    /** The bit of every character outside ASCII. */
    private static final int OTHER_BIT = 27;

    private final String[] slots;
    private final int shift;
    /** Per length up to the longest word's, the {@link #bit}s of the first and of the last characters of its words. */
    private final int[] firsts;
    private final int[] lasts;
    /**
     * The words of up to {@value #MAX_PACKED} ASCII letters and digits, {@link #pack packed}: per slot {@code s}, the
     * packed word at {@code s} (0 when empty, which no packed word is) and the word as stored in {@code packedWords[s]}.
     */
    private final long[] packedSlots;
    private final String[] packedWords;
    private final int packedShift;

    CaseInsensitiveWordTable(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(1, words.size() * SLOTS_PER_WORD) - 1) << 1;
        this.slots = new String[Math.max(2, size)];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(slots.length);
        List<String> lowered = words.stream().map(CaseInsensitiveWordTable::lowerCase).toList();
        int longest = lowered.stream().mapToInt(String::length).max().orElse(0);
        this.firsts = new int[longest + 1];
        this.lasts = new int[longest + 1];
        for (String lower : lowered) {
            if (!lower.isEmpty()) {
                firsts[lower.length()] |= 1 << bit(lower.charAt(0));
                lasts[lower.length()] |= 1 << bit(lower.charAt(lower.length() - 1));
            }
            int slot = slotOf(hash(lower));
            while (slots[slot] != null && !slots[slot].equals(lower)) {
                slot = next(slot);
            }
            slots[slot] = lower;
        }
        List<String> packable = lowered.stream().filter(CaseInsensitiveWordTable::isPackable).distinct().toList();
        int packedSize = Integer.highestOneBit(Math.max(1, packable.size() * SLOTS_PER_WORD) - 1) << 1;
        this.packedSlots = new long[Math.max(2, packedSize)];
        this.packedWords = new String[packedSlots.length];
        this.packedShift = Long.SIZE - Integer.numberOfTrailingZeros(packedSlots.length);
        for (String lower : packable) {
            long packed = ScanText.packAsciiLowerCase(lower, 0, lower.length());
            int slot = packedSlotOf(packed);
            while (packedSlots[slot] != 0) {
                slot = nextPacked(slot);
            }
            packedSlots[slot] = packed;
            packedWords[slot] = lower;
        }
    }

    /** Whether {@code text[start, end)}, ASCII letters and digits, is one of the words, ignoring case. */
    boolean containsAscii(String text, int start, int end) {
        return findAscii(text, start, end) != null;
    }

    /**
     * The word {@code text[start, end)}, ASCII letters and digits, is, ignoring case, as stored (lower case); null
     * when it is none.
     */
    String findAscii(String text, int start, int end) {
        int length = end - start;
        if (length >= firsts.length || (firsts[length] & 1 << ASCII_BITS[text.charAt(start)]) == 0
                || (lasts[length] & 1 << ASCII_BITS[text.charAt(end - 1)]) == 0) {
            return null;
        }
        if (length <= MAX_PACKED) {
            return findPacked(ScanText.packAsciiLowerCase(text, start, end));
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + asciiLowerCase(text.charAt(i));
        }
        for (int slot = slotOf(h); ; slot = next(slot)) {
            String word = slots[slot];
            if (word == null) {
                return null;
            }
            if (word.length() == length && equalsAsciiLowerCase(text, start, word)) {
                return word;
            }
        }
    }

    /** The word stored packed as {@code packed}; null when there is none. */
    private String findPacked(long packed) {
        for (int slot = packedSlotOf(packed); ; slot = nextPacked(slot)) {
            long key = packedSlots[slot];
            if (key == packed) {
                return packedWords[slot];
            }
            if (key == 0) {
                return null;
            }
        }
    }

    /** Whether a lower-case word is stored packed: one to {@value #MAX_PACKED} ASCII letters and digits. */
    private static boolean isPackable(String lower) {
        return !lower.isEmpty() && lower.length() <= MAX_PACKED
                && lower.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
    }

    /** Whether {@code chars[start, end)}, characters of the Basic Multilingual Plane, is one of the words, ignoring case. */
    boolean contains(char[] chars, int start, int end) {
        return find(chars, start, end) != null;
    }

    /**
     * The word {@code chars[start, end)}, characters of the Basic Multilingual Plane, is, ignoring case, as stored
     * (lower case); null when it is none.
     */
    String find(char[] chars, int start, int end) {
        int length = end - start;
        if (length >= firsts.length || (firsts[length] & 1 << bit(Character.toLowerCase(chars[start]))) == 0
                || (lasts[length] & 1 << bit(Character.toLowerCase(chars[end - 1]))) == 0) {
            return null;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(chars[i]);
        }
        for (int slot = slotOf(h); ; slot = next(slot)) {
            String word = slots[slot];
            if (word == null) {
                return null;
            }
            if (word.length() == length && equalsLowerCase(chars, start, word)) {
                return word;
            }
        }
    }

    private static boolean equalsLowerCase(char[] chars, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(chars[start + i]) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int bit(char c) {
        return c < 0x80 ? ASCII_BITS[c] : OTHER_BIT;
    }

    private static byte[] asciiBits() {
        byte[] bits = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            bits[c] = (byte) (c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A'
                    : c >= '0' && c <= '9' ? 26 : OTHER_BIT);
        }
        return bits;
    }

    private static boolean equalsAsciiLowerCase(String text, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (asciiLowerCase(text.charAt(start + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Lower case code point by code point, without the context rules of {@link String#toLowerCase()}. */
    private static String lowerCase(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            lower.appendCodePoint(Character.toLowerCase(codePoint));
            i += Character.charCount(codePoint);
        }
        return lower.toString();
    }

    private static int hash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return h;
    }

    private int slotOf(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private int next(int slot) {
        return (slot + 1) & (slots.length - 1);
    }

    /** Fibonacci hashing of the whole packed word: its high bits mix every character. */
    private int packedSlotOf(long packed) {
        return (int) ((packed * 0x9E3779B97F4A7C15L) >>> packedShift);
    }

    private int nextPacked(int slot) {
        return (slot + 1) & (packedSlots.length - 1);
    }
}
