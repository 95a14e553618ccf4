package eu.dogana.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalEventsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsBackWhatTheCanonicalFormWrote() {
        AuditEvent event = new AuditEvent(EventType.REQUEST_COMPLETION, Instant.parse("2025-01-30T10:15:30.123456Z"),
                "req-1", "acme", "hmac:ab", Map.of("model", "deepseek-v3", "status", 200, "stream", true, "findings.EMAIL_ADDRESS", 2L));
        String canonical = new CanonicalForm(json).of("gw-1", 42, event);

        ChainedEvent parsed = new CanonicalEvents(json).parse(canonical, "e", "c");

        assertThat(parsed.node()).isEqualTo("gw-1");
        assertThat(parsed.seq()).isEqualTo(42);
        assertThat(parsed.event()).isEqualTo(event);
        assertThat(new CanonicalForm(json).of("gw-1", 42, parsed.event())).isEqualTo(canonical);
    }

    @Test
    void refusesWhatIsNoEvent() {
        assertThatThrownBy(() -> new CanonicalEvents(json).parse("{\"v\":99}", "e", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layout version");
        assertThatThrownBy(() -> new CanonicalEvents(json).parse("{", "e", "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
