-- Erasable side tables of the register for content a purpose keeps (policy keep_content). Each request's content
-- is encrypted (AES-256-GCM) under a fresh data key; the data key is split into one share per data subject the
-- prompt mentions (all shares are needed to rebuild it), or kept as one share when it mentions nobody. Each share is
-- wrapped under the master content key, which is never in the database. Deleting one subject's share row makes the
-- content of the request unreadable (crypto-shredding); erasure and retention delete the content rows as well. The
-- chained audit_event rows hold only the SHA-256 of nonce and ciphertext, so deleting here leaves every chain
-- verifiable.
CREATE TABLE content_key (
    key_id       CHAR(32)     NOT NULL,
    tenant       VARCHAR(100) NOT NULL,
    request_id   VARCHAR(64)  NOT NULL,
    -- the data subject (tenant-keyed HMAC, as in subject_reference) whose share this is; NULL for the only share
    -- of a request that mentions nobody
    subject_hmac CHAR(69),
    purpose      VARCHAR(100),
    wrapped_key  BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT content_key_pk PRIMARY KEY (key_id)
);

CREATE INDEX content_key_request ON content_key (tenant, request_id);
CREATE INDEX content_key_subject ON content_key (tenant, subject_hmac);
CREATE INDEX content_key_expiry ON content_key (expires_at);

CREATE TABLE content_item (
    tenant      VARCHAR(100) NOT NULL,
    request_id  VARCHAR(64)  NOT NULL,
    part        VARCHAR(10)  NOT NULL,
    purpose     VARCHAR(100),
    media_type  VARCHAR(100) NOT NULL,
    truncated   BOOLEAN      NOT NULL,
    nonce       BYTEA NOT NULL,
    ciphertext  BYTEA NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT content_item_pk PRIMARY KEY (tenant, request_id, part)
);

CREATE INDEX content_item_expiry ON content_item (expires_at);
