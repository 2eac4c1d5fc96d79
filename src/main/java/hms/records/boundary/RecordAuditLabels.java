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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names the records an audit trail's page names: their patient's "name · MRN", their type and when
 * they were written; two queries (the records, then their patients). A list of a patient's records
 * is audited with the patient's id, which is no record's: it gets no label here.
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
    if (found.isEmpty()) {
      return Map.of();
    }
    Set<UUID> patientIds =
        found.stream().map(ClinicalRecord::patientId).collect(Collectors.toSet());
    Map<UUID, PatientLabel> names = patients.labels(patientIds);
    Map<UUID, ResourceLabel> labels = new HashMap<>();
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
