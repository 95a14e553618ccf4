package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Proof that a node's chain at checkpoint {@code to} extends its chain at checkpoint {@code from} (RFC 6962
 * consistency proof): from the signed tree heads of both statements and the {@code path},
 * {@link MerkleTree#verifyConsistency} rebuilds both roots. Whoever holds the older statement learns that nothing
 * it covered was changed since, without seeing any event.
 *
 * @param path hex hashes of PROOF(from's tree size, D[to's tree size])
 */
public record ConsistencyProof(Checkpoint from, Checkpoint to, List<String> path) {

    public ConsistencyProof {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (from.tree().isEmpty() || to.tree().isEmpty()) {
            throw new IllegalArgumentException("both checkpoints must state their cumulative tree");
        }
        path = List.copyOf(requireNonNull(path, "path is null"));
    }

    public Checkpoint.TreeHead first() {
        return from.tree().orElseThrow();
    }

    public Checkpoint.TreeHead second() {
        return to.tree().orElseThrow();
    }
}
