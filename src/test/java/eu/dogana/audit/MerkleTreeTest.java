package eu.dogana.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    /** The test vectors of RFC 6962's reference implementation (certificate-transparency, merkle_tree_test). */
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void rootsMatchTheReferenceVectors() {
        List<byte[]> leaves = new ArrayList<>();
        for (int n = 0; n < LEAVES.length; n++) {
            leaves.add(HexFormat.of().parseHex(LEAVES[n]));
            assertThat(HexFormat.of().formatHex(MerkleTree.root(leaves))).as("root of %d leaves", n + 1).isEqualTo(ROOTS[n]);
        }
    }

    @Test
    void everyLeafIsProvablyIncludedAndNoOtherIs() {
        for (int size = 1; size <= 33; size++) {
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                leaves.add(("event " + i).getBytes(StandardCharsets.UTF_8));
            }
            byte[] root = MerkleTree.root(leaves);
            for (int i = 0; i < size; i++) {
                List<byte[]> path = MerkleTree.inclusionPath(leaves, i);
                assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, size, path, root)).isTrue();
                assertThat(MerkleTree.verifyInclusion("forged".getBytes(StandardCharsets.UTF_8), i, size, path, root)).isFalse();
                if (size > 1) {
                    assertThat(MerkleTree.verifyInclusion(leaves.get(i), (i + 1) % size, size, path, root)).isFalse();
                }
            }
        }
    }
}
