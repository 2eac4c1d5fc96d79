package hms.web.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * 201 Created with a Location that is a path on this server. JAX-RS makes a location absolute from
 * the request's {@code Host}, which the client chooses: a forged one would come back in the answer
 * (and be followed by a client, or land in a cache). A path has no host to forge.
 */
public final class Created {
  private Created() {}

  /** The new resource is the request's path plus its id ({@code POST /api/patients}). */
  public static Response.ResponseBuilder below(UriInfo uri, String id) {
    return at(UriBuilder.fromPath(uri.getRequestUri().getRawPath()).path(id).build().toString());
  }

  /** The new resource lives at this path from the server's root. */
  public static Response.ResponseBuilder at(String path) {
    return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path);
  }
}
