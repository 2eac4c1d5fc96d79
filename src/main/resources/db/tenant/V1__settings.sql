-- A tenant's own schema. Self-contained: no reference leaves it, so it can move to another
-- database (or a Citus schema shard) as it is.
CREATE TABLE settings (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    time_zone  varchar(64) NOT NULL DEFAULT 'UTC',
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0
);

INSERT INTO settings (id) VALUES (1);
