'use client';
// Today's arrivals still expected: booked, not yet checked in, by time, each with the step the
// front desk takes when the patient arrives (confirm, then check in).
import { text } from '@/i18n/text';
import { Badge, Card, Flex, Text } from '@radix-ui/themes';
import type { Problem } from '@/api/problems';
import { AppointmentActions } from '@/ui/AppointmentActions';
import { timeRange } from '@/ui/format';
import { appointmentClinician, appointmentStatusLabel, appointmentTypeLabel } from '@/ui/labels';
import { Empty } from '@/ui/States';
import { PatientName } from './PatientName';
import { expectedArrivals, type Appointment } from './queue';

export function ExpectedArrivals({
  appointments,
  onChanged,
  onProblem,
}: {
  appointments: Appointment[];
  onChanged: () => void;
  onProblem: (p: Problem | null) => void;
}) {
  const expected = expectedArrivals(appointments);
  if (expected.length === 0) return <Empty>{text.queue.noMoreArrivals}</Empty>;
  return (
    <Flex asChild direction="column" gap="2" p="0" m="0" style={{ listStyle: 'none' }}>
      <ul aria-label={text.queue.stillExpected}>
        {expected.map((a) => (
          <li key={a.id}>
            <Card>
              <Flex gap="3" align="center" justify="between" wrap="wrap">
                <Flex direction="column" minWidth="0">
                  <Text size="2" weight="bold">
                    {text.queue.slot(timeRange(a.start, a.end), appointmentTypeLabel(a.type))}
                  </Text>
                  <PatientName id={a.patientId} name={a.patientName} mrn={a.patientMrn} />
                  <Text size="2" color="gray">
                    {text.queue.with(appointmentClinician(a))}
                  </Text>
                </Flex>
                <Flex gap="2" align="center" wrap="wrap">
                  <Badge highContrast>{appointmentStatusLabel(a.status)}</Badge>
                  <AppointmentActions appointment={a} clinician={false} onDone={onChanged} onProblem={onProblem} />
                </Flex>
              </Flex>
            </Card>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
