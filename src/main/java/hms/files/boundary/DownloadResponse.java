package hms.files.boundary;

import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A URL the browser saves the file from, until expiresAt. */
@Schema(name = "Download")
public record DownloadResponse(
    @Schema(required = true, format = "uri") URI url, @Schema(required = true) Instant expiresAt) {}
