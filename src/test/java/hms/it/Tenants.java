package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.util.Map;

/** Hospitals and their members, made through the public API by the platform administrator. */
public final class Tenants {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static Users.Session platformAdmin;

  /** A hospital and its first administrator, signed in. */
  public record Hospital(String id, Users.Session admin) {}

  private Tenants() {}

  public static synchronized Users.Session platformAdmin() {
    if (platformAdmin == null) {
      platformAdmin = Users.signIn(Api.stack("admin.email"), Api.stack("admin.password"));
    }
    return platformAdmin;
  }

  /** A fresh hospital whose first ADMIN is a fresh user. */
  public static Hospital create(String prefix) {
    Users.Session admin = Users.signedIn(prefix + "-admin");
    String id = uniqueId(prefix);
    Answer created = requestCreation(platformAdmin(), id, prefix + " hospital", admin.email());
    assertEquals(201, created.status(), created.body());
    return new Hospital(id, admin);
  }

  /** POST /platform/tenants as the caller, whatever comes of it. */
  public static Answer requestCreation(
      Users.Session caller, String id, String name, String adminEmail) {
    return send(
        caller,
        null,
        "POST",
        "/platform/tenants",
        "{\"id\": \"%s\", \"name\": \"%s\", \"adminEmail\": \"%s\"}"
            .formatted(id, name, adminEmail));
  }

  /** A fresh user made a member of the hospital with the role. */
  public static Users.Session member(Hospital hospital, String who, String role) {
    Users.Session user = Users.signedIn(who);
    Answer added = addMember(hospital.admin(), hospital.id(), user.email(), role);
    assertEquals(201, added.status(), added.body());
    return user;
  }

  /** POST /api/members as the caller, whatever comes of it. */
  public static Answer addMember(Users.Session caller, String tenant, String email, String role) {
    return send(
        caller,
        tenant,
        "POST",
        "/api/members",
        "{\"email\": \"%s\", \"role\": \"%s\"}".formatted(email, role));
  }

  /** A tenant id no run has used: the prefix, an underscore and ten random characters. */
  public static String uniqueId(String prefix) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder id = new StringBuilder(prefix).append('_');
    for (int i = 0; i < 10; i++) {
      id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return id.toString();
  }

  public static Answer get(Users.Session caller, String tenant, String path) {
    return send(caller, tenant, "GET", path, null);
  }

  /** A request as the caller, to the tenant (null: no header), with an optional JSON body. */
  public static Answer send(
      Users.Session caller, String tenant, String method, String path, String json) {
    return send(caller, tenant, method, path, json, Map.of());
  }

  /** The same, with more headers (If-Match, X-Request-ID...). */
  public static Answer send(
      Users.Session caller,
      String tenant,
      String method,
      String path,
      String json,
      Map<String, String> headers) {
    HttpRequest.Builder request = Api.request(path).header("Authorization", caller.bearer());
    headers.forEach(request::header);
    if (tenant != null) {
      request.header("X-Tenant-ID", tenant);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return Api.send(
        request.method(
            method,
            json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
  }
}
