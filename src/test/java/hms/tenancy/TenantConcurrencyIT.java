package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.it.Answer;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many threads alternate between hospitals against a server whose pool holds two connections (the
 * tests' stack), so connections and EntityManagers are reused across tenants all the time. Not one
 * answer may carry another hospital's data.
 */
class TenantConcurrencyIT {
  private static final int THREADS = 8;
  private static final int REQUESTS = 2_000;

  @Test
  void noAnswerEverCarriesAnotherHospitalsRows() throws Exception {
    List<String> zones = List.of("Europe/Berlin", "Asia/Tokyo", "America/Chicago", "Africa/Lagos");
    List<Hospital> hospitals = new ArrayList<>();
    Users.Session doctor = Users.signedIn("roamer");
    for (String zone : zones) {
      Hospital hospital = Tenants.create("conc");
      Answer put =
          Tenants.send(
              hospital.admin(),
              hospital.id(),
              "PUT",
              "/api/settings",
              "{\"timeZone\": \"%s\"}".formatted(zone));
      assertEquals(200, put.status(), put.body());
      assertEquals(
          201,
          Tenants.addMember(hospital.admin(), hospital.id(), doctor.email(), "DOCTOR").status());
      hospitals.add(hospital);
    }

    AtomicInteger wrongTenant = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      int n = i;
      work.add(
          pool.submit(
              () -> {
                int which = n % hospitals.size();
                Answer answer = Tenants.get(doctor, hospitals.get(which).id(), "/api/settings");
                statuses
                    .computeIfAbsent(answer.status(), s -> new AtomicInteger())
                    .incrementAndGet();
                if (answer.status() == 200
                    && !zones.get(which).equals(answer.json().getString("timeZone"))) {
                  wrongTenant.incrementAndGet();
                }
              }));
    }
    for (Future<?> f : work) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertEquals(0, wrongTenant.get(), "answers with another hospital's settings");
    assertEquals(
        REQUESTS, statuses.getOrDefault(200, new AtomicInteger()).get(), statuses.toString());
  }
}
