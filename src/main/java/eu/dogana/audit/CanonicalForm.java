package eu.dogana.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Writes an event as RFC 8785 (JCS) canonical JSON: the exact bytes the event hash covers, reproducible by any
 * verifier in any language. Node and sequence number are inside, so a row moved to another place no longer
 * matches its own content.
 */
final class CanonicalForm {

    /** Version of the event layout; a verifier reads it to know which fields to expect. */
    static final int VERSION = 1;

    private final ObjectMapper json;

    CanonicalForm(ObjectMapper json) {
        this.json = json;
    }

    String of(String node, long seq, AuditEvent event) {
        ObjectNode root = json.createObjectNode()
                .put("v", VERSION)
                .put("node", node)
                .put("seq", seq)
                .put("type", event.type().name())
                .put("time", event.time().toString())
                .put("request_id", event.requestId())
                .put("tenant", event.tenant())
                .put("principal", event.principal());
        ObjectNode attributes = root.putObject("attributes");
        event.attributes().forEach((name, value) -> {
            switch (value) {
                case String text -> attributes.put(name, text);
                case Long number -> attributes.put(name, number);
                case Boolean flag -> attributes.put(name, flag);
                default -> throw new IllegalArgumentException("unsupported attribute type for " + name);
            }
        });
        try {
            return new JsonCanonicalizer(json.writeValueAsString(root)).getEncodedString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event of plain values always serialises", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot canonicalise an event", e);
        }
    }
}
