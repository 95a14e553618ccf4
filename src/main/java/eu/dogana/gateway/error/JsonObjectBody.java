package eu.dogana.gateway.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A request body that must be one JSON object, as every JSON endpoint of the gateway takes: read, or refused as
 * {@code invalid_json} with what was wrong and where, in the OpenAI error shape.
 */
public final class JsonObjectBody {

    private JsonObjectBody() {
    }

    /** @throws GatewayException {@code invalid_json} for broken JSON, invalid UTF-8, an empty body or no object */
    public static ObjectNode read(ObjectReader reader, byte[] bytes) {
        JsonNode root;
        try {
            root = reader.readTree(bytes);
        } catch (JsonProcessingException e) {
            // Jackson's original message names the fault; invalid UTF-8 is reported here too.
            throw GatewayException.invalidJson("We could not parse the JSON body of your request: "
                    + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            throw GatewayException.invalidJson("We could not read the body of your request.");
        }
        if (root == null || root.isMissingNode()) {
            throw GatewayException.invalidJson("The request body is empty; send a JSON object.");
        }
        if (!root.isObject()) {
            throw GatewayException.invalidJson("The request body must be a JSON object.");
        }
        return (ObjectNode) root;
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
