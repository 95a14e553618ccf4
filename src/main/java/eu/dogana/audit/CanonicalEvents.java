package eu.dogana.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an event back from the canonical JSON that {@link CanonicalForm} wrote (layout version
 * {@value CanonicalForm#VERSION}), so that what is derived from the register (its search index) can be rebuilt
 * from the rows alone. {@code parse(form.of(node, seq, event))} gives back {@code event}.
 */
public final class CanonicalEvents {

    private final ObjectMapper json;

    public CanonicalEvents(ObjectMapper json) {
        this.json = json;
    }

    /** The chained event of a row; {@code IllegalArgumentException} when the text is not an event of a known layout. */
    public ChainedEvent parse(String canonical, String eventHash, String chainHash) {
        JsonNode root;
        try {
            root = json.readTree(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.path("v").asInt() != CanonicalForm.VERSION) {
            throw new IllegalArgumentException("not an event of layout version " + CanonicalForm.VERSION);
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("attributes").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isBoolean()) {
                attributes.put(field.getKey(), value.booleanValue());
            } else if (value.isIntegralNumber()) {
                attributes.put(field.getKey(), value.longValue());
            } else if (value.isTextual()) {
                attributes.put(field.getKey(), value.textValue());
            } else {
                throw new IllegalArgumentException("attribute " + field.getKey() + " is not a string, integer or boolean");
            }
        }
        AuditEvent event = new AuditEvent(EventType.valueOf(text(root, "type")), Instant.parse(text(root, "time")),
                text(root, "request_id"), text(root, "tenant"), text(root, "principal"), attributes);
        return new ChainedEvent(text(root, "node"), root.path("seq").asLong(), event, canonical, eventHash, chainHash);
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field " + name + " is missing or not a string");
        }
        return value.textValue();
    }
}
