'use client';
import { Badge, Card, Flex, Grid, Heading, Link, Table, Text } from '@radix-ui/themes';
import { useMemo } from 'react';
import { api, tenant } from '@/api/client';
import { useSession } from '@/session/SessionProvider';
import { dayBounds, isoDate, time } from '@/ui/format';
import { Loaded } from '@/ui/States';
import { TableHead } from '@/ui/TableHead';
import { useLoad, type Load } from '@/ui/useLoad';

export default function Dashboard() {
  const { me, tenant: hospital } = useSession();
  const clinician = hospital?.role === 'DOCTOR' || hospital?.role === 'NURSE';
  const today = useMemo(() => dayBounds(isoDate(new Date())), []);
  const appointments = useLoad(
    () =>
      api.GET('/api/appointments', {
        params: {
          header: tenant(),
          query: { ...today, size: 100, ...(clinician ? { clinicianId: me.sub } : {}) },
        },
      }),
    [today, clinician, me.sub],
  );
  const patients = useLoad(() => api.GET('/api/patients', { params: { header: tenant(), query: { size: 1 } } }), []);
  const items = appointments.data?.items ?? [];
  const waiting = items.filter((a) => a.status === 'CHECKED_IN').length;

  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="6">
        {clinician ? 'Your day' : 'Today in the hospital'}
      </Heading>
      <Grid columns={{ initial: '1', sm: '3' }} gap="3">
        <Stat label="Appointments today" value={count(appointments, () => items.length)} />
        <Stat label="Checked in, waiting" value={count(appointments, () => waiting)} />
        <Stat label="Patients registered" value={count(patients, (page) => page.totalItems)} />
      </Grid>
      <Heading as="h2" size="4">
        Appointments today
      </Heading>
      <Loaded
        load={appointments}
        what="Loading today's appointments"
        empty="No appointments today."
        isEmpty={(page) => page.items.length === 0}
      >
        {() => (
          <Table.Root variant="surface">
            <TableHead columns={['Time', 'Type', 'Reason', 'Status', 'Patient']} />
            <Table.Body>
              {items.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    {time(a.start)}–{time(a.end)}
                  </Table.Cell>
                  <Table.Cell>{a.type}</Table.Cell>
                  <Table.Cell>{a.reason}</Table.Cell>
                  <Table.Cell>
                    <Badge highContrast>{a.status}</Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <Link href={`/patients/view/?id=${a.patientId}`}>Open patient</Link>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Loaded>
    </Flex>
  );
}

/** A counter's value: a dash while loading or when its source failed, never a wrong 0. */
function count<T>(load: Load<T>, value: (data: T) => number): string {
  if (load.loading || load.problem || load.data === undefined) return '—';
  return String(value(load.data));
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card>
      <Text as="p" size="2" color="gray">
        {label}
      </Text>
      <Text as="p" size="7" weight="bold">
        {value}
      </Text>
    </Card>
  );
}
