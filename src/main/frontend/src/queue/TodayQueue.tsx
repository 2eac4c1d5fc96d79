'use client';
// The queue of the day: checked-in patients in the order they arrived, how long each has waited
// (moving on every minute) and what comes next: for a clinician the Start button, for the front
// desk whom the patient waits for. An ordered list: its order is the arrival order, and assistive
// technology says the position, so the number shown is only for the eye.
import { text } from '@/i18n/text';
import { Badge, Card, Flex, Text } from '@radix-ui/themes';
import type { Problem } from '@/api/problems';
import { AppointmentActions } from '@/ui/AppointmentActions';
import { time } from '@/ui/format';
import { Empty } from '@/ui/States';
import { PatientName } from './PatientName';
import { waitingQueue, waitingTime, waitsFor, type Appointment } from './queue';

export function TodayQueue({
  appointments,
  now,
  clinician,
  label,
  empty,
  onChanged,
  onProblem,
}: {
  appointments: Appointment[];
  now: Date;
  clinician: boolean;
  /** The list's accessible name ("Waiting now", "Your queue"). */
  label: string;
  empty: string;
  onChanged: () => void;
  onProblem: (p: Problem | null) => void;
}) {
  const queue = waitingQueue(appointments);
  if (queue.length === 0) return <Empty>{empty}</Empty>;
  return (
    <Flex asChild direction="column" gap="2" p="0" m="0" style={{ listStyle: 'none' }}>
      <ol aria-label={label}>
        {queue.map((a, i) => (
          <li key={a.id}>
            <Card>
              <Flex gap="3" align="center" justify="between" wrap="wrap">
                <Flex gap="3" align="center" wrap="wrap" minWidth="0">
                  <Text size="5" weight="bold" aria-hidden>
                    {i + 1}
                  </Text>
                  <Flex direction="column" minWidth="0">
                    <PatientName id={a.patientId} name={a.patientName} mrn={a.patientMrn} />
                    <Text size="2" color="gray">
                      {text.queue.bookedFor(
                        a.checkedInAt ? text.queue.checkedInAt(time(a.checkedInAt)) : text.queue.checkedIn,
                        time(a.start),
                      )}
                    </Text>
                  </Flex>
                  <Badge highContrast color="amber" size="2">
                    {waitingTime(a.checkedInAt, now)}
                  </Badge>
                </Flex>
                {clinician ? (
                  <AppointmentActions appointment={a} clinician onDone={onChanged} onProblem={onProblem} />
                ) : (
                  <Text size="2">{waitsFor(a)}</Text>
                )}
              </Flex>
            </Card>
          </li>
        ))}
      </ol>
    </Flex>
  );
}
