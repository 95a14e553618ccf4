package eu.dogana.pii.eval;

import eu.dogana.pii.Detector;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.scan.DefaultDetectors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes every finding of every shipped detector, each on its own (before overlaps are resolved), over the labelled
 * corpus and thousands of its sentences glued together with awkward joints ("+", "(", "_", "0", no space …), one
 * line per finding: {@code text# detector type start end score}.
 *
 * <p>For speed work: a change meant to make detection faster, not different, must leave this file unchanged. Run it
 * before and after and compare ({@code bench/pii-throughput.sh --outputs before.txt}, then {@code diff}). The
 * accuracy floors ({@link PiiAccuracyTest}) catch changes that hurt; this catches every change.
 */
public final class DetectorOutputs {

    private static final String[] JOINTS = {"", "+", "(", "_", "-", ".", ":", "a", "0", "+(", "@", " 00", "/"};

    private DetectorOutputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DetectorOutputs <output file>");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        for (LabelledText labelled : Corpus.load(40, 11)) {
            texts.add(labelled.text());
        }
        int sentences = texts.size();
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            texts.add(texts.get(random.nextInt(sentences)) + JOINTS[random.nextInt(JOINTS.length)]
                    + texts.get(random.nextInt(sentences)));
        }
        List<Detector> detectors = DefaultDetectors.all();
        long findings = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int t = 0; t < texts.size(); t++) {
                for (Detector detector : detectors) {
                    List<Finding> found = new ArrayList<>();
                    detector.detect(new ScanText(texts.get(t)), found::add);
                    for (Finding f : found) {
                        out.printf(Locale.ROOT, "%d %s %s %d %d %.3f%n", t, detector.id(), f.type(), f.start(), f.end(),
                                f.score());
                        findings++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d findings on %d texts written to %s%n", findings, texts.size(), args[0]);
    }
}
