package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import eu.dogana.audit.Checkpoint;
import eu.dogana.audit.Checkpoints;
import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Under load a checkpoint is signed once {@code dogana.audit.checkpoint-events} events are unsigned, without waiting
 * for the interval (an hour here): nothing in this test signs one itself.
 */
@QuarkusTest
@TestProfile(CheckpointTriggerTest.EarlyCheckpoints.class)
class CheckpointTriggerTest {

    private static final int THRESHOLD = 6;

    public static final class EarlyCheckpoints implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dogana.audit.checkpoint-events", String.valueOf(THRESHOLD),
                    "dogana.audit.checkpoint-interval", "1h");
        }
    }

    @Inject
    Checkpoints checkpoints;

    @Test
    void enoughUnsignedEventsSignACheckpointBeforeTheInterval() throws Exception {
        long signedBefore = lastSignedSeq();
        String key = Gateway.callerKey();
        // each request commits an intent and a completion: 2 events
        for (int i = 0; i < THRESHOLD; i++) {
            given().auth().oauth2(key).contentType("application/json")
                    .body(StreamingProtocolTest.chat("sim-chat", false))
                    .when().post("/v1/chat/completions").then().statusCode(200);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (lastSignedSeq() < signedBefore + THRESHOLD && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(lastSignedSeq()).as("a checkpoint signed by the event count")
                .isGreaterThanOrEqualTo(signedBefore + THRESHOLD);

        String auditor = Gateway.issueKey(Map.of("name", "trigger auditor", "tenant", "acme", "roles", List.of("auditor")));
        given().auth().oauth2(auditor).when().get("/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    /** The last sequence number this node's checkpoints cover; 0 before the first. */
    private long lastSignedSeq() {
        return checkpoints.all().stream().mapToLong(Checkpoint::toSeq).max().orElse(0);
    }
}
