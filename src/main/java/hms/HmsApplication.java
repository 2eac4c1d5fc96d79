package hms;

import hms.problems.boundary.Problem;
import hms.tenancy.boundary.TenantFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, at the root of the context: {@code /auth}, {@code /platform}, {@code /api}. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Hospital Management Platform API",
            version = "0.1.0",
            contact = @Contact(name = "HMS platform team", email = "platform@hms.example"),
            description =
                "Multi-tenant hospital management. Authenticate at /auth with Cognito, then send"
                    + " the access token as a bearer token and the hospital's id in X-Tenant-ID on"
                    + " every /api request. Errors are RFC 9457 problem+json."),
    security = @SecurityRequirement(name = HmsApplication.BEARER),
    components =
        @Components(
            schemas = @Schema(name = "Problem", implementation = Problem.class),
            parameters =
                @Parameter(
                    name = TenantFilter.HEADER,
                    in = ParameterIn.HEADER,
                    required = true,
                    description = "The id of the hospital (tenant) the request is about.",
                    schema =
                        @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z0-9_]{2,39}$"))))
@SecurityScheme(
    securitySchemeName = HmsApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "A Cognito access token from POST /auth/signin.")
public class HmsApplication extends Application {
  /** The name of the security scheme in the OpenAPI document. */
  public static final String BEARER = "bearer";
}
