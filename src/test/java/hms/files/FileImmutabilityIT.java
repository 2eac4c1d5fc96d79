package hms.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hms.it.Answer;
import hms.it.Files;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A completed file is immutable: no URL the API ever issued changes what its download returns. */
class FileImmutabilityIT {

  @Test
  void aSignedRecordsAttachmentKeepsItsBytesWhenItsUploadUrlIsUsedAgain() {
    Hospital h = Tenants.create("immut");
    Users.Session doctor = Tenants.member(h, "immut-doc", "DOCTOR");
    String patient =
        Patients.create(h.admin(), h.id(), Patients.body("Ecg", "Patient")).getString("id");
    JsonObject upload = Files.pending(doctor, h.id(), "ecg.txt", patient);
    byte[] original = Files.content("ecg.txt");
    assertEquals(200, Files.put(upload, original).statusCode());
    String file = upload.getString("id");
    Answer completed =
        Tenants.send(doctor, h.id(), "POST", "/api/files/" + file + "/complete", null);
    assertEquals(200, completed.status(), completed.body());
    assertFalse(completed.json().getString("checksum", "").isBlank(), completed.body());

    String record = Records.draft(doctor, h.id(), patient).getString("id");
    Answer attached =
        Tenants.send(
            doctor,
            h.id(),
            "POST",
            "/api/records/" + record + "/attachments",
            "{\"fileId\": \"" + file + "\"}");
    assertEquals(200, attached.status(), attached.body());
    Answer signed =
        Tenants.send(doctor, h.id(), "POST", "/api/records/" + record + "/finalize", null);
    assertEquals(200, signed.status(), signed.body());

    // Same length and type as the original, so the old signature still fits.
    byte[] forged = new String(original, StandardCharsets.UTF_8).toUpperCase().getBytes();
    Files.put(upload, forged);

    assertArrayEquals(original, Files.download(doctor, h.id(), file));
    Answer again = Tenants.get(doctor, h.id(), "/api/files/" + file);
    assertEquals(completed.json().getString("checksum"), again.json().getString("checksum"));
  }

  @Test
  void aCompletedFilesUploadUrlCannotChangeItBeforeItIsAttachedEither() {
    Hospital h = Tenants.create("immut");
    JsonObject upload = Files.pending(h.admin(), h.id(), "note.txt", null);
    byte[] original = Files.content("note.txt");
    assertEquals(200, Files.put(upload, original).statusCode());
    String file = upload.getString("id");
    assertEquals(
        200,
        Tenants.send(h.admin(), h.id(), "POST", "/api/files/" + file + "/complete", null).status());

    Files.put(upload, new String(original, StandardCharsets.UTF_8).toUpperCase().getBytes());
    assertArrayEquals(original, Files.download(h.admin(), h.id(), file));
  }
}
