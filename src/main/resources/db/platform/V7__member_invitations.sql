-- Issue 23: people by name. A membership is INVITED from the moment it is added until the person
-- next completes a sign-in, then ACCEPTED; invited_at is when the last invitation went out (added,
-- added again, sent again), accepted_at when that sign-in happened. Members added before this
-- migration count as ACCEPTED: they were using the hospital already, but when they first signed in
-- was never recorded, so their accepted_at stays empty rather than invented.
--
-- idp_name is the name the identity provider has for the person (refreshed at each sign-in), kept
-- apart from display_name, the name the hospital gave: screens show the hospital's, else the
-- identity provider's, else the e-mail. The e-mail too is refreshed at each sign-in.
ALTER TABLE memberships
    ADD COLUMN invitation  varchar(16) NOT NULL DEFAULT 'ACCEPTED'
        CHECK (invitation IN ('INVITED', 'ACCEPTED')),
    ADD COLUMN invited_at  timestamptz,
    ADD COLUMN accepted_at timestamptz,
    ADD COLUMN idp_name    varchar(100) CHECK (idp_name IS NULL OR btrim(idp_name) <> ''),
    ADD CONSTRAINT memberships_accepted_after_invitation
        CHECK (invitation = 'ACCEPTED' OR accepted_at IS NULL);

UPDATE memberships SET invited_at = created_at;

ALTER TABLE memberships
    ALTER COLUMN invitation DROP DEFAULT,
    ALTER COLUMN invited_at SET NOT NULL;
