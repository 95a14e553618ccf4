package eu.dogana.pii.eval;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CPU cost of a scan by this tree's classes against another build's ({@code bench/pii-throughput.sh --against
 * DIR}), measured in one JVM: each side is loaded by a class loader of its own, and the two take turns round by round
 * over the same prompts. On a shared machine whose speed drifts by half from one minute to the next, comparing two
 * JVM runs says more about the machine than about the change; rounds taken in turn see the same machine, and the
 * per-round ratio of the pair is what is reported (its median and quartiles), beside each side's best and tenth
 * percentile.
 */
public final class ScanCostComparison {

    private static final int WARM_UP_ROUNDS = 60;
    private static final int SCANS_PER_PROMPT_AND_ROUND = 2;

    private ScanCostComparison() {
    }

    /** A build of the scanner, loaded on its own. */
    private record Side(String name, Object scanner, Object options, MethodHandle scan) {

        static Side load(String name, Path classes, List<URL> dependencies) throws Throwable {
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            urls.addAll(dependencies);
            ClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> scannerClass = loader.loadClass("eu.dogana.pii.scan.PiiScanner");
            Class<?> optionsClass = loader.loadClass("eu.dogana.pii.scan.ScanOptions");
            Object detectors = loader.loadClass("eu.dogana.pii.scan.DefaultDetectors").getMethod("all").invoke(null);
            Object scanner = scannerClass.getConstructor(List.class).newInstance(detectors);
            Object options = optionsClass.getConstructor(Set.class, double.class).newInstance(Set.of(), 0.5);
            MethodHandle scan = lookup.findVirtual(scannerClass, "scan", MethodType.methodType(List.class, String.class, optionsClass))
                    .asType(MethodType.methodType(List.class, Object.class, String.class, Object.class));
            return new Side(name, scanner, options, scan);
        }

        /** Scans every prompt; returns the findings, so that the work cannot be left out. */
        long scanAll(List<String> prompts) throws Throwable {
            long findings = 0;
            for (int i = 0; i < SCANS_PER_PROMPT_AND_ROUND; i++) {
                for (String prompt : prompts) {
                    findings += ((List<?>) scan.invokeExact(scanner, prompt, options)).size();
                }
            }
            return findings;
        }
    }

    /**
     * @param args the other build's classes directory, the dependency class path, and optionally the number of
     *             measured rounds (default 400)
     */
    public static void main(String[] args) throws Throwable {
        List<URL> dependencies = new ArrayList<>();
        for (String entry : args[1].split(java.io.File.pathSeparator)) {
            dependencies.add(url(entry));
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        Path here = Path.of(ScanCostComparison.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Side base = Side.load("base", Path.of(args[0]), dependencies);
        Side change = Side.load("change", here, dependencies);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int every : new int[] {3, PiiScanBenchmark.SPARSE_EVERY}) {
            List<String> prompts = PiiScanBenchmark.prompts(every);
            double[] baseMicros = new double[rounds];
            double[] changeMicros = new double[rounds];
            double[] ratios = new double[rounds];
            long baseFindings = 0;
            long changeFindings = 0;
            for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
                // which side goes first alternates, so neither always runs on the other's warm caches
                boolean baseFirst = (round & 1) == 0;
                double first = 0;
                double second = 0;
                for (int turn = 0; turn < 2; turn++) {
                    Side side = (turn == 0) == baseFirst ? base : change;
                    long start = threads.getCurrentThreadCpuTime();
                    long findings = side.scanAll(prompts);
                    double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0
                            / SCANS_PER_PROMPT_AND_ROUND / prompts.size();
                    if (side == base) {
                        baseFindings += findings;
                        first = micros;
                    } else {
                        changeFindings += findings;
                        second = micros;
                    }
                }
                if (round >= 0) {
                    baseMicros[round] = first;
                    changeMicros[round] = second;
                    ratios[round] = second / first;
                }
            }
            Arrays.sort(baseMicros);
            Arrays.sort(changeMicros);
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "one labelled sentence in %d, %d rounds: base best %.1f p10 %.1f us, change best %.1f "
                            + "p10 %.1f us CPU per 4 KB prompt; change/base per round: median %.3f (quartiles %.3f..%.3f)%s%n",
                    every, rounds, baseMicros[0], baseMicros[rounds / 10], changeMicros[0], changeMicros[rounds / 10],
                    ratios[rounds / 2], ratios[rounds / 4], ratios[rounds * 3 / 4],
                    baseFindings == changeFindings ? "" : "; FINDINGS DIFFER: " + baseFindings + " vs " + changeFindings);
        }
    }

    private static URL url(String entry) throws MalformedURLException {
        return Path.of(entry).toUri().toURL();
    }
}
