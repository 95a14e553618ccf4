package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.AuthenticationException;
import eu.dogana.security.Authenticator;
import eu.dogana.security.Role;
import jakarta.inject.Singleton;

/** Who is calling, and may they call models at all: 401 for a bad credential, 403 without the caller role. */
@Singleton
public final class AuthenticateStage implements RequestStage {

    private final Authenticator authenticator;

    AuthenticateStage(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void process(Exchange exchange) {
        try {
            exchange.principal(authenticator.authenticate(exchange.authorization()));
        } catch (AuthenticationException e) {
            throw GatewayException.unauthenticated(e.getMessage());
        }
        if (!exchange.principal().has(Role.CALLER)) {
            throw GatewayException.forbidden("role_not_allowed",
                    "Calling models requires the 'caller' role, which this credential does not have.");
        }
    }
}
