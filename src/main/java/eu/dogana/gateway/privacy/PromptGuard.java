package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.gateway.Endpoint;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.Identifiers;
import eu.dogana.pii.date.BirthYears;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.transform.Anonymized;
import eu.dogana.pii.transform.Anonymizer;
import eu.dogana.pii.transform.KeyedHash;
import eu.dogana.pii.transform.OperatorPlan;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scans every text of a request, then rewrites them by an operator plan, in place. All texts share one
 * {@link PseudonymVault}, so a value has one placeholder across system, user, assistant and tool messages and
 * tool-call arguments. Placeholder-shaped tokens the caller wrote are reserved first, so they are never minted.
 * Tool-call arguments are scanned and rewritten key by key and string value by string value
 * ({@link JsonArguments}), so a name escaped as <code>&#92;u00f2</code> is found and gets the same placeholder as in
 * the content, and so is an e-mail address used as a key.
 */
public final class PromptGuard {

    private final PiiScanner scanner;
    private final PiiSettings settings;
    private final Function<String, KeyedHash> tenantHashes;

    /** @param tenantHashes the {@code hash} operator's key for a tenant */
    public PromptGuard(PiiScanner scanner, PiiSettings settings, Function<String, KeyedHash> tenantHashes) {
        this.scanner = scanner;
        this.settings = settings;
        this.tenantHashes = tenantHashes;
    }

    public PiiSettings settings() {
        return settings;
    }

    public ScannedPrompt scan(ObjectNode body, Endpoint endpoint) {
        List<List<Finding>> perText = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        Set<SubjectMention> subjects = new HashSet<>();
        int[] minors = {0};
        Year now = Year.now(ZoneOffset.UTC);
        PseudonymVault vault = new PseudonymVault();
        DocumentTexts.editRequest(body, endpoint, (text, kind) -> {
            // every text is reserved before any placeholder is minted in the transform pass
            vault.reserve(text);
            List<Finding> findings = scanner.scan(text, settings.scanOptions());
            perText.add(findings);
            all.addAll(findings);
            for (Finding finding : findings) {
                // whatever its operator, a value the caller sent is the caller's: the answer repeating it is no leak
                vault.remember(finding.type(), finding.valueIn(text));
                if (finding.type() == EntityType.DATE_OF_BIRTH) {
                    BirthYears.yearOf(finding.valueIn(text))
                            .ifPresent(year -> minors[0] += BirthYears.mayBeChild(year, now) ? 1 : 0);
                }
                if (Identifiers.identifiesSubject(finding.type())) {
                    subjects.add(new SubjectMention(finding.type(), Identifiers.normalise(finding.type(), finding.valueIn(text))));
                }
            }
            return text;
        });
        return new ScannedPrompt(body, endpoint, perText, FindingCounts.of(all), subjects, minors[0], vault);
    }

    /** Rewrites the scanned body in place by {@code plan}. */
    public PromptScan transform(ScannedPrompt scanned, String tenant, OperatorPlan plan) {
        PseudonymVault vault = scanned.vault();
        if (scanned.counts().isEmpty()) {
            return new PromptScan(scanned.counts(), false, vault);
        }
        Anonymizer anonymizer = new Anonymizer(Optional.of(tenantHashes.apply(tenant)));
        Iterator<List<Finding>> findings = scanned.findingsPerText().iterator();
        boolean[] transformed = {false};
        DocumentTexts.editRequest(scanned.body(), scanned.endpoint(), (text, kind) -> {
            // arguments that are not valid JSON are rewritten as raw text, without breaking their JSON further
            Anonymized result = JsonArguments.apply(anonymizer, text, kind, findings.next(), plan, vault);
            transformed[0] |= result.changed();
            return result.text();
        });
        return new PromptScan(scanned.counts(), transformed[0], vault);
    }
}
