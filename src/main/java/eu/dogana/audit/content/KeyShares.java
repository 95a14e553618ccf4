package eu.dogana.audit.content;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a data key into n shares that all are needed to rebuild it (n-of-n XOR secret sharing): n-1 shares are
 * random, the last is the key XOR all of them. Any n-1 shares together say nothing about the key, so destroying
 * one share — one data subject's — makes the key unrecoverable, whoever else's shares survive.
 */
final class KeyShares {

    private final SecureRandom random = new SecureRandom();

    List<byte[]> split(byte[] key, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1; got: " + count);
        }
        List<byte[]> shares = new ArrayList<>(count);
        byte[] last = key.clone();
        for (int i = 1; i < count; i++) {
            byte[] share = new byte[key.length];
            random.nextBytes(share);
            xorInto(last, share);
            shares.add(share);
        }
        shares.add(last);
        return shares;
    }

    static byte[] combine(List<byte[]> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no shares");
        }
        byte[] key = shares.get(0).clone();
        for (int i = 1; i < shares.size(); i++) {
            xorInto(key, shares.get(i));
        }
        return key;
    }

    private static void xorInto(byte[] target, byte[] share) {
        if (share.length != target.length) {
            throw new IllegalArgumentException("shares must be " + target.length + " bytes; got: " + share.length);
        }
        for (int i = 0; i < target.length; i++) {
            target[i] ^= share[i];
        }
    }
}
