package eu.dogana.backend;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probes every backend's {@code GET /models} periodically. Routing prefers backends whose last probe
 * succeeded; a backend never probed yet counts as up, so the first request after start need not wait.
 */
@Singleton
public final class BackendHealth {

    /** The outcome of the latest probe of one backend. */
    public record Probe(boolean up, Instant at, Optional<String> problem) {
    }

    private final BackendRegistry registry;
    private final BackendClient client;
    private final RoutingConfig config;
    private final Vertx vertx;
    private final Map<String, Probe> probes = new ConcurrentHashMap<>();
    private volatile long timer = -1;

    BackendHealth(BackendRegistry registry, BackendClient client, RoutingConfig config, Vertx vertx) {
        this.registry = registry;
        this.client = client;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (registry.backends().isEmpty()) {
            Log.warn("No inference backend is configured: /v1/models is empty until dogana.backends.<id>.url, "
                    + ".models and .region are set (see README).");
            return;
        }
        probeAll();
        timer = vertx.setPeriodic(config.healthInterval().toMillis(), tick -> probeAll());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    public boolean isUp(Backend backend) {
        Probe probe = probes.get(backend.id());
        return probe == null || probe.up();
    }

    public Optional<Probe> latest(Backend backend) {
        return Optional.ofNullable(probes.get(backend.id()));
    }

    private void probeAll() {
        for (Backend backend : registry.backends()) {
            client.send(backend, HttpMethod.GET, "/models", null, false, "health-probe").whenComplete((response, failure) -> {
                boolean up = failure == null && response.statusCode() < 400;
                Optional<String> problem = failure != null ? Optional.of(failure.getMessage())
                        : up ? Optional.empty() : Optional.of("HTTP " + response.statusCode());
                if (response != null) {
                    // Read the (small) body so the connection goes back to the pool.
                    response.body();
                    response.resume();
                }
                Probe previous = probes.put(backend.id(), new Probe(up, Instant.now(), problem));
                if (previous == null || previous.up() != up) {
                    if (up) {
                        Log.infof("backend %s is up", backend.id());
                    } else {
                        Log.warnf("backend %s is down: %s", backend.id(), problem.orElse("unknown"));
                    }
                }
            });
        }
    }
}
