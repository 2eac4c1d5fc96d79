-- When the patient was checked in, for the front desk's queue (arrival order, waiting time). Set
-- by the check-in step from now on; appointments checked in before this migration keep null (the
-- time was not recorded then, and updated_at may belong to a later step). Nullable without a
-- default: no table rewrite, fast with many tenants.
ALTER TABLE appointments ADD COLUMN checked_in_at timestamptz;

-- A clinician's own unsigned drafts across patients, newest first (GET /api/records/drafts): one
-- index range per author instead of a scan of every record.
CREATE INDEX records_by_author_status ON clinical_records (author_sub, status, created_at DESC, id);
