package eu.dogana.audit.content;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One kept item as read back: {@code plaintext} is empty when it cannot be decrypted any more (a key share was
 * destroyed or a row changed). {@code contentHash} is recomputed from the stored nonce and ciphertext, to compare
 * with the hash the chained event recorded.
 */
public record KeptContent(ContentPart part, String mediaType, boolean truncated, String contentHash,
                          Instant createdAt, Instant expiresAt, Optional<byte[]> plaintext) {

    public KeptContent {
        requireNonNull(part, "part is null");
        requireNonNull(mediaType, "mediaType is null");
        requireNonNull(contentHash, "contentHash is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(plaintext, "plaintext is null");
    }

    @Override
    public String toString() {
        return "KeptContent[" + part + " " + contentHash + "]";
    }
}
