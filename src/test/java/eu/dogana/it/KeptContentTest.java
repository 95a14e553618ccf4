package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import eu.dogana.audit.EventLookup;
import eu.dogana.audit.retention.RetentionJob;
import eu.dogana.audit.retention.RetentionReport;
import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import eu.dogana.it.support.TamperChecks;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Content kept by a purpose that says so ({@code keep_content: prompt_and_answer}, purpose {@code claims_handling} of
 * the test bundle), through the OpenAI SDK: the DPO reads back exactly what was sent and answered, streamed or not;
 * erasing a person crypto-shreds every request that mentioned them and nothing else, the register still verifies;
 * the retention job deletes what outlived its purpose and says so in the register; other purposes keep nothing.
 */
@QuarkusTest
class KeptContentTest {

    static final String KEEPING = "claims_handling";
    static final String EMAIL = "Lucia.Ferri@Example.org";
    static final String IBAN = "IT60 X054 2811 1010 0000 0123 456";
    static final String ABOUT_LUCIA = "Please write to " + EMAIL + " about the refund to IBAN " + IBAN + ".";
    static final String ABOUT_MARCO = "Claim 4471: call back marco.bianchi@example.com tomorrow.";
    static final String ABOUT_NOBODY = "What is the deductible of a standard household policy?";

    private final ObjectMapper json = new ObjectMapper();
    private final BackendSimulator simulator = BackendSimulator.shared();

    @Inject
    @Storage
    AgroalDataSource dataSource;

    @Inject
    RetentionJob retention;

    @Inject
    EventLookup events;

