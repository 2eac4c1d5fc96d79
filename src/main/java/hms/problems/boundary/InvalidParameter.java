package hms.problems.boundary;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter that cannot be read as its type. A {@link
 * jakarta.ws.rs.WebApplicationException}, because JAX-RS turns any other failure of a parameter's
 * conversion into 404; {@link WebApplicationExceptionMapper} answers it as a validation problem.
 */
public final class InvalidParameter extends BadRequestException {
  private final String parameter;
  private final String requirement;

  InvalidParameter(String parameter, String requirement) {
    this.parameter = parameter;
    this.requirement = requirement;
  }

  String parameter() {
    return parameter;
  }

  String requirement() {
    return requirement;
  }
}
