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
 */
package hms.web;
