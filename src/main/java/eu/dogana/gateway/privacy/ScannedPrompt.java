package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.gateway.Endpoint;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import java.util.List;
import java.util.Set;

/**
 * A request's texts after scanning, before any rewriting: the findings of each text in the order
 * {@link DocumentTexts} visits them, so the policy can decide on the counts and the transformation can then
 * rewrite without scanning again. {@code subjects} are the identifiers of data subjects among the findings;
 * {@code minors} the birth dates that may be a child's ({@link eu.dogana.pii.date.BirthYears}); {@code vault} the
 * request's placeholders, with the placeholder-shaped tokens the caller wrote already reserved.
 */
public record ScannedPrompt(ObjectNode body, Endpoint endpoint, List<List<Finding>> findingsPerText,
                            FindingCounts counts, Set<SubjectMention> subjects, int minors, PseudonymVault vault) {

    public ScannedPrompt {
        findingsPerText = List.copyOf(findingsPerText);
        subjects = Set.copyOf(subjects);
    }
}
