package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.apikey.KeySpec;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The purpose of processing (GDPR Art. 5(1)(b)): the {@code X-Dogana-Purpose} header, else the key's default.
 * Whether a purpose is required, and which ones exist, is the policy stage's business.
 */
@Singleton
public final class PurposeStage implements RequestStage {

    public static final String HEADER = "X-Dogana-Purpose";

    @Override
    public void process(Exchange exchange) {
        Optional<String> declared = exchange.declaredPurpose().map(String::strip).filter(value -> !value.isEmpty());
        if (declared.isPresent() && !KeySpec.IDENTIFIER.matcher(declared.get()).matches()) {
            throw GatewayException.invalidRequest(HEADER + " must be a purpose id (letters, digits, '.', '_', ':', '-'; "
                    + "at most 100 characters).", HEADER);
        }
        exchange.purpose(declared.or(() -> exchange.principal().defaultPurpose()));
    }
}
