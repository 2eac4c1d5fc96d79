package hms.files.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file the client is about to upload: what it is, not where it goes (the server decides). */
@Schema(name = "CreateFileRequest")
public record CreateFileRequest(
    @Schema(required = true, maxLength = 1000, example = "x-ray left knee.png")
        @NotBlank
        @Size(max = 1000)
        String filename,
    @Schema(required = true, example = "image/png", maxLength = 100) @NotBlank @Size(max = 100)
        String contentType,
    @Schema(required = true, minimum = "1", example = "48213") @NotNull @Min(1) Long size,
    @Schema(format = "uuid") UUID patientId,
    @Schema(maxLength = 50, pattern = "^[a-z][a-z0-9-]{0,49}$", example = "imaging")
        @Pattern(regexp = "^[a-z][a-z0-9-]{0,49}$", message = "must be a short lower-case word")
        String category) {}
