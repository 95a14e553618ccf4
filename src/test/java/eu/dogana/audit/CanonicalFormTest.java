package eu.dogana.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    private final CanonicalForm canonical = new CanonicalForm(new ObjectMapper());

    @Test
    void keysSortedNoWhitespaceUnicodeKept() {
        AuditEvent event = new AuditEvent(EventType.REQUEST_INTENT, Instant.parse("2026-11-28T10:15:30Z"), "req_1",
                "acme", "hmac:ab", Map.of("purpose", "kundenservice-ü", "stream", true, "attempts", 2));
        assertThat(canonical.of("node-a", 7, event)).isEqualTo(
                "{\"attributes\":{\"attempts\":2,\"purpose\":\"kundenservice-ü\",\"stream\":true},\"node\":\"node-a\","
                        + "\"principal\":\"hmac:ab\",\"request_id\":\"req_1\",\"seq\":7,\"tenant\":\"acme\","
                        + "\"time\":\"2026-11-28T10:15:30Z\",\"type\":\"REQUEST_INTENT\",\"v\":1}");
    }

    @Test
    void chainHashBindsEachEventToItsPredecessor() {
        String first = HashChain.eventHash("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        // SHA-256 of the 7 bytes {"a":1}
        assertThat(first).isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
        String chained = HashChain.chainHash(HashChain.GENESIS, first);
        assertThat(chained).hasSize(64).isNotEqualTo(first);
        assertThat(HashChain.chainHash(chained, first)).isNotEqualTo(chained);
    }

    @Test
    void eventsRefuseValuesWithoutAnUnambiguousCanonicalForm() {
        assertThatThrownBy(() -> new AuditEvent(EventType.REQUEST_INTENT, Instant.now(), "r", "t", "p",
                Map.of("ratio", 0.5))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio");
    }
}
