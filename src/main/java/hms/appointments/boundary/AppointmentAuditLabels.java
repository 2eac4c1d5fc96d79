package hms.appointments.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.appointments.control.AppointmentRepository;
import hms.appointments.entity.Appointment;
import hms.audit.boundary.ResourceLabel;
import hms.audit.boundary.ResourceLabels;
import hms.audit.entity.ResourceType;
import hms.patients.boundary.PatientLabel;
import hms.patients.boundary.PatientsService;
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
 * Names the appointments an audit trail's page names: their patient's "name · MRN", their type and
 * start; two queries (the appointments, then their patients), whatever the page's length.
 */
@ApplicationScoped
public class AppointmentAuditLabels implements ResourceLabels {
  private final AppointmentRepository appointments;
  private final PatientsService patients;

  /** For the CDI proxy only. */
  protected AppointmentAuditLabels() {
    this(null, null);
  }

  @Inject
  public AppointmentAuditLabels(AppointmentRepository appointments, PatientsService patients) {
    this.appointments = appointments;
    this.patients = patients;
  }

  @Override
  public ResourceType type() {
    return ResourceType.APPOINTMENT;
  }

  @Override
  public Rule rule() {
    return Rule.APPOINTMENT_LABELS;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.APPOINTMENT_LABELS)
  public Map<UUID, ResourceLabel> labels(Collection<UUID> ids) {
    List<Appointment> found = appointments.byIds(ids);
    if (found.isEmpty()) {
      return Map.of();
    }
    Set<UUID> patientIds = found.stream().map(Appointment::patientId).collect(Collectors.toSet());
    Map<UUID, PatientLabel> names = patients.labels(patientIds);
    Map<UUID, ResourceLabel> labels = new HashMap<>();
    for (Appointment a : found) {
      PatientLabel p = names.get(a.patientId());
      if (p != null) {
        labels.put(
            a.id(),
            new ResourceLabel(
                ResourceLabel.patient(p.givenName(), p.familyName(), p.mrn()),
                a.patientId(),
                a.type().name(),
                a.start()));
      }
    }
    return labels;
  }
}
