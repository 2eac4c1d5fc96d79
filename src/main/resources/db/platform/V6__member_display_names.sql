-- The name a hospital gives a member (issue 22: clinicians shown by name, not e-mail). Per
-- membership, not per user: what one hospital calls someone is not another hospital's business.
-- Members added before have none until an ADMIN gives one; screens fall back to the e-mail.
ALTER TABLE memberships ADD COLUMN display_name varchar(100)
    CHECK (display_name IS NULL OR btrim(display_name) <> '');
