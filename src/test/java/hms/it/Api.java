package hms.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

/** The running stack, seen from outside: plain HTTP, as any client would. */
public final class Api {
  private static final Properties STACK = load();
  private static final HttpClient HTTP =
      // HTTP/1.1, as browsers and load balancers speak to the server: no h2c upgrade attempts.
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Api() {}

  /** A value the stack published for tests, e.g. {@code cognito.pool-id}. */
  public static String stack(String key) {
    String value = STACK.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("The stack published no " + key);
    }
    return value;
  }

  /** The stack's address for the path; probes on the server's health address. */
  public static URI uri(String path) {
    boolean probe = path.startsWith("/health/") && STACK.getProperty("health.url") != null;
    return URI.create(stack(probe ? "health.url" : "base.url") + path);
  }

  public static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  public static Answer get(String path) {
    return send(request(path).GET());
  }

  public static Answer postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stops the server and starts it again with the same environment (the stack's control port);
   * answers once the server is ready again.
   */
  public static Answer restartServer() {
    return send(
        HttpRequest.newBuilder(URI.create(stack("stack.control") + "/liberty/restart"))
            .timeout(Duration.ofMinutes(4))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** An e-mail no other test run has used. */
  public static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@it.hms.test";
  }

  private static Properties load() {
    String file = System.getProperty("stack.properties", "target/stack/it/stack.properties");
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The stack wrote no " + file + ": is it running?", e);
    }
    return properties;
  }

  /** Reads a JSON text; the tests' only parser. */
  public static jakarta.json.JsonStructure json(String text) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
