package eu.dogana.gateway.privacy;

import eu.dogana.pii.pseudonym.PseudonymVault;

/**
 * What scanning a request's prompt found and did.
 *
 * @param findings    counts per entity type of everything found
 * @param transformed whether any text was rewritten before forwarding
 * @param vault       this request's placeholders, to restore the answer with (empty when none were minted)
 */
public record PromptScan(FindingCounts findings, boolean transformed, PseudonymVault vault) {

    public static PromptScan skipped() {
        return new PromptScan(FindingCounts.NONE, false, new PseudonymVault());
    }
}
