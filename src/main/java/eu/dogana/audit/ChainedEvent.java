package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

/**
 * An event as committed to the register: its place in a writer node's chain and the hashes that bind it there.
 *
 * @param canonical the RFC 8785 canonical JSON that {@code eventHash} covers (node and sequence included)
 * @param eventHash hex SHA-256 of {@code canonical}
 * @param chainHash hex SHA-256 of the previous chain hash followed by {@code eventHash} (raw bytes)
 */
public record ChainedEvent(String node, long seq, AuditEvent event, String canonical, String eventHash, String chainHash) {

    public ChainedEvent {
        requireNonNull(node, "node is null");
        requireNonNull(event, "event is null");
        requireNonNull(canonical, "canonical is null");
        requireNonNull(eventHash, "eventHash is null");
        requireNonNull(chainHash, "chainHash is null");
    }

    @Override
    public String toString() {
        return "ChainedEvent[" + node + "#" + seq + " " + event.type() + "]";
    }
}
