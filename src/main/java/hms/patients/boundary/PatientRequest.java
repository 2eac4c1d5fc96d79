package hms.patients.boundary;

import hms.patients.entity.PatientData;
import hms.patients.entity.PatientStatus;
import hms.patients.entity.Sex;
import hms.problems.boundary.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient as staff register or correct them. */
@Schema(name = "PatientRequest")
public record PatientRequest(
    @Schema(pattern = "^[A-Z0-9-]{1,20}$", description = "Generated (P-000123) when absent.")
        @Pattern(
            regexp = "^[A-Z0-9-]{1,20}$",
            message = "must be 1 to 20 capital letters, digits or -")
        String mrn,
    @Schema(required = true, maxLength = 100) @NotBlank @VisibleText @Size(max = 100)
        String givenName,
    @Schema(required = true, maxLength = 100) @NotBlank @VisibleText @Size(max = 100)
        String familyName,
    @Schema(required = true, format = "date") @NotNull @PastOrPresent LocalDate dateOfBirth,
    @Schema(required = true) @NotNull Sex sex,
    @Schema(pattern = PHONE, example = "+49 30 1234567")
        @Pattern(regexp = PHONE, message = "must be a phone number: digits, spaces, + ( ) -")
        String phone,
    @Schema(format = "email", maxLength = 254) @Email @Size(max = 254) String email,
    @Valid Address address,
    @Schema(pattern = "^(A|B|AB|O)[+-]$", example = "O+")
        @Pattern(regexp = "^(A|B|AB|O)[+-]$", message = "must be a blood type such as O+ or AB-")
        String bloodType,
    @Schema(maxItems = 50) @Size(max = 50)
        List<@NotBlank @VisibleText @Size(max = 100) @Pattern(regexp = "[^\\n\\r]*") String>
            allergies,
    @Valid EmergencyContact emergencyContact,
    @Schema(maxLength = 4000) @Size(max = 4000) String notes,
    PatientStatus status) {

  static final String PHONE = "^\\+?[0-9 ()-]{3,30}$";

  /** A postal address. */
  @Schema(name = "Address")
  public record Address(
      @Size(max = 200) String line1,
      @Size(max = 200) String line2,
      @Size(max = 100) String city,
      @Size(max = 100) String region,
      @Size(max = 20) String postalCode,
      @Schema(pattern = "^[A-Z]{2}$", description = "ISO 3166-1 alpha-2")
          @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter country code")
          String country) {}

  /** Whom to call. */
  @Schema(name = "EmergencyContact")
  public record EmergencyContact(
      @Size(max = 200) String name,
      @Size(max = 50) String relation,
      @Pattern(regexp = PHONE, message = "must be a phone number: digits, spaces, + ( ) -")
          String phone) {}

  PatientData toData() {
    Address a = address == null ? new Address(null, null, null, null, null, null) : address;
    EmergencyContact e =
        emergencyContact == null ? new EmergencyContact(null, null, null) : emergencyContact;
    PatientData.Clinical clinical = new PatientData.Clinical(bloodType, allergies, notes);
    return new PatientData(
        givenName,
        familyName,
        dateOfBirth,
        sex,
        phone,
        email,
        a.line1(),
        a.line2(),
        a.city(),
        a.region(),
        a.postalCode(),
        a.country(),
        e.name(),
        e.relation(),
        e.phone(),
        status,
        clinical.isEmpty() ? null : clinical);
  }
}
