package eu.dogana.pii.scan;

import eu.dogana.pii.Detector;
import java.util.List;

/** Every detector Dogana ships, in the order they run (the order does not change results; see {@link Overlaps}). */
public final class DefaultDetectors {

    private DefaultDetectors() {
    }

    public static List<Detector> all() {
        return List.of(
                new eu.dogana.pii.special.SpecialCategoryDetector());
    }
}
