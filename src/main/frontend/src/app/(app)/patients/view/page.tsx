'use client';
import { Badge, Button, Card, DataList, Flex, Link, Table, Tabs, Text } from '@radix-ui/themes';
import { api, tenant, type components } from '@/api/client';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { Files } from '@/ui/Files';
import { dateTime, idParam } from '@/ui/format';
import {
  appointmentClinician,
  appointmentStatusLabel,
  appointmentTypeLabel,
  recordStatusLabel,
  recordTypeLabel,
} from '@/ui/labels';
import { PatientBanner } from '@/ui/PatientBanner';
import { PatientSummary } from '@/ui/PatientSummary';
import { PrintButton, PrintedBy } from '@/ui/Print';
import { Loaded, Loading, ProblemCallout } from '@/ui/States';
import { TableHead } from '@/ui/TableHead';
import { useLoad } from '@/ui/useLoad';

const t = text.patients;

export default function PatientPage() {
  const { tenant: hospital } = useSession();
  const id = idParam('id');
  // One call for the banner and the summary; the tabs load their lists when opened.
  const summary = useLoad(
    async () =>
      id
        ? api.GET('/api/patients/{patientId}/summary', { params: { path: { patientId: id }, header: tenant() } })
        : { data: undefined, response: new Response() },
    [id],
  );
  const readsRecords = hospital?.role !== 'RECEPTIONIST';
  if (!id) return <ProblemCallout problem={{ detail: t.noId }} />;
  if (summary.loading && !summary.data) return <Loading what={t.loadingOne} />;
  if (!summary.data) return <ProblemCallout problem={summary.problem} retry={() => void summary.reload()} />;
  const p = summary.data.patient;
  return (
    <Flex direction="column" gap="4">
      <PatientBanner patient={p} heading />
      <Flex gap="2" wrap="wrap" className="no-print">
        <Button variant="soft" asChild>
          <a href={`/appointments/?patientId=${p.id}`}>{t.bookAppointment}</a>
        </Button>
        <Button variant="outline" asChild>
          <a href={`/patients/edit/?id=${p.id}`}>{t.edit}</a>
        </Button>
        <PrintButton />
      </Flex>
      <PatientSummary summary={summary.data} />
      <Tabs.Root defaultValue="appointments" className="no-print">
        <Tabs.List>
          <Tabs.Trigger value="appointments">{t.tabs.appointments}</Tabs.Trigger>
          {readsRecords ? <Tabs.Trigger value="records">{t.tabs.records}</Tabs.Trigger> : null}
          <Tabs.Trigger value="files">{t.tabs.files}</Tabs.Trigger>
          <Tabs.Trigger value="contact">{t.tabs.contact}</Tabs.Trigger>
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
        <Tabs.Content value="contact">
          <Contact patientId={p.id} />
        </Tabs.Content>
      </Tabs.Root>
      <PrintedBy />
    </Flex>
  );
}

type Address = components['schemas']['Patient']['address'];

const addressText = (a: Address) =>
  [a?.line1, a?.line2, a?.city, a?.region, a?.postalCode, a?.country].filter(Boolean).join(', ');

/** Phone and e-mail, which the summary does not carry: read when the tab is opened. */
function Contact({ patientId }: { patientId: string }) {
  const patient = useLoad(
    () => api.GET('/api/patients/{id}', { params: { path: { id: patientId }, header: tenant() } }),
    [patientId],
  );
  return (
    <Loaded load={patient} empty="" isEmpty={() => false}>
      {(p) => (
        <Card mt="3">
          <DataList.Root>
            <DataList.Item>
              <DataList.Label>{t.contact.phone}</DataList.Label>
              <DataList.Value>{p.phone ?? t.contact.none}</DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label>{t.contact.email}</DataList.Label>
              <DataList.Value>{p.email ?? t.contact.none}</DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label>{t.contact.address}</DataList.Label>
              <DataList.Value>{addressText(p.address) || t.contact.none}</DataList.Value>
            </DataList.Item>
          </DataList.Root>
        </Card>
      )}
    </Loaded>
  );
}

function PatientAppointments({ patientId }: { patientId: string }) {
  const list = useLoad(
    () => api.GET('/api/appointments', { params: { header: tenant(), query: { patientId, size: 50 } } }),
    [patientId],
  );
  return (
    <Loaded load={list} empty={t.noAppointments} isEmpty={(data) => data.items.length === 0}>
      {(data) => (
        <Table.Root mt="3">
          <TableHead
            columns={[
              t.appointmentColumns.when,
              t.appointmentColumns.with,
              t.appointmentColumns.type,
              t.appointmentColumns.status,
            ]}
          />
          <Table.Body>
            {data.items.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>{dateTime(a.start)}</Table.Cell>
                {/* An e-mail has no place to break: it wraps anywhere rather than widen the table. */}
                <Table.Cell style={{ overflowWrap: 'anywhere' }}>{appointmentClinician(a)}</Table.Cell>
                <Table.Cell>
                  {appointmentTypeLabel(a.type)}
                  {a.reason ? (
                    <Text as="div" size="1" color="gray">
                      {a.reason}
                    </Text>
                  ) : null}
                </Table.Cell>
                <Table.Cell>
                  <Badge highContrast>{appointmentStatusLabel(a.status)}</Badge>
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
          <a href={`/records/edit/?patientId=${patientId}`}>{t.newRecord}</a>
        </Button>
      ) : null}
      <Loaded load={list} empty={t.noRecords} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <Table.Root>
            <TableHead
              columns={[
                t.recordColumns.written,
                t.recordColumns.type,
                t.recordColumns.complaint,
                t.recordColumns.status,
              ]}
            />
            <Table.Body>
              {data.items.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>{dateTime(r.createdAt)}</Table.Cell>
                  <Table.Cell>{recordTypeLabel(r.type)}</Table.Cell>
                  <Table.Cell>
                    <Link href={`/records/view/?id=${r.id}`}>{r.chiefComplaint}</Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge highContrast color={r.status === 'FINAL' ? 'green' : 'amber'}>
                      {recordStatusLabel(r.status)}
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
