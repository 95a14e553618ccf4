package eu.dogana.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6962 consistency proofs ({@link MerkleTree#consistencyPath}, {@link MerkleTree#verifyConsistency}). */
class ConsistencyProofTest {

    /** The leaf inputs of the reference implementation's tests (certificate-transparency, merkle_tree_test). */
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};

    /**
     * Known proofs over those leaves: (m, n, PROOF(m, D[n])). The first four are the certificate-transparency C++
     * and Go vectors; (3, 7) is from transparency-dev/merkle's reference tree.
     */
    private static final Object[][] VECTORS = {
            {1, 1, List.of()},
            {1, 8, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")},
            {6, 8, List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")},
            {2, 5, List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")},
            {3, 7, List.of("0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                    "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e")}};

    private static List<byte[]> referenceLeaves() {
        List<byte[]> leaves = new ArrayList<>();
        for (String leaf : LEAVES) {
            leaves.add(HexFormat.of().parseHex(leaf));
        }
        return leaves;
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(("event " + i).getBytes(StandardCharsets.UTF_8));
        }
        return leaves;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }

    @Test
    void proofsMatchTheReferenceVectorsAndVerify() {
        List<byte[]> all = referenceLeaves();
        for (Object[] vector : VECTORS) {
            int m = (int) vector[0];
            int n = (int) vector[1];
            List<byte[]> tree = all.subList(0, n);
            List<byte[]> path = MerkleTree.consistencyPath(tree, m);
            assertThat(hex(path)).as("PROOF(%d, D[%d])", m, n).isEqualTo(vector[2]);
            assertThat(MerkleTree.verifyConsistency(m, MerkleTree.root(all.subList(0, m)), n, MerkleTree.root(tree), path))
                    .as("PROOF(%d, D[%d]) verifies", m, n).isTrue();
        }
    }

    @Test
    void everyProofUpTo64LeavesVerifiesAndAnyChangeFailsIt() {
        List<byte[]> leaves = leaves(64);
        byte[][] roots = new byte[65][];
        for (int size = 0; size <= 64; size++) {
            roots[size] = MerkleTree.root(leaves.subList(0, size));
        }
        for (int n = 1; n <= 64; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> path = MerkleTree.consistencyPath(leaves.subList(0, n), m);
                assertThat(MerkleTree.verifyConsistency(m, roots[m], n, roots[n], path)).as("(%d, %d)", m, n).isTrue();
                // a wrong old root, a wrong new root (the sizes come from the signed statements: a size off by one
                // may verify with the same path when both sizes give the same tree shape, as in RFC 9162)
                assertThat(MerkleTree.verifyConsistency(m, roots[m - 1], n, roots[n], path)).as("old root (%d, %d)", m, n).isFalse();
                assertThat(MerkleTree.verifyConsistency(m, roots[m], n, roots[m == n ? n - 1 : m], path))
                        .as("new root (%d, %d)", m, n).isFalse();
                if (m < n) {
                    assertThat(MerkleTree.verifyConsistency(n, roots[n], m, roots[m], path)).as("swapped").isFalse();
                }
                for (int i = 0; i < path.size(); i++) {
                    List<byte[]> altered = new ArrayList<>(path);
                    byte[] node = altered.get(i).clone();
                    node[i % node.length] ^= 1;
                    altered.set(i, node);
                    assertThat(MerkleTree.verifyConsistency(m, roots[m], n, roots[n], altered))
                            .as("node %d altered (%d, %d)", i, m, n).isFalse();
                    List<byte[]> shorter = new ArrayList<>(path);
                    shorter.remove(i);
                    assertThat(MerkleTree.verifyConsistency(m, roots[m], n, roots[n], shorter))
                            .as("node %d dropped (%d, %d)", i, m, n).isFalse();
                }
                List<byte[]> longer = new ArrayList<>(path);
                longer.add(roots[m]);
                assertThat(MerkleTree.verifyConsistency(m, roots[m], n, roots[n], longer))
                        .as("node added (%d, %d)", m, n).isFalse();
            }
        }
    }

    /** What a consistency proof exists to refuse: a leaf of the old tree rewritten, the new tree built honestly on it. */
    @Test
    void aRewrittenOldLeafFailsEveryProofFromTheOldRoot() {
        List<byte[]> honest = leaves(32);
        int checked = 0;
        for (int rewritten = 0; rewritten < honest.size(); rewritten++) {
            List<byte[]> tampered = new ArrayList<>(honest);
            tampered.set(rewritten, "not what was there".getBytes(StandardCharsets.UTF_8));
            for (int m = rewritten + 1; m < honest.size(); m++) {
                byte[] signedOldRoot = MerkleTree.root(honest.subList(0, m));
                for (int n = m + 1; n <= honest.size(); n++) {
                    List<byte[]> forged = MerkleTree.consistencyPath(tampered.subList(0, n), m);
                    assertThat(MerkleTree.verifyConsistency(m, signedOldRoot, n, MerkleTree.root(tampered.subList(0, n)),
                            forged)).as("leaf %d rewritten, (%d, %d)", rewritten, m, n).isFalse();
                    checked++;
                }
            }
        }
        int expected = 0;
        for (int m = 1; m < honest.size(); m++) {
            expected += m * (honest.size() - m);
        }
        assertThat(checked).isEqualTo(expected);
    }

    @Test
    void theEmptyTreeIsAPrefixOfEveryTreeAndSizesMustBeOrdered() {
        List<byte[]> leaves = leaves(5);
        byte[] empty = MerkleTree.root(List.of());
        assertThat(MerkleTree.consistencySubtrees(0, 5)).isEmpty();
        assertThat(MerkleTree.verifyConsistency(0, empty, 5, MerkleTree.root(leaves), List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(0, MerkleTree.root(leaves), 5, MerkleTree.root(leaves), List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(5, MerkleTree.root(leaves), 3, MerkleTree.root(leaves), List.of())).isFalse();
        assertThatThrownBy(() -> MerkleTree.consistencySubtrees(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencySubtrees(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subtreesAreDisjointSoAProofReadsEachLeafAtMostOnce() {
        for (long n = 2; n <= 200; n++) {
            for (long m = 1; m < n; m++) {
                List<MerkleTree.Subtree> subtrees = new ArrayList<>(MerkleTree.consistencySubtrees(m, n));
                subtrees.sort(java.util.Comparator.comparingLong(MerkleTree.Subtree::start));
                for (int i = 1; i < subtrees.size(); i++) {
                    assertThat(subtrees.get(i).start()).isGreaterThanOrEqualTo(subtrees.get(i - 1).end());
                }
                assertThat(subtrees.getLast().end()).isEqualTo(n);
                assertThat(subtrees.size()).isLessThanOrEqualTo(2 * (64 - Long.numberOfLeadingZeros(n)));
            }
        }
    }
}
