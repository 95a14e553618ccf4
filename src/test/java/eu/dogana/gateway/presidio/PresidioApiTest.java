package eu.dogana.gateway.presidio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.pii.PatternDetector;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.transform.KeyedHash;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The analyzer and anonymizer contracts, without the gateway: what is reported, and what is refused with which param. */
class PresidioApiTest {

    private static final String TEXT = "Write to info@acme.eu or to mario.rossi@acme.eu";

    private final PresidioBodyReader reader = new PresidioBodyReader(JsonMapper.builder().build());
    private final PresidioApi api = new PresidioApi(new PiiScanner(List.of(PatternDetector.emails(0.9))));
    private final KeyedHash tenantHash = new KeyedHash("test-key-of-tenant-acme".getBytes(StandardCharsets.UTF_8));

    @Test
    void analyzeReportsFindingsInCodePoints() {
        List<Map<String, Object>> results = analyze("{\"text\":\"\uD83D\uDE00 info@acme.eu\",\"language\":\"en\"}");
        assertThat(results).hasSize(1);
        assertThat(results.getFirst()).containsEntry("entity_type", "EMAIL_ADDRESS").containsEntry("start", 2)
                .containsEntry("end", 14);
    }

    @Test
    void allowListExactDropsOnlyTheValuesListed() {
        assertThat(analyze(analyzeBody(",\"allow_list\":[\"info@acme.eu\"]"))).extracting(r -> r.get("start"))
                .containsExactly(28);
        // exact is case-sensitive, as Presidio's
        assertThat(analyze(analyzeBody(",\"allow_list\":[\"INFO@acme.eu\"],\"allow_list_match\":\"exact\""))).hasSize(2);
        assertThat(analyze(analyzeBody(",\"allow_list\":[]"))).hasSize(2);
    }

    @Test
    void allowListRegexDropsValuesAPatternIsFoundIn() {
        assertThat(analyze(analyzeBody(",\"allow_list\":[\"^INFO@\"],\"allow_list_match\":\"regex\"")))
                .extracting(r -> r.get("start")).containsExactly(28);
        assertThat(analyze(analyzeBody(",\"allow_list\":[\"acme\\\\.eu$\"],\"allow_list_match\":\"regex\""))).isEmpty();
        assertThat(analyze(analyzeBody(",\"allow_list\":[\"acme\\\\.com\"],\"allow_list_match\":\"regex\""))).hasSize(2);
    }

    @Test
    void allowListMistakesAreNamed() {
        assertRefused(() -> analyze(analyzeBody(",\"allow_list\":[\"x\"],\"allow_list_match\":\"fuzzy\"")),
                "allow_list_match");
        assertRefused(() -> analyze(analyzeBody(",\"allow_list_match\":\"Regex\"")), "allow_list_match");
        assertRefused(() -> analyze(analyzeBody(",\"allow_list\":[\"ok\",null]")), "allow_list[1]");
        assertRefused(() -> analyze(analyzeBody(",\"allow_list\":[\"(unclosed\"],\"allow_list_match\":\"regex\"")),
                "allow_list[0]");
        GatewayException lookahead = assertRefused(() -> analyze(analyzeBody(
                ",\"allow_list\":[\"ok\",\"info(?=@)\"],\"allow_list_match\":\"regex\"")), "allow_list[1]");
        assertThat(lookahead.getMessage()).contains("RE2");
    }

    @Test
    void analyzeRefusesWhatItCannotHonour() {
        assertRefused(() -> analyze("{\"language\":\"en\"}"), "text");
        assertRefused(() -> analyze("{\"text\":null,\"language\":\"en\"}"), "text");
        assertRefused(() -> analyze("{\"text\":\"x\"}"), "language");
        assertRefused(() -> analyze("{\"text\":\"x\",\"language\":\"xx\"}"), "language");
        assertRefused(() -> analyze("{\"text\":\"x\",\"language\":\"\"}"), "language");
        assertRefused(() -> analyze(analyzeBody(",\"entities\":[null]")), "entities[0]");
        assertRefused(() -> analyze(analyzeBody(",\"entities\":[\"EMAIL_ADDRESS\",\"EMAIL\"]")), "entities[1]");
        assertRefused(() -> analyze(analyzeBody(",\"score_threshold\":1.5")), "score_threshold");
        assertRefused(() -> analyze(analyzeBody(",\"score_threshold\":-0.1")), "score_threshold");
        assertRefused(() -> analyze(analyzeBody(",\"ad_hoc_recognizers\":[{\"name\":\"x\"}]")), "ad_hoc_recognizers");
    }

