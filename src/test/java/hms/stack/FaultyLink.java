package hms.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the server and its database that tests can cut, to prove how the server
 * behaves when the database stops answering. Cut, it drops nothing and closes nothing: it just
 * stops passing bytes, like a network that loses packets or a paused database process, which is the
 * hardest failure for a client to notice. Slowed, it holds every chunk of bytes for a while before
 * passing it on: a database that answers, but late. Restored, bytes flow again at once.
 *
 * <p>Controlled over HTTP on its own port: {@code POST /cut}, {@code POST /slow?ms=N}, {@code POST
 * /restore}.
 */
final class FaultyLink implements AutoCloseable {
  private final ServerSocket listener;
  private final HttpServer control;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Object gate = new Object();
  private volatile boolean cut;
  private volatile long delayMillis;

  private FaultyLink(ServerSocket listener, HttpServer control) {
    this.listener = listener;
    this.control = control;
  }

  static FaultyLink start(int port, int controlPort, String targetHost, int targetPort)
      throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    ServerSocket listener = new ServerSocket(port, 50, loopback);
    HttpServer control = HttpServer.create(new InetSocketAddress(loopback, controlPort), 0);
    FaultyLink link = new FaultyLink(listener, control);
    control.createContext("/cut", exchange -> link.answer(exchange, true, 0));
    control.createContext("/restore", exchange -> link.answer(exchange, false, 0));
    control.createContext("/slow", exchange -> link.answer(exchange, false, delayOf(exchange)));
    // Threads inherit daemon status: started from a daemon, the HTTP dispatcher keeps no JVM alive.
    daemon("faulty-link-control", control::start);
    daemon("faulty-link-accept", () -> link.accept(targetHost, targetPort));
    return link;
  }

  /** The N of {@code /slow?ms=N}; without it the relay call fails (no answer). */
  private static long delayOf(com.sun.net.httpserver.HttpExchange exchange) {
    String query = String.valueOf(exchange.getRequestURI().getQuery());
    if (!query.matches("ms=\\d+")) {
      throw new IllegalArgumentException("expected ms=N, got " + query);
    }
    return Long.parseLong(query.substring("ms=".length()));
  }

  private void answer(com.sun.net.httpserver.HttpExchange exchange, boolean cutIt, long delay)
      throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(405, -1);
      return;
    }
    synchronized (gate) {
      cut = cutIt;
      delayMillis = delay;
      gate.notifyAll();
    }
    String state = cutIt ? "cut" : delay > 0 ? "slowed by " + delay + " ms" : "restored";
    byte[] body = (state + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void accept(String targetHost, int targetPort) {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        daemon("faulty-link-connect", () -> connect(client, targetHost, targetPort));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void connect(Socket client, String targetHost, int targetPort) {
    try {
      awaitOpen();
      Socket server = new Socket(targetHost, targetPort);
      sockets.add(client);
      sockets.add(server);
      daemon("faulty-link-up", () -> pump(client, server));
      daemon("faulty-link-down", () -> pump(server, client));
    } catch (IOException | InterruptedException e) {
      closeQuietly(client);
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        awaitOpen();
        Thread.sleep(delayMillis);
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // One side went away: close both below.
    } finally {
      sockets.remove(from);
      sockets.remove(to);
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void awaitOpen() throws InterruptedException {
    synchronized (gate) {
      while (cut) {
        gate.wait();
      }
    }
  }

  @Override
  public void close() {
    control.stop(0);
    closeQuietly(listener);
    sockets.forEach(FaultyLink::closeQuietly);
    synchronized (gate) {
      cut = false;
      gate.notifyAll();
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Closing is best effort.
    }
  }
}
