package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;

/** The test stack's relays in front of the database and S3: cut one, slow it, restore it. */
public final class Relays {
  private Relays() {}

  /**
   * {@code relay} is {@code db} or {@code s3}; {@code action} is {@code cut}, {@code restore} or
   * {@code slow?ms=N} (every chunk of bytes held N ms in each direction).
   */
  public static void set(String relay, String action) {
    URI uri = URI.create(Api.stack(relay + ".relay.control") + "/" + action);
    Answer answer = Api.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, answer.status(), relay + " relay " + action);
  }
}
