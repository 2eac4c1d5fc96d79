package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Files stored through the API as a client does it: register, PUT to the bucket, complete. */
public final class Files {
  private static final HttpClient S3 = HttpClient.newHttpClient();

  private Files() {}

  /** A registered upload whose bytes never arrived (PENDING). */
  public static JsonObject pending(Users.Session as, String tenant, String name, String patientId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("filename", name)
            .add("contentType", "text/plain")
            .add("size", content(name).length);
    if (patientId != null) {
      body.add("patientId", patientId);
    }
    Answer created = Tenants.send(as, tenant, "POST", "/api/files", body.build().toString());
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  /** An uploaded, completed (AVAILABLE) text file; returns its id. */
  public static String uploaded(Users.Session as, String tenant, String name, String patientId) {
    JsonObject upload = pending(as, tenant, name, patientId);
    assertEquals(200, put(upload, content(name)).statusCode());
    String id = upload.getString("id");
    Answer complete = Tenants.send(as, tenant, "POST", "/api/files/" + id + "/complete", null);
    assertEquals(200, complete.status(), complete.body());
    return id;
  }

  /** A PUT of text bytes through a registered upload's URL, as a browser would send it. */
  public static HttpResponse<String> put(JsonObject upload, byte[] bytes) {
    return send(
        HttpRequest.newBuilder(URI.create(upload.getString("uploadUrl")))
            .header("Content-Type", "text/plain")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The bytes a download URL gives. */
  public static byte[] download(Users.Session as, String tenant, String id) {
    Answer url = Tenants.get(as, tenant, "/api/files/" + id + "/download-url");
    assertEquals(200, url.status(), url.body());
    HttpResponse<byte[]> got =
        send(
            HttpRequest.newBuilder(URI.create(url.json().getString("url"))).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, got.statusCode());
    return got.body();
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return S3.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What a text file of this name holds. */
  public static byte[] content(String name) {
    return ("The content of " + name).getBytes(StandardCharsets.UTF_8);
  }
}
