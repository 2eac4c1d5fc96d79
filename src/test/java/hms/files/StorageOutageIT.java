package hms.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Relays;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** S3 stops answering: file calls that need it are 503 problems, everything else works on. */
class StorageOutageIT {

  @AfterEach
  void restore() {
    Relays.set("s3", "restore");
  }

  @Test
  void fileCallsAnswer503AndTheRestIsUnaffected() {
    Hospital hospital = Tenants.create("s3down");
    Answer upload =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "POST",
            "/api/files",
            "{\"filename\": \"a.txt\", \"contentType\": \"text/plain\", \"size\": 3}");
    assertEquals(201, upload.status(), upload.body());
    String id = upload.json().getString("id");

    Relays.set("s3", "cut");
    Answer complete =
        Tenants.send(
            hospital.admin(), hospital.id(), "POST", "/api/files/" + id + "/complete", null);
    complete.assertProblem(503, "storage-unavailable");
    assertTrue(complete.header("Retry-After").isPresent());
    assertEquals(200, Tenants.get(hospital.admin(), hospital.id(), "/api/settings").status());
    assertEquals(200, Tenants.get(hospital.admin(), hospital.id(), "/api/files").status());
    assertTrue(
        Api.get("/health/ready").body().contains("\"name\":\"object-store\",\"status\":\"DOWN\""));

    Relays.set("s3", "restore");
    Tenants.send(hospital.admin(), hospital.id(), "POST", "/api/files/" + id + "/complete", null)
        .assertProblem(409, "upload-incomplete");
  }
}
