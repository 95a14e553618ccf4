package eu.dogana.pii.eval;

import eu.dogana.pii.Detector;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.scan.DefaultDetectors;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.scan.ScanOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes every finding of every shipped detector, each on its own (before overlaps are resolved), over the labelled
 * corpus, thousands of its sentences glued together with awkward joints ("+", "(", "_", "0", no space …) and
 * twenty thousand short texts of tricky pieces glued at random, one line per finding:
 * {@code text# detector type start end score}; then what the scanner keeps of them once overlaps are resolved:
 * {@code text# scan detector type start end score}.
 *
 * <p>For speed work: a change meant to make detection faster, not different, must leave this file unchanged. Run it
 * before and after and compare ({@code bench/pii-throughput.sh --outputs before.txt}, then {@code diff}). The
 * accuracy floors ({@link PiiAccuracyTest}) catch changes that hurt; this catches every change.
 */
public final class DetectorOutputs {

    private static final String[] JOINTS = {"", "+", "(", "_", "-", ".", ":", "a", "0", "+(", "@", " 00", "/"};

    /**
     * Pieces glued at random into short texts: values of every kind in several writings, next to combining marks,
     * emoji, digits and punctuation, where shortcuts over words and characters most easily go wrong.
     */
    private static final String[] PIECES = {"12.03.1980", "3/4/2021", "1980-04-03", "2020-01-01T10:00", "3 marzo 1985",
            "12 de janeiro de 1990", "né le 4 mai 1977", "geboren am 1. Januar 1960", "born on 5th May 1990",
            "DOB: 01/02/1993", "4.5.", "1990", "😀", "e\u0301", "\u0301", " ", " ", " ", ".", ",", "-", "/", ":", "(",
            ")", "+", "=", "\"", "a", "Z", "é", "ß", "0", "7", "42", "RSSMRA85T10A562S", "86095742719",
            "DE89 3704 0044 0532 0130 00", "+39 06 6982 1234", "4111 1111 1111 1111", "192.168.1.1", "2001:db8::1",
            "00:1A:2B:3C:4D:5E", "marie.dupont@example.fr", "https://x.eu/a?b=1", "www.example.org", "IBAN",
            "Geburtsdatum", "data di nascita", "PESEL 44051401359", "BSN 111222333", "NIR 1 85 05 78 006 084 36",
            "Herr Müller", "Dott.ssa Bianchi", "Via Roma 12", "Hauptstraße 5, 10115 Berlin", "12345", "2023", "31",
            "nato il", "\n", "1st", "22nd", "password=", "api_key: ", "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF123", "-----BEGIN PRIVATE KEY-----", "Diabetes", "HIV-positiv",
            "was convicted of", "Katholik", "DE123456789", "ATU13585627"};

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
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(25); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        List<Detector> detectors = DefaultDetectors.all();
        PiiScanner scanner = new PiiScanner(detectors);
        ScanOptions everything = new ScanOptions(Set.of(), 0.0);
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
                for (Finding f : scanner.scan(texts.get(t), everything)) {
                    out.printf(Locale.ROOT, "%d scan %s %s %d %d %.3f%n", t, f.detector(), f.type(), f.start(), f.end(),
                            f.score());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d findings on %d texts written to %s%n", findings, texts.size(), args[0]);
    }
}
