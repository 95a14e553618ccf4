package eu.dogana.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.backend.BackendRouter;
import eu.dogana.backend.ModelRoute;
import eu.dogana.gateway.error.BackendFailures;
import eu.dogana.gateway.error.ErrorResponder;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.register.Outcome;
import eu.dogana.gateway.register.RequestRegister;
import eu.dogana.gateway.relay.ResponseRelay;
import eu.dogana.gateway.stage.PurposeStage;
import eu.dogana.gateway.stage.RequestPipeline;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.jboss.logging.MDC;

/**
 * The OpenAI-compatible API under {@code /v1}. Each request is read on the event loop, runs the
 * {@link RequestPipeline} on a virtual thread (stages may block), and is forwarded and relayed back
 * non-blockingly on the event loop of the caller's connection.
 *
 * <p>These are plain Vert.x routes rather than Jakarta REST resources because a proxy needs the raw response:
 * an SSE stream written as it arrives, back-pressure, and the caller's disconnect.
 */
@Singleton
public final class GatewayRoutes {

    private static final String MDC_REQUEST_ID = "requestId";

    private final RequestPipeline pipeline;
    private final BackendRouter router;
    private final ResponseRelay relay;
    private final ErrorResponder errors;
    private final ModelList models;
    private final RequestRegister register;
    private final ObjectMapper json;
    private final long maxBodySize;
    private final ExecutorService stages = Executors.newVirtualThreadPerTaskExecutor();

    GatewayRoutes(RequestPipeline pipeline, BackendRouter router, ResponseRelay relay, ErrorResponder errors,
                  ModelList models, RequestRegister register, ObjectMapper json, GatewayConfig config) {
        this.pipeline = pipeline;
        this.router = router;
        this.relay = relay;
        this.errors = errors;
        this.models = models;
        this.register = register;
        this.json = json;
        this.maxBodySize = config.maxBodySize().asLongValue();
    }

    void register(@Observes Router http) {
        http.route("/v1/*").order(-10).handler(this::start).failureHandler(this::failed);
        http.post("/v1/*").order(-9).handler(BodyHandler.create(false).setBodyLimit(maxBodySize));
        for (Endpoint endpoint : Endpoint.values()) {
            http.post("/v1" + endpoint.path()).handler(context -> forward(context, endpoint));
        }
        http.get("/v1/models").handler(context -> authenticated(context, exchange -> models.list(context, exchange)));
        http.get("/v1/models/:model").handler(context ->
                authenticated(context, exchange -> models.one(context, exchange, context.pathParam("model"))));
        http.route("/v1/*").order(Integer.MAX_VALUE).handler(context -> errors.send(context.response(),
                GatewayException.notFound("Unknown endpoint: " + context.request().method() + " " + context.request().path())));
    }

    void stop(@Observes ShutdownEvent event) {
        stages.shutdown();
    }

    /** Every /v1 answer carries the request id, which is also the key of the request in logs and register. */
    private void start(RoutingContext context) {
        String requestId = RequestIds.next();
        context.put(MDC_REQUEST_ID, requestId);
        context.response().putHeader(ResponseHeaders.REQUEST_ID, requestId);
        context.next();
    }

