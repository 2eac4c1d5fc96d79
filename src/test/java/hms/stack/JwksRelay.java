package hms.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool's JWKS as the tests' server sees it: passed through from the Cognito stand-in, with a
 * count of how often the server fetched it (to prove the key cache) and a switch to make it fail
 * (to prove that cached keys keep working). {@code GET /jwks.json}; {@code GET /count}; {@code POST
 * /cut}; {@code POST /restore}.
 */
final class JwksRelay implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicBoolean cut = new AtomicBoolean();

  private JwksRelay(HttpServer server) {
    this.server = server;
  }

  static JwksRelay start(int port, URI upstream) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    JwksRelay relay = new JwksRelay(server);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    server.createContext("/jwks.json", exchange -> relay.serve(exchange, http, upstream));
    server.createContext("/count", e -> reply(e, 200, Integer.toString(relay.fetches.get())));
    server.createContext("/cut", e -> relay.toggle(e, true));
    server.createContext("/restore", e -> relay.toggle(e, false));
    // Threads inherit daemon status: started from a daemon, the dispatcher keeps no JVM alive.
    Thread starter = new Thread(server::start, "jwks-relay");
    starter.setDaemon(true);
    starter.start();
    return relay;
  }

  private void serve(HttpExchange exchange, HttpClient http, URI upstream) throws IOException {
    fetches.incrementAndGet();
    if (cut.get()) {
      reply(exchange, 503, "cut by the test");
      return;
    }
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(upstream).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      reply(exchange, answer.statusCode(), answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply(exchange, 502, "interrupted");
    } catch (IOException e) {
      reply(exchange, 502, "upstream unreachable");
    }
  }

  private void toggle(HttpExchange exchange, boolean cutIt) throws IOException {
    cut.set(cutIt);
    reply(exchange, 200, cutIt ? "cut" : "restored");
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
