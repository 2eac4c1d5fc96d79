package hms.problems.boundary;

import hms.problems.entity.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: the body of every error answer. {@code errors} lists the fields that failed
 * validation; {@code requestId} (an extension member) is the request's id, also in its {@code
 * X-Request-ID} header and on its log lines. Absent members are left out.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(
    @Schema(required = true, example = "urn:hms:problem:not-found") URI type,
    @Schema(required = true, example = "Not Found") String title,
    @Schema(required = true, example = "404") int status,
    @Schema(example = "There is nothing at this address.") String detail,
    @Schema(format = "uri-reference", example = "/api/patients/42") URI instance,
    @Schema(
            required = true,
            description =
                "The request's id, as in its X-Request-ID answer header: what the server logged"
                    + " the request under. Quote it when reporting a problem.",
            example = "4f6c1d9e-0b7a-4c55-9d43-2f1e8a6b7c10")
        String requestId,
    @Schema(description = "Only on validation failures: one entry per rejected field.")
        List<FieldError> errors) {

  /**
   * The media type of every error answer. Operations without a success body also produce it: a
   * generated client then accepts only this type, and the answer must not be 406.
   */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The stable type URI of a kind of problem, named by a short slug. */
  public static URI type(String slug) {
    return URI.create("urn:hms:problem:" + slug);
  }
}
