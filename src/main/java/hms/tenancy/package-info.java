/**
 * Tenancy: the registry of hospitals (tenants) and their members, the request rule that binds each
 * {@code /api} request to one tenant, and the schema-per-tenant persistence behind it.
 * docs/architecture.md tells the whole design; the decisions in short:
 *
 * <ul>
 *   <li>Only this package reads {@code X-Tenant-ID}, knows schema names ({@code TenantId}) and sets
 *       EclipseLink's tenant property (on each tenant's own factory, {@code TenantFactories}, from
 *       which {@code TenantEntityManagers} makes the request's EntityManager). Everything else asks
 *       {@code TenantContext}. These two control classes are published to every feature's
 *       repositories (docs/architecture.md); the rest of tenancy is reached through its boundary.
 *   <li>The request rule runs once, in {@code TenantFilter}, after authentication and before any
 *       resource. Missing or malformed header: 400. Unknown tenant and not a member get the same
 *       403, so that nobody learns which tenants exist; a suspended tenant's members get 403 {@code
 *       tenant-suspended}; a schema behind the code's version: 503. Each refusal (malformed id,
 *       unknown tenant, no member, suspended) is published as a CDI event, {@code TenantRefusal},
 *       for hms.audit to record (in the tenant's own trail when its schema is migrated, otherwise
 *       in the platform's security log), before the same answer as ever goes out. An event, because
 *       audit depends on tenancy: a call would be a cycle. The filter does not wait on how the
 *       record fares: the observer logs a failure and returns.
 *   <li>Roles are per tenant: an ADMIN of A has no rights in B, and the platform-admin group grants
 *       no access to any tenant's data (only to {@code /platform}).
 *   <li>The check is cached per node ({@code TenantAccessCache}, 30 s TTL, dropped locally on
 *       change), so the hot path makes no extra round trip. A miss reads on an unshareable
 *       connection that goes back to the pool at once: a request never holds two connections. The
 *       cache is Caffeine's (at most 100,000 entries, expiry after write, statistics recorded):
 *       expiry, a hard size bound and eviction are the library's tested code instead of a map
 *       pruned by hand; a miss still reads outside the cache's lock, so a stalled database does not
 *       queue other callers' misses behind it.
 *   <li>The tenant factories ({@code TenantFactories}) stay a hand-written least-recently-used map:
 *       each is leased by the requests that use it, and one pushed out is closed only when its last
 *       lease ends. A cache library's eviction would close (or drop) it at once, under a running
 *       request.
 *   <li>The {@code tenancy.*} keys are read in one typed class, {@code TenancySettings}, and
 *       checked when the application starts.
 *   <li>The platform schema also holds audit's {@code security_events} (platform migration V4): the
 *       migrations of every platform table stay in one place, here.
 *   <li>Flyway migrates the platform schema at start-up and each tenant schema at provisioning, all
 *       pending migrations in one transaction, a new schema from the newest baseline script (B11,
 *       equal to V1..V11, checked by TenantBaselineIT; B7 stays for the tenants it made, whose
 *       history names it); after start-up, in the background, only tenants whose recorded version
 *       is behind (they answer 503 meanwhile). Flyway commits on its own, so it uses the
 *       non-transactional data source {@code jdbc/hmsMigrations}. Provisioning steps are
 *       idempotent: repeating a failed creation completes it.
 *   <li>Trigger functions live once, in the platform schema, not in each tenant's: PostgreSQL looks
 *       a function name up among all its copies, and a copy per tenant made every new tenant slower
 *       the more tenants there were (docs/benchmarks.md, "Second pass: provisioning at scale").
 *   <li>A hospital's settings ({@code GET/PUT /api/settings}, ADMINs change them) are its name, its
 *       time zone, its locale, the first day of its weeks, the default appointment length and its
 *       weekly working hours. The name stays in the platform's registry row (what {@code /auth/me}
 *       and the tenant picker show, and what the platform operator renames); the rest is the one
 *       {@code settings} row in the tenant's schema. A change names only what changes; what it
 *       leaves out stays. The entities' rules are checked as a constraint of the request ({@code
 *       SettingsRules}), with its other constraints, so one answer names every bad field, each rule
 *       in one wording, and a working-hours error names the interval by its place in the list sent
 *       ({@code workingHours[1].closes}); rejected: checking them one by one in the service, which
 *       answered the first failure only, after the request's constraints had passed. The locale is
 *       a BCP 47 tag of language and region that the JDK has data for, spelt as {@code
 *       Locale.toLanguageTag} spells it (en-GB, not en_gb), so the browsers' {@code Intl} and the
 *       server read it alike; extensions (a calendar, a numbering system) are refused: the front
 *       end formats every date, time and number in the hospital's locale and zone, and a hospital
 *       picks a language and region, not a calendar. The defaults (en-GB, Monday, 30 minutes) are
 *       what every hospital had before they were settings. Rejected: the locale per user (staff of
 *       one hospital must read the same time on a shared screen and a printout), and translations
 *       keyed by it (only English is shipped; the locale formats, it does not translate).
 *   <li>Membership changes lock the tenant row, so concurrent changes cannot remove the last ADMIN.
 *       Removed memberships are kept (status REMOVED) and can be reactivated.
 *   <li>People by name (issue 23, platform migration V7). A membership is INVITED from the moment
 *       it is added (or added again) until the person next completes a sign-in, then ACCEPTED; the
 *       state is the membership's, not the account's, so a person with an account elsewhere is
 *       INVITED here until they next sign in. Members from before V7 count as ACCEPTED, with no
 *       acceptedAt (when they first signed in was never recorded; none is invented). The identity
 *       provider's name is kept in its own column beside the hospital's display name, and screens
 *       show the hospital's first: a sign-in never overwrites what the hospital chose (rejected:
 *       one column and a flag saying whose name it holds). Both the e-mail and that name are
 *       refreshed on every membership of the person at each sign-in, through hms.auth's {@code
 *       SignedIn} CDI event ({@code MemberSignIns}): an event, because auth may not depend on
 *       tenancy. The sign-in waits for it (the screens are current when the person arrives), and
 *       auth logs a failure by sub and signs them in all the same. Not at a token refresh: that is
 *       no sign-in, and it would add a write to every refresh. An identity provider's name that a
 *       request could not give (control characters, nothing visible, more than 100 characters) is
 *       not kept.
 *   <li>An invitation is sent again by the identity provider (AdminCreateUser with MessageAction
 *       RESEND: a new temporary password); only INVITED members whose account has no password yet
 *       have one to send, the others are 409 {@code invitation-not-pending}. cognito-local 5.3.0
 *       has no RESEND: the test stack's start script adds it as Cognito's API reference describes
 *       it, so the tests check this code against that description, not against Cognito.
 * </ul>
 *
 * <p>Rejected: a discriminator column (one forgotten WHERE leaks a hospital's data); a database per
 * tenant (connection pools per tenant do not scale to thousands); reading the tenant from the token
 * (a user belongs to several hospitals).
 *
 * <p>Tenancy depends on hms.auth (who calls, inviting users through {@code AccountService}), never
 * the reverse: {@code GET /auth/me}, which lists the caller's hospitals, is this package's {@code
 * MeResource}, and provisioning is handed the invitation as a function, so its control classes use
 * no other feature's boundary. Who may do what here (members, settings, the platform's hospitals)
 * are rules of hms.access like everywhere; the platform's changes to a hospital are audited in that
 * hospital's own trail.
 */
package hms.tenancy;
