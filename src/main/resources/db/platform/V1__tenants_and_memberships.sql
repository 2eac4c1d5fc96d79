-- The platform schema: which tenants exist and who belongs to them. Tenant data never lives here.
CREATE TABLE tenants (
    id             varchar(40)  PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]{2,39}$'),
    name           varchar(200) NOT NULL,
    status         varchar(20)  NOT NULL CHECK (status IN ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    -- The migration version the tenant's schema has reached; requests wait for the latest.
    schema_version integer      NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    version        bigint       NOT NULL DEFAULT 0
);

CREATE TABLE memberships (
    tenant_id  varchar(40)  NOT NULL REFERENCES tenants (id),
    user_sub   varchar(64)  NOT NULL,
    email      varchar(254) NOT NULL,
    role       varchar(20)  NOT NULL CHECK (role IN ('ADMIN', 'DOCTOR', 'NURSE', 'RECEPTIONIST')),
    status     varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'REMOVED')),
    created_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, user_sub)
);

-- /auth/me lists a user's tenants.
CREATE INDEX memberships_by_user ON memberships (user_sub);