    @Test
    void keptContentIsReadableUntilErasureOrRetentionDestroysIt() throws Exception {
        String tenant = "kept-" + System.nanoTime();
        OpenAIClient caller = Gateway.openAi(Gateway.issueKey(Map.of("name", "claims clerk", "tenant", tenant,
                "roles", List.of("caller"))));
        String dpo = Gateway.issueKey(Map.of("name", "dpo", "tenant", tenant, "roles", List.of("dpo")));
        String otherDpo = Gateway.issueKey(Map.of("name", "other dpo", "tenant", tenant + "-other", "roles", List.of("dpo")));
        String auditor = Gateway.issueKey(Map.of("name", "auditor", "tenant", tenant, "roles", List.of("auditor")));

        HttpResponseFor<ChatCompletion> lucia = caller.chat().completions().withRawResponse().create(ask(ABOUT_LUCIA));
        String luciaId = requestIdOf(lucia);
        String luciaAnswer = lucia.parse().choices().get(0).message().content().orElseThrow();
        String marcoId;
        StringBuilder marcoAnswer = new StringBuilder();
        HttpResponseFor<StreamResponse<ChatCompletionChunk>> marco = caller.chat().completions().withRawResponse()
                .createStreaming(ask(ABOUT_MARCO).toBuilder().model("sim-echo").build());
        marcoId = requestIdOf(marco);
        try (StreamResponse<ChatCompletionChunk> stream = marco.parse()) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(choice ->
                    choice.delta().content().ifPresent(marcoAnswer::append)));
        }
        String nobodyId = requestIdOf(caller.chat().completions().withRawResponse().create(ask(ABOUT_NOBODY)));
        String notKeptId = requestIdOf(caller.chat().completions().withRawResponse().create(ask(ABOUT_LUCIA).toBuilder()
                .putAdditionalHeader("X-Dogana-Purpose", "customer_support").build()));

        // the prompt is kept as the caller sent it, not as the backend got it (pseudonymised)
        JsonPath kept = content(dpo, luciaId, 200);
        assertThat(kept.getList("items.part")).containsExactly("prompt", "answer");
        JsonNode prompt = json.readTree(kept.getString("items[0].content"));
        assertThat(prompt.at("/messages/0/content").asText()).isEqualTo(ABOUT_LUCIA);
        assertThat(prompt.at("/model").asText()).isEqualTo("sim-chat");
        assertThat(simulator.received(luciaId).encode()).doesNotContain("Lucia.Ferri").contains("EMAIL_ADDRESS_1");
        assertThat(json.readTree(kept.getString("items[1].content")).at("/choices/0/message/content").asText())
                .isEqualTo(luciaAnswer).contains(EMAIL);
        assertThat(kept.getList("items.matches_register", Boolean.class)).containsExactly(true, true);
        assertThat(kept.getList("items.readable", Boolean.class)).containsExactly(true, true);
        assertThat(kept.getString("items[0].register_hash")).hasSize(64).isEqualTo(kept.getString("items[0].content_hash"));
        // the chained events carry the hashes and nothing of the content
        List<EventLookup.StoredEvent> luciaEvents = events.ofRequests(tenant, List.of(luciaId));
        String chained = String.join("\n", luciaEvents.stream().map(EventLookup.StoredEvent::canonical).toList());
        assertThat(chained).contains(kept.getString("items[0].content_hash"), kept.getString("items[1].content_hash"),
                "\"content_kept\":\"prompt_and_answer\"").doesNotContain("Lucia", "IT60", "refund");
        assertThat(luciaEvents).extracting(EventLookup.StoredEvent::type).contains("CONTENT_READ");

        // a stream is kept as relayed: its events add up to what the caller read
        JsonPath streamed = content(dpo, marcoId, 200);
        assertThat(streamed.getString("items[1].media_type")).isEqualTo("text/event-stream");
        assertThat(streamed.getString("items[1].content")).endsWith("data: [DONE]\n\n");
        assertThat(streamedText(streamed.getString("items[1].content"))).isEqualTo(marcoAnswer.toString())
                .contains("marco.bianchi@example.com");
        assertThat(content(dpo, nobodyId, 200).getList("items.part")).containsExactly("prompt", "answer");

        // only a DPO of the tenant reads it
        content(otherDpo, luciaId, 404);
        content(auditor, luciaId, 403);
        // a purpose without keep_content keeps nothing
        content(dpo, notKeptId, 404);
        assertThat(rows("SELECT count(*) FROM content_item WHERE request_id = ?", notKeptId)).isZero();
        assertThat(rows("SELECT count(*) FROM content_key WHERE request_id = ?", notKeptId)).isZero();

        // erasing Lucia (by her IBAN, however written) destroys her request's keys and content, and only that
        int luciaShares = rows("SELECT count(*) FROM content_key WHERE request_id = ?", luciaId);
        assertThat(luciaShares).isGreaterThanOrEqualTo(2); // her e-mail and her IBAN: one share each
        JsonPath erased = given().auth().oauth2(dpo).contentType(ContentType.JSON)
                .body(Map.of("identifier", "it60x0542811101000000123456"))
                .post(Gateway.baseUrl() + "/subjects/erase").then().statusCode(200).extract().jsonPath();
        assertThat(erased.getInt("content_items_destroyed")).isEqualTo(2);
        assertThat(erased.getInt("content_keys_destroyed")).isEqualTo(luciaShares);
        content(dpo, luciaId, 404);
        assertThat(rows("SELECT count(*) FROM content_item WHERE request_id = ?", luciaId)).isZero();
        assertThat(rows("SELECT count(*) FROM content_key WHERE request_id = ?", luciaId)).isZero();
        JsonNode erasure = lastEvent(tenant, "", "SUBJECT_ERASED").path("attributes");
        assertThat(erasure.path("content_items_destroyed").asInt()).isEqualTo(2);
        assertThat(erasure.path("content_keys_destroyed").asInt()).isEqualTo(luciaShares);
        assertThat(erasure.toString()).doesNotContain("IT60", "it60");
        TamperChecks.verifyIntact();
        assertThat(content(dpo, marcoId, 200).getString("items[0].content")).contains(ABOUT_MARCO);
        assertThat(content(dpo, nobodyId, 200).getList("items.readable", Boolean.class)).containsExactly(true, true);

        // destroying one subject's share alone (as erasure does first) already makes the content unreadable
        execute("DELETE FROM content_key WHERE request_id = ?", marcoId);
        JsonPath shredded = content(dpo, marcoId, 200);
        assertThat(shredded.getList("items.readable", Boolean.class)).containsExactly(false, false);
        assertThat(shredded.getList("items.content")).containsOnlyNulls();
        assertThat(shredded.getList("items.matches_register", Boolean.class)).containsExactly(true, true);

        // retention: nothing is due a day from now; 31 days from now the 30-day purpose's content is gone
        Instant now = Instant.now();
        retention.apply(now.plus(Duration.ofDays(1)));
        content(dpo, nobodyId, 200);
        RetentionReport report = retention.apply(now.plus(Duration.ofDays(31)));
        assertThat(report.deleted("content_item")).isGreaterThanOrEqualTo(4); // marco's and nobody's, at least
        assertThat(report.deleted("content_key")).isGreaterThanOrEqualTo(1);
        assertThat(report.deletedByPurpose().get(KEEPING)).isGreaterThanOrEqualTo(5);
        content(dpo, nobodyId, 404);
        content(dpo, marcoId, 404);
        JsonNode applied = lastEvent("system", "", "RETENTION_APPLIED").path("attributes");
        assertThat(applied.path("content_items_deleted").asInt()).isEqualTo(report.deleted("content_item"));
        assertThat(applied.path("content_keys_deleted").asInt()).isEqualTo(report.deleted("content_key"));
        assertThat(applied.path("subject_references_deleted").asInt()).isEqualTo(report.deleted("subject_reference"));
        assertThat(applied.path("deleted." + KEEPING).asInt()).isEqualTo(report.deletedByPurpose().get(KEEPING));
        assertThat(applied.path("as_of").asText()).isEqualTo(now.plus(Duration.ofDays(31)).toString());
        TamperChecks.verifyIntact();
    }

    private static ChatCompletionCreateParams ask(String text) {
        return ChatCompletionCreateParams.builder().model("sim-chat").addUserMessage(text)
                .putAdditionalHeader("X-Dogana-Purpose", KEEPING).build();
    }

    private static JsonPath content(String key, String requestId, int status) {
        return given().auth().oauth2(key).get(Gateway.baseUrl() + "/audit/requests/" + requestId + "/content")
                .then().statusCode(status).extract().jsonPath();
    }

    private String streamedText(String events) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String line : events.split("\n")) {
            if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
                for (JsonNode choice : json.readTree(line.substring(6)).path("choices")) {
                    text.append(choice.at("/delta/content").asText(""));
                }
            }
        }
        return text.toString();
    }

    private JsonNode lastEvent(String tenant, String requestId, String type) throws Exception {
        List<EventLookup.StoredEvent> found = events.ofRequests(tenant, List.of(requestId)).stream()
                .filter(event -> event.type().equals(type)).toList();
        assertThat(found).as(type + " events").isNotEmpty();
        return json.readTree(found.get(found.size() - 1).canonical());
    }

    private int rows(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    private static String requestIdOf(HttpResponseFor<?> response) {
        List<String> ids = response.headers().values("X-Dogana-Request-Id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
