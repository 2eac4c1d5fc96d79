/**
 * Tenant files in S3, reached by clients only through presigned URLs: the server signs, the browser
 * or client moves the bytes straight to and from the bucket.
 *
 * <p>Decisions. One bucket for all tenants; every key is built by the server as {@code
 * <tenantId>/<uuid>/<safe name>} and never comes from a client, so no URL the server signs can
 * reach another tenant's prefix. The presigned PUT signs Content-Type and Content-Length, so S3
 * itself refuses any other type or size; the types and the size limit are configuration ({@code
 * files.allowed-content-types}, {@code files.max-size}). URLs live {@code files.presign.expiry} (1
 * hour; refused beyond SigV4's 7 days). A file is PENDING until {@code complete} finds the object
 * with the declared size (HEAD); downloads are only for AVAILABLE files and make the browser save
 * them (Content-Disposition attachment with an RFC 6266 {@code filename*}). Deleting removes the
 * objects and keeps the row as DELETED.
 *
 * <p>A completed file is immutable. The upload URL stays valid for its hour after completion, and a
 * second PUT through it would replace the bytes (of a signed record's attachment too). So {@code
 * complete} copies the object, only if it is still the one it checked (copy-source-if-match), to a
 * key beside it under {@code kept/} that no URL ever lets anyone write, deletes the upload object,
 * and records the copy's ETag as the file's checksum (shown in its answer); downloads are signed
 * for the kept copy only. A later PUT through the old URL writes an object nobody reads. This works
 * against S3 and S3Proxy alike. Rejected: bucket versioning with downloads pinned to a version
 * (S3Proxy has none), checksum headers signed into the upload (S3Proxy does not check them),
 * refusing overwrites with If-None-Match (the browser, not the server, sends the PUT, and S3
 * honours it only on recent API versions). Files completed before copies were kept are still read
 * from their upload key. The file registry lives in the tenant's schema, so another tenant's id is
 * simply not found (404). {@code FileName} keeps two names: the display name (NFC, no path, no
 * control or bidi characters, at most 255) and a short ASCII key name with its extension. The
 * {@code files.*} keys are read in one typed class, {@code FilesSettings}, and checked when the
 * application starts.
 *
 * <p>Clients come from CDI producers with disposers (S3 client and presigner), using the JDK's URL
 * connection client and the AWS default credential chain; {@code S3ObjectStore} is the only class
 * that speaks S3. An S3 outage answers 503 {@code storage-unavailable}; the calls made inside a
 * transaction give up after 4 s so that the request's connection is not held long.
 *
 * <p>Every use case is audited (uploads, completions, reads, lists, download URLs, deletes). A
 * record's attachment is clinical data: the rule {@code FILE_ATTACHMENTS} keeps it from those who
 * may not read records (403, left out of lists). Records attach and detach files through {@code
 * FilesService}'s published methods, never this package's entities. The bucket's readiness check
 * ({@code ObjectStoreCheck}) lives here with the adapter it asks.
 *
 * <p>Rejected: a bucket per tenant (account limits, slow provisioning); proxying bytes through the
 * server (memory, threads and bandwidth for nothing); letting clients name keys.
 *
 * <p>Out of scope here: malware scanning.
 */
package hms.files;
