package eu.dogana.gateway.presidio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.PatternDetector;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.transform.KeyedHash;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The analyzer and anonymizer contracts, without the gateway: what is reported, and what is refused with which param. */
class PresidioApiTest {

    private static final String TEXT = "Write to info@acme.eu or to mario.rossi@acme.eu";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PresidioBodyReader reader = new PresidioBodyReader(JSON);
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
    void anAllowedFindingNoLongerHidesTheFindingItOverlapped() {
        // the URL scores higher than the e-mail address inside it and wins the overlap: allowing the URL must
        // uncover the address, not drop both
        PatternDetector urls = new PatternDetector(EntityType.URL, Pattern.compile("https://\\S+"), 0.95);
        PresidioApi urlsAndEmails = new PresidioApi(new PiiScanner(List.of(urls, PatternDetector.emails(0.9))));
        String body = "{\"text\":\"See https://example.com/contact?to=info@acme.eu\",\"language\":\"en\"%s}";

        assertThat(analyze(urlsAndEmails, body.formatted(""))).extracting(r -> r.get("entity_type"))
                .containsExactly("URL");
        assertThat(analyze(urlsAndEmails, body.formatted(allowList("regex", "example\\.com"))))
                .extracting(r -> r.get("entity_type"), r -> r.get("start"), r -> r.get("end"))
                .containsExactly(tuple("EMAIL_ADDRESS", 35, 47));
        String url = "https://example.com/contact?to=info@acme.eu";
        assertThat(analyze(urlsAndEmails, body.formatted(allowList("exact", url))))
                .extracting(r -> r.get("entity_type")).containsExactly("EMAIL_ADDRESS");
    }

    @Test
    void regexEntriesKeepTheirOwnAlternativesFlagsAndQuotes() {
        // each entry is one alternative of a single pattern: "|" and inline flags stay inside their entry
        assertThat(analyze(analyzeBody(allowList("regex", "nothing|acme\\.com", "(?-i)INFO@")))).hasSize(2);
        assertThat(analyze(analyzeBody(allowList("regex", "(?-i)zzz", "^INFO@")))).extracting(r -> r.get("start"))
                .containsExactly(28);
        // a quote left open ends with its entry, and does not swallow the next one
        assertThat(analyze(analyzeBody(allowList("regex", "\\Qzzz", "\\Qmario.rossi\\E"))))
                .extracting(r -> r.get("start")).containsExactly(9);
        // in \Qx\\E the quote holds "x\" and ends: inside a quote a backslash escapes nothing
        assertThat(analyze(analyzeBody(allowList("regex", "\\Qx\\\\E", "^info"))))
                .extracting(r -> r.get("start")).containsExactly(28);
    }

    @Test
    void allowListTakesAtMostAThousandEntries() {
        String[] thousand = new String[AllowList.MAX_ENTRIES];
        Arrays.setAll(thousand, i -> "value" + i + "@acme.eu");
        thousand[999] = "info@acme.eu";
        assertThat(analyze(analyzeBody(allowList("exact", thousand)))).hasSize(1);
        assertThat(analyze(analyzeBody(allowList("regex", thousand)))).hasSize(1);

        String[] more = Arrays.copyOf(thousand, AllowList.MAX_ENTRIES + 1);
        more[AllowList.MAX_ENTRIES] = "one too many";
        GatewayException refused = assertRefused(() -> analyze(analyzeBody(allowList("exact", more))), "allow_list");
        assertThat(refused.getMessage()).contains("1001").contains("1000");
    }

    @Test
    void offsetsInABigTextWithSurrogatesAreCodePointsBothWays() {
        // one e-mail address per 15 code points (16 UTF-16 chars): each offset lies behind all the emoji before it
        int count = 50_000;
        String text = "\uD83D\uDE00 mail@acme.eu ".repeat(count);

        List<Map<String, Object>> found = api.analyze(new AnalyzeRequest(text, "en", null, null, null, null, null));

        assertThat(found).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(found.get(i)).containsEntry("start", 15 * i + 2).containsEntry("end", 15 * i + 14);
        }

        // the analyzer's answer passed on: code points in, and the output's offsets in code points again
        List<AnonymizeRequest.Result> results = found.stream().map(r -> new AnonymizeRequest.Result(
                (String) r.get("entity_type"), (Integer) r.get("start"), (Integer) r.get("end"), null)).toList();
        Map<String, Object> anonymized = api.anonymize(new AnonymizeRequest(text, "en", null, results, null),
                tenantHash);

        assertThat(anonymized).containsEntry("text", "\uD83D\uDE00 <EMAIL_ADDRESS> ".repeat(count));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) anonymized.get("items");
        assertThat(items).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(items.get(i)).containsEntry("start", 18 * i + 2).containsEntry("end", 18 * i + 17);
        }
    }

    @Test
    void anonymizeReportsItemsInCodePointsOfTheOutput() {
        Map<String, Object> anonymized = anonymize("{\"text\":\"\uD83D\uDE00\uD83D\uDE00 info@acme.eu \uD83D\uDE00 "
                + "mario.rossi@acme.eu\",\"language\":\"en\"}");
        assertThat(anonymized).containsEntry("text",
                "\uD83D\uDE00\uD83D\uDE00 <EMAIL_ADDRESS> \uD83D\uDE00 <EMAIL_ADDRESS>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) anonymized.get("items");
        assertThat(items).extracting(i -> i.get("start"), i -> i.get("end")).containsExactly(tuple(3, 18), tuple(21, 36));
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

    /** {@code ,"allow_list":[...],"allow_list_match":"mode"}, each entry written as JSON. */
    private static String allowList(String mode, String... entries) {
        try {
            return ",\"allow_list\":" + JSON.writeValueAsString(entries) + ",\"allow_list_match\":\"" + mode + "\"";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> analyze(String body) {
        return analyze(api, body);
    }

    private List<Map<String, Object>> analyze(PresidioApi on, String body) {
        return on.analyze(reader.read(body.getBytes(StandardCharsets.UTF_8), AnalyzeRequest.class));
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
