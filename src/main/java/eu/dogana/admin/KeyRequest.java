package eu.dogana.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST /admin/keys}. Absent fields arrive as null and get defaults in {@link KeyResource}. */
record KeyRequest(
        String name,
        String tenant,
        List<String> roles,
        @JsonProperty("default_purpose") String defaultPurpose,
        @JsonProperty("allowed_models") List<String> allowedModels,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("expires_in_days") Integer expiresInDays) {
}
