package hms.auth.boundary;

import hms.auth.control.AccessTokenVerifier;
import hms.auth.control.AuthProblems;
import hms.auth.entity.AccessToken;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/**
 * Every endpoint needs a verified Cognito access token ({@link AccessTokenVerifier}) unless it is
 * marked {@link PermitAll}: secure by default. The first thing any request meets: an {@code
 * Authorization} header over {@link #MAX_HEADER_BYTES} is refused with 431 on every endpoint, and
 * the token is checked here, by the application, before anything else reads it.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenFilter implements ContainerRequestFilter {
  /**
   * Cognito's access tokens are 1-2 KB; 8 KB leaves room for many groups and stays well below the
   * HTTP channel's own limit on a header (docs/security.md), so that the client gets a problem.
   */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  private static final String SCHEME = "Bearer ";

  private final AccessTokenVerifier verifier;

  @Context ResourceInfo resource;

  /** For the CDI proxy; public because RESTEasy picks a public constructor first. */
  public AccessTokenFilter() {
    this(null);
  }

  @Inject
  public AccessTokenFilter(AccessTokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> headers = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (headers != null && headers.stream().anyMatch(AccessTokenFilter::tooLarge)) {
      throw new AuthProblems.HeaderTooLarge(HttpHeaders.AUTHORIZATION, MAX_HEADER_BYTES);
    }
    if (isPublic()) {
      return;
    }
    AccessToken token =
        bearer(headers).flatMap(verifier::verify).orElseThrow(AccessTokenFilter::unauthorized);
    request.setProperty(Caller.ATTRIBUTE, token);
  }

  /** The token of the one {@code Authorization: Bearer} header; the scheme is case-insensitive. */
  private static Optional<String> bearer(List<String> headers) {
    if (headers == null || headers.size() != 1) {
      return Optional.empty();
    }
    String value = headers.get(0);
    return value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        ? Optional.of(value.substring(SCHEME.length()))
        : Optional.empty();
  }

  /** Header values arrive as ISO-8859-1: one character a byte. */
  private static boolean tooLarge(String header) {
    return header.length() > MAX_HEADER_BYTES;
  }

  private static NotAuthorizedException unauthorized() {
    return new NotAuthorizedException("Bearer");
  }

  private boolean isPublic() {
    return resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
        || resource.getResourceClass().isAnnotationPresent(PermitAll.class);
  }
}
