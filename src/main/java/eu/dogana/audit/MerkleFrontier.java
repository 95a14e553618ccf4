package eu.dogana.audit;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The compact form of an RFC 6962 tree that only ever grows at its right edge, as Certificate Transparency logs
 * keep it: the roots of the perfect subtrees the leaves so far fall into, largest (leftmost) first — one per set
 * bit of the size, so at most 64 hashes however long the chain. Appending a leaf merges the equal-sized subtrees
 * at the right end (amortised two hashes); the tree's root folds those roots from the right, which is exactly how
 * MTH(D[n]) splits at the largest power of two below n. A checkpoint stores it so that the next one continues
 * from here instead of re-reading the chain.
 *
 * <p>Not thread-safe: one signer or one verifier owns an instance.
 */
public final class MerkleFrontier {

    private static final int HASH_HEX = 64;

    private final List<byte[]> roots;
    private long size;

    /** The frontier of the empty tree. */
    public MerkleFrontier() {
        this(0, new ArrayList<>());
    }

    private MerkleFrontier(long size, List<byte[]> roots) {
        this.size = size;
        this.roots = roots;
    }

    /**
     * A frontier as {@link #toHex()} wrote it for a tree of {@code size} leaves.
     *
     * @throws IllegalArgumentException when the text does not hold one 32-byte hex hash per set bit of the size
     */
    public static MerkleFrontier fromHex(long size, String hex) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0; got: " + size);
        }
        int expected = Long.bitCount(size);
        if (hex.length() != expected * HASH_HEX) {
            throw new IllegalArgumentException("a frontier of size " + size + " holds " + expected + " hashes ("
                    + expected * HASH_HEX + " hex digits); got: " + hex.length() + " digits");
        }
        List<byte[]> roots = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            roots.add(HexFormat.of().parseHex(hex, i * HASH_HEX, (i + 1) * HASH_HEX));
        }
        return new MerkleFrontier(size, roots);
    }

    /** Adds the next leaf (an event hash; the leaf is hashed here as the tree does). */
    public void append(byte[] leaf) {
        byte[] hash = MerkleTree.leafHash(leaf);
        // Each trailing 1 bit of the size is a perfect subtree as large as the one being completed: merge them.
        for (long s = size; (s & 1) == 1; s >>= 1) {
            hash = MerkleTree.nodeHash(roots.removeLast(), hash);
        }
        roots.add(hash);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of all leaves appended so far; the hash of nothing for the empty tree. */
    public byte[] root() {
        if (roots.isEmpty()) {
            return MerkleTree.root(List.of());
        }
        byte[] root = roots.getLast();
        for (int i = roots.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(roots.get(i), root);
        }
        return root;
    }

    /** The subtree roots, largest first, as concatenated hex; read back with {@link #fromHex}. */
    public String toHex() {
        StringBuilder hex = new StringBuilder(roots.size() * HASH_HEX);
        for (byte[] root : roots) {
            HexFormat.of().formatHex(hex, root);
        }
        return hex.toString();
    }
}
