// Today's queue, worked out from the day's appointments: who is waiting (checked in, in the order
// they arrived) and who is still expected (booked, not yet checked in). Pure, so the order and the
// waiting time are tested without a screen.
import { text } from '@/i18n/text';
import type { components } from '@/api/client';
import { appointmentClinician } from '@/ui/labels';

export type Appointment = components['schemas']['Appointment'];

const byStart = (a: Appointment, b: Appointment) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

const instant = (iso: string) => new Date(iso).getTime();

/**
 * The checked-in patients, first arrived first. One checked in before the server kept the time of
 * check-in has no arrival to order by: after those that have one, by their booked start.
 */
export function waitingQueue(appointments: Appointment[]): Appointment[] {
  return appointments
    .filter((a) => a.status === 'CHECKED_IN')
    .sort((a, b) => {
      if (a.checkedInAt && b.checkedInAt) return instant(a.checkedInAt) - instant(b.checkedInAt) || byStart(a, b);
      if (a.checkedInAt) return -1;
      if (b.checkedInAt) return 1;
      return byStart(a, b);
    });
}

/** The arrivals still expected: booked (scheduled or confirmed), not yet checked in, by start time. */
export function expectedArrivals(appointments: Appointment[]): Appointment[] {
  return appointments.filter((a) => a.status === 'SCHEDULED' || a.status === 'CONFIRMED').sort(byStart);
}

/** How long a checked-in patient has waited, in whole minutes: "Waiting 12 min", "Waiting 1 h 05 min". */
export function waitingTime(checkedInAt: string | null | undefined, now: Date): string {
  if (!checkedInAt) return text.queue.arrivalUnknown;
  const minutes = Math.floor((now.getTime() - instant(checkedInAt)) / 60_000);
  if (minutes < 1) return text.queue.justArrived;
  if (minutes < 60) return text.queue.waitingMinutes(minutes);
  return text.queue.waitingHours(Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0'));
}

/** What comes next for a waiting patient, as the front desk reads it. */
export function waitsFor(appointment: Appointment): string {
  return text.queue.waitsFor(appointmentClinician(appointment));
}
