package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.openai.models.chat.completions.ChatCompletionCreateParams;
import eu.dogana.it.support.Gateway;
import eu.dogana.it.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Access tokens of a real Keycloak are accepted as credentials, with tenant and roles from the token. */
@QuarkusTest
class KeycloakAuthTest {

    private final KeycloakTokens keycloak = new KeycloakTokens();

    @Test
    void passwordGrantTokenCallsTheModelThroughTheSdk() {
        String token = keycloak.passwordGrant("dogana", "dogana-app", "app-secret", "alice", "alice-pw");
        var completion = Gateway.openAi(token).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("sim-chat").addUserMessage("Servus").build());
        Assertions.assertThat(completion.choices().get(0).message().content()).contains("echo: Servus");
    }

    @Test
    void clientCredentialsTokenStreams() {
        String token = keycloak.clientCredentials("dogana", "dogana-app", "app-secret");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", true))
                .when().post("/v1/chat/completions")
                .then().statusCode(200);
    }

    @Test
    void tenantAndRolesComeFromTheToken() {
        // admin-user has the realm role admin and tenant claim acme: a key it issues lands in acme.
        String token = keycloak.passwordGrant("dogana", "dogana-app", "app-secret", "admin-user", "admin-pw");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "from keycloak admin"))
                .when().post("/admin/keys")
                .then().statusCode(201).body("tenant", equalTo("acme"));
    }

    @Test
    void userWithoutTheCallerRoleIsForbidden() {
        String token = keycloak.passwordGrant("dogana", "dogana-app", "app-secret", "carol", "carol-pw");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(403).body("error.code", equalTo("role_not_allowed"));
    }

    @Test
    void tokenOfAnotherRealmIsRefused() {
        String token = keycloak.passwordGrant("other", "other-app", "other-secret", "mallory", "mallory-pw");
        given().auth().oauth2(token).when().get("/v1/models")
                .then().statusCode(401).body("error.type", equalTo("authentication_error"));
    }

    @Test
    void expiredTokenIsRefused() throws InterruptedException {
        String token = keycloak.clientCredentials("dogana", "dogana-short", "short-secret");
        Thread.sleep(2500);
        given().auth().oauth2(token).when().get("/v1/models")
                .then().statusCode(401).body("error.type", equalTo("authentication_error"));
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = keycloak.passwordGrant("dogana", "dogana-app", "app-secret", "alice", "alice-pw");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(tampered).when().get("/v1/models").then().statusCode(401);
    }
}
