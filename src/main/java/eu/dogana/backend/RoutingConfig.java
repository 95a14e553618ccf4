package eu.dogana.backend;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How requests are spread over backends and how failing backends are kept out. */
@ConfigMapping(prefix = "dogana.routing")
public interface RoutingConfig {

    /** How often each backend's {@code GET <url>/models} is probed. */
    @WithDefault("10s")
    Duration healthInterval();

    /** Attempts, over all backends serving a model, while nothing has been sent to the client yet. */
    @WithDefault("3")
    int maxAttempts();

    CircuitBreaker circuitBreaker();

    /** Per-backend circuit breaker (SmallRye Fault Tolerance): opens on failures, probes again after a delay. */
    interface CircuitBreaker {

        /** Calls in the rolling window the failure ratio is computed over. */
        @WithDefault("10")
        int requestVolumeThreshold();

        /** Share of failed calls in the window that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open circuit refuses calls before letting a probe through. */
        @WithDefault("15s")
        Duration delay();
    }
}
