package hms.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The application server of a stack: Open Liberty or WildFly, given the same environment. */
interface AppServer {
  void start(Map<String, String> env) throws IOException, InterruptedException;

  void stop() throws IOException, InterruptedException;

  /** The server's log, where the application's own messages go. */
  Path messages();
}
