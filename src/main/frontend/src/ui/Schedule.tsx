'use client';
// The appointments of the shown clinicians and days as a time grid, with what can be done from it:
// book a free slot (or any time, from the button), open an appointment for its steps, move one by
// picking another free slot. Every change reloads the grid, so it shows what the server holds.
import { Button, Callout, Flex, Select, Text } from '@radix-ui/themes';
import { useState } from 'react';
import type { components } from '@/api/client';
import { AppointmentDialog } from './AppointmentDialog';
import { BookingDialog, lengthsWith, type BookingRequest, type PatientChoice } from './BookingDialog';
import { RescheduleDialog } from './RescheduleDialog';
import { loadAppointments, loadFreeSlots } from './schedule';
import { Done, Loaded, ProblemCallout } from './States';
import { TimeGrid } from './TimeGrid';
import { useLoad } from './useLoad';
import { timeSpan } from './format';
import { addDays, instantAt } from './zone';
import { appointmentClinician, memberName } from './labels';

type Appointment = components['schemas']['Appointment'];
type Clinician = components['schemas']['Clinician'];
type FreeSlot = components['schemas']['FreeSlot'];
type Settings = components['schemas']['Settings'];

export function Schedule({
  day,
  days,
  today,
  shown,
  clinicians,
  settings,
  patient,
  clinicianRole,
}: {
  /** The day chosen; days: those shown (it, or its week). */
  day: string;
  days: string[];
  /** Today on the hospital's clock: earlier days have no free slots to ask for. */
  today: string;
  shown: Clinician[];
  clinicians: Clinician[];
  settings: Settings;
  patient: PatientChoice | null;
  clinicianRole: boolean;
}) {
  const tz = settings.timeZone;
  const [minutes, setMinutes] = useState(settings.appointmentMinutes);
  const lengths = lengthsWith(settings.appointmentMinutes);
  const [booking, setBooking] = useState<BookingRequest | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [target, setTarget] = useState<FreeSlot | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const ids = shown.map((c) => c.id);
  const from = instantAt(days[0], 0, tz).toISOString();
  const to = instantAt(addDays(days[days.length - 1], 1), 0, tz).toISOString();
  const list = useLoad(() => loadAppointments(ids, from, to), [ids, from, to]);
  // While an appointment moves, only its clinician's slots of its length are offered.
  const slotIds = moving ? ids.filter((id) => id === moving.clinicianId) : ids;
  const slotMinutes = moving ? moving.durationMinutes : minutes;
  const bookable = days.filter((d) => d >= today);
  const free = useLoad(() => loadFreeSlots(slotIds, bookable, slotMinutes), [slotIds, bookable, slotMinutes]);

  const nameOf = (a: Appointment) => {
    const c = clinicians.find((x) => x.id === a.clinicianId);
    return c ? memberName(c) : appointmentClinician(a);
  };
  const reload = () => {
    void list.reload();
    void free.reload();
  };
  const opened = list.data?.find((a) => a.id === openId) ?? null;
  // While an appointment moves, no slot from before (another clinician's, another length) may be picked.
  const offered = moving && free.loading ? new Map<string, FreeSlot[]>() : (free.data ?? new Map<string, FreeSlot[]>());

  return (
    <Flex direction="column" gap="3">
      <Flex gap="3" wrap="wrap" align="end">
        <Flex direction="column" gap="1">
          <Text size="2" weight="medium" aria-hidden>
            Slot length
          </Text>
          <Select.Root value={String(slotMinutes)} onValueChange={(m) => setMinutes(Number(m))} disabled={!!moving}>
            <Select.Trigger aria-label="Slot length" />
            <Select.Content>
              {lengths.map((m) => (
                <Select.Item key={m} value={String(m)}>
                  {m} minutes
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
        <Button
          disabled={clinicians.length === 0}
          onClick={() => {
            setDone(null);
            setBooking({ clinicianId: shown[0]?.id ?? clinicians[0].id, day, start: null, minutes });
          }}
        >
          Book appointment
        </Button>
      </Flex>
      {done ? <Done>{done}</Done> : null}
      {moving ? (
        <Callout.Root color="blue" highContrast role="status">
          <Callout.Text>
            Moving {moving.patientName}&apos;s appointment ({timeSpan(moving.start, moving.end, tz)}): pick a free time
            in {nameOf(moving)}&apos;s column
            {slotIds.length === 0 ? ` (show ${nameOf(moving)} to see it)` : ''}.
          </Callout.Text>
          <Button size="1" variant="soft" highContrast onClick={() => setMoving(null)} style={{ alignSelf: 'start' }}>
            Stop moving
          </Button>
        </Callout.Root>
      ) : patient ? (
        <Callout.Root color="blue" highContrast role="status">
          <Callout.Text>
            Booking for {patient.name} (MRN {patient.mrn}): pick a free time in the grid.
          </Callout.Text>
        </Callout.Root>
      ) : null}
      <ProblemCallout problem={free.problem} retry={() => void free.reload()} />
      <Loaded load={list} what="Loading appointments" empty="" isEmpty={() => false}>
        {(appointments) => (
          <Flex direction="column" gap="2">
            {appointments.length === 0 ? (
              <Text as="p" color="gray" highContrast>
                {days.length === 1 ? 'Nothing booked.' : 'Nothing booked this week.'}
              </Text>
            ) : null}
            <TimeGrid
              days={days}
              clinicians={shown}
              tz={tz}
              hours={settings.workingHours ?? []}
              appointments={appointments}
              free={offered}
              moving={moving}
              onSlot={(clinician, slotDay, slot) => {
                setDone(null);
                if (moving) setTarget(slot);
                else setBooking({ clinicianId: clinician.id, day: slotDay, start: slot.start, minutes });
              }}
              onAppointment={(a) => {
                setDone(null);
                setOpenId(a.id);
              }}
            />
          </Flex>
        )}
      </Loaded>
      <BookingDialog
        request={booking}
        clinicians={clinicians}
        tz={tz}
        patient={patient}
        onClose={() => setBooking(null)}
        onBooked={(a) => {
          setBooking(null);
          setDone(`Booked: ${a.patientName} with ${nameOf(a)}, ${timeSpan(a.start, a.end, tz)}.`);
          reload();
        }}
      />
      <AppointmentDialog
        appointment={opened}
        clinicianName={opened ? nameOf(opened) : ''}
        tz={tz}
        clinician={clinicianRole}
        onClose={() => setOpenId(null)}
        onChanged={reload}
        onReschedule={(a) => {
          setOpenId(null);
          setMoving(a);
        }}
      />
      {moving ? (
        <RescheduleDialog
          appointment={moving}
          to={target}
          clinicianName={nameOf(moving)}
          tz={tz}
          onBack={() => setTarget(null)}
          onMoved={(a) => {
            setTarget(null);
            setMoving(null);
            setDone(`Moved: ${a.patientName} with ${nameOf(a)}, now ${timeSpan(a.start, a.end, tz)}.`);
            reload();
          }}
        />
      ) : null}
    </Flex>
  );
}
