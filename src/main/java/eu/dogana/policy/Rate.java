package eu.dogana.policy;

/**
 * A per-minute budget. Zero means unlimited.
 *
 * @param requestsPerMinute requests allowed per minute
 * @param tokensPerMinute prompt plus completion tokens allowed per minute
 */
public record Rate(int requestsPerMinute, int tokensPerMinute) {

    public static final Rate UNLIMITED = new Rate(0, 0);

    public Rate {
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requestsPerMinute must be >= 0; got: " + requestsPerMinute);
        }
        if (tokensPerMinute < 0) {
            throw new IllegalArgumentException("tokensPerMinute must be >= 0; got: " + tokensPerMinute);
        }
    }
}
