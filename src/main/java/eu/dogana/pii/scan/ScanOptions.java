package eu.dogana.pii.scan;

import eu.dogana.pii.EntityType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a caller wants from a scan: which entity types (all when empty), the lowest score worth reporting, and
 * which values are allowed (not personal data, whatever a detector says).
 *
 * <p>An allowed finding is dropped before overlaps are resolved, so a finding it overlapped still competes: an
 * allowed {@code www.example.com} no longer hides the e-mail address inside a longer match it would have beaten.
 *
 * @param types          the types to report; empty means every type
 * @param scoreThreshold findings scoring below are dropped, in {@code [0, 1]}
 * @param allowed        tested on the text of each wanted finding; true drops it. {@link #NOTHING_ALLOWED} (the
 *                       default) is recognised by the scanner and costs nothing per finding
 */
public record ScanOptions(Set<EntityType> types, double scoreThreshold, Predicate<String> allowed) {

    /** Allows no value: every wanted finding is reported. */
    public static final Predicate<String> NOTHING_ALLOWED = value -> false;

    public static final ScanOptions ALL = new ScanOptions(Set.of(), 0.0);

    public ScanOptions {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (!(scoreThreshold >= 0.0 && scoreThreshold <= 1.0)) {
            throw new IllegalArgumentException("score threshold must be in [0, 1]; got: " + scoreThreshold);
        }
        Objects.requireNonNull(allowed, "allowed");
    }

    public ScanOptions(Set<EntityType> types, double scoreThreshold) {
        this(types, scoreThreshold, NOTHING_ALLOWED);
    }

    /** These options, with findings whose text {@code allowed} accepts dropped before overlaps are resolved. */
    public ScanOptions withAllowed(Predicate<String> allowed) {
        return new ScanOptions(types, scoreThreshold, allowed);
    }

    public boolean wants(EntityType type) {
        return types.isEmpty() || types.contains(type);
    }

    /** Whether some value may be allowed, i.e. each finding's text must be cut out and tested. */
    public boolean allowsAny() {
        return allowed != NOTHING_ALLOWED;
    }
}
