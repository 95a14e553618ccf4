package eu.dogana.pii.scan;

import eu.dogana.pii.Detector;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a fixed set of detectors over a text and returns non-overlapping findings in text order. Immutable and
 * thread-safe; the per-scan state lives in the {@link ScanText} and a local list.
 */
public final class PiiScanner {

    private final List<Detector> detectors;

    public PiiScanner(List<? extends Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    public List<Detector> detectors() {
        return detectors;
    }

    public List<Finding> scan(String text) {
        return scan(text, ScanOptions.ALL);
    }

    public List<Finding> scan(String text, ScanOptions options) {
        if (text.isEmpty()) {
            return List.of();
        }
        ScanText scanText = new ScanText(text);
        List<Finding> found = new ArrayList<>();
        for (Detector detector : detectors) {
            if (detector.types().stream().anyMatch(options::wants)) {
                detector.detect(scanText, finding -> {
                    if (options.wants(finding.type()) && finding.score() >= options.scoreThreshold()) {
                        found.add(finding);
                    }
                });
            }
        }
        return Overlaps.resolve(found);
    }
}
