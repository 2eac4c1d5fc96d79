package hms.appointments.control;

import hms.appointments.entity.AppointmentStatus;
import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;

/** The refusals of scheduling, each with its own problem type. */
public final class AppointmentProblems {
  private AppointmentProblems() {}

  /** The time overlaps another non-cancelled appointment of the clinician. */
  public static final class ClinicianBusy extends ProblemException {
    public ClinicianBusy() {
      super(
          Status.CONFLICT,
          "clinician-busy",
          "Clinician Already Booked",
          "The clinician has another appointment at that time. Choose a free slot.");
    }
  }

  /** The workflow has no such move from where the appointment stands. */
  public static final class TransitionRefused extends ProblemException {
    public TransitionRefused(AppointmentStatus from, String action) {
      super(
          Status.CONFLICT,
          "invalid-transition",
          "Not Possible Now",
          "The appointment is "
              + from.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " ("
              + from
              + "): it cannot "
              + action
              + ".");
    }
  }

  /** NO_SHOW before the booked time has come. */
  public static final class NotDue extends ProblemException {
    public NotDue() {
      super(
          Status.CONFLICT,
          "appointment-not-due",
          "Appointment Not Due",
          "A patient can be marked as not showing up only after the appointment's start.");
    }
  }

  /** Booking for a patient who is not ACTIVE. */
  public static final class PatientInactive extends ProblemException {
    public PatientInactive() {
      super(
          Status.CONFLICT,
          "patient-inactive",
          "Patient Not Active",
          "Appointments are booked for active patients only.");
    }
  }
}
