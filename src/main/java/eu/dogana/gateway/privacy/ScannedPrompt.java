package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.gateway.Endpoint;
import eu.dogana.pii.Finding;
import java.util.List;

/**
 * A request's texts after scanning, before any rewriting: the findings of each text in the order
 * {@link DocumentTexts} visits them, so the policy can decide on the counts and the transformation can then
 * rewrite without scanning again.
 */
public record ScannedPrompt(ObjectNode body, Endpoint endpoint, List<List<Finding>> findingsPerText,
                            FindingCounts counts) {

    public ScannedPrompt {
        findingsPerText = List.copyOf(findingsPerText);
    }
}
