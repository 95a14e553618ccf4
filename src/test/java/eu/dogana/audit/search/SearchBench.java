package eu.dogana.audit.search;

import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.ChainedEvent;
import eu.dogana.audit.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.lucene.util.IOUtils;

/**
 * Query latency of the register's search at scale, run by {@code bench/audit-search.sh}: indexes N synthetic
 * events (default 1,000,000; 2 nodes, 20 tenants, 30 days) into a temporary index through the same
 * {@link EventIndex#add} the gateway uses, then times typical searches through {@link EventSearch} (tenant filter,
 * newest 100, facets) and prints p50/p99. Not a test: a timed unit test would only measure the machine's load.
 */
public final class SearchBench {

    private static final String[] MODELS = {"deepseek-v3", "deepseek-r1", "qwen-moe", "mixtral-8x7b", "deepseek-v2-lite"};
    private static final String[] BACKENDS = {"vllm-de", "vllm-it", "sglang-fr", "ollama-it"};
    private static final String[] REGIONS = {"DE", "IT", "FR", "IT"};
    private static final String[] PURPOSES = {"customer-support", "hr", "marketing", "fraud-detection", "research"};
    private static final String[] ENTITIES = {"EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER", "PERSON", "IT_FISCAL_CODE"};
    private static final int[] STATUSES = {200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 400, 429, 502};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SPAN_MILLIS = Duration.ofDays(30).toMillis();

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path home = Files.createTempDirectory("dogana-search-bench");
        try (EventIndex index = EventIndex.open(home)) {
            long started = System.nanoTime();
            fill(index, events);
            index.commit();
            index.refresh();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("indexed %,d events in %.1f s (%,.0f events/s), index %,d MB%n", events, seconds,
                    events / seconds, size(home) / (1024 * 1024));

            EventSearch search = new EventSearch(index);
            Instant lastWeek = START.plusMillis(SPAN_MILLIS).minus(Duration.ofDays(7));
            Map<String, EventQuery> queries = new LinkedHashMap<>();
            queries.put("term        model:deepseek-v3 (1 tenant)", query("model:deepseek-v3", "tenant-3", null, 100));
            queries.put("boolean     model AND status range AND purpose", query(
                    "model:deepseek-v3 AND status:[500 TO 599] AND purpose:hr", "tenant-3", null, 100));
            queries.put("range+facet status:200, last 7 days", query("status:200", "tenant-3", lastWeek, 100));
            queries.put("facets only 30 days, limit 0", query("", "tenant-3", null, 0));
            queries.put("admin       entity:IBAN_CODE, all tenants", query("entity:IBAN_CODE", null, null, 100));
            queries.put("wildcard    model:deepseek* (1 tenant)", query("model:deepseek*", "tenant-3", null, 100));
            System.out.printf("%-46s %10s %9s %9s%n", "query", "hits", "p50 ms", "p99 ms");
            for (Map.Entry<String, EventQuery> entry : queries.entrySet()) {
                time(entry.getKey(), search, entry.getValue(), iterations);
            }
        } finally {
            IOUtils.rm(home);
        }
    }

    private static void fill(EventIndex index, int events) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        long[] seqs = new long[2];
        for (int i = 0; i < events; i++) {
            int node = i & 1;
            long seq = ++seqs[node];
            String tenant = "tenant-" + random.nextInt(20);
            int backend = random.nextInt(BACKENDS.length);
            int status = STATUSES[random.nextInt(STATUSES.length)];
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("endpoint", "/v1/chat/completions");
            attributes.put("model", MODELS[random.nextInt(MODELS.length)]);
            attributes.put("purpose", PURPOSES[random.nextInt(PURPOSES.length)]);
            attributes.put("legal_basis", "art6-1-b");
            attributes.put("backend", BACKENDS[backend]);
            attributes.put("region", REGIONS[backend]);
            attributes.put("status", status);
            attributes.put("result", status == 200 ? "ok" : "backend_error");
            attributes.put("decision", random.nextInt(10) == 0 ? "transform" : "allow");
            attributes.put("latency_ms", 50 + random.nextInt(5000));
            attributes.put("total_tokens", random.nextInt(4000));
            if (random.nextInt(4) == 0) {
                attributes.put("findings." + ENTITIES[random.nextInt(ENTITIES.length)], 1 + random.nextInt(3));
            }
            Instant time = START.plusMillis(SPAN_MILLIS * i / events);
            AuditEvent event = new AuditEvent(EventType.REQUEST_COMPLETION, time, "req-" + i, tenant,
                    "hmac:" + Long.toHexString(random.nextLong()), attributes);
            String canonical = "{\"attributes\":" + attributes + ",\"node\":\"gw-" + node + "\",\"seq\":" + seq
                    + ",\"tenant\":\"" + tenant + "\",\"time\":\"" + time + "\"}";
            index.add(new ChainedEvent("gw-" + node, seq, event, canonical, Long.toHexString(i), Long.toHexString(seq)));
        }
    }

    private static EventQuery query(String text, String tenant, Instant from, int limit) {
        return new EventQuery(text, Optional.ofNullable(tenant), Optional.ofNullable(from), Optional.empty(), limit);
    }

    private static void time(String name, EventSearch search, EventQuery query, int iterations) {
        long hits = 0;
        for (int i = 0; i < Math.max(50, iterations / 5); i++) {
            hits = search.search(query).total();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            search.search(query);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("%-46s %,10d %9.2f %9.2f%n", name, hits, nanos[iterations / 2] / 1e6,
                nanos[(int) Math.ceil(iterations * 0.99) - 1] / 1e6);
    }

    private static long size(Path home) throws IOException {
        try (var files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
