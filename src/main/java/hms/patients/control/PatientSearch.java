package hms.patients.control;

import hms.patients.entity.PatientStatus;
import hms.patients.entity.Sex;
import java.time.LocalDate;

/**
 * A search of the registry: {@code q} matches the MRN exactly and names, phone and e-mail by
 * prefix, case- and accent-insensitively; the rest filter. Sort is one of {@link #SORTABLE}.
 */
public record PatientSearch(
    String q,
    PatientStatus status,
    Sex sex,
    LocalDate bornAfter,
    LocalDate bornBefore,
    String sortField,
    boolean ascending) {

  /** Sort keys clients may name, mapped to entity attributes. */
  public static final java.util.Map<String, String> SORTABLE =
      java.util.Map.of(
          "familyName", "searchFamily",
          "givenName", "searchGiven",
          "dateOfBirth", "dateOfBirth",
          "mrn", "mrn",
          "createdAt", "createdAt");

  /** No text, sex or birth-date filter: the status counters know the total. */
  public boolean filtersOnlyByStatus() {
    return (q == null || q.isBlank()) && sex == null && bornAfter == null && bornBefore == null;
  }
}
