-- The hospital's weekly working hours, in its own time zone: day and intervals, e.g.
-- "MON 08:00-12:00 13:00-17:00;TUE 08:00-17:00". Free slots are offered inside them.
ALTER TABLE settings ADD COLUMN working_hours varchar(600) NOT NULL
    DEFAULT 'MON 08:00-17:00;TUE 08:00-17:00;WED 08:00-17:00;THU 08:00-17:00;FRI 08:00-17:00';

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
