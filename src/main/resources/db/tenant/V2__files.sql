-- Files the hospital stores in S3. The object itself is in the bucket under the tenant's prefix;
-- this row is the registry. No reference leaves the schema (patients arrive in a later version).
CREATE TABLE files (
    id            varchar(36)   PRIMARY KEY,
    object_key    varchar(1024) NOT NULL UNIQUE,
    original_name varchar(1000) NOT NULL,
    content_type  varchar(100)  NOT NULL,
    size_bytes    bigint        NOT NULL CHECK (size_bytes > 0),
    category      varchar(50),
    patient_id    varchar(36),
    status        varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'AVAILABLE', 'DELETED')),
    uploaded_by   varchar(64)   NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0
);

CREATE INDEX files_by_patient ON files (patient_id, created_at DESC);
CREATE INDEX files_by_created ON files (created_at DESC);
