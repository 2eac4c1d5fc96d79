package hms.idempotency;

import static hms.idempotency.IdempotencyIT.REPLAYED;
import static hms.idempotency.IdempotencyIT.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Files;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays of the POSTs whose work is not only in the hospital's transaction: a hospital's
 * provisioning, a member's invitation at the identity provider, a file's presigned upload URL.
 */
class IdempotentCreationsIT {
  private static Hospital hospital;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("idemc");
  }

  @Test
  void aHospitalsCreationIsReplayed() {
    Users.Session admin = Users.signedIn("idem-hadmin");
    String id = Tenants.uniqueId("idemh");
    String body =
        "{\"id\": \"%s\", \"name\": \"Replayed\", \"adminEmail\": \"%s\"}"
            .formatted(id, admin.email());
    String key = UUID.randomUUID().toString();

    Answer first = post(Tenants.platformAdmin(), null, "/platform/tenants", body, key);
    Answer second = post(Tenants.platformAdmin(), null, "/platform/tenants", body, key);

    assertEquals(201, first.status(), first.body());
    assertEquals(201, second.status(), second.body());
    assertEquals(Optional.of("true"), second.header(REPLAYED));
    assertEquals(first.body(), second.body());
    // Without the key, a repeat is what it always was: the id is taken.
    Answer unkeyed =
        Tenants.requestCreation(Tenants.platformAdmin(), id, "Replayed", admin.email());
    assertEquals(409, unkeyed.status(), unkeyed.body());
  }

  @Test
  void aMembersAdditionIsReplayed() {
    Users.Session user = Users.signedIn("idem-member");
    String body = "{\"email\": \"%s\", \"role\": \"NURSE\"}".formatted(user.email());
    String key = UUID.randomUUID().toString();

    Answer first = post(hospital.admin(), hospital.id(), "/api/members", body, key);
    Answer second = post(hospital.admin(), hospital.id(), "/api/members", body, key);

    assertEquals(201, first.status(), first.body());
    assertEquals(201, second.status(), second.body());
    assertEquals(Optional.of("true"), second.header(REPLAYED));
    assertEquals(first.body(), second.body());
  }

  @Test
  void aReplayedUploadGetsAFreshUrlWhenTheKeptOneExpired() throws SQLException {
    String body =
        "{\"filename\": \"scan.txt\", \"contentType\": \"text/plain\", \"size\": %d}"
            .formatted(Files.content("scan.txt").length);
    String key = UUID.randomUUID().toString();
    Answer first = post(hospital.admin(), hospital.id(), "/api/files", body, key);
    assertEquals(201, first.status(), first.body());
    // Time passes: the kept answer's URL has expired. (The tests' server signs URLs for a few
    // seconds only, so a replay would renew it soon anyway; staged, the test does not wait.)
    Sql.run(
        "UPDATE "
            + Sql.table(hospital.id(), "idempotency_keys")
            + " SET body = convert_to(jsonb_set(convert_from(body, 'UTF8')::jsonb, '{expiresAt}',"
            + " '\"2020-01-01T00:00:00Z\"')::text, 'UTF8') WHERE idempotency_key = '"
            + key
            + "'");

    Answer replay = post(hospital.admin(), hospital.id(), "/api/files", body, key);

    assertEquals(201, replay.status(), replay.body());
    assertEquals(Optional.of("true"), replay.header(REPLAYED));
    JsonObject fresh = replay.json();
    assertEquals(first.json().getString("id"), fresh.getString("id"));
    assertTrue(Instant.parse(fresh.getString("expiresAt")).isAfter(Instant.now()));
    assertNotEquals("2020-01-01T00:00:00Z", fresh.getString("expiresAt"));
    assertEquals(200, Files.put(fresh, Files.content("scan.txt")).statusCode());
    Answer complete =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "POST",
            "/api/files/" + fresh.getString("id") + "/complete",
            null);
    assertEquals(200, complete.status(), complete.body());
  }
}
