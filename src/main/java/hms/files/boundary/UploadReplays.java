package hms.files.boundary;

import hms.idempotency.boundary.Replay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A replayed {@code POST /api/files} (same Idempotency-Key) names the same file; when its kept
 * upload URL has expired, or is about to, the replay carries a fresh one for the same object, type
 * and size instead. Only for the caller's own upload that is still PENDING: a completed file's
 * bytes are kept and no URL may change them, so its replay keeps the expired URL.
 */
@ApplicationScoped
public class UploadReplays {
  private static final String PATH = "/api/files";

  /** Less than this left, and the client could not finish its PUT: renew. */
  private static final Duration MARGIN = Duration.ofMinutes(1);

  private final FilesService service;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected UploadReplays() {
    this(null, null);
  }

  @Inject
  public UploadReplays(FilesService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  void renewExpiredUrl(@Observes Replay replay) {
    if (!PATH.equals(replay.path()) || replay.status() != 201) {
      return;
    }
    JsonObject kept;
    try (var reader = Json.createReader(new ByteArrayInputStream(replay.body()))) {
      kept = reader.readObject();
    }
    if (Instant.parse(kept.getString("expiresAt")).isAfter(clock.instant().plus(MARGIN))) {
      return;
    }
    service
        .uploadAgain(UUID.fromString(kept.getString("id")))
        .ifPresent(
            put -> {
              JsonObjectBuilder headers = Json.createObjectBuilder();
              put.headers().forEach(headers::add);
              JsonObject fresh =
                  Json.createObjectBuilder(kept)
                      .add("uploadUrl", put.url().toString())
                      .add("method", put.method())
                      .add("headers", headers)
                      .add("expiresAt", put.expiresAt().toString())
                      .build();
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try (var writer = Json.createWriter(out)) {
                writer.writeObject(fresh);
              }
              replay.replaceBody(out.toByteArray());
            });
  }
}
