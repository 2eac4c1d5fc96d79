package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The hospital's settings: name, time zone, locale, first day of the week, default appointment
 * length and working hours; a change touches only what it names.
 */
class SettingsIT {
  private static final String NAME = "must have some visible text and no control characters";
  private static final String TIME_ZONE = "must be a time zone id such as Europe/Berlin";
  private static final String LOCALE =
      "must be a language and region the server knows, written like en-GB or de-DE";
  private static final String MINUTES = "must be 5 to 480 minutes, a multiple of 5";

  @Test
  void aNewHospitalHasTheDefaultsThatKeepTodaysBehaviour() {
    Hospital h = Tenants.create("setdef");
    JsonObject settings = get(h).json();
    assertEquals("setdef hospital", settings.getString("name"));
    assertEquals("UTC", settings.getString("timeZone"));
    assertEquals("en-GB", settings.getString("locale"));
    assertEquals("MONDAY", settings.getString("firstDayOfWeek"));
    assertEquals(30, settings.getInt("appointmentMinutes"));
    assertEquals(5, settings.getJsonArray("workingHours").size());
  }

  @Test
  void everyFieldChangesAndWhatIsLeftOutStays() {
    Hospital h = Tenants.create("setall");
    Answer changed =
        put(
            h,
            """
            {"name": "  St Mary's, Kathmandu ", "timeZone": "Asia/Kathmandu", "locale": "en-US",
             "firstDayOfWeek": "SUNDAY", "appointmentMinutes": 45,
             "workingHours": [{"day": "SUNDAY", "opens": "10:00", "closes": "14:00"}]}
            """);
    assertEquals(200, changed.status(), changed.body());
    JsonObject all = changed.json();
    assertEquals("St Mary's, Kathmandu", all.getString("name"));
    assertEquals("Asia/Kathmandu", all.getString("timeZone"));
    assertEquals("en-US", all.getString("locale"));
    assertEquals("SUNDAY", all.getString("firstDayOfWeek"));
    assertEquals(45, all.getInt("appointmentMinutes"));
    assertEquals(1, all.getJsonArray("workingHours").size());
    assertEquals(all, get(h).json(), "read back as answered");

    // One field at a time: the others stay.
    Map<String, String> changes =
        Map.of(
            "name", "\"Bir Hospital\"",
            "timeZone", "\"Europe/Berlin\"",
            "locale", "\"de-DE\"",
            "firstDayOfWeek", "\"WEDNESDAY\"",
            "appointmentMinutes", "20");
    JsonObject before = all;
    for (var change : changes.entrySet()) {
      Answer one = put(h, "{\"" + change.getKey() + "\": " + change.getValue() + "}");
      assertEquals(200, one.status(), one.body());
      JsonObject after = one.json();
      for (String field : before.keySet()) {
        if (!field.equals(change.getKey())) {
          assertEquals(before.get(field), after.get(field), field + " after " + change);
        }
      }
      assertEquals(change.getValue(), after.get(change.getKey()).toString(), after.toString());
      before = after;
    }
    assertEquals(before, put(h, "{}").json(), "an empty change changes nothing");
  }

  @Test
  void theNameIsWhatMembersAndTheTenantPickerSee() {
    Hospital h = Tenants.create("setname");
    Users.Session nurse = Tenants.member(h, "setname-nurse", "NURSE");
    assertEquals(200, put(h, "{\"name\": \"Renamed General\"}").status());
    JsonObject mine =
        Tenants.get(nurse, null, "/auth/me").json().getJsonArray("tenants").stream()
            .map(JsonObject.class::cast)
            .filter(t -> t.getString("tenantId").equals(h.id()))
            .findFirst()
            .orElseThrow();
    assertEquals("Renamed General", mine.getString("name"), mine.toString());
    assertEquals("Renamed General", get(h, nurse).json().getString("name"));
  }

