package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Proof that one event is in a signed checkpoint (RFC 6962 audit path): hash the event's leaf up the
 * {@code path} and the checkpoint's Merkle root must come out, whose statement the signature covers.
 *
 * @param leafIndex the event's position in the checkpoint's range ({@code seq - fromSeq})
 * @param path hex sibling hashes, leaf to root
 */
public record InclusionProof(String node, long seq, String eventHash, long leafIndex, long treeSize, List<String> path,
                             Checkpoint checkpoint) {

    public InclusionProof {
        requireNonNull(node, "node is null");
        requireNonNull(eventHash, "eventHash is null");
        path = List.copyOf(requireNonNull(path, "path is null"));
        requireNonNull(checkpoint, "checkpoint is null");
    }
}
