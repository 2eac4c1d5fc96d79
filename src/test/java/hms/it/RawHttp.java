package hms.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written by hand, for requests a well-behaved client refuses to send (header values with
 * non-ASCII characters): attackers are not well-behaved.
 */
public final class RawHttp {
  private RawHttp() {}

  public static Answer get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  /** Any request; a {@code Host} among the headers replaces the server's own. */
  public static Answer send(String method, String path, Map<String, String> headers, String json) {
    return sendFrom(null, method, path, headers, json);
  }

  /** Any request, from this local address (null: the system's choice). */
  public static Answer sendFrom(
      InetAddress from, String method, String path, Map<String, String> headers, String json) {
    URI base = Api.uri("/");
    try (Socket socket =
        new Socket(InetAddress.getByName(base.getHost()), base.getPort(), from, 0)) {
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      if (!headers.containsKey("Host")) {
        request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
        request.append("\r\n");
      }
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
      if (json != null) {
        request.append("Content-Type: application/json\r\n");
        request.append("Content-Length: ").append(body.length).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int split = text.indexOf("\r\n\r\n");
    String[] head = text.substring(0, split).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers
          .computeIfAbsent(head[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
          .add(head[i].substring(colon + 1).trim());
    }
    String body = text.substring(split + 4);
    if ("chunked"
        .equalsIgnoreCase(String.join("", headers.getOrDefault("Transfer-Encoding", List.of())))) {
      body = unchunk(body);
    }
    return new Answer(status, body, HttpHeaders.of(headers, (a, b) -> true));
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int eol = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
  }
}