    @Test
    void anonymizeChecksLanguageAndThresholdEvenWithAnalyzerResults() {
        assertRefused(() -> anonymize("{\"text\":\"x\",\"language\":\"xx\"}"), "language");
        assertRefused(() -> anonymize("{\"text\":\"x\",\"score_threshold\":2}"), "score_threshold");
        assertRefused(() -> anonymize("{\"text\":\"abc\",\"language\":\"xx\",\"analyzer_results\":"
                + "[{\"entity_type\":\"PERSON\",\"start\":0,\"end\":1}]}"), "language");
    }

    @Test
    void analyzerResultsMustLieInTheText() {
        // "😀ab" is three code points (four UTF-16 chars): offsets 0..3 are in the text, 4 is not
        String text = "\uD83D\uDE00ab";
        assertThat(anonymize(results(text, "\"start\":1,\"end\":3"))).containsEntry("text", "\uD83D\uDE00<PERSON>");
        assertRefused(() -> anonymize(results(text, "\"start\":-1,\"end\":2")), "analyzer_results[0].start");
        assertRefused(() -> anonymize(results(text, "\"start\":4,\"end\":4")), "analyzer_results[0].start");
        assertRefused(() -> anonymize(results(text, "\"start\":1,\"end\":4")), "analyzer_results[0].end");
        assertRefused(() -> anonymize(results(text, "\"start\":2,\"end\":1")), "analyzer_results[0].end");
        assertRefused(() -> anonymize(results(text, "\"start\":1,\"end\":1")), "analyzer_results[0].end");
        assertRefused(() -> anonymize(results(text, "\"end\":1")), "analyzer_results[0].start");
        assertRefused(() -> anonymize(results(text, "\"start\":0,\"end\":1,\"score\":1.01")), "analyzer_results[0].score");
        assertRefused(() -> anonymize("{\"text\":\"ab\",\"analyzer_results\":[{\"start\":0,\"end\":1}]}"),
                "analyzer_results[0].entity_type");
        assertRefused(() -> anonymize("{\"text\":\"ab\",\"analyzer_results\":[{\"entity_type\":\"NAME\",\"start\":0,"
                + "\"end\":1}]}"), "analyzer_results[0].entity_type");
        assertRefused(() -> anonymize("{\"text\":\"ab\",\"analyzer_results\":[null]}"), "analyzer_results[0]");
    }

    @Test
    void operatorsMustBeOnesDoganaRuns() {
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{\"type\":\"encrypt\"}")), "anonymizers.DEFAULT.type");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{}")), "anonymizers.DEFAULT.type");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":null")), "anonymizers.DEFAULT.type");
        assertRefused(() -> anonymize(operators("\"EMAIL\":{\"type\":\"redact\"}")), "anonymizers.EMAIL");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{\"type\":\"hash\",\"hash_type\":\"md5\"}")),
                "anonymizers.DEFAULT.hash_type");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{\"type\":\"mask\"}")), "anonymizers.DEFAULT.chars_to_mask");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{\"type\":\"mask\",\"chars_to_mask\":-1}")),
                "anonymizers.DEFAULT.chars_to_mask");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{\"type\":\"mask\",\"keep_last\":-1}")),
                "anonymizers.DEFAULT.keep_last");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{\"type\":\"mask\",\"chars_to_mask\":2,\"masking_char\":\"##\"}")),
                "anonymizers.DEFAULT.masking_char");
        assertRefused(() -> anonymize(operators("\"DEFAULT\":{\"type\":\"mask\",\"chars_to_mask\":2,\"masking_char\":\"\"}")),
                "anonymizers.DEFAULT.masking_char");
        assertThat(anonymize(operators("\"EMAIL_ADDRESS\":{\"type\":\"mask\",\"chars_to_mask\":4,\"masking_char\":\"#\","
                + "\"from_end\":true}"))).containsEntry("text", "Write to info@acm#### or to mario.rossi@acm####");
    }

    private static String analyzeBody(String more) {
        return "{\"text\":\"" + TEXT + "\",\"language\":\"en\"" + more + "}";
    }

    private static String results(String text, String result) {
        return "{\"text\":\"" + text + "\",\"analyzer_results\":[{\"entity_type\":\"PERSON\"," + result + "}]}";
    }

    private static String operators(String anonymizers) {
        return "{\"text\":\"" + TEXT + "\",\"language\":\"en\",\"anonymizers\":{" + anonymizers + "}}";
    }

    private List<Map<String, Object>> analyze(String body) {
        return api.analyze(reader.read(body.getBytes(StandardCharsets.UTF_8), AnalyzeRequest.class));
    }

    private Map<String, Object> anonymize(String body) {
        return api.anonymize(reader.read(body.getBytes(StandardCharsets.UTF_8), AnonymizeRequest.class), tenantHash);
    }

    private static GatewayException assertRefused(Executable call, String param) {
        GatewayException refused = catchThrowableOfType(GatewayException.class, call::execute);
        assertThat(refused).as("a 400 naming " + param).isNotNull();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid_request");
        assertThat(refused.param()).isEqualTo(Optional.of(param));
        return refused;
    }
}
