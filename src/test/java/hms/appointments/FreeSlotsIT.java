package hms.appointments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Free slots from the hospital's working hours, in its time zone, around existing bookings. */
class FreeSlotsIT {
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final String EVERY_DAY_NINE_TO_NOON =
      "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]";

  private static Hospital hospital;
  private static Users.Session doctor;
  private static Users.Session desk;

  @BeforeAll
  static void hospitalInKolkataOpenNineToNoonEveryDay() {
    hospital = Tenants.create("slots");
    doctor = Tenants.member(hospital, "slots-doc", "DOCTOR");
    desk = Tenants.member(hospital, "slots-desk", "RECEPTIONIST");
    StringBuilder hours = new StringBuilder();
    for (String day : EVERY_DAY_NINE_TO_NOON.replaceAll("[\\[\\]\"]", "").split(",")) {
      hours.append(hours.isEmpty() ? "" : ",");
      hours.append("{\"day\":\"%s\",\"opens\":\"09:00\",\"closes\":\"12:00\"}".formatted(day));
    }
    Answer set =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "PUT",
            "/api/settings",
            "{\"timeZone\":\"Asia/Kolkata\",\"workingHours\":[" + hours + "]}");
    assertEquals(200, set.status(), set.body());
    assertEquals(7, set.json().getJsonArray("workingHours").size());
  }

  @Test
  void slotsAreTheHospitalsHoursMinusBookingsWithItsOffset() {
    LocalDate day = LocalDate.now(KOLKATA).plusDays(5);
    String patient =
        Patients.create(desk, hospital.id(), Patients.body("Slot", "Patient")).getString("id");
    // 10:00-10:30 in Kolkata, booked with a UTC time: 04:30Z.
    Appointments.booked(
        desk,
        hospital.id(),
        patient,
        doctor.sub(),
        day.atTime(10, 0)
            .atZone(KOLKATA)
            .toOffsetDateTime()
            .withOffsetSameInstant(java.time.ZoneOffset.UTC));

    JsonObject free = slots(doctor.sub(), day, "60").json();
    assertEquals("Asia/Kolkata", free.getString("timeZone"));
    assertEquals(day.toString(), free.getString("date"));
    assertEquals(60, free.getInt("durationMinutes"));
    List<String> starts =
        free.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("start"))
            .toList();
    assertEquals(
        List.of(day + "T09:00:00+05:30", day + "T10:30:00+05:30"), starts, free.toString());
    assertEquals(
        day + "T11:30:00+05:30", free.getJsonArray("slots").getJsonObject(1).getString("end"));

    List<String> halfHours =
        slots(doctor.sub(), day, "30")
            .json()
            .getJsonArray("slots")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(s -> s.getString("start").substring(11, 16))
            .toList();
    assertEquals(List.of("09:00", "09:30", "10:30", "11:00", "11:30"), halfHours);
  }

  @Test
  void aFreeDayIsTheWholeOpeningAndAClosedOneIsEmpty() {
    LocalDate day = LocalDate.now(KOLKATA).plusDays(6);
    assertEquals(3, slots(doctor.sub(), day, "60").json().getJsonArray("slots").size());
    Hospital weekdays = Tenants.create("slots");
    Users.Session other = Tenants.member(weekdays, "slots-doc2", "NURSE");
    LocalDate sunday = LocalDate.now().plusWeeks(1).with(java.time.DayOfWeek.SUNDAY);
    Answer closed =
        Tenants.get(
            other,
            weekdays.id(),
            "/api/clinicians/"
                + other.sub()
                + "/free-slots?date="
                + sunday
                + "&durationMinutes=30");
    assertEquals(200, closed.status(), closed.body());
    assertEquals(0, closed.json().getJsonArray("slots").size(), "closed on Sundays by default");
    LocalDate monday = sunday.plusDays(1);
    Answer open =
        Tenants.get(
            other,
            weekdays.id(),
            "/api/clinicians/"
                + other.sub()
                + "/free-slots?date="
                + monday
                + "&durationMinutes=60");
    assertEquals(9, open.json().getJsonArray("slots").size(), "08:00-17:00 in UTC: " + open.body());
    assertEquals(
        monday + "T08:00:00Z",
        open.json().getJsonArray("slots").getJsonObject(0).getString("start"));
  }

  @Test
  void refusesUnknownCliniciansAndBadParameters() {
    LocalDate day = LocalDate.now(KOLKATA).plusDays(5);
    slots("nobody", day, "30").assertProblem(404, "not-found");
    slots(desk.sub(), day, "30").assertProblem(404, "not-found");
    for (String minutes : List.of("4", "481", "abc", "-5")) {
      slots(doctor.sub(), day, minutes).assertProblem(400, "validation");
    }
    Tenants.get(
            desk,
            hospital.id(),
            "/api/clinicians/" + doctor.sub() + "/free-slots?date=2026-02-30&durationMinutes=30")
        .assertProblem(400, "validation");
    Tenants.get(desk, hospital.id(), "/api/clinicians/" + doctor.sub() + "/free-slots")
        .assertProblem(400, "validation");
  }

  @Test
  void theTimeZoneIsARegionOfTheTimeZoneDatabaseSpeltAsThere() {
    // Offsets and abbreviations the JDK would take, but a browser's Intl (the front end formats
    // every time in the hospital's zone) throws on, or that name no region.
    for (String zone : List.of("+18:00", "Z", "UT", "UTC+01:00", "GMT+5", "europe/berlin")) {
      JsonObject problem =
          Tenants.send(
                  hospital.admin(),
                  hospital.id(),
                  "PUT",
                  "/api/settings",
                  "{\"timeZone\":\"" + zone + "\"}")
              .assertProblem(400, "validation");
      assertEquals(
          "timeZone", problem.getJsonArray("errors").getJsonObject(0).getString("field"), zone);
    }
    assertEquals(
        "Asia/Kolkata",
        Tenants.get(desk, hospital.id(), "/api/settings").json().getString("timeZone"));
  }

  @Test
  void workingHoursAreCheckedAndOnlyAdminsChangeThem() {
    String overlapping =
        "{\"timeZone\":\"UTC\",\"workingHours\":[{\"day\":\"MONDAY\",\"opens\":\"08:00\","
            + "\"closes\":\"12:00\"},{\"day\":\"MONDAY\",\"opens\":\"11:00\",\"closes\":\"13:00\"}]}";
    String backwards =
        "{\"timeZone\":\"UTC\",\"workingHours\":[{\"day\":\"MONDAY\",\"opens\":\"17:00\","
            + "\"closes\":\"08:00\"}]}";
    String notATime =
        "{\"timeZone\":\"UTC\",\"workingHours\":[{\"day\":\"MONDAY\",\"opens\":\"8am\","
            + "\"closes\":\"17:00\"}]}";
    for (String body : List.of(overlapping, backwards, notATime)) {
      Tenants.send(hospital.admin(), hospital.id(), "PUT", "/api/settings", body)
          .assertProblem(400, "validation");
    }
    Tenants.send(
            desk,
            hospital.id(),
            "PUT",
            "/api/settings",
            backwards.replace("17:00\",\"closes\":\"08:00", "08:00\",\"closes\":\"17:00"))
        .assertProblem(403, "forbidden");
    JsonObject unchanged = Tenants.get(desk, hospital.id(), "/api/settings").json();
    assertEquals("Asia/Kolkata", unchanged.getString("timeZone"));
    assertEquals(7, unchanged.getJsonArray("workingHours").size());
    assertEquals(
        LocalTime.of(9, 0).toString(),
        unchanged.getJsonArray("workingHours").getJsonObject(0).getString("opens"));
  }

  private static Answer slots(String clinician, LocalDate day, String minutes) {
    return Tenants.get(
        desk,
        hospital.id(),
        "/api/clinicians/" + clinician + "/free-slots?date=" + day + "&durationMinutes=" + minutes);
  }
}
