package hms.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.zip.GZIPInputStream;

/**
 * A small OTLP/HTTP receiver ({@code POST /v1/traces}, protobuf), what a collector would be: the
 * server exports its spans here. It either prints each span on one line (the local stack's {@code
 * STACK_TRACES=print}), or keeps the last exports as they came, numbered, for the tests: {@code GET
 * /exports?from=N} answers those from the N-th on, one base64 line each, and the count received so
 * far in {@code X-Exports-Received}; the tests read them with {@link OtlpSpans}.
 *
 * <p>Keeping, the receiver uses the JDK's classes only: the tests' stack runs in {@code exec:java},
 * whose class loader is closed once the stack has started, so no class not loaded by then can be.
 */
final class OtlpReceiver {
  /** The most exports kept; older ones are dropped first. */
  private static final int KEPT = 5_000;

  private final boolean print;
  private final Deque<byte[]> exports = new ArrayDeque<>();
  private long received;

  OtlpReceiver(boolean print) {
    this.print = print;
  }

  /** Receives on a server of its own, on the loopback address. */
  static AutoCloseable serve(int port, OtlpReceiver receiver) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    receiver.mount(server);
    Thread starter = new Thread(server::start, "otlp-receiver");
    starter.setDaemon(true);
    starter.start();
    return () -> server.stop(0);
  }

  /** Adds the receiver's paths to a server; its handlers are made now, for the same reason. */
  void mount(HttpServer server) {
    server.createContext("/v1/traces", new Guarded(this::receive));
    server.createContext("/exports", new Guarded(this::exports));
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A failure is answered 500 and printed: the server's exporter only logs that it failed. */
  private record Guarded(Handler handler) implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) {
      try (exchange) {
        handler.handle(exchange);
      } catch (Throwable e) {
        System.err.println("[stack] OTLP receiver: " + e);
        e.printStackTrace();
        try {
          exchange.sendResponseHeaders(500, -1);
        } catch (IOException | RuntimeException ignored) {
          // The answer had begun.
        }
      }
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(405, -1);
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    if (print) {
      for (JsonObject span : OtlpSpans.read(body)) {
        System.out.println("[trace] " + OtlpSpans.line(span));
      }
    } else {
      keep(body);
    }
    // An empty ExportTraceServiceResponse: all spans accepted.
    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
    exchange.sendResponseHeaders(200, -1);
  }

  private synchronized void keep(byte[] export) {
    exports.addLast(export);
    received++;
    if (exports.size() > KEPT) {
      exports.removeFirst();
    }
  }

  private void exports(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    long from = query != null && query.startsWith("from=") ? Long.parseLong(query.substring(5)) : 0;
    StringBuilder lines = new StringBuilder();
    long total;
    synchronized (this) {
      total = received;
      long number = received - exports.size();
      for (byte[] export : exports) {
        if (number++ >= from) {
          lines.append(Base64.getEncoder().encodeToString(export)).append('\n');
        }
      }
    }
    byte[] body = lines.toString().getBytes(StandardCharsets.US_ASCII);
    exchange.getResponseHeaders().set("Content-Type", "text/plain");
    exchange.getResponseHeaders().set("X-Exports-Received", Long.toString(total));
    exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
