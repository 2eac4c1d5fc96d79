package hms.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.client.ApiClient;
import hms.client.ApiException;
import hms.client.api.AppointmentsApi;
import hms.client.api.AuditApi;
import hms.client.api.AuthApi;
import hms.client.api.FilesApi;
import hms.client.api.MembersApi;
import hms.client.api.PatientsApi;
import hms.client.api.PlatformApi;
import hms.client.model.AddMemberRequest;
import hms.client.model.Appointment;
import hms.client.model.AppointmentRequest;
import hms.client.model.AppointmentStatus;
import hms.client.model.AppointmentType;
import hms.client.model.AuditEvent;
import hms.client.model.ConfirmRequest;
import hms.client.model.CreateFileRequest;
import hms.client.model.CreateTenantRequest;
import hms.client.model.Download;
import hms.client.model.Patient;
import hms.client.model.PatientRequest;
import hms.client.model.Problem;
import hms.client.model.Sex;
import hms.client.model.SignInRequest;
import hms.client.model.SignUpRequest;
import hms.client.model.StoredFile;
import hms.client.model.Tenant;
import hms.client.model.TenantRole;
import hms.client.model.Upload;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The main flow through the Java client generated from docs/openapi.yaml, as a client author would
 * write it: what the contract promises is what the server does, errors included.
 */
class ApiClientIT {
  private static final HttpClient S3 = HttpClient.newHttpClient();

  @Test
  void theMainFlowThroughTheGeneratedClient() throws Exception {
    ApiClient platform = signedIn(Api.stack("admin.email"), Api.stack("admin.password"));
    String adminEmail = newUser("client-admin");
    String doctorEmail = newUser("client-doc");
    ApiClient admin = signedIn(adminEmail, Users.PASSWORD);
    ApiClient doctor = signedIn(doctorEmail, Users.PASSWORD);

    String tenant = Tenants.uniqueId("sdk");
    Tenant created =
        new PlatformApi(platform)
            .createTenant(
                key(),
                new CreateTenantRequest().id(tenant).name("SDK Hospital").adminEmail(adminEmail));
    assertEquals(tenant, created.getId());

    String doctorSub =
        new MembersApi(admin)
            .addMember(
                tenant, key(), new AddMemberRequest().email(doctorEmail).role(TenantRole.DOCTOR))
            .getSub();

    PatientRequest ada =
        new PatientRequest()
            .givenName("Ada")
            .familyName("Client")
            .dateOfBirth(LocalDate.of(1985, 3, 14))
            .sex(Sex.FEMALE);
    String registering = key();
    Patient patient = new PatientsApi(admin).createPatient(tenant, registering, ada);
    assertTrue(patient.getMrn().startsWith("P-"), patient.getMrn());
    // A retry of the same action (same key) answers the same patient: registered once.
    assertEquals(
        patient.getId(), new PatientsApi(admin).createPatient(tenant, registering, ada).getId());

    OffsetDateTime nine =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(9).truncatedTo(ChronoUnit.DAYS).withHour(9);
    AppointmentRequest booking =
        new AppointmentRequest()
            .patientId(patient.getId())
            .clinicianId(doctorSub)
            .start(nine)
            .durationMinutes(30)
            .type(AppointmentType.CHECKUP);
    AppointmentsApi appointments = new AppointmentsApi(admin);
    Appointment booked = appointments.bookAppointment(tenant, key(), booking);
    assertEquals(AppointmentStatus.SCHEDULED, booked.getStatus());
    assertEquals(nine.toInstant(), booked.getStart().toInstant());
    Problem busy = problem(() -> appointments.bookAppointment(tenant, key(), booking), 409);
    assertEquals("urn:hms:problem:clinician-busy", busy.getType().toString());

    byte[] bytes = "Blood count: normal".getBytes(StandardCharsets.UTF_8);
    FilesApi files = new FilesApi(admin);
    Upload upload =
        files.createUpload(
            tenant,
            key(),
            new CreateFileRequest()
                .filename("blood.txt")
                .contentType("text/plain")
                .size((long) bytes.length)
                .patientId(patient.getId()));
    HttpRequest.Builder put =
        HttpRequest.newBuilder(upload.getUploadUrl())
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
    // Java's HttpClient sets Content-Length itself (from the body) and refuses it as a header.
    upload.getHeaders().entrySet().stream()
        .filter(h -> !"Content-Length".equalsIgnoreCase(h.getKey()))
        .forEach(h -> put.header(h.getKey(), h.getValue()));
    assertEquals(200, S3.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    StoredFile stored = files.completeUpload(upload.getId().toString(), tenant, key());
    assertEquals("AVAILABLE", stored.getStatus().getValue());
    Download download = files.getDownloadUrl(upload.getId().toString(), tenant);
    byte[] back =
        S3.send(
                HttpRequest.newBuilder(download.getUrl()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .body();
    assertArrayEquals(bytes, back);

    List<AuditEvent> trail =
        new AuditApi(admin)
            .listAuditEvents(tenant, null, null, null, 0, null, null, 100, null)
            .getItems();
    assertTrue(
        trail.stream()
            .anyMatch(
                e ->
                    "PATIENT".equals(e.getResourceType())
                        && "CREATE".equals(e.getAction().getValue())),
        trail.toString());
    Problem forbidden =
        problem(
            () ->
                new AuditApi(doctor)
                    .listAuditEvents(tenant, null, null, null, 0, null, null, 20, null),
            403);
    assertEquals("urn:hms:problem:forbidden", forbidden.getType().toString());
    assertEquals(403, forbidden.getStatus());
  }

  /** The call's ApiException, with the status, read back as the contract's Problem. */
  private static Problem problem(org.junit.jupiter.api.function.Executable call, int status)
      throws IOException {
    ApiException e = assertThrows(ApiException.class, call);
    assertEquals(status, e.getCode(), e.getResponseBody());
    return new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
  }

  private static String newUser(String who) throws ApiException {
    String email = Api.uniqueEmail(who);
    AuthApi auth = new AuthApi(client(null));
    auth.signUp(new SignUpRequest().email(email).password(Users.PASSWORD).name("SDK user"));
    auth.confirmSignUp(new ConfirmRequest().email(email).code(Api.stack("cognito.code")));
    return email;
  }

  private static ApiClient signedIn(String email, String password) throws ApiException {
    String token =
        new AuthApi(client(null))
            .signIn(new SignInRequest().email(email).password(password))
            .getAccessToken();
    return client(token);
  }

  private static ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(Api.stack("base.url"));
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  /** A new Idempotency-Key: one per action, sent again only on a retry of that action. */
  private static String key() {
    return UUID.randomUUID().toString();
  }
}
