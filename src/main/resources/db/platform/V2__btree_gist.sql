-- Tenant schemas keep a clinician from being booked twice with an exclusion constraint over
-- (clinician, time range), which needs btree_gist's equality operator class for text. An
-- extension belongs to the database, not to a schema: it is created once, here, in the platform
-- schema (never in a tenant's, which a tenant's removal would drop with every constraint using it).
-- btree_gist is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA platform;
