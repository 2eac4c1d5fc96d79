package hms.problems.boundary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the OpenAPI document tell the truth about errors without every resource repeating it: every
 * 4xx/5xx answer is problem+json, and the refusals the runtime makes for any operation (bad input,
 * missing token, server failure) are declared on each operation they can happen to.
 */
public class ProblemResponsesFilter implements OASFilter {
  private static final Map<String, String> STANDARD =
      Map.of(
          "400", "The request is malformed or fails validation.",
          "401", "No valid bearer token.",
          "403", "Authenticated but not allowed.",
          "415", "The request body's media type is not supported.",
          "500", "The server failed; the body names the logged errorId.");

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
    for (String code : List.of("400", "401", "403", "415", "500")) {
      boolean applies =
          switch (code) {
            case "400" -> hasInput;
            case "401", "403" -> secured;
            case "415" -> operation.getRequestBody() != null;
            default -> true;
          };
      if (applies && !responses.hasAPIResponse(code)) {
        responses.addAPIResponse(
            code, OASFactory.createAPIResponse().description(STANDARD.get(code)));
      }
    }
    responses.getAPIResponses().forEach(ProblemResponsesFilter::problemBodyOnErrors);
    return operation;
  }

  private static void problemBodyOnErrors(String code, APIResponse response) {
    if (code.startsWith("4") || code.startsWith("5")) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  Problem.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
  }
}
