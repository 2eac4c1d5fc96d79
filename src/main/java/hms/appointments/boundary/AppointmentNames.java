package hms.appointments.boundary;

import hms.appointments.entity.Appointment;
import hms.patients.boundary.PatientLabel;
import hms.patients.boundary.PatientsService;
import hms.tenancy.boundary.Staff;
import hms.tenancy.entity.StaffName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names the patients and clinicians of appointments for their answers: two queries per list (the
 * patients by id, the memberships by sub), whatever its length, so no client asks once per card.
 */
@ApplicationScoped
public class AppointmentNames {
  private final PatientsService patients;
  private final Staff staff;

  /** For the CDI proxy only. */
  protected AppointmentNames() {
    this(null, null);
  }

  @Inject
  public AppointmentNames(PatientsService patients, Staff staff) {
    this.patients = patients;
    this.staff = staff;
  }

  public List<AppointmentView> of(List<Appointment> appointments) {
    if (appointments.isEmpty()) {
      return List.of();
    }
    Map<UUID, PatientLabel> labels =
        patients.labels(
            appointments.stream().map(Appointment::patientId).collect(Collectors.toSet()));
    Map<String, StaffName> clinicians =
        staff.names(
            appointments.stream().map(Appointment::clinicianSub).collect(Collectors.toSet()));
    return appointments.stream()
        .map(
            a ->
                new AppointmentView(a, labels.get(a.patientId()), clinicians.get(a.clinicianSub())))
        .toList();
  }

  public AppointmentView of(Appointment appointment) {
    return of(List.of(appointment)).get(0);
  }
}
