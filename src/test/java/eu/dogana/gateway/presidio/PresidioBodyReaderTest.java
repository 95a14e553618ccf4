package eu.dogana.gateway.presidio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.dogana.gateway.error.GatewayException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Presidio body is one JSON object of the documented types; anything else is a 400 naming what is wrong. */
class PresidioBodyReaderTest {

    // as Quarkus configures its mapper: unknown properties ignored unless a reader asks otherwise
    private final PresidioBodyReader reader = new PresidioBodyReader(
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

    @Test
    void aBodyThatIsNotOneObjectIsInvalidJson() {
        for (String body : List.of("null", "[]", "[{\"text\":\"x\"}]", "42", "\"text\"", "true", "", "  \n")) {
            GatewayException refused = refusedAnalyze(body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.code()).as(body).isEqualTo("invalid_json");
            assertThat(refused.type()).as(body).isEqualTo("invalid_request_error");
        }
        assertThat(refusedAnalyze("").getMessage()).contains("empty");
        assertThat(refusedAnalyze("null").getMessage()).contains("must be a JSON object");
    }

    @Test
    void malformedJsonAndTrailingTokensAreInvalidJson() {
        GatewayException truncated = refusedAnalyze("{\"text\":\"Mario\",\"langu");
        assertThat(truncated.code()).isEqualTo("invalid_json");
        assertThat(truncated.getMessage()).contains("line 1");
        assertThat(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\"} {}").code()).isEqualTo("invalid_json");
        assertThat(refusedAnalyze("{\"text\":\"x\",}").code()).isEqualTo("invalid_json");
    }

    @Test
    void invalidUtf8IsInvalidJson() {
        byte[] prefix = "{\"language\":\"en\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28; // not a continuation byte
        body[prefix.length + 2] = '"';
        body[prefix.length + 3] = '}';
        GatewayException refused = catchThrowableOfType(GatewayException.class,
                () -> reader.read(body, AnalyzeRequest.class));
        assertThat(refused.code()).isEqualTo("invalid_json");
        assertThat(refused.getMessage()).contains("UTF-8");
    }