  @Test
  void everyBadValueIsA400NamingItsField() {
    Hospital h = Tenants.create("setbad");
    JsonObject before = get(h).json();
    List<String[]> bad =
        List.of(
            new String[] {"name", "\"\""},
            new String[] {"name", "\"   \""},
            new String[] {"name", "\"" + "x".repeat(201) + "\""},
            new String[] {"name", "\"Two\\nlines\""},
            // What reorders, breaks or hides text is refused as in a member's name: the header
            // would read "Good Hospital (rotartsinimdA)..." for every member.
            new String[] {"name", "\"Good Hospital \\u202elatipsoH liveE\""},
            new String[] {"name", "\"a\\u0085b\""},
            new String[] {"name", "\"a\\u2028b\""},
            new String[] {"name", "\"a\\u2066b\\u2069\""},
            new String[] {"name", "\"a\\u00adb\\ufeff\""},
            new String[] {"timeZone", "\"Mars/Olympus\""},
            new String[] {"timeZone", "\"+01:00\""},
            new String[] {"locale", "\"en_GB\""},
            new String[] {"locale", "\"english\""},
            new String[] {"locale", "\"xx-YY\""},
            new String[] {"locale", "\"en-GB-u-ca-buddhist\""},
            new String[] {"locale", "\"\""},
            new String[] {"locale", "42"},
            new String[] {"firstDayOfWeek", "\"FUNDAY\""},
            new String[] {"firstDayOfWeek", "\"monday\""},
            new String[] {"appointmentMinutes", "0"},
            new String[] {"appointmentMinutes", "4"},
            new String[] {"appointmentMinutes", "481"},
            new String[] {"appointmentMinutes", "485"},
            new String[] {"appointmentMinutes", "32"},
            new String[] {"appointmentMinutes", "30.5"},
            new String[] {"appointmentMinutes", "\"30\""},
            new String[] {
              "workingHours", "[{\"day\": \"MONDAY\", \"opens\": \"17:00\", \"closes\": \"08:00\"}]"
            });
    for (String[] field : bad) {
      String body = "{\"" + field[0] + "\": " + field[1] + "}";
      JsonObject problem = put(h, body).assertProblem(400, "validation");
      JsonArray errors = problem.getJsonArray("errors");
      assertEquals(1, errors.size(), body + " -> " + problem);
      assertTrue(
          errors.getJsonObject(0).getString("field").startsWith(field[0]), body + " -> " + problem);
    }
    assertEquals(before, get(h).json(), "nothing changed");
  }

  @Test
  void everyBadFieldIsReportedInOneAnswer() {
    Hospital h = Tenants.create("setmany");
    JsonObject before = get(h).json();
    Answer answer =
        put(
            h,
            """
            {"name": "", "timeZone": "Mars/X", "locale": "xx-ZZ", "firstDayOfWeek": "MONDAY",
             "appointmentMinutes": 7,
             "workingHours": [{"day": "MONDAY", "opens": "08:00", "closes": "12:00"},
                              {"day": "MONDAY", "opens": "17:00", "closes": "13:00"}]}
            """);
    assertEquals(
        Map.of(
            "name", NAME,
            "timeZone", TIME_ZONE,
            "locale", LOCALE,
            "appointmentMinutes", MINUTES,
            "workingHours[1].closes", "must be after opens"),
        errors(answer));
    assertEquals(before, get(h).json(), "nothing changed");

    // Values of the wrong type are all named too, not only the first.
    Answer types = put(h, "{\"firstDayOfWeek\": \"FUNDAY\", \"appointmentMinutes\": \"30\"}");
    assertEquals(
        List.of("appointmentMinutes", "firstDayOfWeek"), List.copyOf(errors(types).keySet()));
  }

  @Test
  void aWorkingHoursErrorNamesTheIntervalSent() {
    Hospital h = Tenants.create("sethours");
    String monday = "{\"day\": \"MONDAY\", \"opens\": \"%s\", \"closes\": \"%s\"}";
    String tuesday = monday.replace("MONDAY", "TUESDAY");
    Answer overlap =
        put(
            h,
            "{\"workingHours\": ["
                + String.join(
                    ",",
                    monday.formatted("08:00", "17:00"),
                    tuesday.formatted("08:00", "17:00"),
                    monday.formatted("09:00", "10:00"),
                    monday.formatted("11:00", "12:00"),
                    monday.formatted("17:00", "18:00"))
                + "]}");
    assertEquals(
        Map.of(
            "workingHours[2].opens", "overlaps the interval before on MONDAY (08:00-17:00)",
            "workingHours[3].opens", "overlaps the interval before on MONDAY (08:00-17:00)"),
        errors(overlap));

    Answer five =
        put(
            h,
            "{\"workingHours\": ["
                + String.join(
                    ",",
                    tuesday.formatted("08:00", "09:00"),
                    monday.formatted("08:00", "09:00"),
                    monday.formatted("10:00", "11:00"),
                    monday.formatted("12:00", "13:00"),
                    monday.formatted("14:00", "15:00"),
                    monday.formatted("16:00", "17:00"),
                    monday.formatted("18:00", "17:00"),
                    monday.formatted("8", "17:00"))
                + "]}");
    assertEquals(
        Map.of(
            "workingHours[5]", "is one too many on MONDAY: at most 4 intervals a day",
            "workingHours[6].closes", "must be after opens",
            "workingHours[7].opens", "must be a time such as 08:30"),
        errors(five));
  }

