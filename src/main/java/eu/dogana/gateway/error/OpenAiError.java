package eu.dogana.gateway.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The OpenAI error body, {@code {"error":{"message","type","code","param"}}}, which every OpenAI SDK turns into
 * its typed exception.
 */
public record OpenAiError(String message, String type, String code, Optional<String> param) {

    public OpenAiError {
        requireNonNull(message, "message is null");
        requireNonNull(type, "type is null");
        requireNonNull(code, "code is null");
        requireNonNull(param, "param is null");
    }

    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        if (param.isPresent()) {
            error.put("param", param.get());
        } else {
            error.putNull("param");
        }
        return root;
    }
}
