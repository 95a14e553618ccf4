package eu.dogana.pii.finance;

/**
 * Segwit addresses (BIP 173 bech32 for witness version 0, BIP 350 bech32m for versions 1–16) on Bitcoin mainnet
 * ({@code bc1…}).
 */
final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final byte[] INDEX = new byte[128];

    static {
        java.util.Arrays.fill(INDEX, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            INDEX[CHARSET.charAt(i)] = (byte) i;
            INDEX[Character.toUpperCase(CHARSET.charAt(i))] = (byte) i;
        }
    }

    private Bech32() {
    }

    static boolean isDataChar(char c) {
        return c < 128 && INDEX[c] >= 0;
    }

    /**
     * Whether {@code text[start, end)} is a valid mainnet segwit address: "bc1" + data + 6-char checksum, one case,
     * right checksum constant for its witness version, witness program of a legal length.
     */
    static boolean isValidSegwit(CharSequence text, int start, int end) {
        int length = end - start;
        if (length < 14 || length > 90) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return false;
        }
        int dataStart = start + 3;
        int chk = 1;
        // hrp "bc" expanded: high bits, a zero, then low bits
        chk = step(chk, 'b' >> 5);
        chk = step(chk, 'c' >> 5);
        chk = step(chk, 0);
        chk = step(chk, 'b' & 31);
        chk = step(chk, 'c' & 31);
        for (int i = dataStart; i < end; i++) {
            int v = INDEX[text.charAt(i)];
            if (v < 0) {
                return false;
            }
            chk = step(chk, v);
        }
        int version = INDEX[text.charAt(dataStart)];
        if (version > 16 || chk != (version == 0 ? BECH32_CONST : BECH32M_CONST)) {
            return false;
        }
        int programBits = (end - dataStart - 1 - 6) * 5;
        int programBytes = programBits / 8;
        if (programBits % 8 >= 5) {
            return false;
        }
        if (version == 0) {
            return programBytes == 20 || programBytes == 32;
        }
        return programBytes >= 2 && programBytes <= 40;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        int next = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                next ^= GENERATOR[i];
            }
        }
        return next;
    }
}
