-- A completed file's bytes are kept in a copy under a key that no upload URL names; the upload
-- object is deleted. An upload URL that is still valid after completion (it lives its hour) can
-- then only write an object nobody reads. checksum is the kept copy's ETag, as S3 reports it.
-- Nullable columns without a default: no table rewrite, fast with many tenants.
ALTER TABLE files ADD COLUMN kept_key varchar(1024) UNIQUE;
ALTER TABLE files ADD COLUMN checksum varchar(100);
