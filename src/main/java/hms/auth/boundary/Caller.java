package hms.auth.boundary;

import hms.auth.entity.AccessToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Who is calling: the subject and platform roles of the access token {@link AccessTokenFilter}
 * verified for this request; nobody on a public endpoint.
 */
@RequestScoped
public class Caller {
  /** The request attribute under which {@link AccessTokenFilter} leaves the verified token. */
  static final String ATTRIBUTE = AccessToken.class.getName();

  private final HttpServletRequest request;

  /** For the CDI proxy only. */
  protected Caller() {
    this.request = null;
  }

  @Inject
  public Caller(HttpServletRequest request) {
    this.request = request;
  }

  /** Cognito's subject id; null on a public endpoint, never null behind the filter. */
  public String sub() {
    return token().map(AccessToken::sub).orElse(null);
  }

  /** Member of the Cognito group platform-admin. */
  public boolean isPlatformAdmin() {
    return platformRoles().contains(PlatformRoles.PLATFORM_ADMIN);
  }

  /** The caller's Cognito groups that mean something to the whole platform, sorted. */
  public List<String> platformRoles() {
    return token().map(t -> PlatformRoles.of(t.groups())).orElse(List.of());
  }

  /** The token as presented, for calls to Cognito on the caller's behalf. */
  String rawToken() {
    return token().map(AccessToken::raw).orElseThrow();
  }

  private Optional<AccessToken> token() {
    return request.getAttribute(ATTRIBUTE) instanceof AccessToken token
        ? Optional.of(token)
        : Optional.empty();
  }
}
