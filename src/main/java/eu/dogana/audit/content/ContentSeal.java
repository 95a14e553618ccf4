package eu.dogana.audit.content;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kept content of one request while it is in flight: holds the request's data key in memory from the intent
 * (prompt kept) to the completion (answer kept), then {@link #destroy()}s it. The key's shares are stored with the
 * first item kept. Not thread-safe: one request's parts are kept one after the other.
 */
public final class ContentSeal {

    private final ContentStore store;
    private final String tenant;
    private final String requestId;
    private final Optional<String> purpose;
    private final List<String> subjects;
    private final Instant expiresAt;
    private final byte[] dataKey;
    private boolean sharesStored;
    private boolean destroyed;

    ContentSeal(ContentStore store, String tenant, String requestId, Optional<String> purpose, List<String> subjects,
                Instant expiresAt, byte[] dataKey) {
        this.store = requireNonNull(store, "store is null");
        this.tenant = requireNonNull(tenant, "tenant is null");
        this.requestId = requireNonNull(requestId, "requestId is null");
        this.purpose = requireNonNull(purpose, "purpose is null");
        this.subjects = List.copyOf(subjects);
        this.expiresAt = requireNonNull(expiresAt, "expiresAt is null");
        this.dataKey = requireNonNull(dataKey, "dataKey is null");
    }

    /**
     * Encrypts and stores one part, with the key shares if they are not stored yet, in one transaction. Blocking.
     *
     * @return the content hash for the chained event: hex SHA-256 of nonce and ciphertext
     * @throws eu.dogana.audit.AuditUnavailableException when it cannot be stored: the request must not go on
     */
    public String keep(ContentPart part, String mediaType, byte[] content, boolean truncated) {
        if (destroyed) {
            throw new IllegalStateException("the data key of " + requestId + " was destroyed");
        }
        String hash = store.write(this, part, mediaType, content, truncated, !sharesStored);
        sharesStored = true;
        return hash;
    }

    /** Overwrites the data key in memory; the seal keeps nothing more. */
    public void destroy() {
        Arrays.fill(dataKey, (byte) 0);
        destroyed = true;
    }

    String tenant() {
        return tenant;
    }

    String requestId() {
        return requestId;
    }

    Optional<String> purpose() {
        return purpose;
    }

    List<String> subjects() {
        return subjects;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    byte[] dataKey() {
        return dataKey;
    }

    @Override
    public String toString() {
        return "ContentSeal[" + requestId + "]";
    }
}
