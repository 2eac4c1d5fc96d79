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
 * which sees every request first. A new resource's {@code Location} is a path ({@link
 * hms.web.boundary.Created}), never built from the client's {@code Host}. The front end keeps the
 * access token in memory and the refresh token in sessionStorage (see {@code
 * src/main/frontend/src/session/tokens.ts}).
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
