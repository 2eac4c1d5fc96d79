package hms.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every file under the running server's log directory: Liberty's messages.log, console.log and FFDC
 * incidents, or WildFly's server.log and its rotations.
 */
public final class ServerLogs {
  private ServerLogs() {}

  /** The directory of the server's log, published by the stack. */
  public static Path directory() {
    return Path.of(Api.stack("server.messages")).getParent();
  }

  /** Fails naming the file and the secret's first characters when any file holds any secret. */
  public static void assertHoldNone(Collection<String> secrets) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = read(file);
        secrets.stream()
            .filter(text::contains)
            .map(secret -> file.getFileName() + ": " + secret.substring(0, 12) + "...")
            .forEach(found::add);
      }
    }
    assertTrue(found.isEmpty(), found.size() + " secrets in the server's logs: " + found);
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
