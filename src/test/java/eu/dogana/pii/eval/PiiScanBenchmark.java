package eu.dogana.pii.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.pseudonym.Restorer;
import eu.dogana.pii.pseudonym.StreamRestorer;
import eu.dogana.pii.scan.DefaultDetectors;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.scan.ScanOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * The cost of the PII stage, run by {@code bench/pii-throughput.sh}: scanning 4 KB prompts of mixed languages with
 * every detector on, against the baseline the gateway pays anyway for the same request (parsing its JSON), and the
 * delay the stream restorer adds to one chunk.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class PiiScanBenchmark {

    /** Prose without personal data, to dilute the labelled sentences as real prompts are. */
    private static final List<String> PROSE = List.of(
            "Please summarise the following conversation and list the open questions in order of urgency. ",
            "Bitte fassen Sie das folgende Gespräch zusammen und nennen Sie die offenen Punkte. ",
            "Riassumi la conversazione seguente ed elenca le domande ancora aperte, per favore. ",
            "Résume la conversation suivante et liste les questions encore ouvertes, s'il te plaît. ",
            "Resume la conversación siguiente y enumera las preguntas pendientes, por favor. ",
            "Vat het volgende gesprek samen en noem de openstaande vragen op volgorde van urgentie. ",
            "Podsumuj poniższą rozmowę i wypisz otwarte pytania według pilności. ",
            "Resuma a conversa seguinte e liste as perguntas em aberto por ordem de urgência. ");

    public static final int PROMPT_BYTES = 4096;
    /** For {@link #scan4kSparse}: one labelled sentence in this many, closer to an everyday prompt. */
    static final int SPARSE_EVERY = 12;

    private PiiScanner scanner;
    private final ScanOptions options = new ScanOptions(Set.of(), 0.5);
    private final ObjectMapper json = new ObjectMapper();
    private List<String> prompts;
    private List<String> sparsePrompts;
    private List<byte[]> bodies;
    private int next;

    private PseudonymVault vault;
    private StreamRestorer restorer;
    private final String[] pieces = {"The ", "cust", "omer", " PER", "SON_", "3 as", "ked ", "abou", "t IB", "AN_C",
            "ODE_", "1 to", "day."};
    private int piece;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        scanner = new PiiScanner(DefaultDetectors.all());
        prompts = prompts();
        sparsePrompts = prompts(SPARSE_EVERY);
        bodies = new ArrayList<>();
        for (String text : prompts) {
            bodies.add(json.writeValueAsBytes(Map.of("model", "m", "messages",
                    List.of(Map.of("role", "user", "content", text)))));
        }
        vault = new PseudonymVault();
        for (int i = 1; i <= 10; i++) {
            vault.placeholderFor(EntityType.PERSON, "Person " + i);
        }
        vault.placeholderFor(EntityType.IBAN_CODE, "DE89370400440532013000");
        restorer = new Restorer(vault).stream();
    }

    /** The 64 prompts of at least {@value #PROMPT_BYTES} bytes: roughly one labelled sentence in three, the rest prose. */
    static List<String> prompts() {
        return prompts(3);
    }

    /**
     * 64 prompts of at least {@value #PROMPT_BYTES} bytes, one labelled sentence (each holds personal data) in every
     * {@code every} sentences, the rest prose.
     */
    static List<String> prompts(int every) {
        List<LabelledText> corpus = Corpus.load(5, 7);
        List<String> prompts = new ArrayList<>();
        StringBuilder prompt = new StringBuilder();
        int sentence = 0;
        for (int i = 0; prompts.size() < 64; i++) {
            prompt.append(i % every == 0 ? corpus.get(sentence++ % corpus.size()).text() + " "
                    : PROSE.get(i % PROSE.size()));
            if (prompt.toString().getBytes(StandardCharsets.UTF_8).length >= PROMPT_BYTES) {
                prompts.add(prompt.toString());
                prompt.setLength(0);
            }
        }
        return prompts;
    }

    /** Sampled, so one run gives both the mean (hence MB/s per core) and the percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int scan4k() {
        return scanner.scan(prompts.get(next++ & 63), options).size();
    }

    /**
     * The same scan over prompts with a quarter of the personal data ({@link #SPARSE_EVERY}): most prompts a gateway
     * sees hold little, and the cost of a scan grows with what it finds. Reported beside, never instead of,
     * {@link #scan4k}.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int scan4kSparse() {
        return scanner.scan(sparsePrompts.get(next++ & 63), options).size();
    }

    /** Baseline: what the gateway already spends on the same request, parsing its JSON body. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public JsonNode parseJson4k() throws Exception {
        return json.readTree(bodies.get(next++ & 63));
    }

    /** One streamed chunk through the placeholder restorer (placeholders split across chunks included). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public String restoreChunk() {
        String out = restorer.push(pieces[piece]);
        piece = (piece + 1) % pieces.length;
        return out;
    }
}
