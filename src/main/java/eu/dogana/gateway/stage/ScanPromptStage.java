package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.privacy.PromptGuard;
import jakarta.inject.Singleton;

/** Finds the personal data in every text of the request; rewriting waits for {@link TransformPromptStage}. */
@Singleton
public final class ScanPromptStage implements RequestStage {

    private final PromptGuard guard;

    ScanPromptStage(PromptGuard guard) {
        this.guard = guard;
    }

    @Override
    public void process(Exchange exchange) {
        if (guard.settings().enabled()) {
            exchange.scannedPrompt(guard.scan(exchange.body(), exchange.endpoint()));
        }
    }
}
