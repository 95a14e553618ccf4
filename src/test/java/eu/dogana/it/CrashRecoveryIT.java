package eu.dogana.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.audit.Verification;
import eu.dogana.audit.export.ExportVerifier;
import eu.dogana.it.support.GatewayProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway, killed with SIGKILL in the middle of a load and started again on the same register: every
 * request that got a 200 has both its intent and its completion committed, and the register still verifies
 * offline. Runs the real jar (failsafe, after {@code package}) on the embedded H2 register.
 */
class CrashRecoveryIT {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void everyAnsweredRequestIsInTheRegisterAfterKillNine() throws Exception {
        int port = GatewayProcess.freePort();
        ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        try (GatewayProcess gateway = GatewayProcess.start(port, home, Map.of())) {
            String key = gateway.issueKey("acme");
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                callers.add(Thread.ofVirtual().start(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> response = gateway.chat(key, "Mario Rossi asks about IBAN DE89370400440532013000");
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
            gateway.killNine();
            running.set(false);
            for (Thread caller : callers) {
                caller.join();
            }
        }
        assertThat(answered).as("requests answered before the kill").hasSizeGreaterThan(20);

        try (GatewayProcess restarted = GatewayProcess.start(port, home, Map.of())) {
            String export = restarted.get("/audit/export");
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
    }
}
