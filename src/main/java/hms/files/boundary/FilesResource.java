package hms.files.boundary;

import hms.files.control.PresignedRequest;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.problems.boundary.Patterns;
import hms.problems.boundary.Problem;
import hms.web.boundary.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hospital's files: presigned upload and download URLs, and the registry. */
@ApplicationScoped
@Path("api/files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "files", description = "Files in S3, reached through presigned URLs.")
public class FilesResource {

  private final FilesService service;

  /** For the JAX-RS runtime only. */
  public FilesResource() {
    this(null);
  }

  @Inject
  public FilesResource(FilesService service) {
    this.service = service;
  }

  @POST
  @Operation(operationId = "createUpload", summary = "Register a file and get its upload URL")
  @APIResponseSchema(
      value = UploadResponse.class,
      responseCode = "201",
      responseDescription = "PUT the bytes to uploadUrl, then complete.")
  @APIResponse(responseCode = "413", description = "Larger than the limit.")
  @APIResponse(responseCode = "415", description = "A media type that is not allowed.")
  public Response create(@Valid @NotNull CreateFileRequest request, @Context UriInfo uri) {
    FilesService.Upload upload =
        service.startUpload(
            request.filename(),
            request.contentType(),
            request.size(),
            request.patientId(),
            request.category());
    PresignedRequest put = upload.request();
    return Created.below(uri, upload.file().id().toString())
        .entity(
            new UploadResponse(
                upload.file().id(), put.url(), put.method(), put.headers(), put.expiresAt()))
        .build();
  }

  @POST
  @Path("{id}/complete")
  @Operation(operationId = "completeUpload", summary = "Confirm the upload; the file is AVAILABLE")
  @APIResponse(responseCode = "404", description = "No such file.")
  @APIResponse(responseCode = "409", description = "Not in storage with the declared size.")
  @APIResponseSchema(
      value = FileResponse.class,
      responseCode = "200",
      responseDescription = "AVAILABLE.")
  public FileResponse complete(@PathParam("id") @Pattern(regexp = Patterns.UUID) String id) {
    return FileResponse.of(service.complete(UUID.fromString(id)));
  }

  @GET
  @Path("{id}/download-url")
  @Operation(operationId = "getDownloadUrl", summary = "A URL that saves the file")
  @APIResponse(responseCode = "404", description = "No such file.")
  @APIResponse(responseCode = "409", description = "The upload is not completed.")
  @APIResponseSchema(
      value = DownloadResponse.class,
      responseCode = "200",
      responseDescription = "A presigned GET.")
  public DownloadResponse downloadUrl(@PathParam("id") @Pattern(regexp = Patterns.UUID) String id) {
    PresignedRequest get = service.downloadUrl(UUID.fromString(id));
    return new DownloadResponse(get.url(), get.expiresAt());
  }

  @GET
  @Operation(operationId = "listFiles", summary = "The hospital's files, newest first")
  public Page<FileResponse> list(
      @QueryParam("patientId") @Pattern(regexp = Patterns.UUID) String patientId,
      @QueryParam("category") @Pattern(regexp = "^[a-z][a-z0-9-]{0,49}$") String category,
      @Valid @BeanParam PageRequest page) {
    return service
        .list(
            Optional.ofNullable(patientId).map(UUID::fromString),
            Optional.ofNullable(category),
            page)
        .map(FileResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getFile", summary = "One file")
  @APIResponse(responseCode = "404", description = "No such file.")
  @APIResponseSchema(
      value = FileResponse.class,
      responseCode = "200",
      responseDescription = "The file.")
  public FileResponse get(@PathParam("id") @Pattern(regexp = Patterns.UUID) String id) {
    return FileResponse.of(service.get(UUID.fromString(id)));
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteFile", summary = "Delete the stored object; the record stays")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @APIResponse(responseCode = "404", description = "No such file.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public void delete(@PathParam("id") @Pattern(regexp = Patterns.UUID) String id) {
    service.delete(UUID.fromString(id));
  }
}
