package eu.dogana.pii.scan;

import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a fixed set of detectors over a text and returns non-overlapping findings in text order. Immutable and
 * thread-safe; the per-scan state lives in the {@link ScanText} and a local list.
 */
public final class PiiScanner {

    private final List<Detector> detectors;
    /** Each detector's types, asked once: some detectors build the set on every call. */
    private final List<Set<EntityType>> detectorTypes;

    public PiiScanner(List<? extends Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        this.detectorTypes = this.detectors.stream().map(detector -> Set.copyOf(detector.types())).toList();
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
        // with an allow list, an allowed finding is dropped here, before overlaps are resolved, so it cannot win over
        // (and so hide) a finding it overlaps; without one, no value is cut out
        boolean allowList = options.allowsAny();
        FindingSink wanted = finding -> {
            if (options.wants(finding.type()) && finding.score() >= options.scoreThreshold()
                    && !(allowList && options.allowed().test(finding.valueIn(text)))) {
                found.add(finding);
            }
        };
        for (int d = 0; d < detectors.size(); d++) {
            if (wantsAny(options, detectorTypes.get(d))) {
                detectors.get(d).detect(scanText, wanted);
            }
        }
        return Overlaps.resolve(found);
    }

    private static boolean wantsAny(ScanOptions options, Set<EntityType> types) {
        if (options.types().isEmpty()) {
            return true; // every type wanted: no iterator per detector and scan
        }
        for (EntityType type : types) {
            if (options.wants(type)) {
                return true;
            }
        }
        return false;
    }
}
