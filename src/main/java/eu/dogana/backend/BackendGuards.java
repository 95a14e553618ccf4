package eu.dogana.backend;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One SmallRye Fault Tolerance circuit breaker per backend. A backend that keeps failing is skipped by routing
 * until the breaker's delay has passed and a probe call succeeds.
 */
@Singleton
public final class BackendGuards {

    private static final TypeLiteral<CompletionStage<HttpClientResponse>> RESPONSE = new TypeLiteral<>() {
    };

    private final Map<String, Guard> guards = new HashMap<>();
    private final Map<String, AtomicReference<CircuitBreakerState>> states = new HashMap<>();

    BackendGuards(BackendRegistry registry, RoutingConfig config) {
        RoutingConfig.CircuitBreaker breaker = config.circuitBreaker();
        for (Backend backend : registry.backends()) {
            AtomicReference<CircuitBreakerState> state = new AtomicReference<>(CircuitBreakerState.CLOSED);
            states.put(backend.id(), state);
            guards.put(backend.id(), Guard.create()
                    .withCircuitBreaker()
                    .name("dogana-backend-" + backend.id())
                    .requestVolumeThreshold(breaker.requestVolumeThreshold())
                    .failureRatio(breaker.failureRatio())
                    .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                    .onStateChange(state::set)
                    .when(BackendGuards::countsAgainstBackend)
                    .done()
                    .build());
        }
    }

    /** Runs {@code call} through the backend's breaker; fails with CircuitBreakerOpenException while open. */
    CompletionStage<HttpClientResponse> call(Backend backend, Supplier<CompletionStage<HttpClientResponse>> call) {
        return guards.get(backend.id()).get(call, RESPONSE);
    }

    /**
     * A pooled keep-alive connection that the server (or a cancelled neighbour request) closed just as it was
     * reused says nothing about the backend's health: the router retries it, and the breaker ignores it.
     * Under load such closes come in bursts, and counting them would open a healthy backend's circuit.
     */
    static boolean countsAgainstBackend(Throwable failure) {
        return !(failure instanceof BackendException.Unavailable unavailable
                && unavailable.getCause() instanceof HttpClosedException);
    }

    public CircuitBreakerState state(Backend backend) {
        return states.get(backend.id()).get();
    }
}
