package eu.dogana.it.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the gateway at the {@link BackendSimulator}: backend {@code sim} with the normal timeouts, backend
 * {@code faulty} (same server) for the models that answer 5xx, backend {@code slow} (same server, one-second
 * timeouts) for the timeout cases, and backend {@code dead} (a port where nothing listens) sharing model
 * {@code sim-retry} with {@code sim}, so retries have somewhere to fail.
 */
public final class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        BackendSimulator simulator = BackendSimulator.shared();
        return Map.ofEntries(
                Map.entry("dogana.backends.sim.url", simulator.baseUrl()),
                Map.entry("dogana.backends.sim.region", "IT"),
                Map.entry("dogana.backends.sim.models", "sim-chat,sim-alias=upstream-chat,sim-gated,sim-cut,sim-endless,"
                        + "sim-vllm-error,sim-retry,sim-embed,sim-echo,sim-tool,sim-leak"),
                // Models that answer 5xx live on their own backend id: their failures open that circuit breaker,
                // which must not take the well-behaved models down with it.
                Map.entry("dogana.backends.faulty.url", simulator.baseUrl()),
                Map.entry("dogana.backends.faulty.region", "IT"),
                Map.entry("dogana.backends.faulty.models", "sim-llamacpp-error,sim-overloaded,sim-leaky-error"),
                Map.entry("dogana.backends.slow.url", simulator.baseUrl()),
                Map.entry("dogana.backends.slow.region", "DE"),
                Map.entry("dogana.backends.slow.models", "sim-slow-head,sim-stall"),
                Map.entry("dogana.backends.slow.first-byte-timeout", "1s"),
                Map.entry("dogana.backends.slow.idle-timeout", "1s"),
                Map.entry("dogana.backends.dead.url", "http://127.0.0.1:" + closedPort() + "/v1"),
                Map.entry("dogana.backends.dead.region", "FR"),
                Map.entry("dogana.backends.dead.models", "sim-retry"),
                Map.entry("dogana.backends.dead.connect-timeout", "1s"),
                Map.entry("dogana.routing.health-interval", "2s"));
    }

    @Override
    public void stop() {
        // The simulator is shared by every Quarkus start of this JVM and stops with it.
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
