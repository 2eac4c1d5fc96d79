package hms.patients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.patients.entity.Patient;
import hms.patients.entity.PatientData;
import hms.patients.entity.PatientStatus;
import hms.patients.entity.Sex;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientCsvTest {

  @Test
  void streamsEveryChunkAfterTheHeaderAndStopsAtAShortOne() {
    List<Patient> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(patient("P-" + i, "Anne, \"Annie\"", "=cmd"));
    }
    all.sort((x, y) -> x.id().toString().compareTo(y.id().toString()));
    List<String> asked = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PatientCsv.write(
        out,
        2,
        (after, size) -> {
          asked.add(String.valueOf(after));
          return all.stream()
              .filter(p -> after == null || p.id().toString().compareTo(after) > 0)
              .limit(size)
              .toList();
        });
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n", -1));
    assertEquals(
        "mrn,givenName,familyName,dateOfBirth,sex,phone,email,city,country,status", lines.get(0));
    assertEquals(
        "P-0,\"Anne, \"\"Annie\"\"\",'=cmd,1980-02-29,FEMALE,'+49 30 1234567,,Berlin ,DE,ACTIVE",
        lines.stream().filter(l -> l.startsWith("P-0,")).findFirst().orElseThrow());
    assertEquals(7, lines.size(), "header, 5 rows, nothing after the last CRLF");
    assertEquals(
        List.of("null", all.get(1).id().toString(), all.get(3).id().toString()),
        asked,
        "a chunk shorter than asked is the last");
  }

  private static Patient patient(String mrn, String given, String family) {
    return new Patient(
        mrn,
        new PatientData(
            given,
            family,
            LocalDate.of(1980, 2, 29),
            Sex.FEMALE,
            "+49 30 1234567",
            null,
            null,
            null,
            "Berlin ",
            null,
            null,
            "DE",
            null,
            null,
            null,
            PatientStatus.ACTIVE,
            null),
        "test",
        Instant.parse("2026-01-01T08:00:00Z"));
  }
}
