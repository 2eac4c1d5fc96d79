'use client';
import { Badge, Button, Card, DataList, Flex, Heading, Link, Table, Tabs } from '@radix-ui/themes';
import { api, tenant } from '@/api/client';
import { useSession } from '@/session/SessionProvider';
import { Files } from '@/ui/Files';
import { dateTime, idParam } from '@/ui/format';
import { Loaded, Loading, ProblemCallout } from '@/ui/States';
import { useLoad } from '@/ui/useLoad';

export default function PatientPage() {
  const { tenant: hospital } = useSession();
  const id = idParam('id');
  const patient = useLoad(
    async () =>
      id
        ? api.GET('/api/patients/{id}', { params: { path: { id }, header: tenant() } })
        : { data: undefined, response: new Response() },
    [id],
  );
  const readsRecords = hospital?.role !== 'RECEPTIONIST';
  if (!id)
    return <ProblemCallout problem={{ detail: 'This link names no patient. Open the patient from the list.' }} />;
  if (patient.loading) return <Loading what="Loading the patient" />;
  if (!patient.data) return <ProblemCallout problem={patient.problem} retry={() => void patient.reload()} />;
  const p = patient.data;
  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" wrap="wrap" gap="2">
        <Heading as="h1" size="6">
          {p.familyName}, {p.givenName} <Badge highContrast>{p.mrn}</Badge>{' '}
          {p.status !== 'ACTIVE' ? (
            <Badge highContrast color="red">
              {p.status}
            </Badge>
          ) : null}
        </Heading>
        <Flex gap="2">
          <Button variant="soft" asChild>
            <a href={`/appointments/?patientId=${p.id}`}>Book appointment</a>
          </Button>
          <Button variant="outline" asChild>
            <a href={`/patients/edit/?id=${p.id}`}>Edit</a>
          </Button>
        </Flex>
      </Flex>
      <Card>
        <DataList.Root>
          <DataList.Item>
            <DataList.Label>Born</DataList.Label>
            <DataList.Value>{p.dateOfBirth}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>Sex</DataList.Label>
            <DataList.Value>{p.sex}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>Phone</DataList.Label>
            <DataList.Value>{p.phone ?? '—'}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>E-mail</DataList.Label>
            <DataList.Value>{p.email ?? '—'}</DataList.Value>
          </DataList.Item>
          {readsRecords ? (
            <DataList.Item>
              <DataList.Label>Allergies</DataList.Label>
              <DataList.Value>{p.allergies?.length ? p.allergies.join(', ') : 'None recorded'}</DataList.Value>
            </DataList.Item>
          ) : null}
        </DataList.Root>
      </Card>
      <Tabs.Root defaultValue="appointments">
        <Tabs.List>
          <Tabs.Trigger value="appointments">Appointments</Tabs.Trigger>
          {readsRecords ? <Tabs.Trigger value="records">Records</Tabs.Trigger> : null}
          <Tabs.Trigger value="files">Files</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="appointments">
          <PatientAppointments patientId={p.id} />
        </Tabs.Content>
        {readsRecords ? (
          <Tabs.Content value="records">
            <PatientRecords patientId={p.id} writes={hospital?.role === 'DOCTOR' || hospital?.role === 'NURSE'} />
          </Tabs.Content>
        ) : null}
        <Tabs.Content value="files">
          <Files patientId={p.id} />
        </Tabs.Content>
      </Tabs.Root>
    </Flex>
  );
}

function PatientAppointments({ patientId }: { patientId: string }) {
  const list = useLoad(
    () => api.GET('/api/appointments', { params: { header: tenant(), query: { patientId, size: 50 } } }),
    [patientId],
  );
  return (
    <Loaded load={list} empty="No appointments." isEmpty={(data) => data.items.length === 0}>
      {(data) => (
        <Table.Root mt="3">
          <Table.Body>
            {data.items.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>{dateTime(a.start)}</Table.Cell>
                <Table.Cell>{a.type}</Table.Cell>
                <Table.Cell>{a.reason}</Table.Cell>
                <Table.Cell>
                  <Badge highContrast>{a.status}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </Loaded>
  );
}

function PatientRecords({ patientId, writes }: { patientId: string; writes: boolean }) {
  const list = useLoad(
    () =>
      api.GET('/api/patients/{patientId}/records', {
        params: { path: { patientId }, header: tenant(), query: { size: 50 } },
      }),
    [patientId],
  );
  return (
    <Flex direction="column" gap="3" mt="3">
      {writes ? (
        <Button asChild style={{ alignSelf: 'start' }}>
          <a href={`/records/edit/?patientId=${patientId}`}>New record</a>
        </Button>
      ) : null}
      <Loaded load={list} empty="No records yet." isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <Table.Root>
            <Table.Body>
              {data.items.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>{dateTime(r.createdAt)}</Table.Cell>
                  <Table.Cell>{r.type}</Table.Cell>
                  <Table.Cell>
                    <Link href={`/records/view/?id=${r.id}`}>{r.chiefComplaint}</Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge highContrast color={r.status === 'FINAL' ? 'green' : 'amber'}>
                      {r.status}
                    </Badge>
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
