package hms.openapi.control;

import hms.problems.boundary.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the document tell the truth about errors without every resource repeating it: every 4xx/5xx
 * answer is problem+json, and the refusals the runtime makes for any operation of a kind (bad
 * input, missing token, unknown id, oversized body or Authorization header, an unavailable
 * dependency) are declared on each operation they can happen to. Operations declare their own
 * domain refusals (409, 412, 428, 429).
 */
public final class ProblemResponses {
  private record Standard(String description, Predicate<Operation> appliesTo) {}

  private static final Map<String, Standard> STANDARD = new LinkedHashMap<>();

  static {
    STANDARD.put(
        "400",
        new Standard("The request is malformed or fails validation.", ProblemResponses::input));
    STANDARD.put("401", new Standard("No valid bearer token.", ProblemResponses::secured));
    STANDARD.put("403", new Standard("Authenticated but not allowed.", ProblemResponses::secured));
    STANDARD.put(
        "404",
        new Standard("Nothing with this id (in this hospital).", ProblemResponses::pathParams));
    STANDARD.put(
        "413", new Standard("The request body is over 1 MiB.", op -> op.getRequestBody() != null));
    STANDARD.put(
        "415",
        new Standard(
            "The request body's media type is not supported.", op -> op.getRequestBody() != null));
    STANDARD.put("431", new Standard("The Authorization header is over 8 KB.", op -> true));
    STANDARD.put(
        "500",
        new Standard(
            "The server failed; quote the body's requestId to the operators.", op -> true));
    STANDARD.put(
        "503",
        new Standard(
            "A dependency (database, storage, identity provider) is unavailable; see Retry-After.",
            op -> true));
  }

  private ProblemResponses() {}

  /** Declares the problems of every operation (the scanned ones: before the probes are added). */
  public static void declare(OpenAPI api) {
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      PageSchemas.operations(api).forEach(ProblemResponses::declare);
    }
  }

  /** Adds the standard problems that apply and gives every error answer the Problem body. */
  static void declare(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (var standard : STANDARD.entrySet()) {
      if (standard.getValue().appliesTo().test(operation)
          && !responses.hasAPIResponse(standard.getKey())) {
        responses.addAPIResponse(
            standard.getKey(),
            OASFactory.createAPIResponse().description(standard.getValue().description()));
      }
    }
    responses.getAPIResponses().forEach(ProblemResponses::problemBodyOnErrors);
  }

  private static boolean input(Operation op) {
    return op.getRequestBody() != null
        || (op.getParameters() != null && !op.getParameters().isEmpty());
  }

  private static boolean secured(Operation op) {
    return op.getSecurity() == null || !op.getSecurity().isEmpty();
  }

  private static boolean pathParams(Operation op) {
    return op.getParameters() != null
        && op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
  }

  private static void problemBodyOnErrors(String code, APIResponse response) {
    // A reference (a shared response component) has its body where it is declared.
    if ((code.startsWith("4") || code.startsWith("5")) && response.getRef() == null) {
      problemBody(response);
    }
  }

  /** The Problem body, for an error answer declared elsewhere (a shared response component). */
  static void problemBody(APIResponse response) {
    response.setContent(
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
  }
}
