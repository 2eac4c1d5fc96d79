package hms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The served contract, read by a real OpenAPI parser the way client generators read it. */
class OpenApiIT {

  @Test
  void yamlDocumentParsesWithoutAnyMessage() {
    Answer answer = Api.get("/openapi");
    assertEquals(200, answer.status());
    parse(answer.body());
  }

  @Test
  void jsonDocumentParsesWithoutAnyMessage() {
    Answer answer = Api.get("/openapi?format=json");
    assertEquals(200, answer.status());
    assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"));
    parse(answer.body());
  }

  @Test
  void describesTheApiAndItsBearerScheme() {
    OpenAPI api = parse(Api.get("/openapi").body());
    SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
    assertAll(
        () -> assertEquals("Hospital Management Platform API", api.getInfo().getTitle()),
        () -> assertFalse(api.getInfo().getVersion().isBlank()),
        () -> assertFalse(api.getInfo().getDescription().isBlank()),
        () -> assertEquals(SecurityScheme.Type.HTTP, bearer.getType()),
        () -> assertEquals("bearer", bearer.getScheme()),
        () -> assertEquals("JWT", bearer.getBearerFormat()),
        () -> assertEquals(List.of("bearer"), List.copyOf(api.getSecurity().get(0).keySet())));
  }

  @Test
  void definesTheTenantHeaderOnce() {
    Parameter tenant =
        parse(Api.get("/openapi").body()).getComponents().getParameters().get("X-Tenant-ID");
    assertNotNull(tenant);
    assertEquals("header", tenant.getIn());
    assertTrue(tenant.getRequired());
    assertEquals("^[a-z][a-z0-9_]{2,39}$", tenant.getSchema().getPattern());
  }

  @Test
  void everyOperationHasAUniqueExplicitId() {
    OpenAPI api = parse(Api.get("/openapi").body());
    Set<String> ids = new HashSet<>();
    operations(api)
        .forEach(
            op -> {
              assertNotNull(op.getOperationId(), op.getSummary());
              assertTrue(ids.add(op.getOperationId()), "duplicate " + op.getOperationId());
            });
    assertFalse(ids.isEmpty());
  }

  @Test
  void everyErrorResponseIsAProblem() {
    OpenAPI api = parse(Api.get("/openapi").body());
    assertNotNull(api.getComponents().getSchemas().get("Problem"));
    operations(api)
        .forEach(
            op ->
                op.getResponses()
                    .forEach(
                        (code, response) -> {
                          if (code.startsWith("4") || code.startsWith("5")) {
                            MediaType problem =
                                declared(api, response)
                                    .getContent()
                                    .get("application/problem+json");
                            assertNotNull(problem, op.getOperationId() + " " + code);
                            assertEquals(
                                "#/components/schemas/Problem",
                                problem.getSchema().get$ref(),
                                op.getOperationId() + " " + code);
                          }
                        }));
  }

  /** The answer itself, or the shared one it refers to ({@code #/components/responses/...}). */
  private static ApiResponse declared(OpenAPI api, ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getResponses().get(name);
  }

  private static OpenAPI parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    assertEquals(List.of(), result.getMessages(), "parser messages");
    assertNotNull(result.getOpenAPI());
    return result.getOpenAPI();
  }

  /** The API's operations; the probes answer their own health JSON, also when DOWN. */
  private static List<Operation> operations(OpenAPI api) {
    return api.getPaths().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("/health/"))
        .flatMap(e -> e.getValue().readOperations().stream())
        .toList();
  }
}
