package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.dogana.it.support.Gateway;
import eu.dogana.it.support.TamperChecks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A data subject's access and erasure requests, as a tenant's DPO makes them: every request that mentioned the
 * person is found by the identifier alone (however it was written), erasure forgets the references, the register
 * still verifies, and other tenants' DPOs find nothing.
 */
@QuarkusTest
class SubjectRequestsTest {

    @Test
    void aDpoFindsAndErasesEverythingAboutAPerson() {
        String tenant = "subjects-" + System.nanoTime();
        String caller = Gateway.issueKey(Map.of("name", "caller", "tenant", tenant, "roles", List.of("caller")));
        String dpo = Gateway.issueKey(Map.of("name", "dpo", "tenant", tenant, "roles", List.of("dpo")));
        String otherDpo = Gateway.issueKey(Map.of("name", "other dpo", "tenant", tenant + "-other", "roles", List.of("dpo")));

        String requestId = given().auth().oauth2(caller).contentType(ContentType.JSON)
                .body("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + "\"Please write to Lucia.Ferri@Example.org about IBAN IT60 X054 2811 1010 0000 0123 456\"}]}")
                .post(Gateway.baseUrl() + "/v1/chat/completions")
                .then().statusCode(200).extract().header("X-Dogana-Request-Id");

        // written differently than in the prompt: case and spacing do not matter
        given().auth().oauth2(dpo).contentType(ContentType.JSON).body(Map.of("identifier", "lucia.ferri@example.org"))
                .post(Gateway.baseUrl() + "/subjects/search")
                .then().statusCode(200)
                .body("requests.request_id", hasItem(requestId))
                .body("requests.find { it.request_id == '" + requestId + "' }.events.type", hasItem("REQUEST_INTENT"));
        given().auth().oauth2(dpo).contentType(ContentType.JSON).body(Map.of("identifier", "IT60X0542811101000000123456"))
                .post(Gateway.baseUrl() + "/subjects/search")
                .then().statusCode(200).body("requests.request_id", hasItem(requestId));
        given().auth().oauth2(otherDpo).contentType(ContentType.JSON).body(Map.of("identifier", "lucia.ferri@example.org"))
                .post(Gateway.baseUrl() + "/subjects/search")
                .then().statusCode(200).body("requests.request_id", not(hasItem(requestId)));
        given().auth().oauth2(caller).contentType(ContentType.JSON).body(Map.of("identifier", "lucia.ferri@example.org"))
                .post(Gateway.baseUrl() + "/subjects/search").then().statusCode(403);

        given().auth().oauth2(dpo).contentType(ContentType.JSON).body(Map.of("identifier", "Lucia.Ferri@example.org"))
                .post(Gateway.baseUrl() + "/subjects/erase")
                .then().statusCode(200).body("references_deleted", equalTo(1)).body("requests", equalTo(1));
        given().auth().oauth2(dpo).contentType(ContentType.JSON).body(Map.of("identifier", "lucia.ferri@example.org"))
                .post(Gateway.baseUrl() + "/subjects/search")
                .then().statusCode(200).body("requests.request_id", not(hasItem(requestId)));
        given().auth().oauth2(dpo).contentType(ContentType.JSON).body(Map.of())
                .post(Gateway.baseUrl() + "/subjects/erase").then().statusCode(400).body("error.param", equalTo("identifier"));
        TamperChecks.verifyIntact();
    }
}
