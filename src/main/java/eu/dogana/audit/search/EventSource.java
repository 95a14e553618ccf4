package eu.dogana.audit.search;

import eu.dogana.audit.ChainedEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the index reads committed events back from: the register's table, or a list in a test. */
public interface EventSource {

    /** The last event of every node's chain. */
    Map<String, IndexHead> heads();

    /** The chain hash of one event, or empty when the source has no such event. */
    Optional<String> chainHash(String node, long seq);

    /** At most {@code max} events of {@code node} with a sequence number above {@code afterSeq}, in order. */
    List<ChainedEvent> after(String node, long afterSeq, int max);
}
