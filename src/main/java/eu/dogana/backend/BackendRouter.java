package eu.dogana.backend;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Chooses the backend for a request and retries on another while nothing has reached the client: only the
 * response head is awaited here, so a retry never repeats bytes a caller has already seen.
 */
@Singleton
public final class BackendRouter {

    private final BackendClient client;
    private final BackendGuards guards;
    private final BackendHealth health;
    private final int maxAttempts;

    BackendRouter(BackendClient client, BackendGuards guards, BackendHealth health, RoutingConfig config) {
        this.client = client;
        this.guards = guards;
        this.health = health;
        this.maxAttempts = Math.max(1, config.maxAttempts());
    }

    /** Routes ordered by preference: healthy with a closed circuit first, then the rest as a last resort. */
    public List<ModelRoute> order(List<ModelRoute> routes) {
        List<ModelRoute> preferred = new ArrayList<>(routes.size());
        List<ModelRoute> doubtful = new ArrayList<>();
        for (ModelRoute route : routes) {
            boolean good = health.isUp(route.backend()) && guards.state(route.backend()) != CircuitBreakerState.OPEN;
            (good ? preferred : doubtful).add(route);
        }
        preferred.addAll(doubtful);
        return preferred;
    }

    /**
     * Sends the request to the first route that answers, trying at most {@code dogana.routing.max-attempts}
     * times, cycling through the routes (a single backend is retried, which rides out a restart). Connection failures, open circuits and 502/503/504 answers move on to the next route; a timeout
     * or any other answer ends the attempt (repeating a long prefill elsewhere would double the wait).
     *
     * @param body the request body for a route (routes differ when a model name is an alias)
     */
    public CompletionStage<RoutedResponse> dispatch(List<ModelRoute> routes, String path, Function<ModelRoute, Buffer> body,
                                                    boolean streaming, String requestId) {
        if (routes.isEmpty()) {
            return CompletableFuture.failedFuture(
                    new BackendException.Unavailable("none", "no backend serves this model", null));
        }
        List<ModelRoute> ordered = order(routes);
        CompletableFuture<RoutedResponse> result = new CompletableFuture<>();
        attempt(ordered, 0, path, body, streaming, requestId, result);
        return result;
    }

    private void attempt(List<ModelRoute> ordered, int index, String path, Function<ModelRoute, Buffer> body,
                         boolean streaming, String requestId, CompletableFuture<RoutedResponse> result) {
        ModelRoute route = ordered.get(index % ordered.size());
        Backend backend = route.backend();
        guards.call(backend, () -> client.send(backend, HttpMethod.POST, path, body.apply(route), streaming, requestId))
                .whenComplete((response, failure) -> {
                    if (failure == null) {
                        result.complete(new RoutedResponse(route, response, index + 1));
                        return;
                    }
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof CircuitBreakerOpenException) {
                        cause = new BackendException.Unavailable(backend.id(),
                                "backend " + backend.id() + " is failing; its circuit breaker is open", cause);
                    }
                    int next = index + 1;
                    Log.debugf("%s: attempt %d on backend %s failed: %s", requestId, next, backend.id(), cause.getMessage());
                    if (retryable(cause) && next < maxAttempts) {
                        attempt(ordered, next, path, body, streaming, requestId, result);
                    } else {
                        result.completeExceptionally(cause);
                    }
                });
    }

    private static boolean retryable(Throwable failure) {
        return failure instanceof BackendException.Unavailable
                || failure instanceof BackendException.ErrorStatus status && status.isTransient();
    }
}
