package hms.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PatientsIT {
  private static Hospital hospital;

  @BeforeAll
  static void aHospital() {
    hospital = Tenants.create("pat");
  }

  @Test
  void registersWithAGeneratedMrnLocationAndEtag() {
    Answer created =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "POST",
            "/api/patients",
            Patients.body("Ada", "Lovelace")
                .add("bloodType", "O+")
                .add("allergies", Json.createArrayBuilder().add("penicillin"))
                .add(
                    "address",
                    Json.createObjectBuilder().add("city", "London").add("country", "GB"))
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    JsonObject p = created.json();
    assertTrue(p.getString("mrn").matches("P-\\d{6}"), p.getString("mrn"));
    assertTrue(
        created.header("Location").orElseThrow().endsWith("/api/patients/" + p.getString("id")));
    assertTrue(
        created.header("ETag").orElseThrow().matches("\"\\d+\""), created.headers().toString());
    assertEquals("London", p.getJsonObject("address").getString("city"));
    assertEquals(
        List.of("penicillin"),
        p.getJsonArray("allergies").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals("ACTIVE", p.getString("status"));
    assertEquals(hospital.admin().sub(), p.getString("createdBy"));
  }

  @Test
  void validationNamesEachField() {
    JsonObject problem =
        Tenants.send(
                hospital.admin(),
                hospital.id(),
                "POST",
                "/api/patients",
                Json.createObjectBuilder()
                    .add("givenName", "x".repeat(101))
                    .add("familyName", "")
                    .add("dateOfBirth", "2999-01-01")
                    .add("sex", "FEMALE")
                    .add("email", "not-an-email")
                    .add("phone", "call me")
                    .add("bloodType", "Q+")
                    .build()
                    .toString())
            .assertProblem(400, "validation");
    Map<String, String> errors =
        problem.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject())
            .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    assertEquals(
        java.util.Set.of("givenName", "familyName", "dateOfBirth", "email", "phone", "bloodType"),
        errors.keySet());
    assertEquals("must be a phone number: digits, spaces, + ( ) -", errors.get("phone"));

    Tenants.send(
            hospital.admin(),
            hospital.id(),
            "POST",
            "/api/patients",
            Patients.body("Old", "Timer").add("dateOfBirth", "1899-12-31").build().toString())
        .assertProblem(400, "validation");
    Tenants.send(
            hospital.admin(),
            hospital.id(),
            "POST",
            "/api/patients",
            Patients.body("No", "Sex").add("sex", "ROBOT").build().toString())
        .assertProblem(400, "validation");
  }

  @Test
  void updatesOnlyWithTheCurrentEtag() {
    JsonObject p =
        Patients.create(hospital.admin(), hospital.id(), Patients.body("Grace", "Hopper"));
    String path = "/api/patients/" + p.getString("id");
    String etag = Tenants.get(hospital.admin(), hospital.id(), path).header("ETag").orElseThrow();
    long version = p.getJsonNumber("version").longValue();
    assertEquals("\"" + version + "\"", etag);
    String changed = Patients.body("Grace", "Hopper-Murray").build().toString();

    Tenants.send(hospital.admin(), hospital.id(), "PUT", path, changed)
        .assertProblem(428, "if-match-required");
    Answer stale = put(path, "\"" + (version + 7) + "\"", changed);
    stale.assertProblem(412, "stale-version");
    Answer ok = put(path, etag, changed);
    assertEquals(200, ok.status(), ok.body());
    assertEquals("Hopper-Murray", ok.json().getString("familyName"));
    String newTag = "\"" + (version + 1) + "\"";
    assertEquals(newTag, ok.header("ETag").orElseThrow());
    put(path, etag, changed).assertProblem(412, "stale-version");
    Answer read = Tenants.get(hospital.admin(), hospital.id(), path);
    assertEquals(newTag, read.header("ETag").orElseThrow());
  }

  @Test
  void searchesByPrefixIgnoringCaseAndAccents() {
    Hospital own = Tenants.create("search");
    Patients.create(own.admin(), own.id(), Patients.body("Jürgen", "Müller"));
    Patients.create(own.admin(), own.id(), Patients.body("Julia", "Muller"));
    JsonObject smith =
        Patients.create(
            own.admin(),
            own.id(),
            Patients.body("Anna", "Smith").add("phone", "+1 (555) 010-9999"));

    assertEquals(2, total(own, "q=mul"));
    assertEquals(2, total(own, "q=M%C3%9CL"));
    assertEquals(2, total(own, "q=jU"));
    assertEquals(1, total(own, "q=" + smith.getString("mrn")));
    assertEquals(1, total(own, "q=1555010"));
    assertEquals(1, total(own, "q=anna.sm"));
    assertEquals(0, total(own, "q=%25"));
    assertEquals(0, total(own, "q=_"));
    assertEquals(3, total(own, "sex=FEMALE&bornAfter=1980-01-01&bornBefore=1981-01-01"));

    JsonObject page =
        Tenants.get(own.admin(), own.id(), "/api/patients?sort=givenName,desc&size=2").json();
    assertEquals(3, page.getInt("totalItems"));
    assertEquals(2, page.getInt("totalPages"));
    assertEquals("Jürgen", page.getJsonArray("items").getJsonObject(0).getString("givenName"));
    Tenants.get(own.admin(), own.id(), "/api/patients?size=101").assertProblem(400, "validation");
    Tenants.get(own.admin(), own.id(), "/api/patients?sort=notes,asc")
        .assertProblem(400, "validation");
    Tenants.get(own.admin(), own.id(), "/api/patients?bornAfter=2020-02-30")
        .assertProblem(400, "validation");
  }

  @Test
  void totalsFollowRegistrationsAndDeactivations() {
    Hospital own = Tenants.create("totals");
    for (String family : List.of("Adler", "Berg", "Clausen")) {
      Patients.create(own.admin(), own.id(), Patients.body("Eva", family));
    }
    JsonObject berg =
        Tenants.get(own.admin(), own.id(), "/api/patients?q=berg")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    String path = "/api/patients/" + berg.getString("id");
    assertEquals(204, Tenants.send(own.admin(), own.id(), "DELETE", path, null).status());

    // Full pages and pages beyond the end take the total from the per-status counters.
    assertEquals(3, total(own, "size=1"));
    assertEquals(2, total(own, "status=ACTIVE&size=1"));
    assertEquals(1, total(own, "status=INACTIVE&size=1"));
    assertEquals(0, total(own, "status=DECEASED&size=1"));
    assertEquals(3, total(own, "page=7&size=1"));
    JsonObject descending =
        Tenants.get(own.admin(), own.id(), "/api/patients?sort=familyName,desc&size=2").json();
    assertEquals(
        "Clausen", descending.getJsonArray("items").getJsonObject(0).getString("familyName"));
    assertEquals(2, descending.getInt("totalPages"));
  }

  @Test
  void deleteMakesThePatientInactive() {
    JsonObject p = Patients.create(hospital.admin(), hospital.id(), Patients.body("Gone", "Away"));
    String path = "/api/patients/" + p.getString("id");
    assertEquals(204, Tenants.send(hospital.admin(), hospital.id(), "DELETE", path, null).status());
    assertEquals(
        "INACTIVE", Tenants.get(hospital.admin(), hospital.id(), path).json().getString("status"));
  }

  @Test
  void exportsCsvWithQuotingAndNoFormulas() {
    Hospital own = Tenants.create("csv");
    Patients.create(own.admin(), own.id(), Patients.body("=cmd|' /C calc'!A0", "Evil"));
    Patients.create(own.admin(), own.id(), Patients.body("Anne, \"Annie\"", "O'Neil"));
    Answer csv = Tenants.get(own.admin(), own.id(), "/api/patients/export?sort=familyName,asc");
    assertEquals(200, csv.status(), csv.body());
    assertTrue(
        csv.header("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
    List<String> lines = List.of(csv.body().split("\r\n"));
    assertEquals(
        "mrn,givenName,familyName,dateOfBirth,sex,phone,email,city,country,status", lines.get(0));
    assertEquals(3, lines.size());
    // Rows come in id order (the export's keyset), so find them by content.
    String evil = lines.stream().filter(l -> l.contains(",Evil,")).findFirst().orElseThrow();
    String anne = lines.stream().filter(l -> l.contains("O'Neil")).findFirst().orElseThrow();
    assertTrue(evil.contains(",'=cmd|' /C calc'!A0,Evil,"), evil);
    assertTrue(anne.contains(",\"Anne, \"\"Annie\"\"\",O'Neil,"), anne);
    assertTrue(evil.contains(",'+49 30 1234567,"), "a leading + is neutralized: " + evil);
  }

  @Test
  void anUnknownPatientIs404() {
    Tenants.get(hospital.admin(), hospital.id(), "/api/patients/" + java.util.UUID.randomUUID())
        .assertProblem(404, "not-found");
  }

  private static Answer put(String path, String ifMatch, String json) {
    return Tenants.send(
        hospital.admin(), hospital.id(), "PUT", path, json, Map.of("If-Match", ifMatch));
  }

  private static int total(Hospital h, String query) {
    Answer answer = Tenants.get(h.admin(), h.id(), "/api/patients?" + query);
    assertEquals(200, answer.status(), answer.body());
    return answer.json().getInt("totalItems");
  }
}
