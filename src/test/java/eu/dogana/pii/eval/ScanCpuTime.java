package eu.dogana.pii.eval;

import eu.dogana.pii.scan.DefaultDetectors;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.scan.ScanOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The least CPU time the scan of a 4 KB benchmark prompt takes, over many rounds in one JVM: on a shared, loaded
 * machine the wall clock of {@link PiiScanBenchmark} swings by half, while the best-of CPU time of this thread holds
 * within a few per cent, so it is the number to compare before and after a change (run both, alternately). Not a
 * replacement for the benchmark's percentiles. Run with {@code bench/pii-throughput.sh --cpu}.
 */
public final class ScanCpuTime {

    private static final int ROUNDS = 40;
    private static final int WARM_UP_ROUNDS = 10;
    private static final int SCANS_PER_PROMPT_AND_ROUND = 20;

    private ScanCpuTime() {
    }

    public static void main(String[] args) {
        PiiScanner scanner = new PiiScanner(DefaultDetectors.all());
        ScanOptions options = new ScanOptions(Set.of(), 0.5);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int every : new int[] {3, PiiScanBenchmark.SPARSE_EVERY}) {
            List<String> prompts = PiiScanBenchmark.prompts(every);
            double best = Double.MAX_VALUE;
            long findings = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < SCANS_PER_PROMPT_AND_ROUND; i++) {
                    for (String prompt : prompts) {
                        findings += scanner.scan(prompt, options).size();
                    }
                }
                long micros = (threads.getCurrentThreadCpuTime() - start) / 1000;
                if (round >= WARM_UP_ROUNDS) {
                    best = Math.min(best, (double) micros / SCANS_PER_PROMPT_AND_ROUND / prompts.size());
                }
            }
            System.out.printf(Locale.ROOT, "one labelled sentence in %d: best %.1f us CPU per 4 KB prompt = %.1f MB/s "
                    + "per core (%d findings)%n", every, best, PiiScanBenchmark.PROMPT_BYTES / best, findings);
        }
    }
}
