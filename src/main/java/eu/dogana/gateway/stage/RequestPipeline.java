package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The stages every forwarded request passes, in order, assembled once. {@link RegisterIntentStage} stays last:
 * nothing is forwarded before its intent is committed.
 */
@Singleton
public final class RequestPipeline {

    private final AuthenticateStage authenticate;
    private final List<RequestStage> stages;

    RequestPipeline(AuthenticateStage authenticate, ParseBodyStage parse, PurposeStage purpose, ScanPromptStage scan,
                    RouteStage route, DecideStage decide, RateLimitStage limit, TransformPromptStage transform,
                    RegisterIntentStage intent) {
        this.authenticate = authenticate;
        this.stages = List.of(authenticate, parse, purpose, scan, route, decide, limit, transform, intent);
    }

    /** Only who is calling: for endpoints the gateway answers itself, such as {@code GET /v1/models}. */
    public void authenticate(Exchange exchange) {
        authenticate.process(exchange);
    }

    /** Runs every stage; a refusal surfaces as {@link eu.dogana.gateway.error.GatewayException}. Blocking. */
    public void process(Exchange exchange) {
        for (RequestStage stage : stages) {
            stage.process(exchange);
        }
    }

    public List<RequestStage> stages() {
        return stages;
    }
}
