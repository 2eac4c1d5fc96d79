package hms.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.ServerLogs;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Uploads and downloads straight to and from S3Proxy (SigV4 checked) through presigned URLs. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilesIT {
  private static final HttpClient S3 = HttpClient.newHttpClient();
  private static Hospital hospital;
  private static Hospital other;

  @BeforeAll
  static void hospitals() {
    hospital = Tenants.create("files");
    other = Tenants.create("files");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void noPresignedUrlOfAllTheseReachedTheServersLogs() throws IOException {
    ServerLogs.assertHoldNone(List.of("X-Amz-Signature", "X-Amz-Credential"));
  }

  @Test
  void uploadsThroughTheUrlAndDownloadsTheSameBytes() throws Exception {
    byte[] bytes = "%PDF-1.7 a scan of the left knee\n".repeat(50).getBytes(StandardCharsets.UTF_8);
    JsonObject upload = startUpload(hospital, "Röntgen Knie.pdf", "application/pdf", bytes.length);
    Instant expires = Instant.parse(upload.getString("expiresAt"));
    long expiry = Duration.parse(hms.it.Api.stack("files.presign-expiry")).toSeconds();
    assertTrue(
        expires.isAfter(Instant.now()) && expires.isBefore(Instant.now().plusSeconds(expiry + 2)));
    assertEquals(200, put(upload, "application/pdf", bytes).statusCode());

    JsonObject file = complete(hospital, upload).json();
    assertEquals("AVAILABLE", file.getString("status"));
    assertEquals("Röntgen Knie.pdf", file.getString("filename"));
    assertEquals(bytes.length, file.getJsonNumber("size").longValue());

    JsonObject download =
        call(hospital, "GET", "/api/files/" + upload.getString("id") + "/download-url").json();
    HttpResponse<byte[]> got =
        S3.send(
            HttpRequest.newBuilder(URI.create(download.getString("url"))).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, got.statusCode());
    assertArrayEquals(bytes, got.body());
    assertEquals("application/pdf", got.headers().firstValue("Content-Type").orElse(""));
    String disposition = got.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;"), disposition);
    assertTrue(disposition.contains("filename*=UTF-8''R%C3%B6ntgen%20Knie.pdf"), disposition);

    String list = call(hospital, "GET", "/api/files?size=100").body();
    assertTrue(list.contains(upload.getString("id")), list);
    String audited =
        call(
                hospital,
                "GET",
                "/api/audit-events?resourceType=FILE&resourceId=" + upload.getString("id"))
            .body();
    assertTrue(audited.contains("\"action\":\"DOWNLOAD_URL\""), audited);
    assertFalse(audited.contains("Knie"), "no file names in the audit trail: " + audited);
  }

  @Test
  void s3RefusesAnotherContentTypeOrLength() throws Exception {
    byte[] bytes = "plain text".getBytes(StandardCharsets.UTF_8);
    JsonObject upload = startUpload(hospital, "note.txt", "text/plain", bytes.length);
    assertEquals(403, put(upload, "image/png", bytes).statusCode(), "another content type");
    int longer = put(upload, "text/plain", "plain text, and more".getBytes()).statusCode();
    assertTrue(longer == 400 || longer == 403, "another length: " + longer);
    complete(hospital, upload).assertProblem(409, "upload-incomplete");
  }

  @Test
  void s3RefusesAUrlEditedToAnotherTenantsPrefix() throws Exception {
    byte[] bytes = "x".getBytes();
    JsonObject upload = startUpload(hospital, "x.txt", "text/plain", bytes.length);
    String edited =
        upload.getString("uploadUrl").replace("/" + hospital.id() + "/", "/" + other.id() + "/");
    assertFalse(edited.equals(upload.getString("uploadUrl")));
    HttpResponse<String> answer =
        S3.send(
            HttpRequest.newBuilder(URI.create(edited))
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, answer.statusCode());
  }

  @Test
  void s3RefusesAnExpiredUrl() throws Exception {
    byte[] bytes = "late".getBytes();
    JsonObject upload = startUpload(hospital, "late.txt", "text/plain", bytes.length);
    Instant expires = Instant.parse(upload.getString("expiresAt"));
    Thread.sleep(Duration.between(Instant.now(), expires).plusSeconds(2).toMillis());
    assertEquals(403, put(upload, "text/plain", bytes).statusCode());
  }

  @Test
  void s3RefusesADownloadUrlUsedForAnUpload() throws Exception {
    byte[] bytes = "original".getBytes();
    JsonObject upload = startUpload(hospital, "o.txt", "text/plain", bytes.length);
    put(upload, "text/plain", bytes);
    complete(hospital, upload);
    String url =
        call(hospital, "GET", "/api/files/" + upload.getString("id") + "/download-url")
            .json()
            .getString("url");
    HttpResponse<String> overwrite =
        S3.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("evil!!!!"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, overwrite.statusCode());
  }

  @Test
  void hostileFileNamesAreMadeSafeAndTheKeyStaysUnderTheTenant() {
    List<String> names = List.of("../../x", "%2e%2e/x.pdf", "a\\b.pdf", "evil\u202Efdp.exe", "...");
    for (String name : names) {
      JsonObject upload = startUpload(hospital, name, "application/pdf", 10);
      String path = URI.create(upload.getString("uploadUrl")).getPath();
      String prefix =
          "/"
              + hms.it.Api.stack("s3.bucket")
              + "/"
              + hospital.id()
              + "/"
              + upload.getString("id")
              + "/";
      assertTrue(path.startsWith(prefix), name + " -> " + path);
      String keyName = path.substring(prefix.length());
      assertFalse(
          keyName.contains("/") || keyName.contains("..") || keyName.startsWith("."), keyName);
      JsonObject file = call(hospital, "GET", "/api/files/" + upload.getString("id")).json();
      assertFalse(
          file.getString("filename").matches(".*[\\u0000-\\u001f\\u202e/\\\\].*"), file.toString());
    }
    call(hospital, "POST", "/api/files", body("x".repeat(10_000) + ".pdf", "application/pdf", 10))
        .assertProblem(400, "validation");
    call(hospital, "POST", "/api/files", body("", "application/pdf", 10))
        .assertProblem(400, "validation");
    call(hospital, "POST", "/api/files", body("\u202E\u200B", "application/pdf", 10))
        .assertProblem(400, "validation");
    // A control character is refused outright, like in every other text.
    JsonObject nul =
        call(hospital, "POST", "/api/files", body("nul\u0000byte.pdf", "application/pdf", 10))
            .assertProblem(400, "validation");
    assertEquals("filename", nul.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void refusesAPatientTheHospitalDoesNotHave() {
    String stranger = java.util.UUID.randomUUID().toString();
    JsonObject problem =
        call(
                hospital,
                "POST",
                "/api/files",
                body("a.txt", "text/plain", 3)
                    .replace("}", ", \"patientId\": \"" + stranger + "\"}"))
            .assertProblem(400, "validation");
    assertEquals(
        "patientId",
        problem.getJsonArray("errors").getJsonObject(0).getString("field"),
        problem.toString());
  }

  @Test
  void refusesTypesSizesAndTinyFiles() {
    call(hospital, "POST", "/api/files", body("a.exe", "application/x-msdownload", 10))
        .assertProblem(415, "file-type-not-allowed");
    call(hospital, "POST", "/api/files", body("big.pdf", "application/pdf", 25L * 1024 * 1024 + 1))
        .assertProblem(413, "file-too-large");
    call(hospital, "POST", "/api/files", body("empty.pdf", "application/pdf", 0))
        .assertProblem(400, "validation");
  }

  @Test
  void anotherTenantsFileIsNotFound() {
    JsonObject upload = startUpload(hospital, "mine.pdf", "application/pdf", 10);
    String id = upload.getString("id");
    for (String[] op :
        new String[][] {
          {"GET", "/api/files/" + id},
          {"POST", "/api/files/" + id + "/complete"},
          {"GET", "/api/files/" + id + "/download-url"},
          {"DELETE", "/api/files/" + id}
        }) {
      Tenants.send(other.admin(), other.id(), op[0], op[1], null).assertProblem(404, "not-found");
    }
    assertEquals(
        200, call(hospital, "GET", "/api/files/" + id).status(), "still there for its owner");
  }

  @Test
  void lifecycleRefusalsAndDeletion() throws Exception {
    byte[] bytes = "to be deleted".getBytes();
    JsonObject upload = startUpload(hospital, "gone.txt", "text/plain", bytes.length);
    String id = upload.getString("id");
    complete(hospital, upload).assertProblem(409, "upload-incomplete");
    call(hospital, "GET", "/api/files/" + id + "/download-url")
        .assertProblem(409, "file-not-available");
    put(upload, "text/plain", bytes);
    assertEquals("AVAILABLE", complete(hospital, upload).json().getString("status"));
    assertEquals(204, call(hospital, "DELETE", "/api/files/" + id).status());
    call(hospital, "GET", "/api/files/" + id).assertProblem(404, "not-found");
    assertFalse(call(hospital, "GET", "/api/files?size=100").body().contains(id));
    call(hospital, "GET", "/api/files/not-a-uuid").assertProblem(400, "validation");
    call(hospital, "GET", "/api/files/" + UUID.randomUUID()).assertProblem(404, "not-found");
  }

  @Test
  void listsFilterByPatientAndCategoryAndPage() {
    Hospital own = Tenants.create("filter");
    String patient =
        hms.it.Patients.create(own.admin(), own.id(), hms.it.Patients.body("Lab", "Patient"))
            .getString("id");
    String withPatient =
        jakarta.json.Json.createObjectBuilder()
            .add("filename", "lab.pdf")
            .add("contentType", "application/pdf")
            .add("size", 5)
            .add("patientId", patient)
            .add("category", "lab-results")
            .build()
            .toString();
    String mine = call(own, "POST", "/api/files", withPatient).json().getString("id");
    startUpload(own, "other.pdf", "application/pdf", 5);
    startUpload(own, "third.pdf", "application/pdf", 5);

    JsonObject byPatient = call(own, "GET", "/api/files?patientId=" + patient).json();
    assertEquals(1, byPatient.getJsonNumber("totalItems").intValue());
    assertEquals(mine, byPatient.getJsonArray("items").getJsonObject(0).getString("id"));
    assertEquals(patient, byPatient.getJsonArray("items").getJsonObject(0).getString("patientId"));
    assertEquals(
        1, call(own, "GET", "/api/files?category=lab-results").json().getInt("totalItems"));
    assertEquals(0, call(own, "GET", "/api/files?category=imaging").json().getInt("totalItems"));

    JsonObject page = call(own, "GET", "/api/files?page=1&size=2").json();
    assertEquals(3, page.getInt("totalItems"));
    assertEquals(2, page.getInt("totalPages"));
    assertEquals(1, page.getJsonArray("items").size());
    call(own, "GET", "/api/files?category=Bad%20One").assertProblem(400, "validation");
  }

  private static JsonObject startUpload(Hospital h, String name, String type, long size) {
    Answer created = call(h, "POST", "/api/files", body(name, type, size));
    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").orElseThrow().endsWith(created.json().getString("id")));
    assertEquals("PUT", created.json().getString("method"));
    assertEquals(type, created.json().getJsonObject("headers").getString("Content-Type"));
    return created.json();
  }

  private static HttpResponse<String> put(JsonObject upload, String type, byte[] bytes)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(upload.getString("uploadUrl")))
            .header("Content-Type", type)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    try {
      return S3.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException closedWhileIdle) {
      // S3Proxy may close a kept-alive connection after a refusal; the client finds out on its
      // next request over it, which never reached S3. A PUT may be sent again.
      return S3.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  private static Answer complete(Hospital h, JsonObject upload) {
    return call(h, "POST", "/api/files/" + upload.getString("id") + "/complete");
  }

  private static Answer call(Hospital h, String method, String path) {
    return Tenants.send(h.admin(), h.id(), method, path, null);
  }

  private static Answer call(Hospital h, String method, String path, String json) {
    return Tenants.send(h.admin(), h.id(), method, path, json);
  }

  private static String body(String name, String type, long size) {
    return jakarta.json.Json.createObjectBuilder()
        .add("filename", name)
        .add("contentType", type)
        .add("size", size)
        .build()
        .toString();
  }
}
