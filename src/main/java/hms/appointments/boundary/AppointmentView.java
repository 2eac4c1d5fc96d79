package hms.appointments.boundary;

import hms.access.entity.Identified;
import hms.appointments.entity.Appointment;
import hms.patients.boundary.PatientLabel;

/**
 * An appointment with whom it is for and with, as its answers show it: the patient's label and the
 * clinician's e-mail (members keep no display name yet; null when the membership is gone).
 */
public record AppointmentView(Appointment appointment, PatientLabel patient, String clinicianEmail)
    implements Identified {
  @Override
  public String auditId() {
    return appointment.auditId();
  }
}
