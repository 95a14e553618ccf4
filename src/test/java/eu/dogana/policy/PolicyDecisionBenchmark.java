package eu.dogana.policy;

import eu.dogana.pii.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one policy decision ({@code bench/policy-decision.sh}): the shipped baseline pack plus generated
 * rules up to {@link #RULES} rules, each with a CEL condition, decided for a typical request with findings.
 * Target (issue 4): p99 <= 50 us.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class PolicyDecisionBenchmark {

    public static final int RULES = 50;

    private PolicyBundle bundle;
    private PolicyInput input;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("policy-bench");
        try (Stream<Path> files = Files.list(Path.of("policies"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        LoadResult baseline = new PolicyLoader().load(dir);
        int generated = RULES - baseline.bundle().orElseThrow().rules().size();
        StringBuilder rules = new StringBuilder("rules:\n");
        List<String> types = List.of("EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "PERSON", "IP_ADDRESS");
        for (int i = 0; i < generated; i++) {
            String type = types.get(i % types.size());
            rules.append("  - id: generated-").append(i).append('\n')
                    .append("    when: findings.count['").append(type).append("'] > ").append(i % 4)
                    .append(" && purpose == 'customer_support' && !('hr' in principal.roles)\n")
                    .append("    action: transform\n")
                    .append("    transform: {entities: {").append(type).append(": pseudonymize}}\n")
                    .append("    reason: Generated rule ").append(i).append('\n')
                    .append("    legal_ref: GDPR Art. 25(1)\n");
        }
        Files.writeString(dir.resolve("90-generated.yaml"), rules);
        LoadResult loaded = new PolicyLoader().load(dir);
        if (!loaded.ok()) {
            throw new IllegalStateException("generated bundle does not load: " + loaded.errors());
        }
        bundle = loaded.bundle().orElseThrow();
        input = new PolicyInput("key_1", "acme", Set.of("caller"), "customer_support", "deepseek-v3", List.of("DE", "IT"),
                FindingsSummary.of(Map.of(EntityType.PERSON, 2, EntityType.EMAIL_ADDRESS, 1, EntityType.IBAN_CODE, 1)),
                new RequestFacts(900, true, List.of()), Instant.now());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision decide() {
        return bundle.decide(input);
    }
}
