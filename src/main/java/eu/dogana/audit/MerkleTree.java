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
 * revealing the others. A consistency proof (section 2.1.2) shows that the tree of a node's whole chain at one
 * checkpoint is a prefix of its tree at a later one: nothing signed before was changed, only appended to.
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

    /**
     * A perfect or right-edge subtree of a tree, as the leaf positions {@code [start, end)} it spans; its hash is
     * MTH(D[start:end]).
     */
    public record Subtree(long start, long end) {

        public Subtree {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a subtree spans at least one leaf; got: [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * The subtrees whose hashes form PROOF(m, D[n]) (RFC 6962, section 2.1.2), in proof order. Depends on the two
     * sizes only, so a caller can compute each hash from wherever the leaves are kept.
     */
    public static List<Subtree> consistencySubtrees(long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("sizes must satisfy 0 <= m <= n; got: m=" + m + ", n=" + n);
        }
        List<Subtree> subtrees = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(m, 0, n, true, subtrees);
        }
        return subtrees;
    }

    /** PROOF(m, D[n]) over {@code leaves} (n = their number): the hashes of {@link #consistencySubtrees}. */
    public static List<byte[]> consistencyPath(List<byte[]> leaves, long m) {
        List<byte[]> path = new ArrayList<>();
        for (Subtree subtree : consistencySubtrees(m, leaves.size())) {
            path.add(subtreeRoot(leaves, (int) subtree.start(), (int) subtree.end()));
        }
        return path;
    }

    /**
     * Verifies that the tree of size {@code m} with root {@code firstRoot} is a prefix of the tree of size
     * {@code n} with root {@code secondRoot} (RFC 9162, section 2.1.4.2). Equal sizes need an empty proof and equal
     * roots; a first tree of size 0 (the empty tree, whose root is the hash of nothing) is a prefix of every tree.
     */
    public static boolean verifyConsistency(long m, byte[] firstRoot, long n, byte[] secondRoot, List<byte[]> path) {
        if (m < 0 || m > n) {
            return false;
        }
        if (m == 0) {
            return path.isEmpty() && Arrays.equals(firstRoot, root(List.of()));
        }
        if (m == n) {
            return path.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        List<byte[]> nodes = path;
        if (Long.bitCount(m) == 1) {
            // The first tree is a perfect subtree of the second: its root is the proof's implicit first node.
            nodes = new ArrayList<>(path.size() + 1);
            nodes.add(firstRoot);
            nodes.addAll(path);
        }
        long fn = m - 1;
        long sn = n - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = nodes.get(0);
        byte[] sr = nodes.get(0);
        for (byte[] node : nodes.subList(1, nodes.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(node, fr);
                sr = nodeHash(node, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, node);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** SUBPROOF(m, D[start:end], whole) of RFC 6962, section 2.1.2, as subtrees. */
    private static void subproof(long m, long start, long end, boolean whole, List<Subtree> subtrees) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                subtrees.add(new Subtree(start, end));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, start, start + k, whole, subtrees);
            subtrees.add(new Subtree(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, subtrees);
            subtrees.add(new Subtree(start, start + k));
        }
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

    static byte[] leafHash(byte[] leaf) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(leaf);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
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
