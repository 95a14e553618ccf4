package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.DataCategory;
import eu.dogana.pii.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the personal-data scan found in a prompt, reduced to what a policy may look at: counts per entity type, never
 * the values.
 *
 * @param counts findings per type; types absent or mapped to 0 were not found
 * @param languages ISO 639-1 codes of the languages the prompt is written in, as far as the scanner knows
 * @param minors how many persons in the prompt the scanner judged to be under 16 (a birth date in the text less
 *     than 16 years before the request, Art. 8 GDPR's default age); 0 when it cannot tell
 */
public record FindingsSummary(Map<EntityType, Integer> counts, Set<String> languages, int minors) {

    public static final FindingsSummary NONE = new FindingsSummary(Map.of(), Set.of(), 0);

    public FindingsSummary {
        EnumMap<EntityType, Integer> positive = new EnumMap<>(EntityType.class);
        requireNonNull(counts, "counts is null").forEach((type, count) -> {
            requireNonNull(type, "counts has a null type");
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0; got: " + count + " for " + type);
            }
            if (count > 0) {
                positive.put(type, count);
            }
        });
        counts = positive.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(positive);
        languages = Set.copyOf(requireNonNull(languages, "languages is null"));
        if (minors < 0) {
            throw new IllegalArgumentException("minors must be >= 0; got: " + minors);
        }
    }

    public static FindingsSummary of(Map<EntityType, Integer> counts) {
        return new FindingsSummary(counts, Set.of(), 0);
    }

    public int count(EntityType type) {
        return counts.getOrDefault(type, 0);
    }

    /** The types found at least once, in {@link EntityType} order. */
    public List<EntityType> types() {
        return new ArrayList<>(counts.keySet());
    }

    /** The Art. 9 and Art. 10 types found. */
    public Set<EntityType> specialTypes() {
        EnumSet<EntityType> special = EnumSet.noneOf(EntityType.class);
        for (EntityType type : counts.keySet()) {
            if (type.isSpecialCategory()) {
                special.add(type);
            }
        }
        return special;
    }

    /** The data categories of the types found. */
    public Set<DataCategory> categories() {
        EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (EntityType type : counts.keySet()) {
            categories.add(type.category());
        }
        return categories;
    }
}
