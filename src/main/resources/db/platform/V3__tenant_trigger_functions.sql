-- The functions behind the tenant schemas' triggers, once for all tenants (tenant migration V7
-- points the triggers here and drops the schemas' own copies). PostgreSQL finds a function by
-- name among every function of that name in the database, so with a copy in each of 10,000 tenant
-- schemas each CREATE FUNCTION or CREATE TRIGGER of a new tenant took 10-30 ms instead of under 1.
-- Their names differ from the old per-tenant ones for the same reason. A function that touches a
-- table names it through TG_TABLE_SCHEMA: the schema of the table whose trigger fired.

CREATE FUNCTION refuse_audit_event_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION refuse_final_record_change() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'FINAL' THEN
        RAISE EXCEPTION 'clinical record % is final', OLD.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION refuse_final_record_part_change() RETURNS trigger AS $$
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

CREATE FUNCTION refuse_amendment_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'amendments are append-only';
END
$$ LANGUAGE plpgsql;

-- The per-status patient counters of the tenant's patient_counts (tenant migration V6).
CREATE FUNCTION count_patients_by_status() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        EXECUTE format('UPDATE %I.patient_counts SET n = n - 1 WHERE status = $1', TG_TABLE_SCHEMA)
            USING OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE format('UPDATE %I.patient_counts SET n = n + 1 WHERE status = $1', TG_TABLE_SCHEMA)
            USING NEW.status;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
