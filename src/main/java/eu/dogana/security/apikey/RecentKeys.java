package eu.dogana.security.apikey;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * API keys recently found by their secret's hash, remembered for a short time so that a busy caller does not cost
 * a database query (and a transaction) per request: measured on the whole gateway, the key lookup was the largest
 * single cost of a request.
 *
 * <p>What this changes: a key revoked on this node is forgotten at once ({@link #forgetAll}); one revoked on another
 * node sharing the database is honoured here within the time to live. Expiry needs no care, since the caller checks
 * {@link ApiKey#isExpiredAt} on every request. Unknown secrets are not remembered, so guessing cannot fill the map;
 * it is bounded anyway and starts afresh when full.
 */
final class RecentKeys {

    static final int MAX_KEYS = 10_000;

    private record Remembered(ApiKey key, long until) {
    }

    private final ConcurrentHashMap<String, Remembered> bySecretHash = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    /** @param ttl how long a key is remembered; zero turns remembering off */
    RecentKeys(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<ApiKey> find(String secretHash) {
        Remembered remembered = bySecretHash.get(secretHash);
        if (remembered == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - remembered.until() >= 0) {
            bySecretHash.remove(secretHash, remembered);
            return Optional.empty();
        }
        return Optional.of(remembered.key());
    }

    void remember(String secretHash, ApiKey key) {
        if (ttlNanos <= 0) {
            return;
        }
        if (bySecretHash.size() >= MAX_KEYS) {
            bySecretHash.clear();
        }
        bySecretHash.put(secretHash, new Remembered(key, nanoTime.getAsLong() + ttlNanos));
    }

    /** After a revocation: the next lookup of every key goes to the database. */
    void forgetAll() {
        bySecretHash.clear();
    }
}
