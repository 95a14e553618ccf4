package eu.dogana.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.backend.BackendRegistry;
import eu.dogana.backend.ModelRoute;
import eu.dogana.gateway.error.ErrorResponder;
import eu.dogana.gateway.error.GatewayException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code GET /v1/models} and {@code GET /v1/models/{model}}: the models this caller may use, in OpenAI's shape,
 * with where each is processed ({@code regions}: ISO 3166 codes of the backends serving it).
 */
@Singleton
final class ModelList {

    private final BackendRegistry registry;
    private final ObjectMapper json;
    private final ErrorResponder errors;
    private final long created = Instant.now().getEpochSecond();

    ModelList(BackendRegistry registry, ObjectMapper json, ErrorResponder errors) {
        this.registry = registry;
        this.json = json;
        this.errors = errors;
    }

    void list(RoutingContext context, Exchange exchange) {
        ObjectNode root = json.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (String model : registry.models()) {
            if (exchange.principal().mayUse(model)) {
                data.add(describe(model));
            }
        }
        send(context, root);
    }

    void one(RoutingContext context, Exchange exchange, String model) {
        if (registry.routes(model).isEmpty() || !exchange.principal().mayUse(model)) {
            errors.send(context.response(), GatewayException.modelNotFound(model));
            return;
        }
        send(context, describe(model));
    }

    private ObjectNode describe(String model) {
        List<ModelRoute> routes = registry.routes(model);
        ObjectNode node = json.createObjectNode()
                .put("id", model)
                .put("object", "model")
                .put("created", created)
                .put("owned_by", "dogana");
        ArrayNode regions = node.putArray("regions");
        new TreeSet<>(routes.stream().map(route -> route.backend().region()).toList()).forEach(regions::add);
        return node;
    }

    private void send(RoutingContext context, ObjectNode body) {
        try {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(
                    io.vertx.core.buffer.Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
