-- Baseline: a new tenant's schema as V1..V11 leave it, in one script. Flyway runs the newest
-- baseline instead of V1..V11 for an empty schema only (existing tenants keep their history, B7's
-- among them), because ALTER TABLE ... ADD COLUMN ... DEFAULT (V4, V11) makes PostgreSQL read its
-- whole index catalog: 0.15-0.25 s per statement and new tenant with 10,000 tenants
-- (docs/benchmarks.md). Here those columns are inside CREATE TABLE settings; V8..V10 add nothing
-- with a default and stay as they were written. TenantBaselineIT checks that this script and
-- V1..V11 yield the same schema. A later migration V12+ applies to both alike.

-- ---- V1 ----
-- A tenant's own schema. No data reference leaves it; its triggers call the platform schema's
-- functions (platform migration V3), which every hms database has.
CREATE TABLE settings (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    time_zone  varchar(64) NOT NULL DEFAULT 'UTC',
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0,
    -- Weekly working hours in the hospital's time zone (V4).
    working_hours varchar(600) NOT NULL
        DEFAULT 'MON 08:00-17:00;TUE 08:00-17:00;WED 08:00-17:00;THU 08:00-17:00;FRI 08:00-17:00',
    -- The hospital's locale, first day of the week and default appointment length (V11).
    locale varchar(35) NOT NULL DEFAULT 'en-GB',
    first_day_of_week varchar(9) NOT NULL DEFAULT 'MONDAY'
        CHECK (first_day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                     'SATURDAY', 'SUNDAY')),
    appointment_minutes smallint NOT NULL DEFAULT 30
        CHECK (appointment_minutes BETWEEN 5 AND 480 AND appointment_minutes % 5 = 0)
);

INSERT INTO settings (id) VALUES (1);

-- ---- V2 ----
-- Files the hospital stores in S3. The object itself is in the bucket under the tenant's prefix;
-- this row is the registry.
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

-- ---- V3 ----
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

-- ---- V4 ----
-- Clinicians' booked time. A clinician (a member's Cognito sub; members live in the platform
-- schema, so there is no foreign key) is never booked twice: the exclusion constraint refuses an
-- overlapping non-cancelled appointment even when two bookings race.
CREATE TABLE appointments (
    id                  varchar(36)  PRIMARY KEY,
    patient_id          varchar(36)  NOT NULL REFERENCES patients (id),
    clinician_sub       varchar(64)  NOT NULL,
    starts_at           timestamptz  NOT NULL,
    ends_at             timestamptz  NOT NULL,
    type                varchar(20)  NOT NULL
        CHECK (type IN ('CONSULTATION', 'FOLLOW_UP', 'PROCEDURE', 'CHECKUP', 'EMERGENCY')),
    reason              varchar(500),
    status              varchar(20)  NOT NULL
        CHECK (status IN ('SCHEDULED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS', 'COMPLETED',
                          'CANCELLED', 'NO_SHOW')),
    cancellation_reason varchar(500),
    created_at          timestamptz  NOT NULL,
    created_by          varchar(64)  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(64)  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '480 minutes'),
    CHECK (status <> 'CANCELLED' OR cancellation_reason IS NOT NULL),
    CONSTRAINT appointments_no_double_booking EXCLUDE USING gist (
        clinician_sub WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
    ) WHERE (status <> 'CANCELLED')
);

CREATE INDEX appointments_by_start ON appointments (starts_at, id);
CREATE INDEX appointments_by_patient ON appointments (patient_id, starts_at);

-- ---- V5 ----
-- Clinical records (encounters) of a patient: a DRAFT its writers edit, then FINAL, signed by a
-- doctor and never changed again; corrections after that are amendments, appended.
CREATE TABLE clinical_records (
    id               varchar(36)   PRIMARY KEY,
    patient_id       varchar(36)   NOT NULL REFERENCES patients (id),
    appointment_id   varchar(36)   REFERENCES appointments (id),
    type             varchar(20)   NOT NULL
        CHECK (type IN ('CONSULTATION', 'FOLLOW_UP', 'PROCEDURE', 'CHECKUP', 'EMERGENCY',
                        'ADMISSION', 'DISCHARGE', 'PHONE')),
    status           varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'FINAL')),
    chief_complaint  varchar(500)  NOT NULL,
    subjective       varchar(8000),
    objective        varchar(8000),
    assessment       varchar(8000),
    plan             varchar(8000),
    height_cm        numeric(4, 1) CHECK (height_cm BETWEEN 20 AND 272),
    weight_kg        numeric(5, 2) CHECK (weight_kg BETWEEN 0.2 AND 650),
    temperature_c    numeric(3, 1) CHECK (temperature_c BETWEEN 25 AND 45),
    pulse            smallint      CHECK (pulse BETWEEN 20 AND 300),
    systolic         smallint      CHECK (systolic BETWEEN 40 AND 300),
    diastolic        smallint      CHECK (diastolic BETWEEN 20 AND 200),
    respiratory_rate smallint      CHECK (respiratory_rate BETWEEN 4 AND 80),
    spo2             smallint      CHECK (spo2 BETWEEN 50 AND 100),
    author_sub       varchar(64)   NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(64)   NOT NULL,
    finalized_at     timestamptz,
    finalized_by     varchar(64),
    version          bigint        NOT NULL DEFAULT 0,
    CHECK (diastolic < systolic),
    CHECK ((status = 'FINAL') = (finalized_at IS NOT NULL AND finalized_by IS NOT NULL))
);

CREATE INDEX records_by_patient ON clinical_records (patient_id, created_at DESC, id);

