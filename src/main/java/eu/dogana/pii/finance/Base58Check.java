package eu.dogana.pii.finance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Bitcoin's base58check: a 25-byte payload (version, 20-byte hash, 4-byte checksum = first bytes of SHA-256²). */
final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int PAYLOAD = 25;
    private static final byte[] INDEX = new byte[128];

    static {
        java.util.Arrays.fill(INDEX, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private Base58Check() {
    }

    static boolean isBase58(char c) {
        return c < 128 && INDEX[c] >= 0;
    }

    /** The version byte of a valid 25-byte base58check payload in {@code text[start, end)}, or -1. */
    static int version(CharSequence text, int start, int end) {
        byte[] out = new byte[PAYLOAD];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int carry = c < 128 ? INDEX[c] : -1;
            if (carry < 0) {
                return -1;
            }
            for (int j = PAYLOAD - 1; j >= 0; j--) {
                carry += 58 * (out[j] & 0xff);
                out[j] = (byte) carry;
                carry >>>= 8;
            }
            if (carry != 0) {
                return -1;
            }
        }
        int leadingOnes = 0;
        while (start + leadingOnes < end && text.charAt(start + leadingOnes) == '1') {
            leadingOnes++;
        }
        int leadingZeros = 0;
        while (leadingZeros < PAYLOAD && out[leadingZeros] == 0) {
            leadingZeros++;
        }
        if (leadingOnes != leadingZeros) {
            return -1;
        }
        byte[] hash = sha256(sha256(java.util.Arrays.copyOf(out, PAYLOAD - 4)));
        for (int k = 0; k < 4; k++) {
            if (hash[k] != out[PAYLOAD - 4 + k]) {
                return -1;
            }
        }
        return out[0] & 0xff;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
