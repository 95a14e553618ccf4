package eu.dogana.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency, section 2.1) over a range of the register: leaves are
 * the events' 32-byte event hashes, hashed as {@code SHA-256(0x00 ‖ leaf)}, inner nodes as
 * {@code SHA-256(0x01 ‖ left ‖ right)}, the tree split at the largest power of two below its size. Any auditor
 * can recompute a checkpoint's root, and an inclusion proof shows one event is in a signed range without
 * revealing the others.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** MTH(D[n]); the hash of the empty string for an empty range. */
    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return sha256().digest();
        }
        return subtreeRoot(leaves, 0, leaves.size());
    }

    /** PATH(m, D[n]): the sibling hashes from leaf {@code index} up to the root. */
    public static List<byte[]> inclusionPath(List<byte[]> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("index must be in [0, " + leaves.size() + "); got: " + index);
        }
        List<byte[]> path = new ArrayList<>();
        path(leaves, index, 0, leaves.size(), path);
        return path;
    }

    /** Verifies an inclusion path (RFC 9162, section 2.1.3.2). */
    public static boolean verifyInclusion(byte[] leaf, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash(leaf);
        for (byte[] sibling : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(sibling, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, sibling);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leafHash(leaves.get(from));
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
    }

    private static void path(List<byte[]> leaves, int index, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (index < k) {
            path(leaves, index, from, from + k, path);
            path.add(subtreeRoot(leaves, from + k, to));
        } else {
            path(leaves, index - k, from + k, to, path);
            path.add(subtreeRoot(leaves, from, from + k));
        }
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] leafHash(byte[] leaf) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(leaf);
    }

    private static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
