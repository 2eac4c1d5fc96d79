package hms.tenancy.boundary;

import hms.problems.boundary.Problem;
import hms.tenancy.entity.Membership;
import hms.web.boundary.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hospital's members and their roles (the hospital's ADMINs only). */
@ApplicationScoped
@Path("api/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "members", description = "Who belongs to the hospital, with which role.")
public class MembersResource {
  private final MembersService service;

  /** For the JAX-RS runtime only. */
  public MembersResource() {
    this(null);
  }

  @Inject
  public MembersResource(MembersService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "listMembers", summary = "The hospital's active members")
  public List<MemberResponse> list() {
    return service.list().stream().map(MemberResponse::of).toList();
  }

  @POST
  @Operation(operationId = "addMember", summary = "Add a user by e-mail, inviting an unknown one")
  @APIResponseSchema(
      value = MemberResponse.class,
      responseCode = "201",
      responseDescription = "Added.")
  @APIResponse(responseCode = "409", description = "Already a member.")
  public Response add(@Valid @NotNull AddMemberRequest request, @Context UriInfo uri) {
    Membership member = service.add(request.email(), request.role(), request.displayName());
    return Created.below(uri, member.userSub()).entity(MemberResponse.of(member)).build();
  }

  @PATCH
  @Path("{sub}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "changeMember", summary = "Change a member's role or display name")
  @APIResponse(responseCode = "404", description = "No such member.")
  @APIResponse(responseCode = "409", description = "It would leave the hospital without ADMIN.")
  @APIResponseSchema(
      value = MemberResponse.class,
      responseCode = "200",
      responseDescription = "The member as changed.")
  public MemberResponse change(
      @PathParam("sub") String sub, @Valid @NotNull ChangeMemberRequest request) {
    return MemberResponse.of(service.change(sub, request));
  }

  @POST
  @Path("{sub}/invitation")
  @Operation(
      operationId = "inviteMemberAgain",
      summary = "Send an INVITED member's invitation again (a new temporary password)")
  @APIResponseSchema(
      value = MemberResponse.class,
      responseCode = "200",
      responseDescription = "Sent; the member with the new invitedAt.")
  @APIResponse(responseCode = "404", description = "No such member.")
  @APIResponse(
      responseCode = "409",
      description = "Nothing to send: the member has signed in, or has a password already.")
  public MemberResponse inviteAgain(@PathParam("sub") String sub) {
    return MemberResponse.of(service.inviteAgain(sub));
  }

  @DELETE
  @Path("{sub}")
  @Operation(operationId = "removeMember", summary = "Remove a member from the hospital")
  @APIResponse(responseCode = "204", description = "Removed.")
  @APIResponse(responseCode = "404", description = "No such member.")
  @APIResponse(responseCode = "409", description = "It would leave the hospital without ADMIN.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public void remove(@PathParam("sub") String sub) {
    service.remove(sub);
  }
}
