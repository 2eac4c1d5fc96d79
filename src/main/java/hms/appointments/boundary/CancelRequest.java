package hms.appointments.boundary;

import hms.problems.boundary.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an appointment is cancelled; kept with it. */
@Schema(name = "CancelRequest")
public record CancelRequest(
    @Schema(required = true, maxLength = 500, example = "Patient called: feeling better")
        @NotBlank
        @VisibleText
        @Size(max = 500)
        String reason) {}
