package hms.tenancy.boundary;

import hms.tenancy.entity.WeeklyHours;
import java.time.ZoneId;

/**
 * The hospital's time zone, working hours and default appointment length, as scheduling sees them.
 */
public record HospitalCalendar(ZoneId timeZone, WeeklyHours workingHours, int appointmentMinutes) {}
