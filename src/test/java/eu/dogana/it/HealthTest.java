package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness reflects the backends: each one's probe result, circuit and region. */
@QuarkusTest
class HealthTest {

    @Test
    void readinessListsEveryBackend() {
        // The probes run every 2 s in tests; the first may not have finished when this test starts.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'backends' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.sim", startsWith("up, circuit closed, region IT"))
                .body("checks.find { it.name == 'backends' }.data.dead", startsWith("down, ")));
    }
}
