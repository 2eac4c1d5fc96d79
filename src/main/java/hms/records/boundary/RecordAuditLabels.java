package hms.records.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.audit.boundary.ResourceLabel;
import hms.audit.boundary.ResourceLabels;
import hms.audit.entity.ResourceType;
import hms.patients.boundary.PatientLabel;
import hms.patients.boundary.PatientsService;
import hms.records.control.RecordRepository;
import hms.records.entity.ClinicalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names the records an audit trail's page names: their patient's "name · MRN", their type and when
 * they were written; two queries (the records, then their patients). A list of a patient's records
 * is audited as a {@code SEARCH} of {@code RECORD} with the patient's id ({@code
 * Rule.RECORD_LIST}): such an id is no record's, and it is named by the patient whose records were
 * listed, with {@code patientId} the id itself and no type or time (asked for in the same query of
 * the patients).
 */
@ApplicationScoped
public class RecordAuditLabels implements ResourceLabels {
  private final RecordRepository records;
  private final PatientsService patients;

  /** For the CDI proxy only. */
  protected RecordAuditLabels() {
    this(null, null);
  }

  @Inject
  public RecordAuditLabels(RecordRepository records, PatientsService patients) {
    this.records = records;
    this.patients = patients;
  }

  @Override
  public ResourceType type() {
    return ResourceType.RECORD;
  }

  @Override
  public Rule rule() {
    return Rule.RECORD_LABELS;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.RECORD_LABELS)
  public Map<UUID, ResourceLabel> labels(Collection<UUID> ids) {
    List<ClinicalRecord> found = records.byIds(ids);
    // The ids of no record may be patients' whose records were listed; records are never deleted.
    Set<UUID> lists = new HashSet<>(ids);
    found.forEach(r -> lists.remove(r.id()));
    Set<UUID> patientIds =
        found.stream().map(ClinicalRecord::patientId).collect(Collectors.toSet());
    patientIds.addAll(lists);
    if (patientIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, PatientLabel> names = patients.labels(patientIds);
    Map<UUID, ResourceLabel> labels = new HashMap<>();
    for (UUID patientId : lists) {
      PatientLabel p = names.get(patientId);
      if (p != null) {
        labels.put(
            patientId,
            new ResourceLabel(
                ResourceLabel.patient(p.givenName(), p.familyName(), p.mrn()),
                patientId,
                null,
                null));
      }
    }
    for (ClinicalRecord r : found) {
      PatientLabel p = names.get(r.patientId());
      if (p != null) {
        labels.put(
            r.id(),
            new ResourceLabel(
                ResourceLabel.patient(p.givenName(), p.familyName(), p.mrn()),
                r.patientId(),
                r.type().name(),
                r.createdAt()));
      }
    }
    return labels;
  }
}
