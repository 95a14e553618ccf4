package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A signed statement about a range of one node's chain.
 *
 * @param fromSeq first sequence number covered; {@code toSeq + 1} when the range is empty (nothing happened)
 * @param merkleRoot hex RFC 6962 root over the event hashes of the range
 * @param chainHash hex chain hash at {@code toSeq}, binding the range to everything before it
 * @param statement the canonical JSON that was signed (all fields above)
 * @param signature base64 Ed25519 signature of {@code statement}
 */
public record Checkpoint(String node, long number, long fromSeq, long toSeq, String merkleRoot, String chainHash,
                         Instant createdAt, String statement, String signature) {

    public Checkpoint {
        requireNonNull(node, "node is null");
        requireNonNull(merkleRoot, "merkleRoot is null");
        requireNonNull(chainHash, "chainHash is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(statement, "statement is null");
        requireNonNull(signature, "signature is null");
    }

    public long size() {
        return toSeq - fromSeq + 1;
    }
}
