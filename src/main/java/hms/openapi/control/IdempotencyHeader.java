package hms.openapi.control;

import hms.idempotency.boundary.IdempotencyFilter;
import hms.idempotency.entity.IdempotencyKey;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every {@code POST} under {@code /api} and {@code /platform} takes an {@code Idempotency-Key}
 * ({@code hms.idempotency}'s filter reads it on exactly these), so the contract declares it here
 * once: the header, the replay mark on its successes, and its two refusals (409 while the key's
 * first request runs, 422 when the key named another request).
 */
public final class IdempotencyHeader {
  /** The shared 422 answer and headers every such operation refers to. */
  static final String MISMATCH = "IdempotencyKeyMismatch";

  private static final String RETRY_AFTER = "IdempotencyRetryAfter";

  private static final String IN_USE =
      "a request with this Idempotency-Key is still running (idempotency-key-in-use); repeat"
          + " after Retry-After.";

  private IdempotencyHeader() {}

  public static void declare(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    api.getComponents().addParameter(IdempotencyKey.HEADER, parameter());
    api.getComponents()
        .addHeader(
            IdempotencyFilter.REPLAYED,
            OASFactory.createHeader()
                .description("true: the kept answer to an earlier request with this key.")
                .schema(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING)
                        .addEnumeration("true")));
    api.getComponents()
        .addHeader(
            RETRY_AFTER,
            OASFactory.createHeader()
                .description("With idempotency-key-in-use: seconds to wait before repeating.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    APIResponse mismatch =
        OASFactory.createAPIResponse()
            .description(
                "This Idempotency-Key was used for another request (idempotency-key-mismatch).");
    ProblemResponses.problemBody(mismatch);
    api.getComponents().addResponse(MISMATCH, mismatch);
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/") || path.startsWith("/platform/")) {
                declare(item);
              }
            });
  }

  private static void declare(PathItem item) {
    Operation op = item.getPOST();
    if (op == null) {
      return;
    }
    op.addParameter(OASFactory.createParameter().ref(IdempotencyKey.HEADER));
    if (op.getResponses() == null) {
      op.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = op.getResponses();
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("2") && response.getRef() == null) {
                response.addHeader(
                    IdempotencyFilter.REPLAYED,
                    OASFactory.createHeader().ref(IdempotencyFilter.REPLAYED));
              }
            });
    APIResponse conflict = responses.getAPIResponse("409");
    if (conflict == null) {
      conflict = OASFactory.createAPIResponse().description(capitalized(IN_USE));
      responses.addAPIResponse("409", conflict);
    } else {
      conflict.setDescription(conflict.getDescription() + " Or: " + IN_USE);
    }
    conflict.addHeader("Retry-After", OASFactory.createHeader().ref(RETRY_AFTER));
    responses.addAPIResponse("422", OASFactory.createAPIResponse().ref(MISMATCH));
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Parameter parameter() {
    return OASFactory.createParameter()
        .name(IdempotencyKey.HEADER)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "A unique key per action (a UUID), sent again on every retry of that action: the"
                + " first request does the work, a repeat gets its answer again (marked"
                + " Idempotent-Replayed), for 24 hours by default. Optional unless the server"
                + " requires it on creating requests (docs/api.md).")
        .schema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .minLength(1)
                .maxLength(IdempotencyKey.MAX_LENGTH)
                .pattern("^[!#-\\[\\]-~]+$"));
  }
}
