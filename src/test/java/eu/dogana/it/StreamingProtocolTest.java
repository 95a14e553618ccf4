package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Dogana puts on the wire, byte for byte, for the cases an SDK hides. */
@QuarkusTest
class StreamingProtocolTest {

    private final BackendSimulator simulator = BackendSimulator.shared();
    private String key;

    @BeforeEach
    void key() {
        key = Gateway.callerKey();
    }

    @Test
    void quirkyBackendStreamLeavesAsCleanServerSentEvents() {
        String body = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(chat("sim-chat", true))
                .when().post("/v1/chat/completions")
                .then().statusCode(200)
                .contentType(containsString("text/event-stream"))
                .header("X-Dogana-Request-Id", matchesPattern("req_[0-9a-f]{24}"))
                .header("X-AI-Generated", "true")
                .header("X-Dogana-Decision", "allow")
                .extract().asString();

        // No CRLF, no keep-alive comments, "data: " with its space, one blank line after each event.
        assertThat(body).doesNotContain("\r").doesNotContain(": keep-alive");
        String[] events = body.split("\n\n", -1);
        assertThat(events[events.length - 1]).isEmpty();
        assertThat(events[events.length - 2]).isEqualTo("data: [DONE]");
        for (int i = 0; i < events.length - 1; i++) {
            assertThat(events[i]).startsWith("data: ").doesNotContain("\n");
        }
        assertThat(events).hasSize(1 + 5 + 1);
        assertThat(body).contains("\"reasoning_content\":\"pondering\"");
    }

    @Test
    void usageChunkWithEmptyChoicesPassesThrough() {
        String body = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body("{\"model\":\"sim-chat\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                .when().post("/v1/chat/completions")
                .then().statusCode(200).extract().asString();
        assertThat(body).contains("\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":5,\"total_tokens\":12}");
    }

    @Test
    void backendSilentMidStreamEndsWithAnErrorEvent() {
        long started = System.nanoTime();
        String body = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(chat("sim-stall", true))
                .when().post("/v1/chat/completions")
                .then().statusCode(200).extract().asString();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(body).startsWith("data: {").contains("\"content\":\"only\"");
        assertThat(body).endsWith("\"code\":\"backend_stream_interrupted\",\"param\":null}}\n\n");
        assertThat(body).doesNotContain("[DONE]");
    }

    @Test
    void backendWithoutResponseHeadIsA504() {
        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(chat("sim-slow-head", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(504)
                .body("error.code", equalTo("backend_timeout"))
                .body("error.type", equalTo("server_error"));
    }

    @Test
    void failingBackendIsRetriedOnAnotherBeforeAnythingIsSent() {
        // "dead" (nothing listens) and "sim" both serve sim-retry; every request must still succeed.
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(key).contentType(ContentType.JSON)
                    .body(chat("sim-retry", false))
                    .when().post("/v1/chat/completions")
                    .then().statusCode(200)
                    .body("choices[0].message.content", equalTo("echo: hello"));
        }
    }

    @Test
    void overloadedBackendIsA502WithItsMessage() {
        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(chat("sim-overloaded", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(502)
                .body("error.code", equalTo("backend_error"))
                .body("error.message", containsString("The server is overloaded"));
    }

    @Test
    void backendInternalsNeverReachTheCaller() {
        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(chat("sim-leaky-error", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(502)
                .body("error.message", not(containsString("Traceback")))
                .body("error.message", not(containsString("/srv/secret")));
    }

    @Test
    void callerDisconnectCancelsTheBackendCall() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Gateway.baseUrl() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(chat("sim-endless", true)))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String requestId = response.headers().firstValue("X-Dogana-Request-Id").orElseThrow();
        try (InputStream stream = response.body()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            assertThat(reader.readLine()).startsWith("data: {").contains("tick");
        }
        http.shutdownNow();
        // The endless generator only stops when its connection is closed by the gateway.
        simulator.endlessClosed(requestId).get(10, TimeUnit.SECONDS);
    }

    @Test
    void errorsCarryTheRequestIdToo() {
        given().contentType(ContentType.JSON).body(chat("sim-chat", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(401)
                .header("X-Dogana-Request-Id", matchesPattern("req_[0-9a-f]{24}"))
                .body("error.type", equalTo("authentication_error"));
    }

    static String chat(String model, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
    }
}
