package hms.files.boundary;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where and how to upload: PUT the bytes to uploadUrl with exactly these headers. */
@Schema(name = "Upload")
public record UploadResponse(
    @Schema(required = true, format = "uuid") UUID id,
    @Schema(required = true, format = "uri") URI uploadUrl,
    @Schema(required = true, enumeration = "PUT") String method,
    @Schema(required = true, description = "Headers the upload must carry, exactly.")
        Map<String, String> headers,
    @Schema(required = true) Instant expiresAt) {}
