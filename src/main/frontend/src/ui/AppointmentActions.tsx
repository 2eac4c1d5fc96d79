'use client';
// The workflow buttons an appointment's status allows (the server decides; these only offer), the
// move to another time, and cancelling, which asks for the reason first: the field says it is
// required, an empty one is refused here without sending, and the server's word on it shows there.
import { Button, Flex } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { fieldErrors, problemOf, type Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import { Field } from './Field';
import { ProblemCallout } from './States';
import { useToast } from './Toasts';
import { useSubmit } from './useSubmit';

type Appointment = components['schemas']['Appointment'];
type Step = 'confirm' | 'check-in' | 'start' | 'complete' | 'no-show';

const NEXT: Record<string, Step[]> = {
  SCHEDULED: ['confirm', 'no-show'],
  CONFIRMED: ['check-in', 'no-show'],
  CHECKED_IN: ['start'],
  IN_PROGRESS: ['complete'],
};
const t = text.appointments;
const REASON_MAX = 500;

/** Whether the booked time can still move or be cancelled: before the patient has arrived. */
export const beforeArrival = (a: Appointment) => a.status === 'SCHEDULED' || a.status === 'CONFIRMED';

export function AppointmentActions({
  appointment,
  clinician,
  onDone,
  onProblem,
  onReschedule,
}: {
  appointment: Appointment;
  clinician: boolean;
  onDone: () => void;
  onProblem: (p: Problem | null) => void;
  onReschedule?: () => void;
}) {
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const submit = useSubmit();
  const toast = useToast();
  const steps = (NEXT[appointment.status] ?? []).filter((s) => clinician || (s !== 'start' && s !== 'complete'));
  const path = { id: appointment.id };

  const step = (s: Step) =>
    submit.run(async () => {
      onProblem(null);
      const params = { path, header: tenant() };
      const answer =
        s === 'confirm'
          ? await api.POST('/api/appointments/{id}/confirm', { params })
          : s === 'check-in'
            ? await api.POST('/api/appointments/{id}/check-in', { params })
            : s === 'start'
              ? await api.POST('/api/appointments/{id}/start', { params })
              : s === 'complete'
                ? await api.POST('/api/appointments/{id}/complete', { params })
                : await api.POST('/api/appointments/{id}/no-show', { params });
      if (answer.error) return onProblem(problemOf(answer.error, answer.response));
      toast(t.stepDone[s](appointment.patientName));
      onDone();
    });

  function cancel(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const why = reason.trim();
    if (!why) return setReasonError(t.reasonRequired);
    if (why.length > REASON_MAX) return setReasonError(t.reasonTooLong(REASON_MAX));
    setReasonError(undefined);
    void submit.run(async () => {
      onProblem(null);
      const { error, response } = await api.POST('/api/appointments/{id}/cancel', {
        params: { path, header: tenant() },
        body: { reason: why },
      });
      if (!error) {
        setCancelling(false);
        toast(t.cancelled(appointment.patientName));
        return onDone();
      }
      const failed = problemOf(error, response);
      const atField = fieldErrors(failed).reason;
      if (atField) setReasonError(atField);
      else onProblem(failed);
    });
  }

  if (cancelling)
    return (
      <form onSubmit={cancel} noValidate>
        <Flex direction="column" gap="2">
          <ProblemCallout problem={submit.problem} />
          <Field
            label={t.reasonLabel}
            name="reason"
            aria-required
            maxLength={REASON_MAX}
            value={reason}
            error={reasonError}
            onChange={(e) => setReason(e.target.value)}
          />
          <Flex gap="2" justify="end" wrap="wrap">
            <Button type="button" variant="soft" color="gray" highContrast onClick={() => setCancelling(false)}>
              {t.keep}
            </Button>
            <Button type="submit" color="red" loading={submit.busy}>
              {t.cancel}
            </Button>
          </Flex>
        </Flex>
      </form>
    );

  return (
    <Flex gap="2" wrap="wrap">
      <ProblemCallout problem={submit.problem} />
      {steps.map((s) => (
        <Button key={s} size="2" variant="soft" disabled={submit.busy} onClick={() => void step(s)}>
          {t.steps[s]}
        </Button>
      ))}
      {beforeArrival(appointment) && onReschedule ? (
        <Button size="2" variant="soft" onClick={onReschedule}>
          {t.reschedule}
        </Button>
      ) : null}
      {beforeArrival(appointment) ? (
        <Button size="2" variant="soft" color="red" onClick={() => setCancelling(true)}>
          {t.cancelAsk}
        </Button>
      ) : null}
    </Flex>
  );
}
