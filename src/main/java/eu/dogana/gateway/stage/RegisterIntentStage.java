package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.register.RequestRegister;
import jakarta.inject.Singleton;

/**
 * The last stage: the intent to forward is committed to the register, or the request goes no further
 * (503 {@code audit_unavailable}). No prompt reaches a backend unrecorded.
 */
@Singleton
public final class RegisterIntentStage implements RequestStage {

    private final RequestRegister register;

    RegisterIntentStage(RequestRegister register) {
        this.register = register;
    }

    @Override
    public void process(Exchange exchange) {
        register.intent(exchange);
    }
}
