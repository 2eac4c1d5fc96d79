-- The patient registry. search_* columns hold the names, phone and e-mail lower-cased and without
-- accents (written by the application), so that prefix search is one index range scan.
CREATE SEQUENCE patient_mrn_seq;

CREATE TABLE patients (
    id                 varchar(36)  PRIMARY KEY,
    mrn                varchar(20)  NOT NULL UNIQUE,
    given_name         varchar(100) NOT NULL,
    family_name        varchar(100) NOT NULL,
    date_of_birth      date         NOT NULL,
    sex                varchar(10)  NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    phone              varchar(30),
    email              varchar(254),
    address_line1      varchar(200),
    address_line2      varchar(200),
    address_city       varchar(100),
    address_region     varchar(100),
    address_postal     varchar(20),
    address_country    varchar(2),
    blood_type         varchar(3),
    allergies          varchar(4000),
    emergency_name     varchar(200),
    emergency_relation varchar(50),
    emergency_phone    varchar(30),
    notes              varchar(4000),
    status             varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE', 'DECEASED')),
    search_given       varchar(100) NOT NULL,
    search_family      varchar(100) NOT NULL,
    search_phone       varchar(30),
    search_email       varchar(254),
    created_at         timestamptz  NOT NULL,
    created_by         varchar(64)  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(64)  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0
);

CREATE INDEX patients_by_family ON patients (search_family text_pattern_ops, search_given);
CREATE INDEX patients_by_given ON patients (search_given text_pattern_ops);
CREATE INDEX patients_by_phone ON patients (search_phone text_pattern_ops);
CREATE INDEX patients_by_email ON patients (search_email text_pattern_ops);
CREATE INDEX patients_by_birth ON patients (date_of_birth);

-- Who did what to which record: append-only, written in the action's own transaction.
-- No PHI: ids, roles and outcomes only.
CREATE TABLE audit_events (
    id            varchar(36)  PRIMARY KEY,
    at            timestamptz  NOT NULL DEFAULT now(),
    actor_sub     varchar(64)  NOT NULL,
    actor_role    varchar(20)  NOT NULL,
    action        varchar(20)  NOT NULL,
    -- For DENIED: the action that was refused.
    attempted     varchar(20),
    resource_type varchar(30)  NOT NULL,
    resource_id   varchar(36),
    request_id    varchar(64)  NOT NULL,
    client_ip     varchar(45),
    outcome       varchar(10)  NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED'))
);

CREATE INDEX audit_by_time ON audit_events (at DESC);
CREATE INDEX audit_by_resource ON audit_events (resource_type, resource_id, at DESC);
CREATE INDEX audit_by_actor ON audit_events (actor_sub, at DESC);

CREATE FUNCTION audit_events_are_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();
