package hms.openapi.control;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The endpoints Liberty serves beside the API (the probes and this document) are in the contract
 * too, for load balancers and client authors, each explicitly without security.
 */
public final class ProbePaths {
  private ProbePaths() {}

  public static void add(OpenAPI api) {
    api.getComponents()
        .addSchema(
            "Health",
            SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.OBJECT)
                .description("MicroProfile Health: the overall status and each check's.")
                .addRequired("status")
                .addProperty("status", status())
                .addProperty(
                    "checks",
                    SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.ARRAY)
                        .items(
                            SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.OBJECT)
                                .addRequired("name")
                                .addRequired("status")
                                .addProperty(
                                    "name",
                                    SchemaTypes.typed(
                                        OASFactory.createSchema(), Schema.SchemaType.STRING))
                                .addProperty("status", status()))));
    probe(api, "/health/live", "getLiveness", "Liveness: the process answers (no dependency)");
    probe(api, "/health/ready", "getReadiness", "Readiness: database, storage, identity provider");
    probe(api, "/health/started", "getStartup", "Startup: configuration checked, schemas migrated");
    api.getPaths()
        .addPathItem(
            "/openapi",
            OASFactory.createPathItem()
                .GET(
                    open("getOpenApiDocument", "This document (YAML; ?format=json for JSON)")
                        .addTag("contract")
                        .responses(
                            OASFactory.createAPIResponses()
                                .addAPIResponse(
                                    "200",
                                    OASFactory.createAPIResponse()
                                        .description("The OpenAPI document.")
                                        .content(
                                            OASFactory.createContent()
                                                .addMediaType(
                                                    "application/yaml",
                                                    OASFactory.createMediaType().schema(text()))
                                                .addMediaType(
                                                    "application/json",
                                                    OASFactory.createMediaType()
                                                        .schema(
                                                            SchemaTypes.typed(
                                                                OASFactory.createSchema(),
                                                                Schema.SchemaType.OBJECT))))))));
    api.addTag(OASFactory.createTag().name("health").description("Probes for load balancers."));
    api.addTag(OASFactory.createTag().name("contract").description("This document."));
  }

  private static void probe(OpenAPI api, String path, String id, String summary) {
    var health =
        OASFactory.createContent()
            .addMediaType(
                "application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Health")));
    api.getPaths()
        .addPathItem(
            path,
            OASFactory.createPathItem()
                .GET(
                    open(id, summary)
                        .addTag("health")
                        .responses(
                            OASFactory.createAPIResponses()
                                .addAPIResponse(
                                    "200",
                                    OASFactory.createAPIResponse()
                                        .description("UP.")
                                        .content(health))
                                .addAPIResponse(
                                    "503",
                                    OASFactory.createAPIResponse()
                                        .description("DOWN: the checks say which (no details).")
                                        .content(health)))));
  }

  private static Operation open(String id, String summary) {
    return OASFactory.createOperation()
        .operationId(id)
        .summary(summary)
        .security(new ArrayList<>(List.of()));
  }

  private static Schema status() {
    return SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.STRING)
        .enumeration(new ArrayList<>(List.of("UP", "DOWN")));
  }

  private static Schema text() {
    return SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.STRING);
  }
}
