package hms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.RawHttp;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new resource's Location names no host a client made up: Host is the client's to forge. */
class LocationIT {

  @Test
  void aForgedHostIsNotReflectedInLocation() {
    Hospital h = Tenants.create("host");
    Answer created =
        RawHttp.send(
            "POST",
            "/api/patients",
            Map.of(
                "Host", "evil.example",
                "Authorization", h.admin().bearer(),
                "X-Tenant-ID", h.id()),
            Patients.body("Hosted", "Elsewhere").build().toString());
    assertEquals(201, created.status(), created.body());
    String location = created.header("Location").orElseThrow();
    assertFalse(location.contains("evil.example"), location);
    assertTrue(location.startsWith("/api/patients/"), location);
  }
}
