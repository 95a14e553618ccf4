package eu.dogana.gateway.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.backend.ModelRoute;
import java.io.IOException;

/**
 * Shows callers the model name they asked for when the backend knows it under another (an alias): the request
 * gets the upstream name, answers get the public one back. Without an alias both are the identity, and answers
 * are not even parsed.
 */
final class ModelNames {

    private final ObjectMapper json;

    ModelNames(ObjectMapper json) {
        this.json = json;
    }

    /** Sets {@code model} of a parsed answer document (or stream chunk) back to the public name, in place. */
    void restore(ModelRoute route, ObjectNode document) {
        if (route.isAlias() && document.has("model")) {
            document.put("model", route.model());
        }
    }

    /** The answer document (or stream chunk) with {@code model} set back to the public name. */
    byte[] restore(ModelRoute route, byte[] document) {
        if (!route.isAlias()) {
            return document;
        }
        try {
            JsonNode root = json.readTree(document);
            if (root instanceof ObjectNode object && object.has("model")) {
                object.put("model", route.model());
                return json.writeValueAsBytes(object);
            }
        } catch (IOException notJson) {
            // Leave what the backend sent as it is; the caller sees exactly that.
        }
        return document;
    }
}
