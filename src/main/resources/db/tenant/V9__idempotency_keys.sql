-- The answers kept for requests that carried an Idempotency-Key (hms.idempotency): a repeat of the
-- key by the same caller gets the kept answer instead of doing the work twice. Written in the same
-- transaction as the work; expired rows are deleted a few at a time by the hospital's own writes.
-- body holds what the first answer sent (it may be a patient's data), so it lives here, in the
-- hospital's schema, and no longer than idempotency.keys.ttl plus the next writes' purge.
CREATE TABLE idempotency_keys (
    caller_sub      varchar(64)  NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    -- SHA-256 (hex) of method, path and body: the same key with another request is refused.
    fingerprint     char(64)     NOT NULL,
    status          smallint     NOT NULL,
    location        varchar(2048),
    etag            varchar(200),
    content_type    varchar(200),
    body            bytea,
    created_at      timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller_sub, idempotency_key)
);

CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
