package eu.dogana.audit.subject;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the erasable side table: request {@code requestId} mentioned the subject whose keyed HMAC is
 * {@code subject}, as an identifier of {@code entityType}.
 */
public record SubjectReference(String tenant, String subject, String entityType, String requestId,
                               Optional<String> purpose, Instant createdAt, Optional<Instant> expiresAt) {
}
