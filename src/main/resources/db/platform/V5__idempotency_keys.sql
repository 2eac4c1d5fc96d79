-- The answers kept for /platform requests that carried an Idempotency-Key (hms.idempotency); the
-- hospitals keep their own in their schemas (tenant migration V9, the same table). No PHI here:
-- the platform's answers are hospitals' ids and names.
CREATE TABLE idempotency_keys (
    caller_sub      varchar(64)  NOT NULL,
    idempotency_key varchar(255) NOT NULL,
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
