'use client';
// The hospital's activity for its administrators, from real data only: today's appointments by
// status, who is waiting now, and what the audit trail recorded today (newest first).
import { text } from '@/i18n/text';
import { Badge, Card, Flex, Heading, Link, Text } from '@radix-ui/themes';
import { useMemo } from 'react';
import { api, tenant } from '@/api/client';
import { TodayQueue } from '@/queue/TodayQueue';
import { useNow } from '@/queue/useNow';
import { useToday } from '@/queue/useToday';
import { hospitalToday, time } from '@/ui/format';
import { appointmentStatusLabel, auditActionLabel, auditActor, auditResourceLabel } from '@/ui/labels';
import { Empty, Loaded } from '@/ui/States';
import { useLoad } from '@/ui/useLoad';
import { byStatus } from './activity';
import { Section } from './Section';

/** The latest events shown; the total says how many today has. */
const EVENTS = 10;

export function Hospital() {
  const today = useToday();
  const now = useNow();
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="6">
        {text.dashboard.hospitalTitle}
      </Heading>
      <Loaded load={today} what={text.dashboard.loadingToday} empty="" isEmpty={() => false}>
        {(all) => (
          <Flex direction="column" gap="4">
            <Section title={text.dashboard.appointmentsToday}>
              {all.length === 0 ? (
                <Empty>{text.dashboard.noAppointmentsToday}</Empty>
              ) : (
                <Card>
                  <Text as="p" mb="2">
                    {text.dashboard.countToday(all.length)}
                  </Text>
                  <Flex asChild gap="2" wrap="wrap" p="0" m="0" style={{ listStyle: 'none' }}>
                    <ul aria-label={text.dashboard.byStatus}>
                      {byStatus(all).map(({ status, count }) => (
                        <li key={status}>
                          <Badge highContrast size="2">
                            {text.dashboard.statusCount(appointmentStatusLabel(status), count)}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  </Flex>
                </Card>
              )}
            </Section>
            <Section title={text.dashboard.waitingNow}>
              {/* Read only: the front desk and the clinicians move the queue on. */}
              <TodayQueue
                appointments={all}
                now={now}
                clinician={false}
                label={text.dashboard.waitingNow}
                empty={text.dashboard.noOneWaiting}
                onChanged={() => void today.reload()}
                onProblem={() => undefined}
              />
            </Section>
          </Flex>
        )}
      </Loaded>
      <Section title={text.dashboard.recordedToday}>
        <Activity />
      </Section>
    </Flex>
  );
}

function Activity() {
  const from = useMemo(() => hospitalToday().from, []);
  const events = useLoad(
    () => api.GET('/api/audit-events', { params: { header: tenant(), query: { from, size: EVENTS } } }),
    [from],
  );
  // Who did it, named as the audit log names them (the trail's answer names its actors).
  const who = (e: Parameters<typeof auditActor>[0]) => {
    const { name, role } = auditActor(e);
    return role ? text.dashboard.personAndRole(name, role) : name;
  };
  return (
    <Loaded
      load={events}
      what={text.dashboard.loadingActivity}
      empty={text.dashboard.nothingRecorded}
      isEmpty={(p) => p.items.length === 0}
    >
      {(page) => (
        <Flex direction="column" gap="2">
          <Text as="p">{text.dashboard.eventsToday(page.totalItems)}</Text>
          <Flex asChild direction="column" gap="1" p="0" m="0" style={{ listStyle: 'none' }}>
            <ul aria-label={text.dashboard.latestActivity}>
              {page.items.map((e) => (
                <li key={e.id}>
                  <Flex gap="2" align="center" wrap="wrap">
                    <Text size="2" color="gray">
                      {time(e.at)}
                    </Text>
                    <Text size="2" weight="bold">
                      {text.dashboard.actionOn(
                        auditActionLabel(e.action === 'DENIED' ? e.attempted : e.action),
                        auditResourceLabel(e.resourceType),
                      )}
                    </Text>
                    <Text size="2" style={{ overflowWrap: 'anywhere' }}>
                      {text.dashboard.by(who(e))}
                    </Text>
                    {e.outcome === 'DENIED' ? (
                      <Badge color="red" highContrast>
                        {text.dashboard.refused}
                      </Badge>
                    ) : null}
                  </Flex>
                </li>
              ))}
            </ul>
          </Flex>
          <Link href="/admin/audit/">{text.dashboard.openAudit}</Link>
        </Flex>
      )}
    </Loaded>
  );
}
