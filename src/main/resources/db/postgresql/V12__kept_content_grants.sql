-- The application role (V8) keeps, reads and erases kept content: SELECT, INSERT and DELETE, never UPDATE (a kept
-- item is written once; erasure and retention delete it).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'dogana_app') THEN
        GRANT SELECT, INSERT, DELETE ON content_key, content_item TO dogana_app;
    ELSE
        RAISE NOTICE 'dogana_app does not exist (see V8): grant SELECT, INSERT, DELETE on content_key, content_item to the application role';
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'no privilege to grant on content_key, content_item: apply V12__kept_content_grants.sql as a DBA';
END;
$$;
