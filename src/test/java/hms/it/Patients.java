package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Patients made through the API. */
public final class Patients {
  private Patients() {}

  /** A valid patient's JSON, demographics only. */
  public static JsonObjectBuilder body(String given, String family) {
    return Json.createObjectBuilder()
        .add("givenName", given)
        .add("familyName", family)
        .add("dateOfBirth", "1980-05-17")
        .add("sex", "FEMALE")
        .add("phone", "+49 30 1234567")
        .add("email", letters(given) + "." + letters(family) + "@example.org");
  }

  private static String letters(String name) {
    String kept = name.replaceAll("[^A-Za-z]", "").toLowerCase();
    return kept.isEmpty() ? "x" : kept;
  }

  public static JsonObject create(Users.Session as, String tenant, JsonObjectBuilder body) {
    Answer created = Tenants.send(as, tenant, "POST", "/api/patients", body.build().toString());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }
}
