'use client';
// The day or week as a time grid: a column per day and clinician, a row of time per minute of the
// hospital's clock (its working hours white, the rest grey), appointments where their times are and
// the free slots between them, each a button: an appointment opens it, a free slot books it (or,
// while an appointment is being moved, moves it there).
import type { components } from '@/api/client';
import { appointmentsByColumn, columnKey, gridHours, openOn, placeDay, type Entry, type Placed } from './timeGrid';
import styles from './TimeGrid.module.css';
import { clock, dayName, timeOfDay, zoneLabel } from './format';
import { appointmentStatusLabel, appointmentTypeLabel, memberName } from './labels';

type Appointment = components['schemas']['Appointment'];
type Clinician = components['schemas']['Clinician'];
type FreeSlot = components['schemas']['FreeSlot'];
type Opening = components['schemas']['Opening'];

const ENDED = new Set(['CANCELLED', 'NO_SHOW', 'COMPLETED']);

export function TimeGrid({
  days,
  clinicians,
  tz,
  hours,
  appointments,
  free,
  moving,
  onSlot,
  onAppointment,
}: {
  days: string[];
  clinicians: Clinician[];
  tz: string;
  hours: Opening[];
  appointments: Appointment[];
  /** Free slots by columnKey(day, clinician). */
  free: Map<string, FreeSlot[]>;
  moving: Appointment | null;
  onSlot: (clinician: Clinician, day: string, slot: FreeSlot) => void;
  onAppointment: (appointment: Appointment) => void;
}) {
  const booked = appointmentsByColumn(appointments, tz);
  const columns = days.flatMap((day) =>
    clinicians.map((clinician) => {
      const key = columnKey(day, clinician.id);
      const entries: Entry[] = [
        ...(booked.get(key) ?? []).map((appointment) => ({ kind: 'appointment' as const, appointment })),
        ...(free.get(key) ?? []).map((slot) => ({ kind: 'free' as const, slot })),
      ];
      return { day, clinician, key, placed: placeDay(entries, day, tz) };
    }),
  );
  const { from, to } = gridHours(
    days,
    hours,
    columns.flatMap((c) => c.placed),
  );
  const px = (minutes: number) => `calc(${minutes} * var(--minute))`;
  const week = days.length > 1;
  const headRows = week ? 2 : 1;
  const hourMarks = Array.from({ length: (to - from) / 60 }, (_, i) => from + i * 60);
  // The box scrolls sideways, so a keyboard must be able to reach it even when it holds no button.
  const focusable = 0;
  const zone = zoneLabel(`${days[0]}T12:00:00Z`, tz).trim();

  return (
    <div className={styles.scroller} role="region" aria-label="Schedule" tabIndex={focusable}>
      <div
        className={styles.grid}
        style={{ gridTemplateColumns: `4.5rem repeat(${columns.length}, minmax(9.5rem, 1fr))` }}
      >
        <div className={`${styles.corner} ${styles.axis}`} style={{ gridRow: `1 / span ${headRows}`, gridColumn: 1 }}>
          {/* The grid's times are the hospital's: named when the reader's clock is another. */}
          {zone ? <span title={tz}>{zone}</span> : null}
        </div>
        {week
          ? days.map((day, i) => (
              <div
                key={day}
                className={styles.head}
                style={{ gridRow: 1, gridColumn: `${2 + i * clinicians.length} / span ${clinicians.length}` }}
              >
                {dayName(day, 'short')}
              </div>
            ))
          : null}
        {columns.map((c, i) => (
          <div key={c.key} className={styles.head} style={{ gridRow: headRows, gridColumn: 2 + i }}>
            {memberName(c.clinician)}
          </div>
        ))}
        <div className={styles.axis} style={{ gridRow: headRows + 1, gridColumn: 1, height: px(to - from) }}>
          {hourMarks.map((m) => (
            <span key={m} className={styles.hour} style={{ top: px(m - from) }}>
              {timeOfDay(m)}
            </span>
          ))}
        </div>
        {columns.map((c, i) => {
          const open = openOn(c.day, hours);
          return (
            <div
              key={c.key}
              role="group"
              aria-label={`${memberName(c.clinician)}, ${dayName(c.day)}`}
              className={styles.column}
              style={{ gridRow: headRows + 1, gridColumn: 2 + i, height: px(to - from) }}
            >
              {open.map((o) => (
                <div
                  key={o.opens}
                  className={styles.open}
                  style={{ top: px(o.opens - from), height: px(o.closes - o.opens) }}
                />
              ))}
              {open.length === 0 ? <span className={styles.closed}>Closed</span> : null}
              <div className={styles.lines} />
              {c.placed.map((p) => (
                <Item
                  key={p.entry.kind === 'appointment' ? p.entry.appointment.id : p.entry.slot.start}
                  placed={p}
                  from={from}
                  tz={tz}
                  moving={moving}
                  onSlot={(slot) => onSlot(c.clinician, c.day, slot)}
                  onAppointment={onAppointment}
                />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function Item({
  placed,
  from,
  tz,
  moving,
  onSlot,
  onAppointment,
}: {
  placed: Placed;
  from: number;
  tz: string;
  moving: Appointment | null;
  onSlot: (slot: FreeSlot) => void;
  onAppointment: (appointment: Appointment) => void;
}) {
  const { entry, start, end, lane, lanes } = placed;
  const style = {
    top: `calc(${start - from} * var(--minute) + 1px)`,
    height: `calc(${end - start} * var(--minute) - 2px)`,
    left: `calc(${(100 * lane) / lanes}% + 2px)`,
    width: `calc(${100 / lanes}% - 4px)`,
  };
  if (entry.kind === 'free') {
    const { slot } = entry;
    return (
      <button type="button" className={`${styles.item} ${styles.free}`} style={style} onClick={() => onSlot(slot)}>
        <span className={styles.line}>
          {clock(slot.start, tz)} {moving ? 'move here' : 'free'}
        </span>
      </button>
    );
  }
  const a = entry.appointment;
  const classes = [styles.item, ENDED.has(a.status) ? styles.ended : '', moving?.id === a.id ? styles.moving : ''];
  return (
    <button type="button" className={classes.join(' ')} style={style} onClick={() => onAppointment(a)}>
      <span className={styles.line}>
        <strong>
          {clock(a.start, tz)}–{clock(a.end, tz)}
        </strong>{' '}
        {a.patientName}
      </span>{' '}
      <span className={styles.line}>
        {a.patientMrn} · {appointmentTypeLabel(a.type)}
      </span>{' '}
      <span className={styles.line}>
        {appointmentStatusLabel(a.status)}
        {a.cancellationReason ? `: ${a.cancellationReason}` : ''}
      </span>
    </button>
  );
}
