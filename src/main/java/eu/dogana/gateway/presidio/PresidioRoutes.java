package eu.dogana.gateway.presidio;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.api.ApiAccess;
import eu.dogana.gateway.error.ErrorResponder;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.gateway.privacy.TenantHashes;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.function.BiFunction;

/**
 * {@code POST /v1/pii/analyze} and {@code POST /v1/pii/anonymize}: Presidio-compatible endpoints, so teams that
 * call Presidio today can point their client here. Any Dogana role may call them; the {@code hash} operator uses
 * the caller's tenant key, as the gateway does.
 */
@Singleton
final class PresidioRoutes {

    private final ApiAccess access;
    private final ErrorResponder errors;
    private final ObjectMapper json;
    private final PresidioApi api;
    private final PresidioBodyReader bodies;
    private final TenantHashes tenantHashes;

    PresidioRoutes(ApiAccess access, ErrorResponder errors, ObjectMapper json, PiiScanner scanner, TenantHashes tenantHashes) {
        this.access = access;
        this.errors = errors;
        this.json = json;
        this.api = new PresidioApi(scanner);
        this.bodies = new PresidioBodyReader(json);
        this.tenantHashes = tenantHashes;
    }

    void register(@Observes Router http) {
        http.post("/v1/pii/analyze").handler(context -> handle(context, AnalyzeRequest.class,
                (request, principal) -> api.analyze(request)));
        http.post("/v1/pii/anonymize").handler(context -> handle(context, AnonymizeRequest.class,
                (request, principal) -> api.anonymize(request, tenantHashes.apply(principal.tenant()))));
    }

    private <T> void handle(RoutingContext context, Class<T> type, BiFunction<T, Principal, Object> work) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        byte[] body = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        context.vertx().<byte[]>executeBlocking(() -> {
            Principal principal = access.require(authorization, Role.values());
            return json.writeValueAsBytes(work.apply(bodies.read(body, type), principal));
        }, false).onComplete(result -> {
            if (result.succeeded()) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(
                        io.vertx.core.buffer.Buffer.buffer(result.result()));
            } else if (result.cause() instanceof GatewayException refused) {
                errors.send(context.response(), refused);
            } else {
                String requestId = context.get("requestId");
                Log.errorf(result.cause(), "%s: PII API failed", requestId);
                errors.send(context.response(), GatewayException.internal(String.valueOf(requestId)));
            }
        });
    }
}
