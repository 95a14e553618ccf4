-- API keys issued by POST /admin/keys. Only the SHA-256 of a key's secret is stored.
CREATE TABLE api_key (
    id              VARCHAR(32)   NOT NULL PRIMARY KEY,
    secret_hash     CHAR(64)      NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    tenant          VARCHAR(100)  NOT NULL,
    roles           VARCHAR(200)  NOT NULL,
    default_purpose VARCHAR(100),
    allowed_models  VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(200)  NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_key_secret_hash_unique UNIQUE (secret_hash)
);

CREATE INDEX api_key_tenant ON api_key (tenant, created_at);
