package eu.dogana.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;

/**
 * The register writer alone, without HTTP, PII or policy: {@code bench/audit.sh --writer}. N virtual threads each
 * append an event and wait for its commit, as request threads do; prints committed events/s and the commit latency
 * (p50/p99) a request waits. Arguments: {@code <jdbc url> <user> <callers> <seconds>}.
 */
public final class RegisterWriterBenchmark {

    private RegisterWriterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int callers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        Flyway.configure().dataSource(url, user, "")
                .locations(postgres ? new String[] {"classpath:db/common", "classpath:db/postgresql"} : new String[] {"classpath:db/common"})
                .load().migrate();
        try (AgroalDataSource dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(4).connectionFactoryConfiguration(factory -> factory
                        .jdbcUrl(url).principal(new NamePrincipal(user)).credential(new SimplePassword("")))))) {
            AuditWriter writer = new AuditWriter(dataSource, new ObjectMapper(), config(), List.of());
            writer.start(null);
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong committed = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                long[] mine = new long[2_000_000];
                latencies.add(mine);
                int caller = c;
                threads.add(Thread.ofVirtual().start(() -> {
                    int n = 0;
                    while (running.get()) {
                        long start = System.nanoTime();
                        writer.appendAndWait(new AuditEvent(EventType.REQUEST_INTENT, Instant.now(), "req_bench_" + caller + "_" + n,
                                "bench", "hmac:0123456789abcdef", Map.of("model", "deepseek-v3", "purpose", "customer_support",
                                        "decision", "allow", "findings.PERSON", 1, "candidate_regions", "DE")));
                        // mine[0] counts the samples that follow it
                        if (measuring.get() && mine[0] < mine.length - 1) {
                            mine[(int) ++mine[0]] = System.nanoTime() - start;
                            committed.incrementAndGet();
                        }
                        n++;
                    }
                }));
            }
            Thread.sleep(5_000); // warm-up
            measuring.set(true);
            long from = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            measuring.set(false);
            double elapsed = (System.nanoTime() - from) / 1e9;
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            writer.stop(null);
            long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) Math.min(l[0] + 1, l.length))).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s, %d callers: %.0f events/s committed, commit wait p50 %.2f ms, p99 %.2f ms%n",
                    postgres ? "postgresql" : "h2", callers, committed.get() / elapsed,
                    all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
        }
    }

    private static AuditConfig config() {
        return new AuditConfig() {
            public Optional<String> nodeId() { return Optional.of("bench"); }
            public int batchSize() { return 512; }
            public int queueCapacity() { return 65536; }
            public Duration commitTimeout() { return Duration.ofSeconds(30); }
            public Duration checkpointInterval() { return Duration.ofMinutes(1); }
            public int checkpointEvents() { return 0; }
            public Duration subjectRetention() { return Duration.ofDays(365); }
            public Duration retentionInterval() { return Duration.ofHours(1); }
            public Optional<String> hmacKey() { return Optional.empty(); }
        };
    }
}
