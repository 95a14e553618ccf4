package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import eu.dogana.it.support.RegisterRows;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promise of the PII stage, end to end through the OpenAI SDK: an Italian request carrying names, an IBAN, a
 * codice fiscale and a phone number reaches the backend with none of them, and the caller's answer — streamed and
 * not, content, reasoning and tool-call arguments — shows the original values in place.
 */
@QuarkusTest
class PiiProtectionTest {

    static final String NAME = "Mario Rossi";
    static final String IBAN = "IT60X0542811101000000123456";
    static final String FISCAL_CODE = "RSSMRA85T10A562S";
    static final String PHONE = "+39 347 123 4567";
    static final String EMAIL = "mario.rossi@example.it";
    static final String PROMPT = "Buongiorno, sono " + NAME + ", codice fiscale " + FISCAL_CODE + ". Vorrei sapere se il "
            + "bonifico sul conto IBAN " + IBAN + " è arrivato. Potete richiamarmi al " + PHONE + " o scrivere a "
            + EMAIL + "? Grazie, " + NAME + ".";
    static final List<String> VALUES = List.of(NAME, IBAN, FISCAL_CODE, PHONE, EMAIL);

    private final BackendSimulator simulator = BackendSimulator.shared();
    private final ObjectMapper json = new ObjectMapper();
    private OpenAIClient client;

    @Inject
    @Storage
    AgroalDataSource dataSource;

    @BeforeEach
    void client() {
        client = Gateway.openAi(Gateway.callerKey());
    }

    @Test
    void nothingPersonalReachesTheBackendAndTheAnswerIsRestored() {
        HttpResponseFor<ChatCompletion> response = client.chat().completions().withRawResponse().create(
                ChatCompletionCreateParams.builder()
                        .model("sim-chat")
                        .addSystemMessage("Il cliente si chiama " + NAME + ".")
                        .addUserMessage(PROMPT)
                        .build());
        assertThat(response.headers().values("X-Dogana-Decision")).containsExactly("transform");

        String forwarded = simulator.received(requestIdOf(response)).encode();
        VALUES.forEach(value -> assertThat(forwarded).doesNotContain(value));
        // one person, one placeholder, in every message
        JsonObject system = simulator.received(requestIdOf(response)).getJsonArray("messages").getJsonObject(0);
        assertThat(system.getString("content")).isEqualTo("Il cliente si chiama PERSON_1.");
        assertThat(forwarded).contains("IBAN_CODE_1", "IT_FISCAL_CODE_1", "PHONE_NUMBER_1", "EMAIL_ADDRESS_1");

        var message = response.parse().choices().get(0).message();
        assertThat(message.content()).contains("echo: " + PROMPT);
        assertThat(message._additionalProperties().get("reasoning_content"))
                .isEqualTo(JsonValue.from("thinking about: " + PROMPT));
    }

