-- Request and token counts per rate-limit scope (an API key or a tenant) and one-minute window, kept in the
-- database so that every gateway node sharing it enforces one limit. Old windows are deleted as they expire.
CREATE TABLE rate_window (
    scope_key    VARCHAR(200) NOT NULL,
    window_start BIGINT       NOT NULL,
    requests     BIGINT       NOT NULL,
    tokens       BIGINT       NOT NULL,
    CONSTRAINT rate_window_pk PRIMARY KEY (scope_key, window_start)
);
