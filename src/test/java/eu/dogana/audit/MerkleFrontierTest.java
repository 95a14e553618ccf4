package eu.dogana.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleFrontierTest {

    private static byte[] leaf(int i) {
        return ("event " + i).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rootEqualsTheFullComputationAtEverySize() {
        MerkleFrontier frontier = new MerkleFrontier();
        List<byte[]> leaves = new ArrayList<>();
        assertThat(frontier.root()).isEqualTo(MerkleTree.root(leaves));
        for (int n = 1; n <= 300; n++) {
            leaves.add(leaf(n));
            frontier.append(leaf(n));
            assertThat(frontier.size()).isEqualTo(n);
            assertThat(HexFormat.of().formatHex(frontier.root())).as("root of %d leaves", n)
                    .isEqualTo(HexFormat.of().formatHex(MerkleTree.root(leaves)));
            // One stored hash per perfect subtree: a set bit of the size.
            assertThat(frontier.toHex()).hasSize(64 * Integer.bitCount(n));
        }
    }

    @Test
    void aRestoredFrontierContinuesAsIfNeverStored() {
        List<byte[]> leaves = new ArrayList<>();
        MerkleFrontier frontier = new MerkleFrontier();
        for (int n = 1; n <= 130; n++) {
            leaves.add(leaf(n));
            frontier.append(leaf(n));
            // as a restarted node does: read the last checkpoint's frontier back and extend it
            MerkleFrontier restored = MerkleFrontier.fromHex(frontier.size(), frontier.toHex());
            List<byte[]> extended = new ArrayList<>(leaves);
            for (int more = 1; more <= 5; more++) {
                restored.append(leaf(1000 + more));
                extended.add(leaf(1000 + more));
            }
            assertThat(restored.root()).as("restored at %d, extended by 5", n).isEqualTo(MerkleTree.root(extended));
        }
    }

    @Test
    void theReferenceVectorsRootsComeOutOfTheFrontierToo() {
        String[] inputs = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};
        MerkleFrontier frontier = new MerkleFrontier();
        for (String input : inputs) {
            frontier.append(HexFormat.of().parseHex(input));
        }
        assertThat(HexFormat.of().formatHex(frontier.root()))
                .isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    }

    @Test
    void aFrontierOfTheWrongShapeIsRefused() {
        MerkleFrontier frontier = new MerkleFrontier();
        for (int n = 1; n <= 6; n++) {
            frontier.append(leaf(n));
        }
        assertThatThrownBy(() -> MerkleFrontier.fromHex(7, frontier.toHex()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 3 hashes");
        assertThatThrownBy(() -> MerkleFrontier.fromHex(6, frontier.toHex().substring(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleFrontier.fromHex(-1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MerkleFrontier.fromHex(0, "").root()).isEqualTo(MerkleTree.root(List.of()));
    }
}
