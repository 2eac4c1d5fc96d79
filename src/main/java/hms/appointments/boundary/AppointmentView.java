package hms.appointments.boundary;

import hms.access.entity.Identified;
import hms.appointments.entity.Appointment;
import hms.patients.boundary.PatientLabel;
import hms.tenancy.entity.StaffName;

/**
 * An appointment with whom it is for and with, as its answers show it: the patient's label and the
 * clinician's name (null when the membership is gone).
 */
public record AppointmentView(Appointment appointment, PatientLabel patient, StaffName clinician)
    implements Identified {
  @Override
  public String auditId() {
    return appointment.auditId();
  }
}
