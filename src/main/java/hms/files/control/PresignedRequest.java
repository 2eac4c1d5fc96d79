package hms.files.control;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** A URL a client may use once, with the headers it must send and when it stops working. */
public record PresignedRequest(
    URI url, String method, Map<String, String> headers, Instant expiresAt) {}
