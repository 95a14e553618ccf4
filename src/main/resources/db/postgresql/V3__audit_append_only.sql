-- On PostgreSQL the register is append-only for everyone who goes through SQL: updates and deletes of chained
-- rows are refused by a trigger (which also binds the table owner). Tampering that bypasses it (a superuser
-- disabling triggers, or editing files) is what the hash chain and signed checkpoints detect.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
