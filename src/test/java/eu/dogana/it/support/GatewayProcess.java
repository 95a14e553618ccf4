package eu.dogana.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged gateway ({@code quarkus-run.jar}, built by {@code package} before failsafe runs) as a process of its
 * own, on a free port, with the backend simulator as its model server and the integration-test policy bundle:
 * what {@code *IT} tests kill, restart, or run twice against one database.
 */
public final class GatewayProcess implements AutoCloseable {

    public static final String MASTER_KEY = "process-test-master-key";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Path log;
    private final Process process;

    private GatewayProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a gateway whose register lives in {@code home}, with extra environment {@code env}; waits until live. */
    public static GatewayProcess start(int port, Path home, Map<String, String> env) throws Exception {
        Path log = home.resolve("gateway-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("gateway.jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("DOGANA_AUDIT_DIR", home.toString());
        environment.put("DOGANA_MASTER_KEY", MASTER_KEY);
        environment.put("DOGANA_POLICIES_DIR", Path.of("src/test/resources/policies-it").toAbsolutePath().toString());
        environment.put("DOGANA_BACKENDS_SIM_URL", BackendSimulator.shared().baseUrl());
        environment.put("DOGANA_BACKENDS_SIM_MODELS", "sim-chat");
        environment.put("DOGANA_BACKENDS_SIM_REGION", "IT");
        environment.putAll(env);
        GatewayProcess gateway = new GatewayProcess(port, log, builder.start());
        gateway.awaitLive();
        return gateway;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    public void killNine() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        killNine();
    }

    /** Issues a caller key of {@code tenant} with the master key; returns its secret. */
    public String issueKey(String tenant) throws Exception {
        HttpResponse<String> response = HTTP.send(request("/admin/keys").header("Authorization", "Bearer " + MASTER_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"process test\",\"tenant\":\"" + tenant
                        + "\",\"roles\":[\"caller\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).path("key").asText();
    }

    /** A chat completion on {@code sim-chat} with {@code key}. */
    public HttpResponse<String> chat(String key, String prompt) throws IOException, InterruptedException {
        return HTTP.send(request("/v1/chat/completions").header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\","
                        + "\"content\":\"" + prompt + "\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET with the master key; asserts 200 and returns the body. */
    public String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(path).header("Authorization", "Bearer " + MASTER_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private void awaitLive() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited: " + Files.readString(log));
            }
            try {
                if (HTTP.send(request("/q/health/live").build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the gateway did not start in 120 s; see " + log);
    }

    /** Environment for a gateway on PostgreSQL database {@code url}. */
    public static Map<String, String> postgres(String url) {
        Map<String, String> env = new HashMap<>();
        env.put("DOGANA_DB", "postgresql");
        env.put("QUARKUS_DATASOURCE_PG_JDBC_URL", url);
        env.put("QUARKUS_DATASOURCE_PG_USERNAME", PostgresDatabase.USER);
        env.put("QUARKUS_DATASOURCE_PG_PASSWORD", "");
        return env;
    }
}
