package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking the register: every chain, and the first break found, if any.
 *
 * @param eventsChecked rows read
 */
public record Verification(boolean intact, long eventsChecked, List<ChainState> chains, Optional<Break> firstBreak) {

    public Verification {
        chains = List.copyOf(requireNonNull(chains, "chains is null"));
        requireNonNull(firstBreak, "firstBreak is null");
    }

    /** How far one writer node's chain verified. */
    public record ChainState(String node, long lastSeq, String headChainHash) {
    }

    /** Where a chain stops being trustworthy, and how. */
    public record Break(String node, long seq, Kind kind, String detail) {
    }

    public enum Kind {
        /** A row's content no longer matches its event hash. */
        ALTERED,
        /** Sequence numbers jump: events are missing. */
        DELETED,
        /** A row does not follow from its predecessor's chain hash: it was not written by the chain's writer. */
        INSERTED,
        /** A row's content names another place in the chain than the one it sits in. */
        REORDERED,
        /** A checkpoint's signature does not verify with the register's public key: it was forged or edited. */
        BAD_SIGNATURE,
        /**
         * The rows of a signed checkpoint's range no longer give its Merkle root or chain hash: the chain was
         * rewritten after it was signed, consistently enough to pass the chain check alone.
         */
        REWRITTEN,
        /**
         * A checkpoint's signature holds and its range matches the events, but the cumulative tree it states
         * ({@code tree_size}, {@code tree_root}) is not the one the chain gives: a false statement was signed (a
         * signer fault, or a forgery by whoever holds the key). Reported at the checkpoint's last sequence number.
         */
        BAD_CHECKPOINT
    }
}
