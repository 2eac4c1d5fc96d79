package hms.idempotency.boundary;

import hms.auth.boundary.Caller;
import hms.idempotency.control.AnswerStore.Place;
import hms.idempotency.control.Idempotency;
import hms.idempotency.control.IdempotencyProblems;
import hms.idempotency.control.IdempotencySettings;
import hms.idempotency.entity.Fingerprint;
import hms.idempotency.entity.IdempotencyKey;
import hms.idempotency.entity.StoredAnswer;
import hms.problems.boundary.RequestBodies;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on every {@code POST} under {@code /api} and {@code /platform}: checks
 * the key, opens the transaction the resource's use case joins, answers a repeat from the kept
 * answer ({@code Idempotent-Replayed: true}), and keeps the first answer in that same transaction
 * before it commits. Runs after the token, tenant and quota filters: the caller and the hospital
 * are known, and a refused request takes no lock.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
  /** The header that marks a kept answer given again. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

  private final Idempotency idempotency;
  private final IdempotencySettings settings;
  private final Caller caller;
  private final Event<Replay> replays;

  @Context ResourceInfo resource;
  @Context Providers providers;

  /** For the CDI proxy; public because RESTEasy picks a public constructor first. */
  public IdempotencyFilter() {
    this(null, null, null, null);
  }

  @Inject
  public IdempotencyFilter(
      Idempotency idempotency, IdempotencySettings settings, Caller caller, Event<Replay> replays) {
    this.idempotency = idempotency;
    this.settings = settings;
    this.caller = caller;
    this.replays = replays;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Optional<Place> place = place(request);
    if (place.isEmpty()) {
      return;
    }
    Optional<IdempotencyKey> key;
    try {
      key = IdempotencyKey.of(request.getHeaders().get(IdempotencyKey.HEADER));
    } catch (IllegalArgumentException malformed) {
      throw new IdempotencyProblems.MalformedKey();
    }
    if (key.isEmpty()) {
      if (settings.required() && AnswerCapture.creates(resource.getResourceMethod())) {
        throw new IdempotencyProblems.MissingKey();
      }
      return;
    }
    byte[] body = request.hasEntity() ? RequestBodies.read(request.getEntityStream()) : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    var uri = request.getUriInfo().getRequestUri();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Idempotency.Claim claim =
        new Idempotency.Claim(
            place.get(),
            caller.sub(),
            key.get(),
            Fingerprint.of(request.getMethod(), target, body));
    Optional<StoredAnswer> kept = idempotency.claim(claim);
    if (kept.isPresent()) {
      request.abortWith(replay(uri.getRawPath(), kept.get()));
    } else {
      request.setProperty(CLAIM, claim);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM) instanceof Idempotency.Claim claim)) {
      return;
    }
    request.removeProperty(CLAIM);
    boolean succeeded = response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL;
    if (!succeeded || idempotency.workFailed()) {
      idempotency.abandon();
      return;
    }
    try {
      idempotency.keep(claim, AnswerCapture.answer(providers, response));
    } catch (Exception failed) {
      idempotency.abandon();
      AnswerCapture.replaceWithProblem(providers, response, failed);
    }
  }

  /** POSTs under /api (the hospital's keys) and /platform (the platform's); nothing else. */
  private static Optional<Place> place(ContainerRequestContext request) {
    if (!HttpMethod.POST.equals(request.getMethod())) {
      return Optional.empty();
    }
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    if (path.startsWith("api/")) {
      return Optional.of(Place.TENANT);
    }
    if (path.startsWith("platform/")) {
      return Optional.of(Place.PLATFORM);
    }
    return Optional.empty();
  }

  private Response replay(String path, StoredAnswer kept) {
    Response.ResponseBuilder answer = Response.status(kept.status()).header(REPLAYED, "true");
    if (kept.location() != null) {
      answer.header(HttpHeaders.LOCATION, kept.location());
    }
    if (kept.etag() != null) {
      answer.header(HttpHeaders.ETAG, kept.etag());
    }
    if (kept.body() != null) {
      Replay replay = new Replay(path, kept.status(), kept.body());
      replays.fire(replay);
      answer.entity(replay.body()).type(kept.contentType());
    }
    return answer.build();
  }
}
