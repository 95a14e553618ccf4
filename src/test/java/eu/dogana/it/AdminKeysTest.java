package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /admin/keys}: secrets shown once, stored hashed, tenants kept apart. */
@QuarkusTest
class AdminKeysTest {

    @Test
    void issueShowsTheSecretOnceAndListNever() {
        JsonPath issued = given().auth().oauth2(Gateway.MASTER_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "support bot", "tenant", "acme", "roles", List.of("caller"),
                        "default_purpose", "customer-support", "allowed_models", List.of("sim-chat"),
                        "expires_in_days", 30))
                .when().post("/admin/keys")
                .then().statusCode(201)
                .body("id", matchesPattern("key_[0-9a-f]{12}"))
                .body("key", matchesPattern("dg_[A-Za-z0-9_-]{43}"))
                .body("tenant", equalTo("acme"))
                .body("roles", equalTo(List.of("caller")))
                .body("default_purpose", equalTo("customer-support"))
                .body("allowed_models", equalTo(List.of("sim-chat")))
                .body("status", equalTo("active"))
                .extract().jsonPath();
        // 43 base64url characters carry 256 random bits.
        assertThat(Base64.getUrlDecoder().decode(issued.getString("key").substring(3))).hasSize(32);

        String listing = given().auth().oauth2(Gateway.MASTER_KEY).when().get("/admin/keys")
                .then().statusCode(200)
                .body("data.id", hasItem(issued.getString("id")))
                .body("data.key", everyItem(nullValue()))
                .extract().asString();
        assertThat(listing).doesNotContain(issued.getString("key"));
    }

    @Test
    void tenantAdminManagesOnlyItsOwnTenant() {
        String acmeAdmin = Gateway.issueKey(Map.of("name", "acme admin", "tenant", "acme",
                "roles", List.of("admin", "caller")));
        String globexKeyId = given().auth().oauth2(Gateway.MASTER_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "globex app", "tenant", "globex")).when().post("/admin/keys")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(acmeAdmin).contentType(ContentType.JSON)
                .body(Map.of("name", "acme app")).when().post("/admin/keys")
                .then().statusCode(201).body("tenant", equalTo("acme"));
        given().auth().oauth2(acmeAdmin).contentType(ContentType.JSON)
                .body(Map.of("name", "sneaky", "tenant", "globex")).when().post("/admin/keys")
                .then().statusCode(403).body("error.code", equalTo("tenant_not_allowed"));
        given().auth().oauth2(acmeAdmin).contentType(ContentType.JSON)
                .body(Map.of("name", "escalate", "roles", List.of("dpo"))).when().post("/admin/keys")
                .then().statusCode(403).body("error.code", equalTo("role_not_allowed"));
        given().auth().oauth2(acmeAdmin).when().get("/admin/keys")
                .then().statusCode(200).body("data.tenant", everyItem(equalTo("acme")))
                .body("data.id", not(hasItem(globexKeyId)));
        given().auth().oauth2(acmeAdmin).when().delete("/admin/keys/" + globexKeyId)
                .then().statusCode(404);
    }

    @Test
    void onlyAdminsManageKeys() {
        given().when().get("/admin/keys").then().statusCode(401).body("error.code", equalTo("invalid_api_key"));
        given().auth().oauth2(Gateway.callerKey()).when().get("/admin/keys")
                .then().statusCode(403).body("error.code", equalTo("role_not_allowed"));
    }

    @Test
    void invalidRequestsAreRefusedClearly() {
        issue("{\"name\":\"x\",\"roles\":[\"superuser\"]}").statusCode(400).body("error.param", equalTo("roles"));
        issue("{\"name\":\"x\",\"colour\":\"blue\"}").statusCode(400).body("error.param", equalTo("colour"));
        issue("{\"name\":\"x\",").statusCode(400).body("error.code", equalTo("invalid_json"));
        issue("{\"name\":\"x\",\"tenant\":\"a b\"}").statusCode(400).body("error.type", equalTo("invalid_request_error"));
        issue("{\"name\":\"x\",\"expires_at\":\"2001-01-01T00:00:00Z\"}").statusCode(400);
        issue("{\"name\":\"x\",\"roles\":\"caller\"}").statusCode(400);
        given().auth().oauth2(Gateway.MASTER_KEY).when().delete("/admin/keys/key_000000000000")
                .then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    private io.restassured.response.ValidatableResponse issue(String body) {
        return given().auth().oauth2(Gateway.MASTER_KEY).contentType(ContentType.JSON).body(body)
                .when().post("/admin/keys").then();
    }
}
