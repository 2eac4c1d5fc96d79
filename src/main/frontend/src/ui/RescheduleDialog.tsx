'use client';
// Moving an appointment to the free slot picked in the grid: a review says from when to when, and
// only its Confirm moves it (same length, same clinician; the server makes it Scheduled again).
import { Dialog } from '@radix-ui/themes';
import { api, tenant, type components } from '@/api/client';
import { problemOf } from '@/api/problems';
import { text } from '@/i18n/text';
import { appointmentTypeLabel } from './labels';
import { Review } from './Review';
import { useToast } from './Toasts';
import { useSubmit } from './useSubmit';
import { timeSpan } from './format';

const t = text.appointments.review;

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
  const toast = useToast();
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
      if (data) {
        toast(text.appointments.rescheduled(data.patientName, timeSpan(data.start, data.end, tz)));
        return onMoved(data);
      }
      return problemOf(error, response);
    });
  return (
    <Dialog.Root open={to !== null} onOpenChange={(open) => (open ? undefined : back())}>
      <Dialog.Content maxWidth="600px">
        <Dialog.Title>{t.title}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {t.description}
        </Dialog.Description>
        {to ? (
          <Review
            rows={[
              [t.patient, t.patientIs(appointment.patientName, appointment.patientMrn)],
              [t.with, clinicianName],
              [t.type, appointmentTypeLabel(appointment.type)],
              [t.from, timeSpan(appointment.start, appointment.end, tz)],
              [t.to, timeSpan(to.start, endOf(to.start, appointment.durationMinutes), tz)],
            ]}
            confirm={t.confirm}
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
