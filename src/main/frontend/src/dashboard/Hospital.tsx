'use client';
// The hospital's activity for its administrators, from real data only: today's appointments by
// status, who is waiting now, and what the audit trail recorded today (newest first).
import { Badge, Card, Flex, Heading, Link, Text } from '@radix-ui/themes';
import { useMemo } from 'react';
import { api, tenant, type components } from '@/api/client';
import { TodayQueue } from '@/queue/TodayQueue';
import { useNow } from '@/queue/useNow';
import { useToday } from '@/queue/useToday';
import { hospitalToday, time } from '@/ui/format';
import { appointmentStatusLabel, auditActionLabel, auditActorLabel, auditResourceLabel, roleLabel } from '@/ui/labels';
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
        Today in the hospital
      </Heading>
      <Loaded load={today} what="Loading today's appointments" empty="" isEmpty={() => false}>
        {(all) => (
          <Flex direction="column" gap="4">
            <Section title="Appointments today">
              {all.length === 0 ? (
                <Empty>No appointments today.</Empty>
              ) : (
                <Card>
                  <Text as="p" mb="2">
                    {all.length} {all.length === 1 ? 'appointment' : 'appointments'} today
                  </Text>
                  <Flex asChild gap="2" wrap="wrap" p="0" m="0" style={{ listStyle: 'none' }}>
                    <ul aria-label="Appointments today by status">
                      {byStatus(all).map(({ status, count }) => (
                        <li key={status}>
                          <Badge highContrast size="2">
                            {appointmentStatusLabel(status)}: {count}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  </Flex>
                </Card>
              )}
            </Section>
            <Section title="Waiting now">
              {/* Read only: the front desk and the clinicians move the queue on. */}
              <TodayQueue
                appointments={all}
                now={now}
                clinician={false}
                label="Waiting now"
                empty="No one is waiting."
                onChanged={() => void today.reload()}
                onProblem={() => undefined}
              />
            </Section>
          </Flex>
        )}
      </Loaded>
      <Section title="Recorded today">
        <Activity />
      </Section>
    </Flex>
  );
}

type Member = components['schemas']['Member'];

function Activity() {
  const from = useMemo(() => hospitalToday().from, []);
  const events = useLoad(
    () => api.GET('/api/audit-events', { params: { header: tenant(), query: { from, size: EVENTS } } }),
    [from],
  );
  // Who did it, by e-mail: the trail keeps ids. One call for the hospital's members.
  const members = useLoad(() => api.GET('/api/members', { params: { header: tenant() } }), []);
  const who = (sub: string, role: string) => {
    const member = (members.data ?? []).find((m: Member) => m.sub === sub);
    return member ? `${member.email} (${roleLabel(member.role)})` : auditActorLabel(role) || 'Someone';
  };
  return (
    <Loaded
      load={events}
      what="Loading today's activity"
      empty="Nothing recorded today."
      isEmpty={(p) => p.items.length === 0}
    >
      {(page) => (
        <Flex direction="column" gap="2">
          <Text as="p">
            {page.totalItems} {page.totalItems === 1 ? 'event' : 'events'} recorded today; the latest:
          </Text>
          <Flex asChild direction="column" gap="1" p="0" m="0" style={{ listStyle: 'none' }}>
            <ul aria-label="Latest activity">
              {page.items.map((e) => (
                <li key={e.id}>
                  <Flex gap="2" align="center" wrap="wrap">
                    <Text size="2" color="gray">
                      {time(e.at)}
                    </Text>
                    <Text size="2" weight="bold">
                      {auditActionLabel(e.action === 'DENIED' ? e.attempted : e.action)} ·{' '}
                      {auditResourceLabel(e.resourceType)}
                    </Text>
                    <Text size="2" style={{ overflowWrap: 'anywhere' }}>
                      by {who(e.actorSub, e.actorRole)}
                    </Text>
                    {e.outcome === 'DENIED' ? (
                      <Badge color="red" highContrast>
                        Refused
                      </Badge>
                    ) : null}
                  </Flex>
                </li>
              ))}
            </ul>
          </Flex>
          <Link href="/admin/audit/">Open the audit log</Link>
        </Flex>
      )}
    </Loaded>
  );
}
