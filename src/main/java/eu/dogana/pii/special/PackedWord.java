package eu.dogana.pii.special;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A word of at most {@value #MAX_LENGTH} Latin-1 characters (ASCII, and the accented letters of most of our
 * languages: "für", "été", "niño") as a key of two {@code long}s, a lower-cased character per byte: {@code low} holds
 * the first eight, {@code high} the rest, each half with its first character in its highest used byte. No character
 * of a word is 0, so the key tells the length too: two different words never share one.
 *
 * <p>Why: {@link WordMemory} finds such a word by comparing two {@code long}s, where a table of hashed words must
 * hash the characters, then compare them one by one; most words of running text are short and ASCII. The lower
 * case of a Latin-1 character is Latin-1 again, so a word packed before lower-casing packs to the same key as after.
 */
final class PackedWord {

    static final int MAX_LENGTH = 2 * Long.BYTES;

    /** Bytes that {@link #low(byte[], int, int)} and {@link #high(byte[], int, int)} may read past a word's end. */
    static final int READ_AHEAD = Long.BYTES;

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long EVERY_BYTE = 0x0101010101010101L;
    private static final char LATIN_1 = 0xFF;

    private PackedWord() {
    }

    /** Whether {@code chars[0, length)} can be packed: at most {@value #MAX_LENGTH} characters, each 1 to 0xFF. */
    static boolean fits(char[] chars, int length) {
        if (length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[i] == 0 || chars[i] > LATIN_1) {
                return false;
            }
        }
        return true;
    }

    /** The first half of the key of {@code chars[offset, offset + length)}, lower-casing ASCII letters. */
    static long low(char[] chars, int offset, int length) {
        long key = 0;
        for (int i = offset, end = offset + Math.min(length, Long.BYTES); i < end; i++) {
            key = (key << Byte.SIZE) | lowerCase(chars[i]);
        }
        return key;
    }

    /** The second half of the key of {@code chars[offset, offset + length)}: 0 for a word of up to eight. */
    static long high(char[] chars, int offset, int length) {
        long key = 0;
        for (int i = offset + Long.BYTES, end = offset + length; i < end; i++) {
            key = (key << Byte.SIZE) | lowerCase(chars[i]);
        }
        return key;
    }

    /**
     * The key of the word {@code chars[start, end)} if it can be packed (at most {@value #MAX_LENGTH} characters, all
     * Latin-1), lower-casing it; else {@code null}. For a word that is not ASCII: one look at each character.
     */
    static long[] ofLatin1(String chars, int start, int end, long[] key) {
        if (end - start > MAX_LENGTH) {
            return null;
        }
        long low = 0;
        long high = 0;
        for (int i = start; i < end; i++) {
            char c = chars.charAt(i);
            if (c > LATIN_1) {
                return null;
            }
            if (i - start < Long.BYTES) {
                low = (low << Byte.SIZE) | lowerCase(c);
            } else {
                high = (high << Byte.SIZE) | lowerCase(c);
            }
        }
        key[0] = low;
        key[1] = high;
        return key;
    }

    /**
     * The first half of the key of the ASCII word {@code ascii[offset, offset + length)}, {@code length >= 1}, read
     * as one {@code long}: {@code ascii} must hold {@value #READ_AHEAD} bytes past the word's end.
     */
    static long low(byte[] ascii, int offset, int length) {
        return lowerCase(lowAsSpelled(ascii, offset, length));
    }

    /** The second half of the key of the ASCII word {@code ascii[offset, offset + length)}, as {@link #low}. */
    static long high(byte[] ascii, int offset, int length) {
        return lowerCase(highAsSpelled(ascii, offset, length)); // no capital in 0, a word of up to eight's
    }

    /**
     * {@link #low(byte[], int, int)} of any bytes {@code bytes[offset, offset + length)}, {@code length >= 1}, not
     * lower-cased: as the text spells them.
     */
    static long lowAsSpelled(byte[] bytes, int offset, int length) {
        long eight = (long) EIGHT_BYTES.get(bytes, offset);
        return length >= Long.BYTES ? eight : eight >>> (Byte.SIZE * (Long.BYTES - length));
    }

    /** {@link #high(byte[], int, int)} of any bytes, not lower-cased, as {@link #lowAsSpelled}. */
    static long highAsSpelled(byte[] bytes, int offset, int length) {
        if (length <= Long.BYTES) {
            return 0;
        }
        long eight = (long) EIGHT_BYTES.get(bytes, offset + Long.BYTES);
        return eight >>> (Byte.SIZE * (MAX_LENGTH - length));
    }

    /**
     * Each byte of {@code ascii} (all below 0x80) lower-cased if it is a capital letter: a byte is one when adding
     * {@code 0x80 - 'A'} sets its top bit and adding {@code 0x80 - 'Z' - 1} does not; that bit, moved to 0x20,
     * turns the capital into its small letter. No carry crosses bytes, since each byte stays below 0x100.
     */
    static long lowerCase(long ascii) {
        long atLeastA = ascii + (0x80 - 'A') * EVERY_BYTE;
        long aboveZ = ascii + (0x80 - 'Z' - 1) * EVERY_BYTE;
        return ascii | ((atLeastA & ~aboveZ & 0x80 * EVERY_BYTE) >>> 2);
    }

    static long low(char[] chars, int length) {
        return low(chars, 0, length);
    }

    static long high(char[] chars, int length) {
        return high(chars, 0, length);
    }

    /** Writes the {@code length} characters of the key {@code (low, high)} to {@code chars} from {@code offset}. */
    static void unpack(long low, long high, int length, char[] chars, int offset) {
        int inLow = Math.min(length, Long.BYTES);
        for (int i = 0; i < inLow; i++) {
            chars[offset + i] = (char) ((low >>> (Byte.SIZE * (inLow - 1 - i))) & 0xFF);
        }
        for (int i = inLow; i < length; i++) {
            chars[offset + i] = (char) ((high >>> (Byte.SIZE * (length - 1 - i))) & 0xFF);
        }
    }

    /** The table slot hash of a key: every bit of both halves reaches the bits a table masks. */
    static int hash(long low, long high) {
        long h = low * 0x9E3779B97F4A7C15L + high * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    /**
     * {@code c} lower-cased if it is a capital letter of ASCII or Latin-1 ('A' to 'Z', 'À' to 'Þ' but '×'), else
     * {@code c}: for a char up to 0xFF, what {@link Character#toLowerCase(char)} gives.
     */
    static char lowerCase(char c) {
        boolean capital = c >= 'A' && c <= 'Z' || c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7';
        return capital ? (char) (c + ('a' - 'A')) : c;
    }
}
