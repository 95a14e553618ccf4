-- Erasable side table of the register: which requests mentioned which data subject. A subject is a tenant-keyed
-- HMAC of a normalised identifier (e-mail, IBAN, national id, phone, name …), never the value. Rows are deleted
-- by POST /subjects/erase (GDPR Art. 17) and by the retention job; the chained audit_event rows never point here,
-- so deleting leaves every chain verifiable.
CREATE TABLE subject_reference (
    tenant       VARCHAR(100) NOT NULL,
    subject_hmac CHAR(69)     NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    request_id   VARCHAR(64)  NOT NULL,
    purpose      VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT subject_reference_pk PRIMARY KEY (tenant, subject_hmac, request_id, entity_type)
);

CREATE INDEX subject_reference_expiry ON subject_reference (expires_at);
