package hms.records.boundary;

import hms.problems.boundary.Patterns;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uploaded file (from the files API) to attach to a draft record. */
@Schema(name = "AttachRequest")
public record AttachRequest(
    @Schema(required = true, format = "uuid") @NotNull @Pattern(regexp = Patterns.UUID)
        String fileId) {}
