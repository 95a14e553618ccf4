package eu.dogana.it.support;

import static io.restassured.RestAssured.given;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The gateway under test as a client sees it: its URL, keys issued through its admin API, SDK clients. */
public final class Gateway {

    /** The master key of the test profile (application.yaml, {@code %test.dogana.master-key}). */
    public static final String MASTER_KEY = "test-master-key";

    private Gateway() {
    }

    public static String baseUrl() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return "http://127.0.0.1:" + port;
    }

    /** Issues a key through {@code POST /admin/keys} with the master key and returns its secret. */
    public static String issueKey(Map<String, Object> request) {
        return given().auth().oauth2(MASTER_KEY).contentType(ContentType.JSON).body(request)
                .when().post("/admin/keys")
                .then().statusCode(201)
                .extract().path("key");
    }

    /** A key of tenant {@code acme} with the caller role and access to every model. */
    public static String callerKey() {
        return issueKey(Map.of("name", "test caller", "tenant", "acme", "roles", List.of("caller")));
    }

    /** An OpenAI SDK client pointed at the gateway, without the SDK's own retries (they would hide errors). */
    public static OpenAIClient openAi(String apiKey) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(baseUrl() + "/v1")
                .apiKey(apiKey)
                .maxRetries(0)
                .build();
    }
}
