package eu.dogana.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.audit.Verification;
import eu.dogana.audit.export.ExportVerifier;
import eu.dogana.it.support.BackendSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway, killed with SIGKILL in the middle of a load and started again on the same register: every
 * request that got a 200 has both its intent and its completion committed, and the register still verifies
 * offline. Runs the real jar (failsafe, after {@code package}) on the embedded H2 register.
 */
class CrashRecoveryIT {

    private static final String MASTER_KEY = "crash-test-master-key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Process gateway;

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.destroyForcibly();
        }
    }

    @Test
    void everyAnsweredRequestIsInTheRegisterAfterKillNine() throws Exception {
        int port = freePort();
        gateway = start(port);
        String key = issueKey(port);

        ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            callers.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + "/v1/chat/completions")).header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"sim-chat\",\"messages\":"
                                        + "[{\"role\":\"user\",\"content\":\"Mario Rossi asks about IBAN DE89370400440532013000\"}]}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            answered.add(response.headers().firstValue("X-Dogana-Request-Id").orElseThrow());
                        }
                    } catch (IOException | InterruptedException gatewayGone) {
                        // expected once the process is killed
                    }
                }
            }));
        }
        Thread.sleep(3000);
        gateway.destroyForcibly().waitFor();
        running.set(false);
        for (Thread caller : callers) {
            caller.join();
        }
        assertThat(answered).as("requests answered before the kill").hasSizeGreaterThan(20);

        gateway = start(port);
        String export = get(port, "/audit/export");
        Map<String, Set<String>> typesByRequest = new HashMap<>();
        for (String line : export.split("\n")) {
            JsonNode entry = json.readTree(line);
            if ("event".equals(entry.path("kind").asText())) {
                JsonNode event = json.readTree(entry.path("canonical").asText());
                typesByRequest.computeIfAbsent(event.path("request_id").asText(), id -> new HashSet<>())
                        .add(event.path("type").asText());
            }
        }
        for (String requestId : answered) {
            assertThat(typesByRequest.get(requestId)).as("events of answered request %s", requestId)
                    .contains("REQUEST_INTENT", "REQUEST_COMPLETION");
        }
        String publicKey = Files.readString(home.resolve("checkpoints/public-key.pem"));
        Verification verification = new ExportVerifier().verify(new BufferedReader(new StringReader(export)),
                Optional.of(publicKey));
        assertThat(verification.intact()).as("%s", verification.firstBreak()).isTrue();
    }

    private Process start(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("gateway.jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("gateway.log").toFile());
        BackendSimulator simulator = BackendSimulator.shared();
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("DOGANA_AUDIT_DIR", home.toString());
        env.put("DOGANA_MASTER_KEY", MASTER_KEY);
        env.put("DOGANA_POLICIES_DIR", Path.of("src/test/resources/policies-it").toAbsolutePath().toString());
        env.put("DOGANA_BACKENDS_SIM_URL", simulator.baseUrl());
        env.put("DOGANA_BACKENDS_SIM_MODELS", "sim-chat");
        env.put("DOGANA_BACKENDS_SIM_REGION", "IT");
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited: " + Files.readString(home.resolve("gateway.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the gateway did not start in 120 s");
    }

    private String issueKey(int port) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/keys"))
                .header("Authorization", "Bearer " + MASTER_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load\",\"tenant\":\"acme\",\"roles\":[\"caller\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).path("key").asText();
    }

    private String get(int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + MASTER_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
