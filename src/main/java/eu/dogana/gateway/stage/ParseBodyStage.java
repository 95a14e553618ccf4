package eu.dogana.gateway.stage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.gateway.Endpoint;
import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.error.JsonObjectBody;
import jakarta.inject.Singleton;

/**
 * Reads the body as a JSON object and checks the types of the fields the gateway relies on, answering as
 * OpenAI does: 400 with the offending {@code param}. Everything else in the document is left as it is.
 */
@Singleton
public final class ParseBodyStage implements RequestStage {

    private final ObjectReader reader;

    ParseBodyStage(ObjectMapper json) {
        // Trailing tokens after the object are an error, not something to ignore silently.
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public void process(Exchange exchange) {
        ObjectNode body = parse(exchange.rawBody().getBytes());
        String model = requireString(body, "model");
        if (model.isBlank()) {
            throw GatewayException.invalidRequest("'model' must not be empty.", "model");
        }
        boolean stream = optionalBoolean(body, "stream");
        Endpoint endpoint = exchange.endpoint();
        if (stream && !endpoint.generative()) {
            throw GatewayException.invalidRequest("'stream' is not supported on " + endpoint.path() + ".", "stream");
        }
        JsonNode streamOptions = body.get("stream_options");
        if (streamOptions != null && !streamOptions.isNull()) {
            if (!streamOptions.isObject()) {
                throw GatewayException.invalidRequest("'stream_options' must be an object.", "stream_options");
            }
            if (!stream) {
                throw GatewayException.invalidRequest("'stream_options' is only allowed when 'stream' is true.",
                        "stream_options");
            }
        }
        switch (endpoint) {
            case CHAT_COMPLETIONS -> checkMessages(body);
            case COMPLETIONS, EMBEDDINGS -> checkStringOrArray(body, endpoint.inputField());
        }
        checkNumber(body, "temperature");
        checkNumber(body, "top_p");
        checkInteger(body, "max_tokens");
        checkInteger(body, "max_completion_tokens");
        checkInteger(body, "n");
        exchange.parsedBody(body, model, stream);
    }

    private ObjectNode parse(byte[] bytes) {
        return JsonObjectBody.read(reader, bytes);
    }

    private static String requireString(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw GatewayException.invalidRequest("Missing required parameter: '" + field + "'.", field);
        }
        if (!node.isTextual()) {
            throw GatewayException.invalidRequest("'" + field + "' must be a string.", field);
        }
        return node.asText();
    }

    private static boolean optionalBoolean(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw GatewayException.invalidRequest("'" + field + "' must be a boolean.", field);
        }
        return node.asBoolean();
    }

    private static void checkMessages(ObjectNode body) {
        JsonNode messages = body.get("messages");
        if (messages == null || messages.isNull()) {
            throw GatewayException.invalidRequest("Missing required parameter: 'messages'.", "messages");
        }
        if (!messages.isArray() || messages.isEmpty()) {
            throw GatewayException.invalidRequest("'messages' must be a non-empty array.", "messages");
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String param = "messages[" + i + "]";
            if (!message.isObject()) {
                throw GatewayException.invalidRequest("'" + param + "' must be an object.", param);
            }
            JsonNode role = message.get("role");
            if (role == null || !role.isTextual()) {
                throw GatewayException.invalidRequest("'" + param + ".role' must be a string.", param + ".role");
            }
            JsonNode content = message.get("content");
            if (content != null && !(content.isNull() || content.isTextual() || content.isArray())) {
                throw GatewayException.invalidRequest("'" + param + ".content' must be a string or an array of parts.",
                        param + ".content");
            }
        }
    }

    private static void checkStringOrArray(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw GatewayException.invalidRequest("Missing required parameter: '" + field + "'.", field);
        }
        if (!node.isTextual() && !node.isArray()) {
            throw GatewayException.invalidRequest("'" + field + "' must be a string or an array.", field);
        }
    }

    private static void checkNumber(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node != null && !node.isNull() && !node.isNumber()) {
            throw GatewayException.invalidRequest("'" + field + "' must be a number.", field);
        }
    }

    private static void checkInteger(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node != null && !node.isNull() && !node.canConvertToExactIntegral()) {
            throw GatewayException.invalidRequest("'" + field + "' must be an integer.", field);
        }
    }
}
