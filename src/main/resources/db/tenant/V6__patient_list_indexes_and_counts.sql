-- The patient list pages in one index range scan: an index per sortable column, ending with the id
-- that breaks ties (the text_pattern_ops indexes of V3 serve prefix search, not ORDER BY).
CREATE INDEX patients_sorted_by_family ON patients (search_family, id);
CREATE INDEX patients_sorted_by_given ON patients (search_given, id);
CREATE INDEX patients_sorted_by_birth ON patients (date_of_birth, id);
CREATE INDEX patients_sorted_by_created ON patients (created_at, id);
DROP INDEX patients_by_birth;

-- The list's total without visiting every patient: how many patients there are per status, kept
-- by a trigger in the writing transaction. Concurrent registrations of one hospital queue on its
-- counter row for the rest of their transaction (milliseconds). The function keeps the search path
-- of its creation (this tenant's schema): EclipseLink qualifies its statements, not the session.
CREATE TABLE patient_counts (
    status varchar(10) PRIMARY KEY,
    n      bigint      NOT NULL CHECK (n >= 0)
);

INSERT INTO patient_counts (status, n)
SELECT s, (SELECT count(*) FROM patients WHERE status = s)
FROM unnest(ARRAY['ACTIVE', 'INACTIVE', 'DECEASED']) AS s;

CREATE FUNCTION patient_counts_follow() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE patient_counts SET n = n - 1 WHERE status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE patient_counts SET n = n + 1 WHERE status = NEW.status;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql SET search_path FROM CURRENT;

CREATE TRIGGER patient_counts_on_insert_or_delete AFTER INSERT OR DELETE ON patients
    FOR EACH ROW EXECUTE FUNCTION patient_counts_follow();
CREATE TRIGGER patient_counts_on_status_change AFTER UPDATE OF status ON patients
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION patient_counts_follow();