  @Test
  void eachRuleHasOneWording() {
    Hospital h = Tenants.create("setwords");
    Map<String, List<String>> bad =
        Map.of(
            "appointmentMinutes", List.of("0", "-5", "4", "7", "32", "481", "485", "1000"),
            "timeZone", List.of("\"\"", "\"Mars/X\"", "\"+01:00\"", "\"" + "x".repeat(65) + "\""),
            "locale", List.of("\"\"", "\"xx-ZZ\"", "\"en_GB\"", "\"" + "en".repeat(18) + "\""),
            "name", List.of("\"\"", "\"   \"", "\"Two\\nlines\""));
    Map<String, String> wording =
        Map.of(
            "appointmentMinutes", MINUTES, "timeZone", TIME_ZONE, "locale", LOCALE, "name", NAME);
    for (var field : bad.entrySet()) {
      for (String value : field.getValue()) {
        Answer answer = put(h, "{\"" + field.getKey() + "\": " + value + "}");
        assertEquals(Map.of(field.getKey(), wording.get(field.getKey())), errors(answer), value);
      }
    }
  }

  /** The problem's errors by field, each field once; the answer must be a 400 validation. */
  private static Map<String, String> errors(Answer answer) {
    Map<String, String> byField = new TreeMap<>();
    for (JsonObject e :
        answer
            .assertProblem(400, "validation")
            .getJsonArray("errors")
            .getValuesAs(JsonObject.class)) {
      String field = e.getString("field");
      assertEquals(
          null, byField.put(field, e.getString("message")), field + " twice: " + answer.body());
    }
    return byField;
  }

  @Test
  void onlyAnAdminChangesThemAndTheChangeIsAudited() {
    Hospital h = Tenants.create("setrole");
    for (String role : List.of("DOCTOR", "NURSE", "RECEPTIONIST")) {
      Users.Session member = Tenants.member(h, "setrole-" + role.toLowerCase(), role);
      assertEquals(200, get(h, member).status(), "every member reads them");
      Tenants.send(member, h.id(), "PUT", "/api/settings", "{\"appointmentMinutes\": 15}")
          .assertProblem(403, "forbidden");
    }
    assertEquals(30, get(h).json().getInt("appointmentMinutes"));
    assertEquals(200, put(h, "{\"locale\": \"de-DE\", \"appointmentMinutes\": 15}").status());
    Answer trail =
        Tenants.get(h.admin(), h.id(), "/api/audit-events?size=100&resourceType=SETTINGS");
    List<String> events =
        trail.json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .map(e -> e.getString("action") + " " + e.getString("outcome", "?"))
            .toList();
    assertTrue(events.stream().filter(e -> e.startsWith("UPDATE")).count() == 1, events::toString);
    assertEquals(4, events.size(), "one change and three refusals: " + events);
  }

  @Test
  void freeSlotsTakeTheDefaultLengthAndTheChangedWorkingHours() {
    Hospital h = Tenants.create("setslots");
    Users.Session doctor = Tenants.member(h, "setslots-doc", "DOCTOR");
    LocalDate thursday =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusDays(2)
            .with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
    Answer set =
        put(
            h,
            """
            {"timeZone": "Europe/Berlin", "appointmentMinutes": 40,
             "workingHours": [{"day": "THURSDAY", "opens": "09:00", "closes": "11:00"}]}
            """);
    assertEquals(200, set.status(), set.body());
    String path = "/api/clinicians/" + doctor.sub() + "/free-slots?date=" + thursday;

    JsonObject free = Tenants.get(doctor, h.id(), path).json();
    assertEquals(40, free.getInt("durationMinutes"), free.toString());
    assertEquals(List.of("09:00", "09:40", "10:20"), starts(free));

    JsonObject given = Tenants.get(doctor, h.id(), path + "&durationMinutes=60").json();
    assertEquals(60, given.getInt("durationMinutes"), "the parameter still wins");
    assertEquals(List.of("09:00", "10:00"), starts(given));

    assertEquals(200, put(h, "{\"appointmentMinutes\": 120}").status());
    assertEquals(List.of("09:00"), starts(Tenants.get(doctor, h.id(), path).json()));
    JsonObject friday =
        Tenants.get(doctor, h.id(), path.replace(thursday.toString(), thursday.plusDays(1) + ""))
            .json();
    assertEquals(List.of(), starts(friday), "closed on the days the hours leave out");
  }

  private static List<String> starts(JsonObject free) {
    return free.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("start").substring(11, 16))
        .toList();
  }

  private static Answer get(Hospital h) {
    return get(h, h.admin());
  }

  private static Answer get(Hospital h, Users.Session who) {
    return Tenants.get(who, h.id(), "/api/settings");
  }

  private static Answer put(Hospital h, String body) {
    return Tenants.send(h.admin(), h.id(), "PUT", "/api/settings", body);
  }
}
