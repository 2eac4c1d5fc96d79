/**
 * Request quotas on {@code /api}: each user and each hospital may send so many requests per window
 * ({@code quota.*}, {@code QuotaSettings}), counted in token buckets (Bucket4j) in this node's
 * memory. A request over either quota is answered 429 {@code quota-exceeded} with {@code
 * Retry-After} (whole seconds until one request is allowed again) and the {@code RateLimit} and
 * {@code RateLimit-Policy} fields of draft-ietf-httpapi-ratelimit-headers-10 (policies {@code
 * "user"} and {@code "tenant"}, {@code q} requests per {@code w} seconds; {@code r} left and {@code
 * t} seconds until the bucket is full again). Every answer to a counted request carries both
 * fields, so clients can slow down before they are refused; the cost is two short headers.
 *
 * <p>Where it counts: after the tenant filter, because the hospital's quota must only count a
 * member's requests (a quota keyed by the raw {@code X-Tenant-ID} would let any stranger spend a
 * hospital's quota), and before any resource, so a refused request does no work. The tenant filter,
 * and so this filter, run inside the admission gate ({@code hms.admission}): the tenant check reads
 * the database on a cache miss and must hold a permit for it. A refused request holds its permit
 * for microseconds without touching the database, so a flooder's excess turns the gate over fast
 * rather than holding it; it still waits its turn in the gate's queue when the pool is busy.
 * Rejected: a servlet filter before the gate keyed by the token's subject alone (it cannot know the
 * hospital's members without the tenant check, so the hospital's quota would need a second place
 * and refunds across the two), and counting unauthenticated or non-member requests (refused
 * earlier, by the token and tenant checks, at no cost to the database).
 *
 * <p>The user's bucket is taken first: a user over their quota does not spend their hospital's. A
 * request the hospital's quota refuses gives its unit back to the user. Buckets unused for a whole
 * window are full and are dropped; at most 100,000 of each kind are kept.
 *
 * <p>Per node: with N nodes behind a load balancer that spreads requests evenly, a user or hospital
 * gets up to N times the configured quota (docs/architecture.md). Rejected: a shared store (a
 * database write or a Redis round trip per request) for a limit whose purpose is to protect each
 * node. Out of scope: quotas per client address before authentication, and per-operation costs.
 */
package hms.quota;