    private void forward(RoutingContext context, Endpoint endpoint) {
        HttpServerResponse response = context.response();
        Exchange exchange = exchangeOf(context, endpoint, context.body().buffer());
        runStages(context, exchange, pipeline::process, () -> {
            response.putHeader(ResponseHeaders.DECISION, exchange.promptScan().transformed() ? "transform" : "allow");
            exchange.decision().ifPresent(decision -> response.putHeader(ResponseHeaders.POLICY, decision.bundleHash()));
            if (endpoint.generative()) {
                response.putHeader(ResponseHeaders.AI_GENERATED, "true");
            }
            Context eventLoop = Vertx.currentContext();
            router.dispatch(exchange.routes(), endpoint.path(), route -> bodyFor(exchange, route),
                            exchange.stream(), exchange.requestId())
                    .whenComplete((routed, failure) -> eventLoop.runOnContext(ignored -> {
                        if (failure != null) {
                            // The intent is on record, so its completion must be too, before the caller hears.
                            GatewayException error = BackendFailures.toGatewayException(unwrap(failure), exchange.requestId());
                            register.completion(exchange, error).whenComplete((committed, auditFailure) ->
                                    eventLoop.runOnContext(v -> errors.send(response, auditFailure == null ? error
                                            : RequestRegister.unavailable(exchange))));
                        } else if (response.closed()) {
                            routed.discard();
                            register.completion(exchange, routed, Outcome.failed(499, "client_closed", "client_closed",
                                    Optional.empty()));
                        } else {
                            relay.relay(exchange, routed, response);
                        }
                    }));
        });
    }

    /** Runs only authentication, for endpoints that answer from the gateway itself. */
    private void authenticated(RoutingContext context, Consumer<Exchange> answer) {
        Exchange exchange = exchangeOf(context, Endpoint.CHAT_COMPLETIONS, Buffer.buffer());
        runStages(context, exchange, pipeline::authenticate, () -> answer.accept(exchange));
    }

    /**
     * Runs the pipeline on a virtual thread, then {@code next} back on the connection's event loop. A stage
     * that refuses the request answers with its error; anything unexpected becomes a 500 with the request id
     * (the details go to the log, never to the caller).
     */
    private void runStages(RoutingContext context, Exchange exchange, Consumer<Exchange> work, Runnable next) {
        Context eventLoop = Vertx.currentContext();
        try {
            stages.execute(() -> {
                MDC.put(MDC_REQUEST_ID, exchange.requestId());
                try {
                    work.accept(exchange);
                    eventLoop.runOnContext(ignored -> next.run());
                } catch (GatewayException refused) {
                    if (!"audit_unavailable".equals(refused.code())) {
                        register.refusal(exchange, refused);
                    }
                    eventLoop.runOnContext(ignored -> errors.send(context.response(), refused));
                } catch (RuntimeException unexpected) {
                    Log.errorf(unexpected, "%s: request pipeline failed", exchange.requestId());
                    eventLoop.runOnContext(ignored ->
                            errors.send(context.response(), GatewayException.internal(exchange.requestId())));
                } finally {
                    MDC.remove(MDC_REQUEST_ID);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            errors.send(context.response(), new GatewayException(503, "server_error", "shutting_down",
                    Optional.empty(), "The gateway is shutting down. Retry on another instance."));
        }
    }

    private Exchange exchangeOf(RoutingContext context, Endpoint endpoint, Buffer body) {
        Exchange exchange = new Exchange(context.get(MDC_REQUEST_ID), endpoint,
                Optional.ofNullable(context.request().getHeader(HttpHeaders.AUTHORIZATION)),
                Optional.ofNullable(context.request().getHeader(PurposeStage.HEADER)),
                body == null ? Buffer.buffer() : body, System.nanoTime());
        exchange.headers(context.request().headers());
        return exchange;
    }

    private Buffer bodyFor(Exchange exchange, ModelRoute route) {
        var body = exchange.body();
        if (route.isAlias()) {
            body = body.deepCopy();
            body.put("model", route.upstreamModel());
        }
        try {
            return Buffer.buffer(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always serialises", e);
        }
    }

    private void failed(RoutingContext context) {
        String requestId = Optional.ofNullable(context.<String>get(MDC_REQUEST_ID)).orElse("unknown");
        if (context.statusCode() == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            errors.send(context.response(), GatewayException.bodyTooLarge(maxBodySize));
            return;
        }
        if (context.failure() instanceof GatewayException refused) {
            errors.send(context.response(), refused);
            return;
        }
        Log.errorf(context.failure(), "%s: unexpected failure on %s", requestId, context.request().path());
        errors.send(context.response(), GatewayException.internal(requestId));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}
