package eu.dogana.audit.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.ChainedEvent;
import eu.dogana.audit.EventType;
import eu.dogana.audit.HashChain;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chains events per node as the writer would (hashes included) and serves them back as an {@link EventSource}. */
final class TestEvents implements EventSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<ChainedEvent>> chains = new HashMap<>();

    ChainedEvent append(String node, EventType type, Instant time, String tenant, Map<String, Object> attributes) {
        List<ChainedEvent> chain = chains.computeIfAbsent(node, key -> new ArrayList<>());
        long seq = chain.size() + 1;
        AuditEvent event = new AuditEvent(type, time, "req-" + node + "-" + seq, tenant, "hmac:" + tenant + "-user", attributes);
        ObjectNode root = JSON.createObjectNode().put("node", node).put("seq", seq).put("type", type.name())
                .put("tenant", tenant);
        String canonical;
        try {
            canonical = JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String eventHash = HashChain.eventHash(canonical.getBytes(StandardCharsets.UTF_8));
        String previous = chain.isEmpty() ? HashChain.GENESIS : chain.getLast().chainHash();
        ChainedEvent chained = new ChainedEvent(node, seq, event, canonical, eventHash, HashChain.chainHash(previous, eventHash));
        chain.add(chained);
        return chained;
    }

    List<ChainedEvent> all() {
        List<ChainedEvent> all = new ArrayList<>();
        chains.values().forEach(all::addAll);
        return all;
    }

    @Override
    public Map<String, IndexHead> heads() {
        Map<String, IndexHead> heads = new HashMap<>();
        chains.forEach((node, chain) -> heads.put(node, new IndexHead(chain.getLast().seq(), chain.getLast().chainHash())));
        return heads;
    }

    @Override
    public Optional<String> chainHash(String node, long seq) {
        List<ChainedEvent> chain = chains.getOrDefault(node, List.of());
        return seq >= 1 && seq <= chain.size() ? Optional.of(chain.get((int) seq - 1).chainHash()) : Optional.empty();
    }

    @Override
    public List<ChainedEvent> after(String node, long afterSeq, int max) {
        List<ChainedEvent> chain = chains.getOrDefault(node, List.of());
        int from = (int) Math.min(afterSeq, chain.size());
        return List.copyOf(chain.subList(from, Math.min(chain.size(), from + max)));
    }
}
