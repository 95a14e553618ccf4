package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

/**
 * Size and rate limits for one tenant. Only {@code maxPromptTokens} is enforced by the engine (it needs no state);
 * the rates are carried in the decision for the rate limiter, which keeps its counters in the database.
 *
 * @param maxPromptTokens largest prompt, in estimated tokens; 0 = unlimited
 * @param perKey budget of one API key or token subject
 * @param perTenant budget of the whole tenant
 */
public record Limits(int maxPromptTokens, Rate perKey, Rate perTenant) {

    public static final Limits UNLIMITED = new Limits(0, Rate.UNLIMITED, Rate.UNLIMITED);

    public Limits {
        if (maxPromptTokens < 0) {
            throw new IllegalArgumentException("maxPromptTokens must be >= 0; got: " + maxPromptTokens);
        }
        requireNonNull(perKey, "perKey is null");
        requireNonNull(perTenant, "perTenant is null");
    }
}
