package eu.dogana.security.apikey;

import static java.util.Objects.requireNonNull;

import eu.dogana.security.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** An issued API key as administrators see it: everything but the secret, which is never kept. */
public record ApiKey(
        String id,
        String name,
        String tenant,
        Set<Role> roles,
        Optional<String> defaultPurpose,
        Set<String> allowedModels,
        Instant createdAt,
        String createdBy,
        Optional<Instant> expiresAt,
        Optional<Instant> revokedAt) {

    public ApiKey {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(tenant, "tenant is null");
        roles = Set.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(defaultPurpose, "defaultPurpose is null");
        allowedModels = Set.copyOf(requireNonNull(allowedModels, "allowedModels is null"));
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(createdBy, "createdBy is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(revokedAt, "revokedAt is null");
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt.isPresent() && !now.isBefore(expiresAt.get());
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
