package hms.records.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uploaded file (from the files API) to attach to a draft record. */
@Schema(name = "AttachRequest")
public record AttachRequest(
    @Schema(required = true, format = "uuid") @NotNull @Pattern(regexp = RecordRequest.UUID_PATTERN)
        String fileId) {}
