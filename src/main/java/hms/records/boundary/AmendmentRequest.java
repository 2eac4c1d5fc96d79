package hms.records.boundary;

import hms.problems.boundary.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction or addition to a final record. */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
    @Schema(required = true, maxLength = 500, example = "Wrong dose recorded")
        @NotBlank
        @VisibleText
        @Size(max = 500)
        String reason,
    @Schema(required = true, maxLength = 8000) @NotBlank @VisibleText @Size(max = 8000)
        String text) {}
