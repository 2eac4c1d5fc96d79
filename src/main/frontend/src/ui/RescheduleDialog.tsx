'use client';
// Moving an appointment to the free slot picked in the grid: a review says from when to when, and
// only its Confirm moves it (same length, same clinician; the server makes it Scheduled again).
import { Dialog } from '@radix-ui/themes';
import { api, tenant, type components } from '@/api/client';
import { problemOf } from '@/api/problems';
import { appointmentTypeLabel } from './labels';
import { Review } from './Review';
import { useSubmit } from './useSubmit';
import { timeSpan } from './format';

type Appointment = components['schemas']['Appointment'];
type FreeSlot = components['schemas']['FreeSlot'];

export function RescheduleDialog({
  appointment,
  to,
  clinicianName,
  tz,
  onBack,
  onMoved,
}: {
  appointment: Appointment;
  to: FreeSlot | null;
  clinicianName: string;
  tz: string;
  onBack: () => void;
  onMoved: (moved: Appointment) => void;
}) {
  const { busy, problem, setProblem, run } = useSubmit();
  const back = () => {
    setProblem(null);
    onBack();
  };
  const confirm = () =>
    run(async () => {
      if (!to) return;
      const { data, error, response } = await api.POST('/api/appointments/{id}/reschedule', {
        params: { path: { id: appointment.id }, header: tenant() },
        body: { start: to.start, durationMinutes: appointment.durationMinutes },
      });
      if (data) return onMoved(data);
      return problemOf(error, response);
    });
  return (
    <Dialog.Root open={to !== null} onOpenChange={(open) => (open ? undefined : back())}>
      <Dialog.Content maxWidth="600px">
        <Dialog.Title>Check the new time</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          Confirm moves the appointment; Back lets you pick another time.
        </Dialog.Description>
        {to ? (
          <Review
            rows={[
              ['Patient', `${appointment.patientName} (MRN ${appointment.patientMrn})`],
              ['With', clinicianName],
              ['Type', appointmentTypeLabel(appointment.type)],
              ['From', timeSpan(appointment.start, appointment.end, tz)],
              ['To', timeSpan(to.start, endOf(to.start, appointment.durationMinutes), tz)],
            ]}
            confirm="Confirm new time"
            busy={busy}
            problem={problem}
            onBack={back}
            onConfirm={() => void confirm()}
          />
        ) : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}

const endOf = (start: string, minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();
