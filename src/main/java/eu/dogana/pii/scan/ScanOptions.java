package eu.dogana.pii.scan;

import eu.dogana.pii.EntityType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller wants from a scan: which entity types (all when empty) and the lowest score worth reporting.
 *
 * @param types          the types to report; empty means every type
 * @param scoreThreshold findings scoring below are dropped, in {@code [0, 1]}
 */
public record ScanOptions(Set<EntityType> types, double scoreThreshold) {

    public static final ScanOptions ALL = new ScanOptions(Set.of(), 0.0);

    public ScanOptions {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (!(scoreThreshold >= 0.0 && scoreThreshold <= 1.0)) {
            throw new IllegalArgumentException("score threshold must be in [0, 1]; got: " + scoreThreshold);
        }
    }

    public boolean wants(EntityType type) {
        return types.isEmpty() || types.contains(type);
    }
}