    @Test
    void textFieldsTakeOnlyStrings() {
        assertParam(refusedAnalyze("{\"text\":42,\"language\":\"en\"}"), "text", "must be a string");
        assertParam(refusedAnalyze("{\"text\":true,\"language\":\"en\"}"), "text", "must be a string");
        assertParam(refusedAnalyze("{\"text\":{\"a\":1},\"language\":\"en\"}"), "text", "must be a string");
        assertParam(refusedAnalyze("{\"text\":[\"x\"],\"language\":\"en\"}"), "text", "must be a string");
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":false}"), "language", "must be a string");
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"entities\":[1]}"), "entities[0]", "must be a string");
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"allow_list\":[\"ok\",2.5]}"), "allow_list[1]",
                "must be a string");
        assertParam(refusedAnonymize("{\"text\":\"x\",\"anonymizers\":{\"DEFAULT\":{\"type\":7}}}"),
                "anonymizers.DEFAULT.type", "must be a string");
    }

    @Test
    void numbersTakeOnlyNumbers() {
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"score_threshold\":\"0.5\"}"), "score_threshold",
                "must be a number");
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"score_threshold\":\"\"}"), "score_threshold",
                "must be a number");
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"score_threshold\":true}"), "score_threshold",
                "must be a number");
        assertParam(refusedAnonymize("{\"text\":\"x\",\"analyzer_results\":[{\"entity_type\":\"PERSON\",\"start\":0,"
                + "\"end\":1,\"score\":\"high\"}]}"), "analyzer_results[0].score", "must be a number");
    }

    @Test
    void integersTakeNoFractionsStringsOrOverflow() {
        assertParam(refusedAnonymize(result("\"start\":1.9,\"end\":3")), "analyzer_results[0].start", "must be an integer");
        assertParam(refusedAnonymize(result("\"start\":1.0,\"end\":3")), "analyzer_results[0].start", "must be an integer");
        assertParam(refusedAnonymize(result("\"start\":\"1\",\"end\":3")), "analyzer_results[0].start", "must be an integer");
        assertParam(refusedAnonymize(result("\"start\":0,\"end\":true")), "analyzer_results[0].end", "must be an integer");
        assertParam(refusedAnonymize(result("\"start\":0,\"end\":99999999999")), "analyzer_results[0].end",
                "an integer between");
        assertParam(refusedAnonymize("{\"text\":\"x\",\"anonymizers\":{\"PHONE_NUMBER\":{\"type\":\"mask\","
                + "\"chars_to_mask\":\"4\"}}}"), "anonymizers.PHONE_NUMBER.chars_to_mask", "must be an integer");
    }

    @Test
    void booleansTakeOnlyBooleans() {
        String mask = "{\"text\":\"x\",\"anonymizers\":{\"DEFAULT\":{\"type\":\"mask\",\"chars_to_mask\":2,\"from_end\":%s}}}";
        assertParam(refusedAnonymize(mask.formatted("\"true\"")), "anonymizers.DEFAULT.from_end", "must be a boolean");
        assertParam(refusedAnonymize(mask.formatted("1")), "anonymizers.DEFAULT.from_end", "must be a boolean");
    }

    @Test
    void containersTakeOnlyTheirShape() {
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"entities\":\"EMAIL_ADDRESS\"}"), "entities",
                "must be an array");
        assertParam(refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"allow_list\":\"ok\"}"), "allow_list",
                "must be an array");
        assertParam(refusedAnonymize("{\"text\":\"x\",\"anonymizers\":\"replace\"}"), "anonymizers", "must be an object");
        assertParam(refusedAnonymize("{\"text\":\"x\",\"anonymizers\":[]}"), "anonymizers", "must be an object");
        assertParam(refusedAnonymize("{\"text\":\"x\",\"analyzer_results\":[\"EMAIL_ADDRESS\"]}"), "analyzer_results[0]",
                "must be an object");
    }

    @Test
    void unknownParametersAreNamedWithTheirPath() {
        GatewayException top = refusedAnalyze("{\"text\":\"x\",\"language\":\"en\",\"regex_flags\":2}");
        assertParam(top, "regex_flags", "Unknown parameter");
        assertParam(refusedAnonymize("{\"text\":\"x\",\"anonymizers\":{\"DEFAULT\":{\"type\":\"encrypt\",\"key\":\"k\"}}}"),
                "anonymizers.DEFAULT.key", "Unknown parameter");
    }

    @Test
    void theAnalyzersAnswerCanBePassedOnToTheAnonymizerAsItIs() {
        AnonymizeRequest request = reader.read(("{\"text\":\"Mario\",\"analyzer_results\":[{\"entity_type\":\"PERSON\","
                + "\"start\":0,\"end\":5,\"score\":0.85,\"analysis_explanation\":null,"
                + "\"recognition_metadata\":{\"recognizer_name\":\"names\"}}]}").getBytes(StandardCharsets.UTF_8),
                AnonymizeRequest.class);
        assertThat(request.analyzerResults()).containsExactly(new AnonymizeRequest.Result("PERSON", 0, 5, 0.85));
    }

    @Test
    void wellTypedBodiesAreRead() {
        AnalyzeRequest request = reader.read(("{\"text\":\"x\",\"language\":\"en\",\"score_threshold\":1,"
                + "\"entities\":[\"EMAIL_ADDRESS\"],\"allow_list\":[\"a\"],\"allow_list_match\":\"exact\","
                + "\"correlation_id\":\"c1\"}").getBytes(StandardCharsets.UTF_8), AnalyzeRequest.class);
        assertThat(request.scoreThreshold()).isEqualTo(1.0);
        assertThat(request.entities()).containsExactly("EMAIL_ADDRESS");
        assertThat(request.allowList()).containsExactly("a");
        assertThat(request.allowListMatch()).isEqualTo("exact");
    }

    private static String result(String offsets) {
        return "{\"text\":\"Mario Rossi\",\"analyzer_results\":[{\"entity_type\":\"PERSON\"," + offsets + "}]}";
    }

    private GatewayException refusedAnalyze(String body) {
        return refused(body, AnalyzeRequest.class);
    }

    private GatewayException refusedAnonymize(String body) {
        return refused(body, AnonymizeRequest.class);
    }

    private GatewayException refused(String body, Class<?> type) {
        GatewayException refused = catchThrowableOfType(GatewayException.class,
                () -> reader.read(body.getBytes(StandardCharsets.UTF_8), type));
        assertThat(refused).as("refused: " + body).isNotNull();
        return refused;
    }

    private static void assertParam(GatewayException refused, String param, String message) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid_request");
        assertThat(refused.param()).isEqualTo(Optional.of(param));
        assertThat(refused.getMessage()).contains(message);
    }
}
