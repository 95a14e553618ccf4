package eu.dogana.gateway.privacy;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many findings of each entity type: what the register and the policy see of a scan. Counts, never values.
 */
public record FindingCounts(Map<EntityType, Integer> byType) {

    public static final FindingCounts NONE = new FindingCounts(Map.of());

    public FindingCounts {
        byType = byType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byType));
    }

    public static FindingCounts of(Collection<Finding> findings) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (Finding finding : findings) {
            counts.merge(finding.type(), 1, Integer::sum);
        }
        return new FindingCounts(counts);
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }

    public int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasSpecialCategory() {
        return byType.keySet().stream().anyMatch(EntityType::isSpecialCategory);
    }

    /** Sorted by type name. */
    public Map<String, Integer> byName() {
        Map<String, Integer> named = new TreeMap<>();
        byType.forEach((type, count) -> named.put(type.name(), count));
        return named;
    }

    /**
     * Adds these counts to flat register attributes: {@code <countPrefix><TYPE>} = count for each type, and
     * {@code listName} = the types, comma-separated (the names the register's search index knows, see
     * {@code EventSchema}).
     */
    public void putInto(Map<String, Object> attributes, String countPrefix, String listName) {
        if (isEmpty()) {
            return;
        }
        byName().forEach((type, count) -> attributes.put(countPrefix + type, count));
        attributes.put(listName, String.join(",", byName().keySet()));
    }
}
