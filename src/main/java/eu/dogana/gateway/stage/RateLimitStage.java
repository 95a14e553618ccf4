package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.decision.PolicyInputs;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.limit.RateWindows;
import eu.dogana.gateway.register.RequestRegister;
import eu.dogana.policy.Limits;
import eu.dogana.policy.Rate;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Enforces the policy's rate limits — requests and (estimated prompt) tokens per minute, per API key and per
 * tenant — in one-minute windows shared through the database: 429 {@code rate_limit_exceeded} with
 * {@code Retry-After} until the next window. Refused requests count too, so hammering does not help.
 */
@Singleton
public final class RateLimitStage implements RequestStage {

    private final RateWindows windows;
    private final Clock clock = Clock.systemUTC();

    RateLimitStage(RateWindows windows) {
        this.windows = windows;
    }

    @Override
    public void process(Exchange exchange) {
        Optional<Limits> limits = exchange.decision().map(decision -> decision.limits());
        if (limits.isEmpty()) {
            return;
        }
        long now = clock.millis();
        long window = now / 60_000;
        long retryAfter = ((window + 1) * 60_000 - now + 999) / 1000;
        long tokens = PolicyInputs.estimatedPromptTokens(exchange);
        check(exchange, "key:" + exchange.principal().id(), limits.get().perKey(), "key", window, tokens, retryAfter);
        check(exchange, "tenant:" + exchange.principal().tenant(), limits.get().perTenant(), "tenant", window, tokens,
                retryAfter);
    }

    private void check(Exchange exchange, String scope, Rate rate, String what, long window, long tokens, long retryAfter) {
        if (rate.requestsPerMinute() == 0 && rate.tokensPerMinute() == 0) {
            return;
        }
        RateWindows.Counts counts;
        try {
            counts = windows.count(scope, window, tokens);
        } catch (SQLException e) {
            // the limits live where the register does: without it nothing is forwarded anyway
            throw RequestRegister.unavailable(exchange);
        }
        if (rate.requestsPerMinute() > 0 && counts.requests() > rate.requestsPerMinute()) {
            throw GatewayException.rateLimited("rate_limit_exceeded", "This " + what + " may send "
                    + rate.requestsPerMinute() + " requests per minute; retry in " + retryAfter + " s.", retryAfter);
        }
        if (rate.tokensPerMinute() > 0 && counts.tokens() > rate.tokensPerMinute()) {
            throw GatewayException.rateLimited("rate_limit_exceeded", "This " + what + " may send "
                    + rate.tokensPerMinute() + " prompt tokens per minute; retry in " + retryAfter + " s.", retryAfter);
        }
    }
}
