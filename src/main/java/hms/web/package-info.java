/**
 * The web: the front end's delivery and the conventions every answer of the server shares. The
 * Next.js application under {@code src/main/frontend} is built by Maven into static files, packed
 * into the WAR under {@code /app}, and served by {@link hms.web.boundary.FrontEndFilter} from the
 * API's own origin (no CORS between UI and API; one deployment).
 *
 * <p>Decisions: a filter rather than moving the REST application off the root path (clients and the
 * contract keep {@code /api}, {@code /auth}, {@code /platform}); only files of the export are
 * reachable (no path outside it, no listing); hashed assets are cached for a year, and every other
 * answer, pages and the API's alike, is {@code Cache-Control: no-store}, set by the same filter,
 * which sees every request before the others but hms.telemetry's (which only names it). An address
 * with no file gets the export's 404 page, with status 404, when the client asks for HTML (a person
 * following a dead link); every other client, and every API path, gets the {@code not-found}
 * problem. A new resource's {@code Location} is a path ({@link hms.web.boundary.Created}), never
 * built from the client's {@code Host}. The front end keeps the access token in memory and the
 * refresh token in sessionStorage, handed between the app's tabs over a BroadcastChannel, never in
 * localStorage or a cookie (see {@code src/main/frontend/src/session/tokens.ts}).
 *
 * <p>Route space: the API owns its prefixes ({@code /api}, {@code /auth}, {@code /platform}, {@code
 * /openapi}, {@code /health}, {@code /metrics}, where Liberty serves the metrics before the
 * application sees the request, and {@code /fhir} for what is coming); the front end's pages never
 * live under one ({@code RouteSpaceTest} walks the App Router's folders against the filter's list,
 * the one rule). A page there would be unreachable, and a person would get the API's JSON: the
 * Hospitals screen lives at {@code /hospitals/}, not under {@code /platform}. Rejected: moving the
 * whole front end under a prefix of its own ({@code /app/...}): longer addresses for people, and
 * the API's prefixes would still need the same rule.
 *
 * <p>Content-Security-Policy: every page says where its code may come from ({@link
 * hms.web.boundary.ContentSecurityPolicy}). Next's export puts inline scripts in each page (the
 * router's payload and bootstrap); the pages are static, so the front end's build hashes them per
 * page ({@code scripts/csp-hashes.mjs} writes {@code WEB-INF/csp/hashes.json}) and the filter sends
 * exactly those hashes: no {@code 'unsafe-inline'}, no nonce (a static page cannot carry a fresh
 * one). Styles are held to the same rule: {@code 'self'} plus the hashes of the pages' {@code
 * <style>} elements, of the constant ones Radix renders at run time (taken from the bundles), and
 * of the {@code style} attributes in the markup (these need {@code 'unsafe-hashes'}, still for
 * exactly those values); react-remove-scroll's scroll lock, whose CSS depends on the measured
 * scrollbar, goes through a constructed stylesheet ({@code src/csp/style-singleton.ts}), which
 * CSSOM allows. {@code connect-src} is this origin plus what features declare: {@code hms.files}
 * adds the object store, which takes the presigned uploads; downloads are navigations, which the
 * policy does not govern, so no other directive names it. Rejected: {@code 'unsafe-inline'} for
 * styles (it would have been the easy way past Radix's injected styles); {@code 'strict-dynamic'}
 * (every script file comes from this origin). API answers carry no policy: they are JSON or CSV
 * with {@code nosniff}, never rendered as documents that run code. The browser test fails on any
 * violation the pages report.
 *
 * <p>The client's address ({@link hms.web.boundary.ClientAddress}), which the sign-in throttle keys
 * on and the audit trail records, is the connection's peer; only when the peer is one of the
 * proxies in {@code web.trusted-proxies} (none by default) is it the right-most address of {@code
 * X-Forwarded-For} that is no trusted proxy: each proxy appends the peer it saw, and whatever is
 * further left is the client's own claim. Only that class reads the header. Rejected: the servers'
 * own forwarding support (Liberty's {@code remoteIp}, Undertow's {@code proxy-address-forwarding}):
 * configured differently on each server, and Liberty's default list of proxies trusts every private
 * and loopback address.
 */
package hms.web;
