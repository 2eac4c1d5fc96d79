-- The triggers call the platform's copies of their functions (platform migration V3), and this
-- schema's own copies go: a function name repeated in every tenant schema made creating a tenant
-- slower with each tenant (see docs/benchmarks.md, "10,000 tenants"). Same triggers, same events,
-- same rules. IF EXISTS keeps the migration safe to repeat; the drops name this schema.
DROP TRIGGER IF EXISTS audit_events_no_update_or_delete ON audit_events;
DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events;
CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_event_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_event_change();

DROP TRIGGER IF EXISTS clinical_records_final ON clinical_records;
CREATE TRIGGER clinical_records_final BEFORE UPDATE OR DELETE ON clinical_records
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_final_record_change();

DROP TRIGGER IF EXISTS record_diagnoses_final ON record_diagnoses;
DROP TRIGGER IF EXISTS record_prescriptions_final ON record_prescriptions;
CREATE TRIGGER record_diagnoses_final BEFORE INSERT OR UPDATE OR DELETE ON record_diagnoses
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_final_record_part_change();
CREATE TRIGGER record_prescriptions_final BEFORE INSERT OR UPDATE OR DELETE ON record_prescriptions
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_final_record_part_change();

DROP TRIGGER IF EXISTS record_amendments_append_only ON record_amendments;
DROP TRIGGER IF EXISTS record_amendments_no_truncate ON record_amendments;
CREATE TRIGGER record_amendments_append_only BEFORE UPDATE OR DELETE ON record_amendments
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_amendment_change();
CREATE TRIGGER record_amendments_no_truncate BEFORE TRUNCATE ON record_amendments
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_amendment_change();

DROP TRIGGER IF EXISTS patient_counts_on_insert_or_delete ON patients;
DROP TRIGGER IF EXISTS patient_counts_on_status_change ON patients;
CREATE TRIGGER patient_counts_on_insert_or_delete AFTER INSERT OR DELETE ON patients
    FOR EACH ROW EXECUTE FUNCTION platform.count_patients_by_status();
CREATE TRIGGER patient_counts_on_status_change AFTER UPDATE OF status ON patients
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION platform.count_patients_by_status();

DROP FUNCTION IF EXISTS "${flyway:defaultSchema}".audit_events_are_append_only();
DROP FUNCTION IF EXISTS "${flyway:defaultSchema}".final_records_are_immutable();
DROP FUNCTION IF EXISTS "${flyway:defaultSchema}".record_parts_follow_their_record();
DROP FUNCTION IF EXISTS "${flyway:defaultSchema}".record_amendments_are_append_only();
DROP FUNCTION IF EXISTS "${flyway:defaultSchema}".patient_counts_follow();
