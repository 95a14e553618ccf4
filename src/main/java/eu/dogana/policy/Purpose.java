package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.DataCategory;
import eu.dogana.pii.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A purpose of processing as the record of processing activities (GDPR Art. 30(1)) describes it, and the limits
 * it sets on what a prompt may carry.
 *
 * @param id the name requests declare ({@code X-Dogana-Purpose})
 * @param description what the processing is for, in words a data subject understands
 * @param legalBasis the Art. 6(1) basis
 * @param retentionDays how long prompts and answers kept for this purpose may be kept
 * @param dataCategories the ordinary data categories the purpose needs; never {@link DataCategory#SPECIAL} or
 *     {@link DataCategory#CRIMINAL}, which only {@code special} can allow
 * @param special the Art. 9(2) condition under which special categories are allowed; empty = none allowed
 * @param dataSubjects whose data it is (customers, employees …)
 * @param recipients who receives it (Art. 30(1)(d))
 * @param output how answers are treated for this purpose; empty = the bundle's default
 * @param keepContent what of each request's prompt and answer is kept, encrypted and erasable, for
 *     {@code retentionDays}
 */
public record Purpose(
        String id,
        String description,
        LegalBasis legalBasis,
        int retentionDays,
        Set<DataCategory> dataCategories,
        Optional<SpecialCategoryCondition> special,
        List<String> dataSubjects,
        List<String> recipients,
        Optional<OutputPolicy> output,
        ContentKeeping keepContent) {

    public Purpose {
        requireNonNull(id, "id is null");
        requireNonNull(description, "description is null");
        requireNonNull(legalBasis, "legalBasis is null");
        if (retentionDays < 0) {
            throw new IllegalArgumentException("retentionDays must be >= 0; got: " + retentionDays);
        }
        dataCategories = Set.copyOf(requireNonNull(dataCategories, "dataCategories is null"));
        requireNonNull(special, "special is null");
        dataSubjects = List.copyOf(requireNonNull(dataSubjects, "dataSubjects is null"));
        recipients = List.copyOf(requireNonNull(recipients, "recipients is null"));
        requireNonNull(output, "output is null");
        requireNonNull(keepContent, "keepContent is null");
    }

    /** Whether the purpose names an Art. 9(2) condition covering this special-category type. */
    public boolean allowsSpecial(EntityType type) {
        return special.isPresent() && special.get().types().contains(type);
    }
}
