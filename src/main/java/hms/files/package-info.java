/**
 * Tenant files in S3, reached by clients only through presigned URLs.
 *
 * <p>Decisions so far: one bucket for all tenants, every key under the tenant's id as prefix; the
 * S3 client is built once by a CDI producer (closed by its disposer) with the JDK's URL connection
 * client, so no netty or Apache client ships in the WAR; credentials come from the AWS default
 * chain, never from configuration. {@code files.s3.endpoint} is set only for a stand-in (S3Proxy),
 * which then also needs path-style addressing. {@code S3ObjectStore} is the anti-corruption layer:
 * AWS types stay inside {@code control}.
 *
 * <p>Rejected: a bucket per tenant (bucket limits per account, slow provisioning).
 *
 * <p>Out of scope until the files issue: the upload, download and file-registry endpoints. Today
 * the feature only reports whether the bucket is reachable, for readiness.
 */
package hms.files;
