package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.EntityType;
import java.util.Optional;
import java.util.Set;

/**
 * The condition under which a purpose may process special categories of personal data (GDPR Art. 9) or data about
 * criminal convictions (Art. 10). Art. 9(1) prohibits processing the special categories unless one of the
 * conditions of Art. 9(2), points (a) to (j), applies; a purpose that allows them must name which.
 *
 * @param types the special-category (or criminal) entity types allowed
 * @param art92 the point of Art. 9(2) relied on, a single letter {@code a}..{@code j}; empty only when the sole
 *     type is {@link EntityType#CRIMINAL_RECORD}, which Art. 10 governs instead
 * @param condition in words: the law, agreement or consent that the point refers to
 * @param art10 for {@link EntityType#CRIMINAL_RECORD}: the Union or member-state law authorising the processing
 *     (Art. 10); required when that type is allowed
 */
public record SpecialCategoryCondition(Set<EntityType> types, String art92, String condition, Optional<String> art10) {

    public SpecialCategoryCondition {
        types = Set.copyOf(requireNonNull(types, "types is null"));
        requireNonNull(art92, "art92 is null");
        requireNonNull(condition, "condition is null");
        requireNonNull(art10, "art10 is null");
    }

    /** The legal reference in the form decisions carry, e.g. {@code GDPR Art. 9(2)(h)}. */
    public String legalRef() {
        return art92.isEmpty() ? "GDPR Art. 10" : "GDPR Art. 9(2)(" + art92 + ")";
    }
}
