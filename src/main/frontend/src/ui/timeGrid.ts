// Where things go in the scheduling grid: which column (a day and a clinician), from which minute
// to which on the hospital's clock, and, where two overlap (a free slot where a cancelled
// appointment was), side by side in lanes. Pure, so the placement is tested without a browser.
import type { components } from '@/api/client';
import { addDays, parseClock, wallClock, weekStartOf, weekday, type Weekday } from './zone';

type Appointment = components['schemas']['Appointment'];
type FreeSlot = components['schemas']['FreeSlot'];
type Opening = components['schemas']['Opening'];

export type Entry = { kind: 'appointment'; appointment: Appointment } | { kind: 'free'; slot: FreeSlot };

export type Placed = { entry: Entry; start: number; end: number; lane: number; lanes: number };

/** The days a view shows: the day itself, or the week it is in, from the hospital's first day. */
export function shownDays(day: string, view: 'day' | 'week', firstDay: Weekday = 'MONDAY'): string[] {
  if (view === 'day') return [day];
  const first = weekStartOf(day, firstDay);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

export const columnKey = (day: string, clinicianId: string) => `${day} ${clinicianId}`;

/** A day's working intervals in minutes, from the hospital's weekly hours. */
export function openOn(day: string, hours: Opening[]): { opens: number; closes: number }[] {
  return hours
    .filter((o) => o.day === weekday(day))
    .map((o) => ({ opens: parseClock(o.opens), closes: parseClock(o.closes) }));
}

// At the same time, the appointment comes first (left), the free slot beside it.
const rank = (entry: Entry) => (entry.kind === 'appointment' ? 0 : 1);

const span = (entry: Entry) => (entry.kind === 'appointment' ? entry.appointment : entry.slot);

/**
 * Minutes from and to which the grid runs: the working hours of the shown days, widened to hold
 * every entry (one booked before the hours changed), in whole hours; office hours when the
 * hospital is closed on all of them and nothing is booked.
 */
export function gridHours(days: string[], hours: Opening[], placed: Placed[]): { from: number; to: number } {
  const open = days.flatMap((d) => openOn(d, hours));
  const starts = [...open.map((o) => o.opens), ...placed.map((p) => p.start)];
  const ends = [...open.map((o) => o.closes), ...placed.map((p) => p.end)];
  if (starts.length === 0) return { from: 8 * 60, to: 18 * 60 };
  return {
    from: Math.floor(Math.min(...starts) / 60) * 60,
    to: Math.min(24 * 60, Math.ceil(Math.max(...ends) / 60) * 60),
  };
}

/** The entries of one day, each with its minutes on that day (cut at midnight), in lanes where they overlap. */
export function placeDay(entries: Entry[], day: string, tz: string): Placed[] {
  const spans = entries
    .map((entry) => {
      const { start, end } = span(entry);
      const from = wallClock(start, tz);
      const to = wallClock(end, tz);
      return {
        entry,
        start: from.day < day ? 0 : from.minutes,
        end: to.day > day ? 24 * 60 : to.minutes,
        onDay: from.day <= day && (to.day > day || (to.day === day && to.minutes > 0)),
      };
    })
    .filter((s) => s.onDay && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || rank(a.entry) - rank(b.entry));
  return lanes(spans.map(({ entry, start, end }) => ({ entry, start, end, lane: 0, lanes: 1 })));
}

/** Overlapping entries side by side: each takes the first lane free at its start; a cluster shares its lane count. */
function lanes(sorted: Placed[]): Placed[] {
  let cluster: Placed[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => cluster.forEach((p) => (p.lanes = laneEnds.length));
  for (const p of sorted) {
    if (p.start >= clusterEnd) {
      close();
      cluster = [];
      laneEnds = [];
    }
    const free = laneEnds.findIndex((end) => end <= p.start);
    p.lane = free === -1 ? laneEnds.length : free;
    laneEnds[p.lane] = p.end;
    cluster.push(p);
    clusterEnd = Math.max(clusterEnd, p.end);
  }
  close();
  return sorted;
}

/** Appointments by column: the clinician's, on the day their start is on the hospital's clock. */
export function appointmentsByColumn(appointments: Appointment[], tz: string): Map<string, Appointment[]> {
  const columns = new Map<string, Appointment[]>();
  for (const a of appointments) {
    const key = columnKey(wallClock(a.start, tz).day, a.clinicianId);
    columns.set(key, [...(columns.get(key) ?? []), a]);
  }
  return columns;
}
