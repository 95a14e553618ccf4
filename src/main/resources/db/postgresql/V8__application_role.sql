-- The application role: what a gateway needs and nothing more. It may read and append the register's chained
-- rows and checkpoints but holds no UPDATE, DELETE or TRUNCATE on them (the triggers of V3/V5 refuse those to
-- everyone else too); it manages keys, subject references and rate windows. Deployments log in as a member of
-- dogana_app (GRANT dogana_app TO <login role>) while the migration runs as the schema owner. Creating a role
-- needs CREATEROLE: where the owner lacks it, the grants are skipped with a notice for the DBA to apply.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dogana_app') THEN
        CREATE ROLE dogana_app NOLOGIN;
    END IF;
    GRANT USAGE ON SCHEMA public TO dogana_app;
    GRANT SELECT, INSERT ON audit_event, audit_checkpoint TO dogana_app;
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, audit_checkpoint FROM dogana_app;
    GRANT SELECT, INSERT, UPDATE ON api_key TO dogana_app;
    GRANT SELECT, INSERT, DELETE ON subject_reference TO dogana_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON rate_window TO dogana_app;
    GRANT SELECT ON flyway_schema_history TO dogana_app;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'dogana_app not created or granted (no CREATEROLE): apply V8__application_role.sql as a DBA';
END;
$$;
