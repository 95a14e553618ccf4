package eu.dogana.backend;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready}: down when backends are configured and none of them answers, so a load balancer
 * sends traffic to a gateway that can serve it. Each backend's probe result and breaker state are listed.
 */
@Readiness
@Singleton
public final class BackendsReadiness implements HealthCheck {

    private final BackendRegistry registry;
    private final BackendHealth health;
    private final BackendGuards guards;

    BackendsReadiness(BackendRegistry registry, BackendHealth health, BackendGuards guards) {
        this.registry = registry;
        this.health = health;
        this.guards = guards;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("backends");
        boolean anyUp = registry.backends().isEmpty();
        for (Backend backend : registry.backends()) {
            boolean up = health.isUp(backend);
            CircuitBreakerState breaker = guards.state(backend);
            anyUp |= up && breaker != CircuitBreakerState.OPEN;
            response.withData(backend.id(), (up ? "up" : "down") + ", circuit " + breaker.name().toLowerCase()
                    + ", region " + backend.region()
                    + health.latest(backend).flatMap(BackendHealth.Probe::problem).map(problem -> ", " + problem).orElse(""));
        }
        return response.status(anyUp).build();
    }
}
