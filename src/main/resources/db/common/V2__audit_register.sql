-- The register: one hash chain per writer node. Each row's canonical JSON (RFC 8785) is what event_hash covers;
-- chain_hash = SHA-256(previous chain_hash || event_hash), hex-encoded. Rows are only ever inserted.
CREATE TABLE audit_event (
    node_id     VARCHAR(64)    NOT NULL,
    seq         BIGINT         NOT NULL,
    event_time  TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type  VARCHAR(32)    NOT NULL,
    request_id  VARCHAR(64),
    tenant      VARCHAR(100)   NOT NULL,
    canonical   VARCHAR(16384) NOT NULL,
    event_hash  CHAR(64)       NOT NULL,
    chain_hash  CHAR(64)       NOT NULL,
    CONSTRAINT audit_event_pk PRIMARY KEY (node_id, seq)
);

CREATE INDEX audit_event_request ON audit_event (request_id);
CREATE INDEX audit_event_tenant_time ON audit_event (tenant, event_time);
