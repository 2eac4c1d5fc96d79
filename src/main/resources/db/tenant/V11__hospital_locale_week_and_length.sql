-- How the hospital writes dates, times and numbers (a BCP 47 tag: en-GB writes 24-hour times, as
-- every screen did before), the day its weeks start on (the schedule's week view), and the default
-- length of an appointment in minutes (free slots and the booking dialog; 30 until now). The
-- defaults keep what existing hospitals had. One statement: with a default, PostgreSQL reads the
-- whole index catalog once per ALTER TABLE (docs/benchmarks.md); new tenants get these columns from
-- the baseline B11 instead.
ALTER TABLE settings
    ADD COLUMN locale varchar(35) NOT NULL DEFAULT 'en-GB',
    ADD COLUMN first_day_of_week varchar(9) NOT NULL DEFAULT 'MONDAY'
        CHECK (first_day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                     'SATURDAY', 'SUNDAY')),
    ADD COLUMN appointment_minutes smallint NOT NULL DEFAULT 30
        CHECK (appointment_minutes BETWEEN 5 AND 480 AND appointment_minutes % 5 = 0);
