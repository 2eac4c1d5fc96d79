'use client';
import {
  AlertDialog,
  Badge,
  Button,
  Card,
  DataList,
  Flex,
  Heading,
  Select,
  Strong,
  Table,
  Text,
  TextArea,
  TextField,
} from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import type { Problem } from '@/api/problems';
import { text as words } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { isAdult } from '@/ui/age';
import { calendarDate, dateTime, idParam } from '@/ui/format';
import { memberName, recordStatusLabel, recordTypeLabel, routeLabel } from '@/ui/labels';
import { LoadedBanner, patientName, usePatient, type BannerPatient } from '@/ui/PatientBanner';
import { PrintButton, PrintedBy } from '@/ui/Print';
import { VitalsList } from '@/ui/VitalsList';
import { Empty, Loading, ProblemCallout } from '@/ui/States';
import { useToast } from '@/ui/Toasts';
import { useLoad } from '@/ui/useLoad';

export default function RecordPage() {
  const { tenant: hospital, me } = useSession();
  const id = idParam('id');
  const record = useLoad(
    async () =>
      id
        ? api.GET('/api/records/{id}', { params: { path: { id }, header: tenant() } })
        : { data: undefined, response: new Response() },
    [id],
  );
  const patient = usePatient(record.data?.patientId);
  const names = useClinicianNames();
  const [problem, setProblem] = useState<Problem | null>(null);
  const toast = useToast();
  const writes = hospital?.role === 'DOCTOR' || hospital?.role === 'NURSE';
  if (!id) return <ProblemCallout problem={{ detail: words.records.noId }} />;
  if (record.loading && !record.data) return <Loading what={words.records.loading} />;
  if (!record.data) return <ProblemCallout problem={record.problem} retry={() => void record.reload()} />;
  const r = record.data;
  const draft = r.status === 'DRAFT';
  const myName = names(me.sub, me.email ?? me.sub);
  const who = (sub: string | undefined) => (sub === me.sub ? myName : names(sub));

  async function finalize() {
    const { error } = await api.POST('/api/records/{id}/finalize', {
      params: { path: { id: r.id }, header: { ...tenant(), 'If-Match': `"${r.version}"` } },
    });
    if (error) return setProblem(error);
    toast(words.records.signed);
    await record.reload();
  }

  return (
    <Flex direction="column" gap="4">
      <LoadedBanner load={patient} />
      <Flex justify="between" align="center" wrap="wrap" gap="2">
        <Heading as="h1" size="6">
          {r.chiefComplaint}{' '}
          <Badge highContrast color={draft ? 'amber' : 'green'}>
            {recordStatusLabel(r.status)}
          </Badge>
        </Heading>
        <Flex gap="2" wrap="wrap" className="no-print">
          <Button variant="soft" asChild>
            <a href={`/patients/view/?id=${r.patientId}`}>Patient</a>
          </Button>
          {draft && writes ? (
            <Button variant="outline" asChild>
              <a href={`/records/edit/?id=${r.id}`}>Edit draft</a>
            </Button>
          ) : null}
          <PrintButton />
          {draft && hospital?.role === 'DOCTOR' ? (
            <SignRecord record={r} patient={patient.data} signer={myName} onSign={() => void finalize()} />
          ) : null}
        </Flex>
      </Flex>
      <ProblemCallout problem={problem} />
      <Text size="2" color="gray" highContrast>
        {recordTypeLabel(r.type)} · written {dateTime(r.createdAt)} by {who(r.authorSub)}
      </Text>
      <Card>
        <DataList.Root orientation={{ initial: 'vertical', sm: 'horizontal' }}>
          {(['subjective', 'objective', 'assessment', 'plan'] as const).map((k) => (
            <DataList.Item key={k}>
              <DataList.Label>{k[0].toUpperCase() + k.slice(1)}</DataList.Label>
              <DataList.Value>{r[k] ?? '—'}</DataList.Value>
            </DataList.Item>
          ))}
          <DataList.Item>
            <DataList.Label>Vitals</DataList.Label>
            <DataList.Value>
              <VitalsList vitals={r.vitals} adult={patient.data ? isAdult(patient.data.dateOfBirth) : true} />
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>Diagnoses</DataList.Label>
            <DataList.Value>{r.diagnoses.map((d) => `${d.code} ${d.description}`).join('; ') || '—'}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>Prescriptions</DataList.Label>
            <DataList.Value>{r.prescriptions.map(prescriptionText).join('; ') || '—'}</DataList.Value>
          </DataList.Item>
        </DataList.Root>
      </Card>
      <Signature record={r} signer={who(r.finalizedBy)} />
      <Attachments record={r} draft={draft && writes} onProblem={setProblem} reload={record.reload} />
      <Heading as="h2" size="4">
        Amendments
      </Heading>
      {r.amendments.length === 0 ? <Empty>No amendments.</Empty> : null}
      {r.amendments.map((a) => (
        <Card key={a.id}>
          <Text as="p" size="2" color="gray">
            {dateTime(a.createdAt)} — {a.reason}
          </Text>
          <Text as="p">{a.text}</Text>
        </Card>
      ))}
      {!draft && writes ? <AmendmentForm id={r.id} onProblem={setProblem} reload={record.reload} /> : null}
      <PrintedBy />
    </Flex>
  );
}

