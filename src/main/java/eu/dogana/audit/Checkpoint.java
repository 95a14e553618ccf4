package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A signed statement about a range of one node's chain and, from statement version 2 on, about the node's whole
 * chain up to the range's end.
 *
 * <p>The statement's {@code tree_size} field changed meaning with its version: in version 1 it is the size of the
 * range ({@code to_seq - from_seq + 1}), in version 2 the size of the cumulative tree ({@link TreeHead#size()}).
 * The range's size is always {@link #size()}.
 *
 * @param fromSeq first sequence number covered; {@code toSeq + 1} when the range is empty (nothing happened)
 * @param merkleRoot hex RFC 6962 root over the event hashes of the range
 * @param chainHash hex chain hash at {@code toSeq}, binding the range to everything before it
 * @param tree the cumulative tree at {@code toSeq}; empty for checkpoints signed before statement version 2, which
 *             cannot take part in consistency proofs
 * @param statement the canonical JSON that was signed (all fields above)
 * @param signature base64 Ed25519 signature of {@code statement}
 */
public record Checkpoint(String node, long number, long fromSeq, long toSeq, String merkleRoot, String chainHash,
                         Optional<TreeHead> tree, Instant createdAt, String statement, String signature) {

    public Checkpoint {
        requireNonNull(node, "node is null");
        requireNonNull(merkleRoot, "merkleRoot is null");
        requireNonNull(chainHash, "chainHash is null");
        requireNonNull(tree, "tree is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(statement, "statement is null");
        requireNonNull(signature, "signature is null");
    }

    public long size() {
        return toSeq - fromSeq + 1;
    }

    /**
     * The RFC 6962 tree over every event hash of the node's chain from its first event to the checkpoint's last,
     * as Certificate Transparency's signed tree head states a log.
     *
     * @param size number of events in the tree
     * @param root hex MTH over them
     */
    public record TreeHead(long size, String root) {

        public TreeHead {
            if (size < 0) {
                throw new IllegalArgumentException("size must be >= 0; got: " + size);
            }
            requireNonNull(root, "root is null");
        }
    }
}
