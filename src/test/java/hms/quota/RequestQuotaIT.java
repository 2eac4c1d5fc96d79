package hms.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The request quotas per user and per hospital. The tests' stack gives each user 2,500 requests and
 * each hospital 1,000 per ten minutes (pom.xml), more than any other test sends, so only the bursts
 * made here meet them; the tests read the limits from the answers' {@code RateLimit-Policy}.
 */
class RequestQuotaIT {
  private static final int THREADS = 16;
  private static final Pattern POLICY = Pattern.compile("\"(user|tenant)\";q=(\\d+);w=(\\d+)");
  private static final Pattern REMAINING = Pattern.compile("\"(user|tenant)\";r=(\\d+);t=(\\d+)");

  @Test
  void successfulAnswersCarryThePoliciesAndWhatIsLeft() {
    Hospital hospital = Tenants.create("quota");
    Answer first = Tenants.get(hospital.admin(), hospital.id(), "/api/settings");
    Answer second = Tenants.get(hospital.admin(), hospital.id(), "/api/settings");

    assertEquals(200, second.status(), second.body());
    String policy = second.header("RateLimit-Policy").orElseThrow();
    assertTrue(POLICY.matcher(policy).find(), policy);
    assertTrue(policy.contains("\"user\";q=") && policy.contains("\"tenant\";q="), policy);
    long userLeftFirst = remaining(first, "user");
    long userLeftSecond = remaining(second, "user");
    assertTrue(userLeftSecond < userLeftFirst, first + " then " + second);
    assertTrue(remaining(second, "tenant") < limit(second, "tenant"), second.toString());
  }

  @Test
  void aUserOverTheirQuotaIsRefusedWhileAColleagueInTheSameHospitalIsServed() throws Exception {
    // Hospitals each sent a little less than their own quota, so that only the user's can bite.
    Users.Session busy = Users.signedIn("quota-busy");
    Hospital first = Tenants.create("quota");
    assertEquals(
        201, Tenants.addMember(first.admin(), first.id(), busy.email(), "DOCTOR").status());
    Answer probe = Tenants.get(busy, first.id(), "/api/settings");
    long perHospital = limit(probe, "tenant") - 20;
    long hospitalsNeeded = limit(probe, "user") * 11 / 10 / perHospital + 1;
    List<Hospital> hospitals = new ArrayList<>(List.of(first));
    while (hospitals.size() < hospitalsNeeded) {
      Hospital hospital = Tenants.create("quota");
      assertEquals(
          201, Tenants.addMember(hospital.admin(), hospital.id(), busy.email(), "DOCTOR").status());
      hospitals.add(hospital);
    }
    Hospital last = hospitals.get(hospitals.size() - 1);
    Users.Session colleague = Tenants.member(last, "quota-colleague", "NURSE");

    List<Answer> answers = new ArrayList<>();
    for (Hospital hospital : hospitals) {
      answers.addAll(burst(busy, hospital.id(), perHospital));
    }

    Answer refused = firstRefusal(answers, "user");
    assertEquals(200, Tenants.get(colleague, last.id(), "/api/settings").status());
    assertEquals(200, Tenants.get(last.admin(), last.id(), "/api/settings").status());
    servedAgainAfterRetryAfter(busy, last.id(), refused);
  }

  @Test
  void aHospitalOverItsQuotaIsRefusedWhileAnotherHospitalIsServed() throws Exception {
    Hospital busy = Tenants.create("quota");
    Hospital other = Tenants.create("quota");
    Users.Session first = Tenants.member(busy, "quota-first", "DOCTOR");
    Users.Session second = Tenants.member(busy, "quota-second", "DOCTOR");
    assertEquals(
        201, Tenants.addMember(other.admin(), other.id(), first.email(), "DOCTOR").status());
    long tenantLimit = limit(Tenants.get(first, busy.id(), "/api/settings"), "tenant");

    // Each user sends 60 % of the hospital's quota: well within their own, together over the
    // hospital's; the second, whose own quota is untouched, is refused by the hospital's.
    List<Answer> answers = new ArrayList<>(burst(first, busy.id(), tenantLimit * 3 / 5));
    answers.addAll(burst(second, busy.id(), tenantLimit * 3 / 5));

    Answer refused = firstRefusal(answers, "tenant");
    Answer elsewhere = Tenants.get(first, other.id(), "/api/settings");
    assertEquals(200, elsewhere.status(), elsewhere.body());
    assertEquals(200, Tenants.get(other.admin(), other.id(), "/api/settings").status());
    servedAgainAfterRetryAfter(second, busy.id(), refused);
  }

  /** The first 429 of the burst, checked: problem, Retry-After, the policy that refused. */
  private static Answer firstRefusal(List<Answer> answers, String policy) {
    Answer refused =
        answers.stream()
            .filter(a -> a.status() == 429)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no 429 in " + answers.size() + " requests: " + summary(answers)));
    assertFalse(
        answers.stream().anyMatch(a -> a.status() != 200 && a.status() != 429), summary(answers));
    refused.assertProblem(429, "quota-exceeded");
    assertTrue(
        refused.body().contains(policy.equals("user") ? "your" : "hospital"), refused.body());
    long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 600, "Retry-After " + retryAfter);
    String rateLimit = refused.header("RateLimit").orElseThrow();
    assertTrue(rateLimit.startsWith("\"" + policy + "\";r=0;t="), rateLimit);
    assertTrue(
        refused.header("RateLimit-Policy").orElseThrow().contains("\"" + policy + "\";q="),
        refused.headers().map().toString());
    return refused;
  }

  private static void servedAgainAfterRetryAfter(
      Users.Session caller, String tenant, Answer refused) throws InterruptedException {
    Thread.sleep(Long.parseLong(refused.header("Retry-After").orElseThrow()) * 1000 + 200);
    Answer again = Tenants.get(caller, tenant, "/api/settings");
    assertEquals(200, again.status(), again.body());
  }

  private static List<Answer> burst(Users.Session caller, String tenant, long count)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Answer>> work = new ArrayList<>();
      for (long i = 0; i < count; i++) {
        work.add(pool.submit(() -> Tenants.get(caller, tenant, "/api/settings")));
      }
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> answer : work) {
        answers.add(answer.get(2, TimeUnit.MINUTES));
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }

  private static String summary(List<Answer> answers) {
    StringBuilder counts = new StringBuilder();
    answers.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                Answer::status, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
        .forEach((status, n) -> counts.append(status).append(" x").append(n).append(' '));
    return counts.toString().trim();
  }

  private static long limit(Answer answer, String policy) {
    return value(POLICY, answer.header("RateLimit-Policy"), policy, answer);
  }

  private static long remaining(Answer answer, String policy) {
    return value(REMAINING, answer.header("RateLimit"), policy, answer);
  }

  private static long value(
      Pattern pattern, java.util.Optional<String> header, String policy, Answer answer) {
    Matcher m = pattern.matcher(header.orElse(""));
    while (m.find()) {
      if (m.group(1).equals(policy)) {
        return Long.parseLong(m.group(2));
      }
    }
    throw new AssertionError("no " + policy + " quota in the headers of " + answer);
  }
}
