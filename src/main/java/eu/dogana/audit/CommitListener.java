package eu.dogana.audit;

import java.util.List;

/**
 * Told about events once they are committed to the register, e.g. to index them for search.
 *
 * <p>Called on the writer's thread after the batch's callers were released: an implementation must return at
 * once (hand the events to its own thread) and must not throw. Anything it misses it can read back from the
 * database, which stays the only source of truth.
 */
public interface CommitListener {

    /** A batch of one node's chain, in sequence order, committed in one transaction. */
    void committed(List<ChainedEvent> batch);
}
