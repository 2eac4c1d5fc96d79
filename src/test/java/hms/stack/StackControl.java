package hms.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Lets the tests' stack be driven from the tests: {@code POST /liberty/restart} stops the server
 * and starts it again with the same environment, answering once it is ready (to prove what a
 * start-up does with the data earlier tests left). With traces received, the server exports them to
 * {@code POST /v1/traces} here and the tests read them at {@code GET /exports}.
 */
final class StackControl implements AutoCloseable {
  /** What a restart does; may fail. */
  interface Restart {
    void run() throws Exception;
  }

  private final HttpServer server;

  private StackControl(HttpServer server) {
    this.server = server;
  }

  /** The control port; with a receiver, it also takes the server's traces (OTLP/HTTP). */
  static StackControl start(int port, Restart restart, OtlpReceiver receiver)
      throws java.io.IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    if (receiver != null) {
      receiver.mount(server);
    }
    server.createContext(
        "/liberty/restart",
        exchange -> {
          int status = 200;
          String body = "restarted";
          if (!"POST".equals(exchange.getRequestMethod())) {
            status = 405;
            body = "POST only";
          } else {
            try {
              restart.run();
            } catch (Exception e) {
              status = 500;
              body = e.toString();
            }
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    // Threads inherit daemon status: started from a daemon, the dispatcher keeps no JVM alive.
    Thread starter = new Thread(server::start, "stack-control");
    starter.setDaemon(true);
    starter.start();
    return new StackControl(server);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
