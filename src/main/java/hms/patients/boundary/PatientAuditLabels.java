package hms.patients.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.audit.boundary.ResourceLabel;
import hms.audit.boundary.ResourceLabels;
import hms.audit.entity.ResourceType;
import hms.patients.control.PatientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Names the patients an audit trail's page names: "name · MRN", one query. */
@ApplicationScoped
public class PatientAuditLabels implements ResourceLabels {
  private final PatientRepository patients;

  /** For the CDI proxy only. */
  protected PatientAuditLabels() {
    this(null);
  }

  @Inject
  public PatientAuditLabels(PatientRepository patients) {
    this.patients = patients;
  }

  @Override
  public ResourceType type() {
    return ResourceType.PATIENT;
  }

  @Override
  public Rule rule() {
    return Rule.PATIENT_LABELS;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.PATIENT_LABELS)
  public Map<UUID, ResourceLabel> labels(Collection<UUID> ids) {
    return patients.labels(ids).stream()
        .collect(
            Collectors.toMap(
                PatientRepository.Label::id,
                l ->
                    new ResourceLabel(
                        ResourceLabel.patient(l.givenName(), l.familyName(), l.mrn()),
                        l.id(),
                        null,
                        null)));
  }
}
