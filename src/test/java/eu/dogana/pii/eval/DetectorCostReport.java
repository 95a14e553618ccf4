package eu.dogana.pii.eval;

import eu.dogana.pii.Detector;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.scan.DefaultDetectors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which detector costs what inside a scan (one shared {@link ScanText}, as {@code PiiScanner} does) over the prompts
 * of {@link PiiScanBenchmark}, after a warm-up.
 * Not a benchmark of record (that is {@link PiiScanBenchmark}); a guide for where to optimise. Run with
 * {@code bench/pii-throughput.sh --detectors}; an optional argument sets the seconds to run (default 6), e.g. longer under a
 * profiler.
 */
public final class DetectorCostReport {

    private DetectorCostReport() {
    }

    public static void main(String[] args) {
        List<String> texts = PiiScanBenchmark.prompts();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        List<Detector> detectors = DefaultDetectors.all();
        long[] nanos = new long[detectors.size()];
        long segment = 0;
        int rounds = 0;
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 6;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean measure = System.nanoTime() > warmUntil;
            for (String t : texts) {
                long s0 = System.nanoTime();
                ScanText scanText = new ScanText(t); // segments the text
                if (measure) {
                    segment += System.nanoTime() - s0;
                }
                for (int d = 0; d < detectors.size(); d++) {
                    long t0 = System.nanoTime();
                    detectors.get(d).detect(scanText, finding -> { });
                    if (measure) {
                        nanos[d] += System.nanoTime() - t0;
                    }
                }
            }
            if (measure) {
                rounds++;
            }
        }
        long total = segment;
        for (long n : nanos) {
            total += n;
        }
        System.out.printf(Locale.ROOT, "%-28s %8.1f us per 4 KB  %5.1f%%%n", "(word segmentation)",
                segment / 1e3 / rounds / texts.size(), 100.0 * segment / total);
        for (int d = 0; d < detectors.size(); d++) {
            System.out.printf(Locale.ROOT, "%-28s %8.1f us per 4 KB  %5.1f%%%n", detectors.get(d).id(),
                    nanos[d] / 1e3 / rounds / texts.size(), 100.0 * nanos[d] / total);
        }
        System.out.printf(Locale.ROOT, "%-28s %8.1f us per 4 KB = %.1f MB/s%n", "all", total / 1e3 / rounds / texts.size(),
                rounds * bytes / (total / 1e9) / 1e6);
    }
}