    @Test
    void streamedAnswerIsRestoredAcrossChunkBoundaries() {
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("sim-echo").addUserMessage(PROMPT).build())) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> {
                choice.delta().content().ifPresent(content::append);
                JsonValue thought = choice.delta()._additionalProperties().get("reasoning_content");
                if (thought != null) {
                    reasoning.append(thought.asString().orElseThrow());
                }
            }));
        }
        assertThat(content.toString()).isEqualTo("echo: " + PROMPT);
        assertThat(reasoning.toString()).isEqualTo("thinking about: " + PROMPT);
    }

    @Test
    void toolCallArgumentsAreRestoredWholeAndStreamed() throws Exception {
        ChatCompletion completion = client.chat().completions().create(
                ChatCompletionCreateParams.builder().model("sim-tool").addUserMessage(PROMPT).build());
        ChatCompletionMessageToolCall call = completion.choices().get(0).message().toolCalls().orElseThrow().get(0);
        JsonNode arguments = json.readTree(call.asFunction().function().arguments());
        assertThat(arguments.get("query").asText()).isEqualTo(PROMPT);

        StringBuilder streamed = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("sim-tool").addUserMessage(PROMPT).build())) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().toolCalls()
                    .ifPresent(calls -> calls.forEach(delta -> delta.function()
                            .flatMap(ChatCompletionChunk.Choice.Delta.ToolCall.Function::arguments)
                            .ifPresent(streamed::append)))));
        }
        assertThat(json.readTree(streamed.toString()).get("query").asText()).isEqualTo(PROMPT);
    }

    @Test
    void aPlaceholderTheCallerWritesIsNotAnotherValue() {
        String prompt = "Rispondi con PERSON_1 e con il nome " + NAME + ".";
        ChatCompletion completion = client.chat().completions().create(
                ChatCompletionCreateParams.builder().model("sim-chat").addUserMessage(prompt).build());
        assertThat(completion.choices().get(0).message().content()).contains("echo: " + prompt);
    }

    @Test
    void personalDataTheModelLeaksIsRecordedAsOutputFindings() {
        HttpResponseFor<ChatCompletion> response = client.chat().completions().withRawResponse().create(
                ChatCompletionCreateParams.builder().model("sim-leak").addUserMessage("Chi altro posso contattare?").build());
        assertThat(response.parse().choices().get(0).message().content()).contains(BackendSimulator.LEAK);
        String completionEvent = new RegisterRows(dataSource, null).ofRequest(requestIdOf(response)).stream()
                .filter(row -> row.type().equals("REQUEST_COMPLETION")).findFirst().orElseThrow().canonical();
        assertThat(completionEvent).contains("\"output_findings.EMAIL_ADDRESS\":1", "\"output_findings.IBAN_CODE\":1");
    }

    @Test
    void aStreamIsNotHeldForLeaksByDefault() {
        StringBuilder content = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("sim-leak").addUserMessage("Chi altro posso contattare?").build())) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().content().ifPresent(content::append)));
        }
        // counted as output findings, not rewritten: dogana.pii.output.screen-streams is off (StreamScreeningTest)
        assertThat(content.toString()).isEqualTo(BackendSimulator.STREAMED_LEAK);
    }

    @Test
    void presidioAnalyzerAndAnonymizerShapes() {
        String text = "Scrivi a " + EMAIL + " oppure chiama il " + PHONE;
        given().header("Authorization", "Bearer " + Gateway.callerKey()).contentType("application/json")
                .body(new JsonObject().put("text", text).put("language", "it").encode())
                .post(Gateway.baseUrl() + "/v1/pii/analyze")
                .then().statusCode(200)
                .body("entity_type", hasItems("EMAIL_ADDRESS", "PHONE_NUMBER"))
                .body("find { it.entity_type == 'EMAIL_ADDRESS' }.start", equalTo(9))
                .body("find { it.entity_type == 'EMAIL_ADDRESS' }.end", equalTo(9 + EMAIL.length()));

        given().header("Authorization", "Bearer " + Gateway.callerKey()).contentType("application/json")
                .body(new JsonObject().put("text", text).put("language", "it")
                        .put("anonymizers", new JsonObject()
                                .put("DEFAULT", new JsonObject().put("type", "replace").put("new_value", "<X>"))
                                .put("PHONE_NUMBER", new JsonObject().put("type", "mask").put("masking_char", "#")
                                        .put("chars_to_mask", 8).put("from_end", true)))
                        .encode())
                .post(Gateway.baseUrl() + "/v1/pii/anonymize")
                .then().statusCode(200)
                .body("text", equalTo("Scrivi a <X> oppure chiama il +39 347 ########"))
                .body("items.operator", hasItems("replace", "mask"));

        given().header("Authorization", "Bearer " + Gateway.callerKey()).contentType("application/json")
                .body(new JsonObject().put("text", text).put("language", "xx").encode())
                .post(Gateway.baseUrl() + "/v1/pii/analyze")
                .then().statusCode(400).body("error.param", equalTo("language"));
        given().header("Authorization", "Bearer " + Gateway.callerKey()).contentType("application/json")
                .body("{\"text\": 42, \"language\": \"it\"}")
                .post(Gateway.baseUrl() + "/v1/pii/analyze")
                .then().statusCode(400).body("error.param", equalTo("text"));
        given().contentType("application/json").body(new JsonObject().put("text", text).put("language", "it").encode())
                .post(Gateway.baseUrl() + "/v1/pii/analyze")
                .then().statusCode(401);
    }

    private static String requestIdOf(HttpResponseFor<?> response) {
        List<String> ids = response.headers().values("X-Dogana-Request-Id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
