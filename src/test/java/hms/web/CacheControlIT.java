package hms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nothing the server answers with patient data, tokens or errors may be kept by a cache. */
class CacheControlIT {

  @Test
  void everyAnswerOfTheApiIsNoStore() {
    Hospital h = Tenants.create("nostore");
    String patient =
        Patients.create(h.admin(), h.id(), Patients.body("Cached", "Never")).getString("id");
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("patient", Tenants.get(h.admin(), h.id(), "/api/patients/" + patient));
    answers.put("list", Tenants.get(h.admin(), h.id(), "/api/patients"));
    answers.put("csv", Tenants.get(h.admin(), h.id(), "/api/patients/export"));
    answers.put("404", Tenants.get(h.admin(), h.id(), "/api/patients/" + UUID.randomUUID()));
    answers.put("400", Tenants.get(h.admin(), null, "/api/patients"));
    answers.put("401", Api.get("/api/patients"));
    answers.put(
        "forged token",
        Api.send(
            Api.request("/api/patients")
                .header("Authorization", h.admin().bearer() + "x")
                .header("X-Tenant-ID", h.id())
                .GET()));
    answers.put("platform", Tenants.get(Tenants.platformAdmin(), null, "/platform/tenants"));
    answers.put(
        "tokens",
        Api.postJson(
            "/auth/signin",
            "{\"email\": \"%s\", \"password\": \"%s\"}"
                .formatted(h.admin().email(), Users.PASSWORD)));
    answers.put("me", Tenants.get(h.admin(), null, "/auth/me"));
    answers.put("page", Api.get("/"));
    answers.forEach(
        (what, answer) ->
            assertEquals(
                "no-store",
                answer.header("Cache-Control").orElse("(none)"),
                what + " answered " + answer.status()));
  }
}
