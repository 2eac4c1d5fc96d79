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
-- its diagnoses and prescriptions cannot change or go, and amendments only accumulate. Triggers
-- name their tables through TG_TABLE_SCHEMA: sessions do not have the tenant's schema on their path.
CREATE FUNCTION final_records_are_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'FINAL' THEN
        RAISE EXCEPTION 'clinical record % is final', OLD.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER clinical_records_final BEFORE UPDATE OR DELETE ON clinical_records
    FOR EACH ROW EXECUTE FUNCTION final_records_are_immutable();

CREATE FUNCTION record_parts_follow_their_record() RETURNS trigger AS $$
DECLARE
    record varchar := CASE WHEN TG_OP = 'INSERT' THEN NEW.record_id ELSE OLD.record_id END;
    record_status varchar;
BEGIN
    EXECUTE format('SELECT status FROM %I.clinical_records WHERE id = $1', TG_TABLE_SCHEMA)
        INTO record_status USING record;
    IF record_status = 'FINAL' THEN
        RAISE EXCEPTION 'clinical record % is final', record;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_diagnoses_final BEFORE INSERT OR UPDATE OR DELETE ON record_diagnoses
    FOR EACH ROW EXECUTE FUNCTION record_parts_follow_their_record();
CREATE TRIGGER record_prescriptions_final BEFORE INSERT OR UPDATE OR DELETE ON record_prescriptions
    FOR EACH ROW EXECUTE FUNCTION record_parts_follow_their_record();

CREATE FUNCTION record_amendments_are_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'amendments are append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_amendments_append_only BEFORE UPDATE OR DELETE ON record_amendments
    FOR EACH ROW EXECUTE FUNCTION record_amendments_are_append_only();
CREATE TRIGGER record_amendments_no_truncate BEFORE TRUNCATE ON record_amendments
    FOR EACH STATEMENT EXECUTE FUNCTION record_amendments_are_append_only();
