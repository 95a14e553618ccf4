package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.privacy.PolicyOperators;
import eu.dogana.gateway.privacy.PromptGuard;
import eu.dogana.pii.transform.OperatorPlan;
import jakarta.inject.Singleton;

/**
 * Rewrites the request's personal data by the operator plan that applies — the configured one with the policy
 * decision's transforms over it — (redact, mask, hash, pseudonymise …),
 * in place, so that what is forwarded no longer carries it. The placeholders minted here restore the answer.
 */
@Singleton
public final class TransformPromptStage implements RequestStage {

    private final PromptGuard guard;

    TransformPromptStage(PromptGuard guard) {
        this.guard = guard;
    }

    @Override
    public void process(Exchange exchange) {
        OperatorPlan plan = exchange.decision()
                .map(decision -> guard.settings().promptPlan().with(PolicyOperators.of(decision.transforms())))
                .orElse(guard.settings().promptPlan());
        exchange.scannedPrompt().ifPresent(scanned -> exchange.promptScan(
                guard.transform(scanned, exchange.principal().tenant(), plan)));
    }
}
