package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree heads of version 2 checkpoint statements against the chain, wherever the checkpoints come from: the
 * database ({@link ChainVerifier}) or an export file ({@link eu.dogana.audit.export.ExportVerifier}), so that both
 * judge a statement alike. A stated head must cover the node's events 1..{@code to_seq} exactly, and its root must be
 * the RFC 6962 root of their hashes.
 *
 * <p>Each node's tree is extended with the leaves of each checkpoint's range, which the verifiers have read anyway to
 * check the range's own root: about two hashes per event more, oldest checkpoint first. Events that no range seen so
 * far covered (a checkpoint row deleted, checkpoints out of order) are read through the {@link LeafSource}, so a gap
 * in the checkpoints never leaves the later tree heads unchecked.
 *
 * <p>Not thread-safe: one verification at a time.
 */
public final class TreeHeadCheck {

    /** The event hashes of a node's events {@code fromSeq..toSeq}, both included. */
    @FunctionalInterface
    public interface LeafSource {
        List<byte[]> leaves(String node, long fromSeq, long toSeq);
    }

    private final LeafSource source;
    private final Map<String, MerkleFrontier> trees = new HashMap<>();

    public TreeHeadCheck(LeafSource source) {
        this.source = requireNonNull(source, "source is null");
    }

    /**
     * Takes checkpoint {@code number} of {@code node}, whose range {@code fromSeq..toSeq} has the given leaves (already
     * checked against the checkpoint's own root), and checks the tree head it states, if any.
     */
    public Optional<Verification.Break> accept(String node, long number, long fromSeq, long toSeq,
                                               List<byte[]> rangeLeaves, Optional<Checkpoint.TreeHead> stated) {
        MerkleFrontier tree = trees.get(node);
        if (tree == null || tree.size() >= fromSeq) {
            tree = new MerkleFrontier(); // first of the node, or out of order: start over from its first event
            trees.put(node, tree);
        }
        if (tree.size() + 1 < fromSeq) {
            source.leaves(node, tree.size() + 1, fromSeq - 1).forEach(tree::append);
        }
        rangeLeaves.forEach(tree::append);
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        if (stated.get().size() != toSeq) {
            return broken(node, toSeq, "checkpoint " + number + " states a tree of " + stated.get().size()
                    + " events, but its chain holds " + toSeq + " up to its end");
        }
        if (!stated.get().root().equals(HexFormat.of().formatHex(tree.root()))) {
            return broken(node, toSeq, "checkpoint " + number + " states a tree root that the chain's first " + toSeq
                    + " events do not give");
        }
        return Optional.empty();
    }

    private static Optional<Verification.Break> broken(String node, long seq, String detail) {
        return Optional.of(new Verification.Break(node, seq, Verification.Kind.BAD_CHECKPOINT, detail));
    }
}
