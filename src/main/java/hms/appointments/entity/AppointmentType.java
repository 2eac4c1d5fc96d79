package hms.appointments.entity;

/** What the booked time is for. */
public enum AppointmentType {
  CONSULTATION,
  FOLLOW_UP,
  PROCEDURE,
  CHECKUP,
  EMERGENCY
}