type Prescription = components['schemas']['Prescription'];

const prescriptionText = (p: Prescription) =>
  `${p.medication} ${p.dose}, ${routeLabel(p.route).toLowerCase()}, ${p.frequency}, for ${p.durationDays} ${p.durationDays === 1 ? 'day' : 'days'}`;

/**
 * Members' names (their display name, else e-mail) by their ids (subs), for who wrote and who signed;
 * a former member is said so, unless the caller knows better (the signed-in user).
 */
function useClinicianNames(): (sub: string | undefined, otherwise?: string) => string {
  const clinicians = useLoad(() => api.GET('/api/clinicians', { params: { header: tenant() } }), []);
  return (sub, otherwise) => {
    if (!sub) return '';
    const clinician = clinicians.data?.find((c) => c.id === sub);
    if (clinician) return memberName(clinician);
    return otherwise ?? (clinicians.data ? 'a former member' : '…');
  };
}

/** The signature line: who signed and when, or that the record is a draft nobody has signed. */
function Signature({ record, signer }: { record: RecordData; signer: string }) {
  return (
    <Card asChild className="signature">
      <section aria-label="Signature">
        {record.status === 'FINAL' && record.finalizedAt ? (
          <Text>
            Signed by <Strong>{signer}</Strong> on <Strong>{dateTime(record.finalizedAt)}</Strong>
          </Text>
        ) : (
          <Text weight="bold">Draft — not signed</Text>
        )}
      </section>
    </Card>
  );
}

/** Signing asks first: what it means (final; only amendments after), whose record, in whose name. */
function SignRecord({
  record,
  patient,
  signer,
  onSign,
}: {
  record: RecordData;
  patient: BannerPatient | undefined;
  signer: string;
  onSign: () => void;
}) {
  const whose = patient
    ? `${patientName(patient)} (MRN ${patient.mrn}, born ${calendarDate(patient.dateOfBirth)})`
    : 'this patient';
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger>
        <Button>Sign record</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Content maxWidth="480px">
        <AlertDialog.Title>Sign this record?</AlertDialog.Title>
        <AlertDialog.Description size="2">
          You are signing the {recordTypeLabel(record.type).toLowerCase()} record “{record.chiefComplaint}” of {whose},
          written {dateTime(record.createdAt)}.
        </AlertDialog.Description>
        <Text as="p" size="2" mt="3">
          Once signed the record is final: nobody can edit it, and anything to correct or add is written as an
          amendment. It is signed in your name, {signer}, with today’s date and time.
        </Text>
        <Flex gap="3" mt="4" justify="end" wrap="wrap">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray" highContrast>
              Keep as draft
            </Button>
          </AlertDialog.Cancel>
          <AlertDialog.Action>
            <Button onClick={onSign}>Sign and make final</Button>
          </AlertDialog.Action>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}

