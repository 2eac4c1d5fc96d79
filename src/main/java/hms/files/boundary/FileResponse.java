package hms.files.boundary;

import hms.files.entity.FileStatus;
import hms.files.entity.StoredFile;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file as the hospital's staff see it; the storage key stays inside the server. */
@Schema(name = "StoredFile")
public record FileResponse(
    @Schema(required = true, format = "uuid") UUID id,
    @Schema(required = true, description = "The name as uploaded, made safe for display.")
        String filename,
    @Schema(required = true) String contentType,
    @Schema(required = true) long size,
    @Schema(required = true) FileStatus status,
    String category,
    @Schema(format = "uuid") UUID patientId,
    @Schema(required = true) String uploadedBy,
    @Schema(required = true) Instant createdAt,
    @Schema(
            description =
                "Once complete: the stored bytes' checksum (the storage's ETag of the kept copy),"
                    + " which no later upload can change.")
        String checksum) {

  static FileResponse of(StoredFile f) {
    return new FileResponse(
        f.id(),
        f.originalName(),
        f.contentType(),
        f.sizeBytes(),
        f.status(),
        f.category().orElse(null),
        f.patientId().orElse(null),
        f.uploadedBy(),
        f.createdAt(),
        f.checksum().orElse(null));
  }
}
