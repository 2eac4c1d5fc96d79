// The hospital's day in numbers, counted from the day's real appointments.
import type { Appointment } from '@/queue/queue';

const ORDER: Appointment['status'][] = [
  'SCHEDULED',
  'CONFIRMED',
  'CHECKED_IN',
  'IN_PROGRESS',
  'COMPLETED',
  'NO_SHOW',
  'CANCELLED',
];

/** How many appointments are in each status, in the workflow's order; statuses with none left out. */
export function byStatus(appointments: Appointment[]): { status: Appointment['status']; count: number }[] {
  const counts = new Map<string, number>();
  appointments.forEach((a) => counts.set(a.status, (counts.get(a.status) ?? 0) + 1));
  const known = ORDER.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  // A status the contract adds later is still counted, after the known ones.
  const unknown = [...counts.keys()]
    .filter((s) => !ORDER.includes(s as Appointment['status']))
    .map((s) => ({ status: s as Appointment['status'], count: counts.get(s) ?? 0 }));
  return [...known, ...unknown];
}
