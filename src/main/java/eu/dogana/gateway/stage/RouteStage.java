package eu.dogana.gateway.stage;

import eu.dogana.backend.BackendRegistry;
import eu.dogana.backend.ModelRoute;
import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.error.GatewayException;
import jakarta.inject.Singleton;
import java.util.List;

/** Which backends may serve the requested model for this caller: 404 unknown model, 403 model not allowed. */
@Singleton
public final class RouteStage implements RequestStage {

    private final BackendRegistry registry;

    RouteStage(BackendRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void process(Exchange exchange) {
        String model = exchange.model();
        List<ModelRoute> routes = registry.routes(model);
        if (routes.isEmpty()) {
            throw GatewayException.modelNotFound(model);
        }
        if (!exchange.principal().mayUse(model)) {
            throw GatewayException.forbidden("model_not_allowed",
                    "This credential may not use the model '" + model + "'. GET /v1/models lists the models you may use.");
        }
        exchange.routes(routes);
    }
}
