package eu.dogana.audit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dogana.audit.ChainedEvent;
import eu.dogana.audit.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventIndexTest {

    private static final Instant T0 = Instant.parse("2025-01-30T10:00:00Z");

    @TempDir
    Path home;

    private final TestEvents events = new TestEvents();
    private EventIndex index;

    @BeforeEach
    void setUp() throws IOException {
        index = EventIndex.open(home);
        // acme: 3 completions on deepseek-v3 (two 200, one 502), 1 intent on qwen; globex: 2 on deepseek-v3.
        completion("gw-1", 0, "acme", "deepseek-v3", 200, Map.of("findings.IBAN_CODE", 2L, "findings.EMAIL_ADDRESS", 1L));
        completion("gw-1", 1, "acme", "deepseek-v3", 200, Map.of("entity_types", "EMAIL_ADDRESS"));
        completion("gw-2", 2, "acme", "deepseek-v3", 502, Map.of("error_code", "backend_error"));
        add(events.append("gw-1", EventType.REQUEST_INTENT, T0.plusSeconds(3), "acme",
                Map.of("model", "qwen-moe", "purpose", "hr", "candidate_regions", "DE,IT", "decision", "allow")));
        completion("gw-2", 4, "globex", "deepseek-v3", 200, Map.of());
        completion("gw-1", 5, "globex", "deepseek-v3", 200, Map.of("findings.IBAN_CODE", 7L));
        index.refresh();
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    @Test
    void theTenantFilterCannotBeWidenedByTheQuery() {
        assertThat(search("*:*", "acme").total()).isEqualTo(4);
        assertThat(search("tenant:globex", "acme").total()).isZero();
        assertThat(search("tenant:globex OR tenant:acme", "acme").total()).isEqualTo(4);
        assertThat(search("*:* -tenant:acme", "acme").total()).isZero();
        assertThat(search("model:deepseek-v3", "globex").events()).extracting(hit -> hit.canonical())
                .allMatch(canonical -> canonical.contains("\"tenant\":\"globex\""));
        assertThat(search("", null).total()).isEqualTo(6);
    }

    @Test
    void keywordsNumbersRangesAndTheDefaultField() {
        assertThat(search("model:deepseek-v3 AND status:200", "acme").total()).isEqualTo(2);
        assertThat(search("model:deepseek-v3 status:200", "acme").total()).as("AND by default").isEqualTo(2);
        assertThat(search("status:[500 TO 599]", "acme").total()).isEqualTo(1);
        assertThat(search("status:{200 TO 502}", "acme").total()).isZero();
        assertThat(search("findings.IBAN_CODE:[2 TO *]", null).total()).isEqualTo(2);
        assertThat(search("entity:EMAIL_ADDRESS", "acme").total()).isEqualTo(2);
        assertThat(search("candidate_regions:IT", "acme").total()).isEqualTo(1);
        assertThat(search("qwen-moe", "acme").total()).as("bare term searches every keyword").isEqualTo(1);
        assertThat(search("model:deep*", "acme").total()).isEqualTo(3);
        assertThat(search("type:REQUEST_INTENT OR error_code:backend_error", "acme").total()).isEqualTo(2);
        assertThat(search("node:gw-2", null).total()).isEqualTo(2);
        assertThat(search("seq:[2 TO 3]", "acme").total()).isEqualTo(2);
        assertThat(search("time:[2025-01-30T10:00:02Z TO *]", null).total()).isEqualTo(4);
    }

    @Test
    void newestFirstWithTheTotalBeyondTheLimit() {
        SearchResult result = index(new EventQuery("", Optional.of("acme"), Optional.empty(), Optional.empty(), 2));
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.events()).extracting(SearchResult.Hit::node, SearchResult.Hit::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gw-1", 3L), org.assertj.core.groups.Tuple.tuple("gw-2", 1L));
        ChainedEvent newest = events.all().stream().filter(event -> event.node().equals("gw-1") && event.seq() == 3).findFirst().orElseThrow();
        assertThat(result.events().getFirst().eventHash()).isEqualTo(newest.eventHash());
        assertThat(result.events().getFirst().canonical()).isEqualTo(newest.canonical());
    }

    @Test
    void facetsCountEveryMatch() {
        SearchResult result = index(new EventQuery("", Optional.of("acme"), Optional.empty(), Optional.empty(), 0));
        assertThat(result.events()).isEmpty();
        assertThat(result.facets().get("model")).containsExactly(Map.entry("deepseek-v3", 3L), Map.entry("qwen-moe", 1L));
        assertThat(result.facets().get("status")).containsExactly(Map.entry("200", 2L), Map.entry("502", 1L));
        assertThat(result.facets().get("type")).containsExactly(Map.entry("REQUEST_COMPLETION", 3L), Map.entry("REQUEST_INTENT", 1L));
        assertThat(result.facets().get("entity")).containsOnly(Map.entry("EMAIL_ADDRESS", 2L), Map.entry("IBAN_CODE", 1L));
        assertThat(result.facets().get("purpose")).containsExactly(Map.entry("hr", 1L));
        assertThat(search("status:200", null).facets().get("model")).containsExactly(Map.entry("deepseek-v3", 4L));
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        SearchResult window = index(new EventQuery("", Optional.empty(), Optional.of(T0.plusSeconds(1)),
                Optional.of(T0.plusSeconds(4)), 100));
        assertThat(window.total()).isEqualTo(3);
        assertThat(index(new EventQuery("", Optional.empty(), Optional.of(T0.plusSeconds(5)), Optional.empty(), 100)).total())
                .isEqualTo(1);
    }

    @Test
    void badQueriesAreRefusedWithTheParameterAtFault() {
        assertThatThrownBy(() -> search("model:(deepseek", "acme")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("cannot be parsed").extracting("param").isEqualTo("q");
        assertThatThrownBy(() -> search("modle:deepseek-v3", "acme")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Unknown field 'modle'");
        assertThatThrownBy(() -> search("status:ok", "acme")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> search("time:[yesterday TO *]", "acme")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> search("*eek", "acme")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> new EventQuery("", Optional.empty(), Optional.empty(), Optional.empty(), 1001))
                .isInstanceOf(InvalidQueryException.class).extracting("param").isEqualTo("limit");
    }

    @Test
    void aRebuildFromTheSourceEqualsTheLiveIndex() throws IOException {
        List<String> queries = List.of("", "model:deepseek-v3 AND status:200", "entity:IBAN_CODE", "status:[500 TO 599]",
                "type:REQUEST_INTENT", "qwen-moe");
        List<SearchResult> live = queries.stream().map(query -> search(query, null)).toList();

        EventIndex.Rebuilt rebuilt = index.rebuild(events);

        assertThat(rebuilt.events()).isEqualTo(6);
        assertThat(rebuilt.perNode()).containsOnly(Map.entry("gw-1", 4L), Map.entry("gw-2", 2L));
        assertThat(queries.stream().map(query -> search(query, null)).toList()).isEqualTo(live);
        assertThat(index.heads()).isEqualTo(events.heads());
        try (Stream<Path> generations = Files.list(home)) {
            assertThat(generations.filter(Files::isDirectory).count()).as("the old generation is gone").isEqualTo(1);
        }
    }

    @Test
    void onlyTheNextEventOfANodeIsAddedLive() throws IOException {
        ChainedEvent skipped = events.append("gw-2", EventType.REQUEST_INTENT, T0, "acme", Map.of());
        ChainedEvent next = events.append("gw-2", EventType.REQUEST_INTENT, T0, "acme", Map.of());
        assertThat(index.add(next)).isEqualTo(EventIndex.Added.GAP);
        assertThat(index.add(skipped)).isEqualTo(EventIndex.Added.ADDED);
        assertThat(index.add(skipped)).isEqualTo(EventIndex.Added.ALREADY_INDEXED);
        assertThat(index.add(next)).isEqualTo(EventIndex.Added.ADDED);
        assertThat(index.heads().get("gw-2").seq()).isEqualTo(4);
    }

    @Test
    void committedHeadsSurviveAReopenAndAnUnreadableIndexStartsEmpty() throws IOException {
        index.commit();
        index.close();
        index = EventIndex.open(home);
        assertThat(index.heads()).isEqualTo(events.heads());
        assertThat(search("", null).total()).isEqualTo(6);
        index.close();

        Path generation = home.resolve(Files.readString(home.resolve(EventIndex.CURRENT)).strip());
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        index = EventIndex.open(home);
        assertThat(index.heads()).isEmpty();
        index.refresh();
        assertThat(search("", null).total()).isZero();
        assertThat(index.usable()).isTrue();
    }

    private void completion(String node, int second, String tenant, String model, int status, Map<String, Object> extra) throws IOException {
        Map<String, Object> attributes = new java.util.HashMap<>(extra);
        attributes.put("model", model);
        attributes.put("status", status);
        attributes.put("backend", "vllm-" + node);
        attributes.put("latency_ms", 120L + second);
        add(events.append(node, EventType.REQUEST_COMPLETION, T0.plusSeconds(second), tenant, attributes));
    }

    private void add(ChainedEvent event) throws IOException {
        assertThat(index.add(event)).isEqualTo(EventIndex.Added.ADDED);
    }

    private SearchResult search(String text, String tenant) {
        return index(new EventQuery(text, Optional.ofNullable(tenant), Optional.empty(), Optional.empty(), 100));
    }

    private SearchResult index(EventQuery query) {
        return new EventSearch(index).search(query);
    }
}
