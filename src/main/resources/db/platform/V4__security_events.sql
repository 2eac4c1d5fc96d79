-- The platform's security log: refused X-Tenant-IDs that no hospital's own trail can hold (an
-- unknown hospital, a malformed id, a hospital whose schema is not migrated yet). Append-only like
-- the tenants' audit_events, through the same trigger function (V3). No PHI: ids, outcome, address.
CREATE TABLE security_events (
    id               varchar(36) PRIMARY KEY,
    at               timestamptz NOT NULL,
    actor_sub        varchar(64) NOT NULL,
    action           varchar(20) NOT NULL,
    attempted        varchar(20) NOT NULL,
    -- What X-Tenant-ID carried, control characters replaced, cut to 64 characters: never a name.
    requested_tenant varchar(64) NOT NULL,
    reason           varchar(20) NOT NULL
        CHECK (reason IN ('MALFORMED_ID', 'UNKNOWN_TENANT', 'NOT_MEMBER', 'SUSPENDED')),
    request_id       varchar(64) NOT NULL,
    client_ip        varchar(45),
    outcome          varchar(10) NOT NULL CHECK (outcome = 'DENIED')
);

CREATE INDEX security_events_by_time ON security_events (at DESC);
CREATE INDEX security_events_by_actor ON security_events (actor_sub, at DESC);

CREATE TRIGGER security_events_no_update_or_delete BEFORE UPDATE OR DELETE ON security_events
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_event_change();
CREATE TRIGGER security_events_no_truncate BEFORE TRUNCATE ON security_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_event_change();
