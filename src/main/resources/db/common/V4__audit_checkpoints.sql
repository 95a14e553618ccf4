-- Signed checkpoints: per writer node, a Merkle root (RFC 6962) over the event hashes of a range of sequence
-- numbers, and the chain hash at its end, in a canonical statement signed with Ed25519. An empty range
-- (from_seq = to_seq + 1) is a signed statement that nothing happened since the previous checkpoint.
CREATE TABLE audit_checkpoint (
    node_id       VARCHAR(64)   NOT NULL,
    checkpoint_no BIGINT        NOT NULL,
    from_seq      BIGINT        NOT NULL,
    to_seq        BIGINT        NOT NULL,
    merkle_root   CHAR(64)      NOT NULL,
    chain_hash    CHAR(64)      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    statement     VARCHAR(4000) NOT NULL,
    signature     VARCHAR(200)  NOT NULL,
    CONSTRAINT audit_checkpoint_pk PRIMARY KEY (node_id, checkpoint_no)
);