type RecordData = components['schemas']['Record'];

function Attachments({
  record,
  draft,
  onProblem,
  reload,
}: {
  record: RecordData;
  draft: boolean;
  onProblem: (p: Problem) => void;
  reload: () => Promise<void>;
}) {
  const files = useLoad(
    () => api.GET('/api/files', { params: { header: tenant(), query: { patientId: record.patientId, size: 100 } } }),
    [record.patientId],
  );
  const [choice, setChoice] = useState('');
  const toast = useToast();
  const attached = new Set(record.attachments.map((a) => a.fileId));
  const candidates = (files.data?.items ?? []).filter((f) => f.status === 'AVAILABLE' && !attached.has(f.id));

  async function download(fileId: string) {
    const { data, error } = await api.GET('/api/files/{id}/download-url', {
      params: { path: { id: fileId }, header: tenant() },
    });
    if (error) onProblem(error);
    else window.location.assign(data.url);
  }
  async function attach() {
    const { error } = await api.POST('/api/records/{id}/attachments', {
      params: { path: { id: record.id }, header: tenant() },
      body: { fileId: choice },
    });
    if (error) return onProblem(error);
    toast(words.records.attached(candidates.find((f) => f.id === choice)?.filename ?? ''));
    await reload();
  }
  async function detach(fileId: string) {
    const { error } = await api.DELETE('/api/records/{id}/attachments/{fileId}', {
      params: { path: { id: record.id, fileId }, header: tenant() },
    });
    if (error) return onProblem(error);
    toast(words.records.detached(record.attachments.find((a) => a.fileId === fileId)?.filename ?? ''));
    await reload();
  }

  return (
    <Flex direction="column" gap="2">
      <Heading as="h2" size="4">
        Attachments
      </Heading>
      {record.attachments.length === 0 ? <Empty>No attachments.</Empty> : null}
      <Table.Root>
        <Table.Body>
          {record.attachments.map((a) => (
            <Table.Row key={a.fileId}>
              <Table.Cell>{a.filename}</Table.Cell>
              <Table.Cell>
                <Flex gap="2">
                  <Button size="1" variant="soft" onClick={() => void download(a.fileId)}>
                    Download {a.filename}
                  </Button>
                  {draft ? (
                    <Button size="1" variant="ghost" color="red" onClick={() => void detach(a.fileId)}>
                      Detach
                    </Button>
                  ) : null}
                </Flex>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
      {draft && candidates.length > 0 ? (
        <Flex gap="2">
          <Select.Root value={choice} onValueChange={setChoice}>
            <Select.Trigger aria-label="File to attach" placeholder="A file of the patient" />
            <Select.Content>
              {candidates.map((f) => (
                <Select.Item key={f.id} value={f.id}>
                  {f.filename}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
          <Button variant="soft" disabled={!choice} onClick={() => void attach()}>
            Attach
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}

function AmendmentForm({
  id,
  onProblem,
  reload,
}: {
  id: string;
  onProblem: (p: Problem) => void;
  reload: () => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const toast = useToast();
  return (
    <Card className="no-print">
      <Flex direction="column" gap="2">
        <Text weight="bold">Add an amendment</Text>
        <TextField.Root
          aria-label="Reason for the amendment"
          placeholder="Reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <TextArea
          aria-label="Amendment"
          placeholder="What changes"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button
          style={{ alignSelf: 'start' }}
          disabled={!reason.trim() || !text.trim()}
          onClick={async () => {
            const { error } = await api.POST('/api/records/{id}/amendments', {
              params: { path: { id }, header: tenant() },
              body: { reason, text },
            });
            if (error) return onProblem(error);
            setReason('');
            setText('');
            toast(words.records.amended);
            await reload();
          }}
        >
          Add amendment
        </Button>
      </Flex>
    </Card>
  );
}
