package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment that screens streams ({@code dogana.pii.output.screen-streams}) has the answer operators applied to
 * streamed answers: a secret the model leaks is redacted even when it arrives three characters at a time, an e-mail
 * address is hashed with the tenant's key, and the rest of the answer arrives whole and in order.
 */
@QuarkusTest
@TestProfile(StreamScreeningTest.ScreenedStreams.class)
class StreamScreeningTest {

    private static final String TOKEN = "ghp_hwuw4wb8dLVlsdk1wnTRQWhYpZa8fG4aHkY1";
    private static final String EMAIL = "anna.verdi@example.org";

    public static final class ScreenedStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dogana.pii.output.screen-streams", "true",
                    "dogana.pii.output.operators.EMAIL_ADDRESS", "hash");
        }
    }

    @Test
    void aSecretTheModelLeaksIsRedactedFromTheStream() {
        assertThat(BackendSimulator.STREAMED_LEAK).contains(TOKEN, EMAIL);
        StringBuilder content = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = Gateway.openAi(Gateway.callerKey()).chat().completions()
                .createStreaming(ChatCompletionCreateParams.builder().model("sim-leak")
                        .addUserMessage("Chi altro posso contattare?").build())) {
            stream.stream().forEach(chunk -> chunk.choices()
                    .forEach(choice -> choice.delta().content().ifPresent(content::append)));
        }
        // the IBAN of the leak stays (counted): this deployment's answer operators keep it
        assertThat(content.toString()).isEqualTo(BackendSimulator.STREAMED_LEAK.replace(TOKEN, "")
                .replace(EMAIL, hashOfTheCallersTenant(EMAIL)));
    }

    @Test
    void aCompleteAnswerHasLeakedDataHashedWithTheTenantsKey() {
        ChatCompletion completion = Gateway.openAi(Gateway.callerKey()).chat().completions().create(
                ChatCompletionCreateParams.builder().model("sim-leak").addUserMessage("Chi altro posso contattare?").build());
        assertThat(completion.choices().get(0).message().content())
                .contains(BackendSimulator.LEAK.replace(EMAIL, hashOfTheCallersTenant(EMAIL)));
    }

    /** What the caller's tenant gets for {@code value} from the Presidio-shaped anonymizer's {@code hash}. */
    private static String hashOfTheCallersTenant(String value) {
        return given().header("Authorization", "Bearer " + Gateway.callerKey()).contentType("application/json")
                .body(new JsonObject().put("text", value).put("language", "en")
                        .put("anonymizers", new JsonObject().put("DEFAULT", new JsonObject().put("type", "hash")))
                        .encode())
                .post(Gateway.baseUrl() + "/v1/pii/anonymize")
                .then().statusCode(200).extract().path("text");
    }
}
