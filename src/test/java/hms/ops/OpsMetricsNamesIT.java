package hms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Files;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every metric the alert rules and the dashboard (docs/ops) read is one the server exports: a
 * renamed metric would otherwise leave an alert that never fires and an empty panel. Scrapes the
 * path the ServiceMonitor scrapes.
 */
class OpsMetricsNamesIT {
  @Test
  void everyMetricTheRulesAndTheDashboardReadIsExported() {
    // Traffic first, so that metrics made on first use exist: a probe, an API call refused for
    // want of a token (a problem answer), the contract, a sign-in and a hospital's first requests
    // (the signing keys, the tenant check, its EntityManagerFactory), a presigned upload.
    Api.get("/health/ready");
    Api.get("/api/patients");
    Api.get("/openapi");
    Hospital hospital = Tenants.create("opsnames");
    JsonObject patient =
        Patients.create(hospital.admin(), hospital.id(), Patients.body("Ops", "Names"));
    Files.pending(hospital.admin(), hospital.id(), "names.txt", patient.getString("id"));

    Answer scrape = Api.get(metricsPath());
    assertEquals(200, scrape.status(), scrape.body());
    Set<String> exported = Exposition.names(scrape.body());
    assertTrue(!exported.isEmpty(), "no metric in:\n" + scrape.body());

    Map<String, Set<String>> missing = new TreeMap<>(OpsFiles.namesRead());
    missing.keySet().removeAll(OpsFiles.recordedNames());
    missing.keySet().retainAll(OpsFiles.serverMetrics());
    missing.keySet().removeAll(exported);
    assertEquals(
        Map.of(),
        missing,
        "read by the rules or the dashboard but not exported at "
            + metricsPath()
            + " (name: where it is read)");
  }

  private static String metricsPath() {
    var endpoints =
        Manifests.list(Manifests.at(Manifests.one("ServiceMonitor"), "spec").get("endpoints"));
    return String.valueOf(Manifests.map(endpoints.get(0)).get("path"));
  }
}
