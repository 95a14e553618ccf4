package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.pseudonym.Restorer;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.transform.Anonymized;
import eu.dogana.pii.transform.Anonymizer;
import eu.dogana.pii.transform.KeyedHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The answer side: puts the caller's values back in place of placeholders, and finds personal data the model
 * produced that the caller never sent (memorised data about third parties), which is counted as an output finding
 * and handled by the output operator plan: in a complete answer at once, in a streamed one by {@link LeakScreen} if
 * the deployment screens streams.
 */
public final class AnswerGuard {

    /** Restored values inside tool-call arguments are JSON string content. */
    static final UnaryOperator<String> JSON_ESCAPE = value -> new String(JsonStringEncoder.getInstance().quoteAsString(value));

    private final PiiScanner scanner;
    private final PiiSettings settings;
    private final Function<String, KeyedHash> tenantHashes;

    /**
     * @param tenantHashes the {@code hash} operator's key for a tenant: the same as the prompt side's, so a value the
     *                     model leaks hashes to what the same value in the tenant's prompts hashes to
     */
    public AnswerGuard(PiiScanner scanner, PiiSettings settings, Function<String, KeyedHash> tenantHashes) {
        this.scanner = scanner;
        this.settings = settings;
        this.tenantHashes = tenantHashes;
    }

    /** The answer policy when no policy rule says otherwise. */
    public AnswerPolicy defaults() {
        return new AnswerPolicy(false, settings.scanAnswers(), settings.answerPlan());
    }

    /**
     * Rewrites a complete answer to {@code tenant} in place; returns what it found that the caller had not sent.
     * Tool-call arguments are scanned and rewritten key by key and string value by string value, like the content
     * ({@link JsonArguments}).
     */
    public FindingCounts restore(ObjectNode answer, PseudonymVault vault, AnswerPolicy policy, String tenant) {
        // what the text no longer shows, the choices' logprobs must not show either
        boolean[] hidden = {policy.dropReasoning() && DocumentTexts.dropReasoning(answer)};
        Restorer plain = new Restorer(vault);
        Restorer arguments = new Restorer(vault, JSON_ESCAPE);
        Anonymizer anonymizer = anonymizerFor(tenant);
        List<Finding> leaked = new ArrayList<>();
        DocumentTexts.editAnswer(answer, (text, kind) -> {
            // arguments that are not valid JSON are one raw text, restored and rewritten JSON-escaped
            String restored = (kind == TextKind.JSON_ARGUMENTS ? arguments : plain).restore(text);
            if (!policy.scan()) {
                return restored;
            }
            List<Finding> found = leaks(restored, vault);
            leaked.addAll(found);
            Anonymized screened = JsonArguments.apply(anonymizer, restored, kind, found, policy.plan(), vault);
            hidden[0] |= screened.changed();
            return screened.text();
        });
        if (hidden[0]) {
            DocumentTexts.dropLogprobs(answer);
        }
        return FindingCounts.of(leaked);
    }

    /** The per-stream state for a streamed answer to {@code tenant}. */
    public StreamedAnswer stream(PseudonymVault vault, AnswerPolicy policy, String tenant) {
        return new StreamedAnswer(vault, this, policy, anonymizerFor(tenant), settings.screenStreams());
    }

    private Anonymizer anonymizerFor(String tenant) {
        return new Anonymizer(Optional.of(tenantHashes.apply(tenant)));
    }

    /** Findings in an answer's text whose values the caller did not send. */
    List<Finding> leaks(String text, PseudonymVault vault) {
        List<Finding> leaked = new ArrayList<>();
        for (Finding finding : scanner.scan(text, settings.scanOptions())) {
            if (finding.type().isSpecialCategory() || !vault.holdsValue(finding.type(), finding.valueIn(text))) {
                leaked.add(finding);
            }
        }
        return leaked;
    }

}
