package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a clear OpenAI-shaped error, and the gateway keeps serving afterwards. */
@QuarkusTest
class BadInputTest {

    private String key;

    @BeforeEach
    void key() {
        key = Gateway.callerKey();
    }

    @Test
    void truncatedJson() {
        post("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"con")
                .statusCode(400)
                .body("error.code", equalTo("invalid_json"))
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.message", containsString("line 1"));
    }

    @Test
    void trailingGarbageAfterTheObject() {
        post("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]} {}")
                .statusCode(400).body("error.code", equalTo("invalid_json"));
    }

    @Test
    void bodyThatIsNotAnObject() {
        post("[1,2,3]").statusCode(400).body("error.code", equalTo("invalid_json"));
        post("").statusCode(400).body("error.code", equalTo("invalid_json"));
    }

    @Test
    void wrongTypesNameTheParameter() {
        post("{\"model\":42,\"messages\":[]}").statusCode(400).body("error.param", equalTo("model"));
        post("{\"model\":\"sim-chat\",\"messages\":\"hi\"}").statusCode(400).body("error.param", equalTo("messages"));
        post("{\"model\":\"sim-chat\",\"messages\":[\"hi\"]}").statusCode(400).body("error.param", equalTo("messages[0]"));
        post("{\"model\":\"sim-chat\",\"messages\":[{\"content\":\"hi\"}]}").statusCode(400)
                .body("error.param", equalTo("messages[0].role"));
        post("{\"model\":\"sim-chat\",\"stream\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                .statusCode(400).body("error.param", equalTo("stream"));
        post("{\"model\":\"sim-chat\",\"max_tokens\":\"ten\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                .statusCode(400).body("error.param", equalTo("max_tokens"));
        post("{\"model\":\"sim-chat\",\"temperature\":\"hot\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                .statusCode(400).body("error.param", equalTo("temperature"));
        post("{\"model\":\"sim-chat\",\"stream_options\":{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                .statusCode(400).body("error.param", equalTo("stream_options"));
        post("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}").statusCode(400)
                .body("error.message", containsString("Missing required parameter: 'model'"));
    }

    @Test
    void tenMegabyteBodyIs413() {
        char[] filler = new char[10 * 1024 * 1024];
        Arrays.fill(filler, 'a');
        String body = "{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"" + new String(filler) + "\"}]}";
        post(body).statusCode(413)
                .body("error.code", equalTo("request_too_large"))
                .body("error.type", equalTo("invalid_request_error"));
    }

    @Test
    void invalidUtf8() {
        byte[] prefix = "{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"".getBytes();
        byte[] suffix = "\"}]}".getBytes();
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28; // not a continuation byte
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        given().auth().oauth2(key).contentType(ContentType.JSON).body(body)
                .when().post("/v1/chat/completions")
                .then().statusCode(400)
                .body("error.code", equalTo("invalid_json"))
                .body("error.message", containsString("UTF-8"));
    }

    @Test
    void presidioEndpointsRefuseMalformedJsonAsInvalidJson() {
        for (String path : List.of("/v1/pii/analyze", "/v1/pii/anonymize")) {
            postPii(path, "{\"text\":\"Mario\",\"langu").statusCode(400)
                    .body("error.code", equalTo("invalid_json"))
                    .body("error.type", equalTo("invalid_request_error"))
                    .body("error.message", containsString("line 1"));
            postPii(path, "{\"text\":\"x\",\"language\":\"en\"} {}").statusCode(400)
                    .body("error.code", equalTo("invalid_json"));
            // these parsed to null or to no object at all and ended in a NullPointerException: a 500
            for (String notAnObject : List.of("null", "[]", "[{\"text\":\"x\"}]", "42", "\"x\"", "")) {
                postPii(path, notAnObject).statusCode(400)
                        .body("error.code", equalTo("invalid_json"))
                        .body("error.type", equalTo("invalid_request_error"))
                        .body("error.param", nullValue());
            }
        }
    }

    @Test
    void presidioEndpointsRefuseInvalidUtf8() {
        for (String path : List.of("/v1/pii/analyze", "/v1/pii/anonymize")) {
            byte[] prefix = "{\"language\":\"en\",\"text\":\"".getBytes();
            byte[] body = Arrays.copyOf(prefix, prefix.length + 4);
            body[prefix.length] = (byte) 0xC3;
            body[prefix.length + 1] = (byte) 0x28; // not a continuation byte
            body[prefix.length + 2] = '"';
            body[prefix.length + 3] = '}';
            given().auth().oauth2(key).contentType(ContentType.JSON).body(body)
                    .when().post(path)
                    .then().statusCode(400)
                    .body("error.code", equalTo("invalid_json"))
                    .body("error.message", containsString("UTF-8"));
        }
    }

    @Test
    void presidioEndpointsRefuseOversizedBodiesWith413() {
        char[] filler = new char[10 * 1024 * 1024];
        Arrays.fill(filler, 'a');
        for (String path : List.of("/v1/pii/analyze", "/v1/pii/anonymize")) {
            postPii(path, "{\"language\":\"en\",\"text\":\"" + new String(filler) + "\"}").statusCode(413)
                    .body("error.code", equalTo("request_too_large"))
                    .body("error.type", equalTo("invalid_request_error"));
        }
    }

    @Test
    void presidioWrongTypesNameTheParameter() {
        String analyze = "/v1/pii/analyze";
        String anonymize = "/v1/pii/anonymize";
        postPii(analyze, "{\"text\":true,\"language\":\"en\"}").statusCode(400).body("error.param", equalTo("text"));
        postPii(analyze, "{\"text\":\"x\",\"language\":\"en\",\"score_threshold\":\"0.5\"}").statusCode(400)
                .body("error.code", equalTo("invalid_request")).body("error.param", equalTo("score_threshold"));
        postPii(analyze, "{\"text\":\"x\",\"language\":\"en\",\"score_threshold\":7}").statusCode(400)
                .body("error.param", equalTo("score_threshold"));
        postPii(analyze, "{\"text\":\"x\",\"language\":\"en\",\"entities\":[null]}").statusCode(400)
                .body("error.param", equalTo("entities[0]"));
        postPii(analyze, "{\"text\":\"x\",\"language\":\"en\",\"allow_list\":[\"(?=x)\"],"
                + "\"allow_list_match\":\"regex\"}").statusCode(400).body("error.param", equalTo("allow_list[0]"));
        postPii(anonymize, "{\"text\":\"Mario Rossi\",\"analyzer_results\":[{\"entity_type\":\"PERSON\",\"start\":1.9,"
                + "\"end\":5}]}").statusCode(400).body("error.param", equalTo("analyzer_results[0].start"));
        postPii(anonymize, "{\"text\":\"Mario Rossi\",\"analyzer_results\":[{\"entity_type\":\"PERSON\",\"start\":6,"
                + "\"end\":99}]}").statusCode(400).body("error.param", equalTo("analyzer_results[0].end"));
        postPii(anonymize, "{\"text\":\"Mario Rossi\",\"anonymizers\":{\"DEFAULT\":{\"type\":\"encrypt\"}}}")
                .statusCode(400).body("error.param", equalTo("anonymizers.DEFAULT.type"));
        postPii(anonymize, "{\"text\":\"Mario Rossi\",\"anonymizers\":{\"DEFAULT\":{\"type\":\"mask\","
                + "\"chars_to_mask\":2,\"from_end\":\"yes\"}}}").statusCode(400)
                .body("error.param", equalTo("anonymizers.DEFAULT.from_end"));
    }

    @Test
    void presidioAllowListDropsTheValuesListed() {
        String body = "{\"text\":\"Scrivi a info@dogana.eu o a mario.rossi@example.com\",\"language\":\"it\","
                + "\"entities\":[\"EMAIL_ADDRESS\"]%s}";
        postPii("/v1/pii/analyze", body.formatted("")).statusCode(200).body("size()", equalTo(2));
        postPii("/v1/pii/analyze", body.formatted(",\"allow_list\":[\"info@dogana.eu\"]")).statusCode(200)
                .body("size()", equalTo(1)).body("[0].start", equalTo(28));
    }

    @Test
    void unknownModelAndUnknownEndpoint() {
        post("{\"model\":\"gpt-17\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                .statusCode(404).body("error.code", equalTo("model_not_found")).body("error.param", equalTo("model"));
        given().auth().oauth2(key).when().get("/v1/assistants")
                .then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    @Test
    void invalidPurposeHeader() {
        given().auth().oauth2(key).contentType(ContentType.JSON).header("X-Dogana-Purpose", "../etc/passwd")
                .body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(400).body("error.param", equalTo("X-Dogana-Purpose"));
    }

    @Test
    void missingMalformedAndUnknownCredentials() {
        given().contentType(ContentType.JSON).body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(401).body("error.code", equalTo("invalid_api_key"))
                .body("error.message", containsString("Authorization: Bearer"));
        given().header("Authorization", "Basic dXNlcjpwYXNz").when().get("/v1/models")
                .then().statusCode(401);
        given().auth().oauth2("dg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").when().get("/v1/models")
                .then().statusCode(401).body("error.message", equalTo("Incorrect API key provided."));
        given().auth().oauth2("not.a.jwt").when().get("/v1/models")
                .then().statusCode(401).body("error.param", nullValue());
    }

    @Test
    void revokedKey() {
        var issued = given().auth().oauth2(Gateway.MASTER_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "to revoke", "tenant", "acme", "roles", List.of("caller")))
                .when().post("/admin/keys").then().statusCode(201).extract().jsonPath();
        String revoked = issued.getString("key");
        given().auth().oauth2(revoked).when().get("/v1/models").then().statusCode(200);

        given().auth().oauth2(Gateway.MASTER_KEY).when().delete("/admin/keys/" + issued.getString("id"))
                .then().statusCode(200).body("status", equalTo("revoked"));

        given().auth().oauth2(revoked).when().get("/v1/models")
                .then().statusCode(401).body("error.message", equalTo("This API key has been revoked."));
        // Revoking one key leaves the others alone.
        given().auth().oauth2(key).when().get("/v1/models").then().statusCode(200);
    }

    @Test
    void expiredKey() throws InterruptedException {
        String secret = Gateway.issueKey(Map.of("name", "short-lived", "tenant", "acme",
                "expires_at", Instant.now().plusMillis(1500).toString()));
        given().auth().oauth2(secret).when().get("/v1/models").then().statusCode(200);
        Thread.sleep(2000);
        given().auth().oauth2(secret).when().get("/v1/models")
                .then().statusCode(401).body("error.message", equalTo("This API key has expired."));
    }

    @Test
    void theGatewayStillServesAfterAllOfThat() {
        truncatedJson();
        invalidUtf8();
        tenMegabyteBodyIs413();
        presidioEndpointsRefuseMalformedJsonAsInvalidJson();
        presidioEndpointsRefuseOversizedBodiesWith413();
        post(StreamingProtocolTest.chat("sim-chat", false)).statusCode(200)
                .body("choices[0].message.content", equalTo("echo: hello"));
    }

    private ValidatableResponse postPii(String path, String body) {
        return given().auth().oauth2(key).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then();
    }

    private ValidatableResponse post(String body) {
        return given().auth().oauth2(key).contentType(ContentType.JSON).body(body)
                .when().post("/v1/chat/completions")
                .then();
    }
}
