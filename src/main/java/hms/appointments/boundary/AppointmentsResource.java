package hms.appointments.boundary;

import hms.appointments.boundary.AppointmentsService.Step;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.web.boundary.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Booking clinicians' time and moving appointments through the day's workflow. */
@ApplicationScoped
@Path("api/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appointments", description = "Appointments and their workflow.")
public class AppointmentsResource {
  private static final String ID = "{id: [0-9a-fA-F-]{36}}";

  private final AppointmentsService service;

  /** For the JAX-RS runtime only. */
  public AppointmentsResource() {
    this(null);
  }

  @Inject
  public AppointmentsResource(AppointmentsService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "listAppointments", summary = "Appointments by start time")
  public Page<AppointmentResponse> list(
      @Valid @BeanParam AppointmentQuery query, @Valid @BeanParam PageRequest page) {
    return service.list(query.toSearch(), page).map(AppointmentResponse::of);
  }

  @POST
  @Operation(operationId = "bookAppointment", summary = "Book a clinician's time for a patient")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "201",
      responseDescription = "Booked, SCHEDULED.")
  @APIResponse(responseCode = "409", description = "The clinician is booked at that time.")
  public Response book(@Valid @NotNull AppointmentRequest request, @Context UriInfo uri) {
    AppointmentView booked =
        service.book(
            UUID.fromString(request.patientId()),
            request.clinicianId(),
            Times.instant("start", request.start()),
            request.durationMinutes(),
            request.type(),
            request.reason());
    return Created.below(uri, booked.appointment().id().toString())
        .entity(AppointmentResponse.of(booked))
        .build();
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getAppointment", summary = "One appointment")
  public AppointmentResponse get(@PathParam("id") UUID id) {
    return AppointmentResponse.of(service.get(id));
  }

  @POST
  @Path(ID + "/reschedule")
  @Operation(operationId = "rescheduleAppointment", summary = "Move to a new time (SCHEDULED)")
  @APIResponse(responseCode = "409", description = "Booked then, or no longer movable.")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "200",
      responseDescription = "Moved; SCHEDULED again.")
  public AppointmentResponse reschedule(
      @PathParam("id") UUID id, @Valid @NotNull RescheduleRequest request) {
    return AppointmentResponse.of(
        service.reschedule(id, Times.instant("start", request.start()), request.durationMinutes()));
  }

  @POST
  @Path(ID + "/cancel")
  @Operation(operationId = "cancelAppointment", summary = "Cancel, with the reason")
  @APIResponse(responseCode = "409", description = "Past cancelling.")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "200",
      responseDescription = "CANCELLED.")
  public AppointmentResponse cancel(
      @PathParam("id") UUID id, @Valid @NotNull CancelRequest request) {
    return AppointmentResponse.of(service.cancel(id, request.reason()));
  }

  @POST
  @Path(ID + "/confirm")
  @Operation(operationId = "confirmAppointment", summary = "SCHEDULED to CONFIRMED")
  @APIResponse(responseCode = "409", description = "Not SCHEDULED.")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "200",
      responseDescription = "CONFIRMED.")
  public AppointmentResponse confirm(@PathParam("id") UUID id) {
    return AppointmentResponse.of(service.move(id, Step.CONFIRM));
  }

  @POST
  @Path(ID + "/check-in")
  @Operation(operationId = "checkInAppointment", summary = "CONFIRMED to CHECKED_IN")
  @APIResponse(responseCode = "409", description = "Not CONFIRMED.")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "200",
      responseDescription = "CHECKED_IN.")
  public AppointmentResponse checkIn(@PathParam("id") UUID id) {
    return AppointmentResponse.of(service.move(id, Step.CHECK_IN));
  }

  @POST
  @Path(ID + "/start")
  @Operation(operationId = "startAppointment", summary = "CHECKED_IN to IN_PROGRESS (clinicians)")
  @APIResponse(responseCode = "409", description = "Not CHECKED_IN.")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "200",
      responseDescription = "IN_PROGRESS.")
  public AppointmentResponse start(@PathParam("id") UUID id) {
    return AppointmentResponse.of(service.move(id, Step.START));
  }

  @POST
  @Path(ID + "/complete")
  @Operation(operationId = "completeAppointment", summary = "IN_PROGRESS to COMPLETED (clinicians)")
  @APIResponse(responseCode = "409", description = "Not IN_PROGRESS.")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "200",
      responseDescription = "COMPLETED.")
  public AppointmentResponse complete(@PathParam("id") UUID id) {
    return AppointmentResponse.of(service.move(id, Step.COMPLETE));
  }

  @POST
  @Path(ID + "/no-show")
  @Operation(operationId = "markNoShow", summary = "SCHEDULED or CONFIRMED to NO_SHOW, once due")
  @APIResponse(responseCode = "409", description = "Not due yet, or past it.")
  @APIResponseSchema(
      value = AppointmentResponse.class,
      responseCode = "200",
      responseDescription = "NO_SHOW.")
  public AppointmentResponse noShow(@PathParam("id") UUID id) {
    return AppointmentResponse.of(service.move(id, Step.NO_SHOW));
  }
}
