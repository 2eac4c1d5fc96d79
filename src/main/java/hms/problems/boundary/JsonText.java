package hms.problems.boundary;

import hms.problems.entity.ProblemException;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body is one JSON text (RFC 8259): UTF-8, one value, white space around it and nothing
 * else. JSON-B read the first value and ignored what followed ({@code {...} xx} was answered 200),
 * and decoded bytes that are not UTF-8 into U+FFFD, which was then stored; a body declared in
 * another charset was read as UTF-8 all the same.
 */
final class JsonText {
  private JsonText() {}

  /**
   * Refuses a declared charset other than UTF-8 (415), and bytes that are not UTF-8 or anything
   * after the value (400).
   */
  static void require(byte[] body, MediaType type) {
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !charset.strip().equalsIgnoreCase("utf-8")) {
      throw new ProblemException(
          Response.Status.UNSUPPORTED_MEDIA_TYPE,
          "unsupported-media-type",
          "Unsupported Media Type",
          "Send JSON in UTF-8: Content-Type application/json, with no charset or charset=utf-8.");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw MalformedBodyInterceptor.malformed("The request body is not UTF-8.");
    }
    if (!nothingFollows(text)) {
      throw MalformedBodyInterceptor.malformed(
          "The request body is not one JSON value: something follows it.");
    }
  }

  /**
   * Whether nothing but white space follows the first complete value. A text that breaks off or
   * goes wrong inside its value passes here: reading it fails, and says so, as for any malformed
   * body.
   */
  private static boolean nothingFollows(String text) {
    boolean complete = false;
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      int depth = 0;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (complete) {
          return false;
        }
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          depth++;
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
        complete = depth == 0;
      }
      return true;
    } catch (JsonParsingException e) {
      return !complete;
    }
  }
}
