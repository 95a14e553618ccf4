package eu.dogana.gateway.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private static final String QUIRKY = ": keep-alive\r\n\r\n"
            + "data: {\"a\":1}\r\n\r\n"
            + "data:{\"b\":\"grüße ✓\"}\n\n"
            + "event: error\ndata: {\"c\":3}\r\r"
            + "data: line one\ndata: line two\n\n"
            + "id: 7\nretry: 1000\n\n"
            + "data: [DONE]\n\n";

    private static final List<SseEvent> EXPECTED = List.of(
            new SseEvent("message", "{\"a\":1}"),
            new SseEvent("message", "{\"b\":\"grüße ✓\"}"),
            new SseEvent("error", "{\"c\":3}"),
            new SseEvent("message", "line one\nline two"),
            new SseEvent("message", "[DONE]"));

    @Test
    void parsesWhatRealServersSendInOneRead() {
        assertThat(parse(QUIRKY.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE)).isEqualTo(EXPECTED);
    }

    @Test
    void sameEventsWhateverTheChunkBoundaries() {
        byte[] bytes = QUIRKY.getBytes(StandardCharsets.UTF_8);
        // Every chunk size splits CRLF pairs, multi-byte characters and "data:" prefixes somewhere.
        for (int size = 1; size <= bytes.length; size++) {
            assertThat(parse(bytes, size)).as("chunk size %d", size).isEqualTo(EXPECTED);
        }
    }

    @Test
    void endDeliversALastEventWithoutBlankLine() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        parser.feed("data: {\"x\":1}\n\ndata: {\"cut\":true}".getBytes(StandardCharsets.UTF_8));
        assertThat(events).hasSize(1);
        parser.end();
        assertThat(events).extracting(SseEvent::data).containsExactly("{\"x\":1}", "{\"cut\":true}");
    }

    @Test
    void commentsAndEmptyEventsEmitNothing() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        parser.feed(":ping\n\n\n\n: another\r\n\r\nevent: only-a-name\n\n".getBytes(StandardCharsets.UTF_8));
        parser.end();
        assertThat(events).isEmpty();
    }

    @Test
    void doneIsRecognisedWithSurroundingSpace() {
        assertThat(new SseEvent("message", "[DONE] ").isDone()).isTrue();
        assertThat(new SseEvent("message", "{\"content\":\"[DONE]\"}").isDone()).isFalse();
    }

    @Test
    void toStringKeepsContentOutOfLogs() {
        assertThat(new SseEvent("message", "Mario Rossi, IBAN IT60X0542811101000000123456").toString())
                .doesNotContain("Mario").doesNotContain("IT60");
    }

    private static List<SseEvent> parse(byte[] bytes, int chunkSize) {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        for (int offset = 0; offset < bytes.length; offset += chunkSize) {
            parser.feed(bytes, offset, Math.min(chunkSize, bytes.length - offset));
        }
        parser.end();
        return events;
    }
}
