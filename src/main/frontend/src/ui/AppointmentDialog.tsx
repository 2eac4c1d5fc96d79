'use client';
// One appointment, opened from the grid: who, with whom, when, what, where it stands (in words),
// and the steps its status allows. It stays open across a step, showing the new status.
import { Badge, Button, DataList, Dialog, Flex, Link } from '@radix-ui/themes';
import { useState } from 'react';
import type { components } from '@/api/client';
import type { Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import { AppointmentActions } from './AppointmentActions';
import { appointmentStatusLabel, appointmentTypeLabel } from './labels';
import { ProblemCallout } from './States';
import { timeSpan } from './format';

type Appointment = components['schemas']['Appointment'];
const t = text.appointments.dialog;

export function AppointmentDialog({
  appointment,
  clinicianName,
  tz,
  clinician,
  onClose,
  onChanged,
  onReschedule,
}: {
  appointment: Appointment | null;
  clinicianName: string;
  tz: string;
  clinician: boolean;
  onClose: () => void;
  onChanged: () => void;
  onReschedule: (appointment: Appointment) => void;
}) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const a = appointment;
  return (
    <Dialog.Root
      open={a !== null}
      onOpenChange={(open) => {
        if (open) return;
        setProblem(null);
        onClose();
      }}
    >
      <Dialog.Content maxWidth="560px">
        {a ? (
          <>
            <Dialog.Title>{t.title(a.patientName, a.patientMrn)}</Dialog.Title>
            <Dialog.Description size="2" mb="3">
              {t.typeWith(appointmentTypeLabel(a.type), clinicianName)}
            </Dialog.Description>
            <DataList.Root mb="4" orientation={{ initial: 'vertical', sm: 'horizontal' }}>
              <DataList.Item>
                <DataList.Label minWidth="7rem">{t.when}</DataList.Label>
                <DataList.Value>{timeSpan(a.start, a.end, tz)}</DataList.Value>
              </DataList.Item>
              <DataList.Item>
                <DataList.Label minWidth="7rem">{t.status}</DataList.Label>
                <DataList.Value>
                  <Badge highContrast color={a.status === 'CANCELLED' || a.status === 'NO_SHOW' ? 'gray' : undefined}>
                    {appointmentStatusLabel(a.status)}
                  </Badge>
                </DataList.Value>
              </DataList.Item>
              {a.reason ? (
                <DataList.Item>
                  <DataList.Label minWidth="7rem">{t.reason}</DataList.Label>
                  <DataList.Value>{a.reason}</DataList.Value>
                </DataList.Item>
              ) : null}
              {a.cancellationReason ? (
                <DataList.Item>
                  <DataList.Label minWidth="7rem">{t.whyCancelled}</DataList.Label>
                  <DataList.Value>{a.cancellationReason}</DataList.Value>
                </DataList.Item>
              ) : null}
              <DataList.Item>
                <DataList.Label minWidth="7rem">{t.patient}</DataList.Label>
                <DataList.Value>
                  <Link href={`/patients/view/?id=${a.patientId}`}>{t.openPatient(a.patientName)}</Link>
                </DataList.Value>
              </DataList.Item>
            </DataList.Root>
            <ProblemCallout problem={problem} />
            <AppointmentActions
              key={a.id}
              appointment={a}
              clinician={clinician}
              onDone={onChanged}
              onProblem={setProblem}
              onReschedule={() => onReschedule(a)}
            />
            <Flex justify="end" mt="4">
              <Dialog.Close>
                <Button variant="soft" color="gray" highContrast>
                  {text.common.close}
                </Button>
              </Dialog.Close>
            </Flex>
          </>
        ) : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}
