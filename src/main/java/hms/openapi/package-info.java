/**
 * The OpenAPI contract as a product: what the scanner derives from the resources is completed here,
 * once, for every operation (the tenant header, problem responses, named page schemas, the probes,
 * the version), so that generated clients in any language read well.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>The served document is the source of truth; {@code docs/openapi.yaml} is its committed
 *       snapshot, and a test fails when they differ, so every contract change is a reviewed diff.
 *       The Java client the tests use is generated from the snapshot in the build.
 *   <li>Errors the runtime makes for any operation of a kind (400, 401, 403, 404, 413, 415, 500,
 *       503) are declared here; domain refusals (409, 412, 428, 429) by the operations.
 *   <li>The {@code X-Tenant-ID} header is declared once, as a component, and referenced from every
 *       operation under {@code /api} here, by path, as the tenant filter requires it; rejected: a
 *       {@code @Parameter(ref = ...)} on each resource method (39 copies, and a new method without
 *       one would have documented no tenant).
 *   <li>{@code info.version} is the project version, written into the configuration by the build.
 *   <li>Spectral lints the served document in the build (OpenAPI ruleset plus our rules in {@code
 *       src/test/openapi/spectral.yaml}); errors fail it.
 * </ul>
 */
package hms.openapi;
