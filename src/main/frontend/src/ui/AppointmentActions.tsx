'use client';
// The workflow buttons an appointment's status allows (the server decides; these only offer).
import { Button, Dialog, Flex, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import type { Problem } from '@/api/problems';

type Appointment = components['schemas']['Appointment'];
type Step = 'confirm' | 'check-in' | 'start' | 'complete' | 'no-show';

const NEXT: Record<string, Step[]> = {
  SCHEDULED: ['confirm', 'no-show'],
  CONFIRMED: ['check-in', 'no-show'],
  CHECKED_IN: ['start'],
  IN_PROGRESS: ['complete'],
};
const LABEL: Record<Step, string> = {
  confirm: 'Confirm',
  'check-in': 'Check in',
  start: 'Start',
  complete: 'Complete',
  'no-show': 'No-show',
};

export function AppointmentActions({
  appointment,
  clinician,
  onDone,
  onProblem,
}: {
  appointment: Appointment;
  clinician: boolean;
  onDone: () => void;
  onProblem: (p: Problem) => void;
}) {
  const [reason, setReason] = useState('');
  const steps = (NEXT[appointment.status] ?? []).filter((s) => clinician || (s !== 'start' && s !== 'complete'));
  const cancellable = appointment.status === 'SCHEDULED' || appointment.status === 'CONFIRMED';
  const path = { id: appointment.id };

  async function step(s: Step) {
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
    if (answer.error) onProblem(answer.error);
    else onDone();
  }

  async function cancel() {
    const { error } = await api.POST('/api/appointments/{id}/cancel', {
      params: { path, header: tenant() },
      body: { reason },
    });
    if (error) onProblem(error);
    else onDone();
  }

  return (
    <Flex gap="1" wrap="wrap">
      {steps.map((s) => (
        <Button key={s} size="1" variant="soft" onClick={() => void step(s)}>
          {LABEL[s]}
        </Button>
      ))}
      {cancellable ? (
        <Dialog.Root>
          <Dialog.Trigger>
            <Button size="1" variant="soft" color="red">
              Cancel…
            </Button>
          </Dialog.Trigger>
          <Dialog.Content maxWidth="420px">
            <Dialog.Title>Cancel the appointment</Dialog.Title>
            <Dialog.Description size="2" mb="3">
              The reason is kept with the appointment.
            </Dialog.Description>
            <TextField.Root
              aria-label="Reason"
              placeholder="Reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Flex gap="2" mt="3" justify="end">
              <Dialog.Close>
                <Button variant="soft" color="gray">
                  Keep it
                </Button>
              </Dialog.Close>
              <Dialog.Close>
                <Button color="red" disabled={!reason.trim()} onClick={() => void cancel()}>
                  Cancel appointment
                </Button>
              </Dialog.Close>
            </Flex>
          </Dialog.Content>
        </Dialog.Root>
      ) : null}
    </Flex>
  );
}
