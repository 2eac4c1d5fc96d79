package hms.patients.boundary;

import hms.patients.control.PatientSearch;
import hms.patients.entity.PatientStatus;
import hms.patients.entity.Sex;
import hms.problems.entity.ProblemException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code ?q=&status=&sex=&bornAfter=&bornBefore=&sort=familyName,asc} of list and export. */
@Schema(hidden = true)
public class PatientQuery {
  private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

  @QueryParam("q")
  @Size(max = 100)
  String q;

  @QueryParam("status")
  PatientStatus status;

  @QueryParam("sex")
  Sex sex;

  @QueryParam("bornAfter")
  @Pattern(regexp = DATE, message = "must be a date such as 1980-12-31")
  String bornAfter;

  @QueryParam("bornBefore")
  @Pattern(regexp = DATE, message = "must be a date such as 1980-12-31")
  String bornBefore;

  @QueryParam("sort")
  @DefaultValue("familyName,asc")
  @Pattern(
      regexp = "^(familyName|givenName|dateOfBirth|mrn|createdAt),(asc|desc)$",
      message =
          "must be field,direction with field one of familyName, givenName, dateOfBirth,"
              + " mrn, createdAt and direction asc or desc")
  String sort;

  PatientSearch toSearch() {
    String[] parts = sort.split(",");
    return new PatientSearch(
        q, status, sex, date(bornAfter), date(bornBefore), parts[0], "asc".equals(parts[1]));
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("bornAfter/bornBefore", "must be a real calendar date");
    }
  }
}