CREATE TABLE record_diagnoses (
    id          varchar(36)  PRIMARY KEY,
    record_id   varchar(36)  NOT NULL REFERENCES clinical_records (id),
    position    smallint     NOT NULL,
    code        varchar(8)   NOT NULL CHECK (code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    description varchar(500) NOT NULL
);

CREATE INDEX diagnoses_by_record ON record_diagnoses (record_id);
CREATE INDEX diagnoses_by_code ON record_diagnoses (code);

CREATE TABLE record_prescriptions (
    id            varchar(36)  PRIMARY KEY,
    record_id     varchar(36)  NOT NULL REFERENCES clinical_records (id),
    position      smallint     NOT NULL,
    medication    varchar(200) NOT NULL,
    dose          varchar(100) NOT NULL,
    route         varchar(20)  NOT NULL,
    frequency     varchar(100) NOT NULL,
    duration_days smallint     NOT NULL CHECK (duration_days BETWEEN 1 AND 365)
);

CREATE INDEX prescriptions_by_record ON record_prescriptions (record_id);

CREATE TABLE record_amendments (
    id         varchar(36)   PRIMARY KEY,
    record_id  varchar(36)   NOT NULL REFERENCES clinical_records (id),
    reason     varchar(500)  NOT NULL,
    text       varchar(8000) NOT NULL,
    author_sub varchar(64)   NOT NULL,
    created_at timestamptz   NOT NULL
);

CREATE INDEX amendments_by_record ON record_amendments (record_id, created_at);

-- A file attached to a record belongs to it (and to its patient).
ALTER TABLE files ADD COLUMN record_id varchar(36) REFERENCES clinical_records (id);
CREATE INDEX files_by_record ON files (record_id) WHERE record_id IS NOT NULL;

-- The database keeps a FINAL record as it was signed, whatever the application does: the record,
-- its diagnoses and prescriptions cannot change or go, and amendments only accumulate (the
-- triggers are at the end).

-- ---- V6 ----
-- The patient list pages in one index range scan: an index per sortable column, ending with the id
-- that breaks ties (the text_pattern_ops indexes of V3 serve prefix search, not ORDER BY).
CREATE INDEX patients_sorted_by_family ON patients (search_family, id);
CREATE INDEX patients_sorted_by_given ON patients (search_given, id);
CREATE INDEX patients_sorted_by_birth ON patients (date_of_birth, id);
CREATE INDEX patients_sorted_by_created ON patients (created_at, id);

-- The list's total without visiting every patient: how many patients there are per status, kept
-- by a trigger in the writing transaction. Concurrent registrations of one hospital queue on its
-- counter row for the rest of their transaction (milliseconds).
CREATE TABLE patient_counts (
    status varchar(10) PRIMARY KEY,
    n      bigint      NOT NULL CHECK (n >= 0)
);

INSERT INTO patient_counts (status, n)
SELECT s, (SELECT count(*) FROM patients WHERE status = s)
FROM unnest(ARRAY['ACTIVE', 'INACTIVE', 'DECEASED']) AS s;

-- ---- V7 ----
-- The rules the database keeps whatever the application does, through the platform's functions
-- (platform migration V3): append-only audit trail and amendments, frozen FINAL records, counters.
CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_event_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_event_change();

CREATE TRIGGER clinical_records_final BEFORE UPDATE OR DELETE ON clinical_records
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_final_record_change();

CREATE TRIGGER record_diagnoses_final BEFORE INSERT OR UPDATE OR DELETE ON record_diagnoses
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_final_record_part_change();
CREATE TRIGGER record_prescriptions_final BEFORE INSERT OR UPDATE OR DELETE ON record_prescriptions
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_final_record_part_change();

CREATE TRIGGER record_amendments_append_only BEFORE UPDATE OR DELETE ON record_amendments
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_amendment_change();
CREATE TRIGGER record_amendments_no_truncate BEFORE TRUNCATE ON record_amendments
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_amendment_change();

CREATE TRIGGER patient_counts_on_insert_or_delete AFTER INSERT OR DELETE ON patients
    FOR EACH ROW EXECUTE FUNCTION platform.count_patients_by_status();
CREATE TRIGGER patient_counts_on_status_change AFTER UPDATE OF status ON patients
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION platform.count_patients_by_status();

-- ---- V8 ----
-- A completed file's bytes are kept in a copy under a key that no upload URL names; the upload
-- object is deleted. An upload URL that is still valid after completion (it lives its hour) can
-- then only write an object nobody reads. checksum is the kept copy's ETag, as S3 reports it.
-- Nullable columns without a default: no table rewrite, fast with many tenants.
ALTER TABLE files ADD COLUMN kept_key varchar(1024) UNIQUE;
ALTER TABLE files ADD COLUMN checksum varchar(100);

-- ---- V9 ----
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

-- ---- V10 ----
-- When the patient was checked in, for the front desk's queue (arrival order, waiting time). Set
-- by the check-in step from now on; appointments checked in before this migration keep null (the
-- time was not recorded then, and updated_at may belong to a later step). Nullable without a
-- default: no table rewrite, fast with many tenants.
ALTER TABLE appointments ADD COLUMN checked_in_at timestamptz;

-- A clinician's own unsigned drafts across patients, newest first (GET /api/records/drafts): one
-- index range per author instead of a scan of every record.
CREATE INDEX records_by_author_status ON clinical_records (author_sub, status, created_at DESC, id);

-- ---- V11 ----
-- locale, first_day_of_week and appointment_minutes: in CREATE TABLE settings above.
