package eu.dogana.security.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code api_key}. Only the SHA-256 of the secret is stored; the secret is shown once, at issue. */
@Entity
@Table(name = "api_key")
class ApiKeyEntity {

    @Id
    @Column(name = "id", length = 32)
    String id;

    @Column(name = "secret_hash", length = 64, nullable = false, unique = true)
    String secretHash;

    @Column(name = "name", length = 200, nullable = false)
    String name;

    @Column(name = "tenant", length = 100, nullable = false)
    String tenant;

    /** Comma-separated role wire names. */
    @Column(name = "roles", length = 200, nullable = false)
    String roles;

    @Column(name = "default_purpose", length = 100)
    String defaultPurpose;

    /** Comma-separated model names; empty = all. */
    @Column(name = "allowed_models", length = 4000, nullable = false)
    String allowedModels;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", length = 200, nullable = false)
    String createdBy;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;
}
