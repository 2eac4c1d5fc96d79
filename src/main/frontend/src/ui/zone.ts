// The hospital's calendar: days and clock times in its time zone (GET /api/settings), whatever the
// browser's zone is, because working hours and free slots are the hospital's wall clock. Days are
// written YYYY-MM-DD, times of day as minutes after midnight.

// A parser, not a display: en-CA and h23 give YYYY-MM-DD and 0-23 hours to read back; what people
// read is formatted by format.ts in the hospital's locale.
const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The day and the minute of the day an instant is on the hospital's clock. */
export function wallClock(instant: string | Date, tz: string): { day: string; minutes: number } {
  const p: Record<string, string> = {};
  for (const { type, value } of parts(tz).formatToParts(new Date(instant))) p[type] = value;
  return { day: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

const utcMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The instant the hospital's clock shows this day and minute (the later one when a DST change skips it). */
export function instantAt(day: string, minutes: number, tz: string): Date {
  const asIfUtc = utcMidnight(day) + minutes * 60_000;
  const offset = (at: number) => {
    const w = wallClock(new Date(at), tz);
    return utcMidnight(w.day) + w.minutes * 60_000 - Math.floor(at / 60_000) * 60_000;
  };
  // Twice: the offset at the first guess may differ from the offset at the answer (near a DST change).
  const first = asIfUtc - offset(asIfUtc);
  return new Date(asIfUtc - offset(first));
}

export function addDays(day: string, days: number): string {
  return new Date(utcMidnight(day) + days * 86_400_000).toISOString().slice(0, 10);
}

const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** The first day of the day's week, for a hospital whose weeks start on `first` (settings). */
export function weekStartOf(day: string, first: Weekday = 'MONDAY'): string {
  const back = (new Date(utcMidnight(day)).getUTCDay() - WEEKDAYS.indexOf(first) + 7) % 7;
  return addDays(day, -back);
}

/** The day's name as working hours spell it (MONDAY). */
export function weekday(day: string): Weekday {
  return WEEKDAYS[new Date(utcMidnight(day)).getUTCDay()];
}

/** "09:30": minutes after midnight, as working hours write a time (format.ts shows it). */
export function minutesText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "08:00" → 480. */
export function parseClock(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h * 60 + m;
}
