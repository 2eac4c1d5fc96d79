'use client';
// A clinician's day: their queue (patients checked in for them, in arrival order, with Start),
// their appointments today, and their unsigned drafts, each a link back into the record editor.
import { text } from '@/i18n/text';
import { Badge, Card, Flex, Heading, Link, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant } from '@/api/client';
import type { Problem } from '@/api/problems';
import { PatientName } from '@/queue/PatientName';
import type { Appointment } from '@/queue/queue';
import { TodayQueue } from '@/queue/TodayQueue';
import { useNow } from '@/queue/useNow';
import { useToday } from '@/queue/useToday';
import { useSession } from '@/session/SessionProvider';
import { AppointmentActions } from '@/ui/AppointmentActions';
import { dateTime, timeRange } from '@/ui/format';
import { appointmentStatusLabel, appointmentTypeLabel, recordTypeLabel } from '@/ui/labels';
import { Empty, Loaded, ProblemCallout } from '@/ui/States';
import { useLoad } from '@/ui/useLoad';
import { Section } from './Section';

/** The newest drafts shown; the total says how many more there are. */
const DRAFTS = 10;

export function Clinician() {
  const { me } = useSession();
  const today = useToday(me.sub);
  const now = useNow();
  const [problem, setProblem] = useState<Problem | null>(null);
  const changed = () => {
    setProblem(null);
    void today.reload();
  };
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="6">
        {text.dashboard.yourDay}
      </Heading>
      <ProblemCallout problem={problem} />
      <Loaded load={today} what={text.dashboard.loadingYourDay} empty="" isEmpty={() => false}>
        {(mine) => (
          <Flex direction="column" gap="4">
            <Section title={text.dashboard.yourQueue}>
              <TodayQueue
                appointments={mine}
                now={now}
                clinician
                label={text.dashboard.yourQueue}
                empty={text.dashboard.noOneWaitingForYou}
                onChanged={changed}
                onProblem={setProblem}
              />
            </Section>
            <Section title={text.dashboard.yourAppointments}>
              <Day appointments={mine} onChanged={changed} onProblem={setProblem} />
            </Section>
          </Flex>
        )}
      </Loaded>
      <Section title={text.dashboard.yourDrafts}>
        <Drafts />
      </Section>
    </Flex>
  );
}

function Day({
  appointments,
  onChanged,
  onProblem,
}: {
  appointments: Appointment[];
  onChanged: () => void;
  onProblem: (p: Problem | null) => void;
}) {
  if (appointments.length === 0) return <Empty>{text.dashboard.noAppointmentsForYou}</Empty>;
  return (
    <Flex asChild direction="column" gap="2" p="0" m="0" style={{ listStyle: 'none' }}>
      <ul aria-label={text.dashboard.yourAppointments}>
        {appointments.map((a) => (
          <li key={a.id}>
            <Card>
              <Flex gap="3" align="center" justify="between" wrap="wrap">
                <Flex direction="column" minWidth="0">
                  <Text size="2" weight="bold">
                    {text.queue.slot(timeRange(a.start, a.end), appointmentTypeLabel(a.type))}
                  </Text>
                  <PatientName id={a.patientId} name={a.patientName} mrn={a.patientMrn} />
                  {a.reason ? (
                    <Text size="2" color="gray">
                      {a.reason}
                    </Text>
                  ) : null}
                </Flex>
                <Flex gap="2" align="center" wrap="wrap">
                  <Badge highContrast>{appointmentStatusLabel(a.status)}</Badge>
                  {/* A waiting patient is started from the queue above, not twice. */}
                  {a.status === 'CHECKED_IN' ? (
                    <Text size="2">{text.dashboard.inYourQueue}</Text>
                  ) : (
                    <AppointmentActions appointment={a} clinician onDone={onChanged} onProblem={onProblem} />
                  )}
                </Flex>
              </Flex>
            </Card>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

function Drafts() {
  const drafts = useLoad(
    () => api.GET('/api/records/drafts', { params: { header: tenant(), query: { size: DRAFTS } } }),
    [],
  );
  return (
    <Loaded
      load={drafts}
      what={text.dashboard.loadingDrafts}
      empty={text.dashboard.noDrafts}
      isEmpty={(page) => page.items.length === 0}
    >
      {(page) => (
        <Flex direction="column" gap="2">
          <Flex asChild direction="column" gap="2" p="0" m="0" style={{ listStyle: 'none' }}>
            <ul aria-label={text.dashboard.yourDrafts}>
              {page.items.map((d) => (
                <li key={d.id}>
                  <Card>
                    <Flex gap="3" align="center" justify="between" wrap="wrap">
                      <Flex direction="column" minWidth="0">
                        <PatientName id={d.patientId} name={d.patientName} mrn={d.patientMrn} />
                        <Text size="2">{text.dashboard.draftOf(recordTypeLabel(d.type), d.chiefComplaint)}</Text>
                        <Text size="2" color="gray">
                          {text.dashboard.lastSaved(dateTime(d.updatedAt))}
                        </Text>
                      </Flex>
                      <Link href={`/records/edit/?id=${d.id}`}>{text.dashboard.continueDraft(d.patientName)}</Link>
                    </Flex>
                  </Card>
                </li>
              ))}
            </ul>
          </Flex>
          {page.totalItems > page.items.length ? (
            <Text size="2" color="gray">
              {text.dashboard.newestDrafts(page.items.length, page.totalItems)}
            </Text>
          ) : null}
        </Flex>
      )}
    </Loaded>
  );
}
