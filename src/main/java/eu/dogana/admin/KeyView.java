package eu.dogana.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.dogana.security.Role;
import eu.dogana.security.apikey.ApiKey;
import java.time.Instant;
import java.util.List;

/**
 * An API key as the admin API shows it. {@code key} (the secret) is present only in the answer to the
 * request that issued it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KeyView(
        String id,
        String object,
        String key,
        String name,
        String tenant,
        List<String> roles,
        @JsonProperty("default_purpose") String defaultPurpose,
        @JsonProperty("allowed_models") List<String> allowedModels,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("revoked_at") Instant revokedAt,
        String status) {

    static KeyView of(ApiKey key, String secret, Instant now) {
        String status = key.isRevoked() ? "revoked" : key.isExpiredAt(now) ? "expired" : "active";
        return new KeyView(key.id(), "api_key", secret, key.name(), key.tenant(),
                key.roles().stream().map(Role::wireName).sorted().toList(),
                key.defaultPurpose().orElse(null), key.allowedModels().stream().sorted().toList(),
                key.createdAt(), key.createdBy(), key.expiresAt().orElse(null), key.revokedAt().orElse(null), status);
    }
}
