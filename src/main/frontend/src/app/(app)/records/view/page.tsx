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
            <a href={`/patients/view/?id=${r.patientId}`}>{words.records.patient}</a>
          </Button>
          {draft && writes ? (
            <Button variant="outline" asChild>
              <a href={`/records/edit/?id=${r.id}`}>{words.records.editDraftButton}</a>
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
        {words.records.written(recordTypeLabel(r.type), dateTime(r.createdAt), who(r.authorSub))}
      </Text>
      <Card>
        <DataList.Root orientation={{ initial: 'vertical', sm: 'horizontal' }}>
          {(['subjective', 'objective', 'assessment', 'plan'] as const).map((k) => (
            <DataList.Item key={k}>
              <DataList.Label>{words.records.sections[k]}</DataList.Label>
              <DataList.Value>{r[k] ?? words.records.none}</DataList.Value>
            </DataList.Item>
          ))}
          <DataList.Item>
            <DataList.Label>{words.records.vitals}</DataList.Label>
            <DataList.Value>
              <VitalsList vitals={r.vitals} adult={patient.data ? isAdult(patient.data.dateOfBirth) : true} />
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{words.records.diagnoses}</DataList.Label>
            <DataList.Value>
              {r.diagnoses.map((d) => `${d.code} ${d.description}`).join('; ') || words.records.none}
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{words.records.prescriptions}</DataList.Label>
            <DataList.Value>{r.prescriptions.map(prescriptionText).join('; ') || words.records.none}</DataList.Value>
          </DataList.Item>
        </DataList.Root>
      </Card>
      <Signature record={r} signer={who(r.finalizedBy)} />
      <Attachments record={r} draft={draft && writes} onProblem={setProblem} reload={record.reload} />
      <Heading as="h2" size="4">
        {words.records.amendments}
      </Heading>
      {r.amendments.length === 0 ? <Empty>{words.records.noAmendments}</Empty> : null}
      {r.amendments.map((a) => (
        <Card key={a.id}>
          <Text as="p" size="2" color="gray">
            {words.records.amendmentLine(dateTime(a.createdAt), a.reason)}
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
  words.records.prescription(p.medication, p.dose, routeLabel(p.route), p.frequency, p.durationDays);

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
    return otherwise ?? (clinicians.data ? words.labels.formerMember : words.records.unknownYet);
  };
}

/** The signature line: who signed and when, or that the record is a draft nobody has signed. */
function Signature({ record, signer }: { record: RecordData; signer: string }) {
  return (
    <Card asChild className="signature">
      <section aria-label={words.records.signature}>
        {record.status === 'FINAL' && record.finalizedAt ? (
          <Text>
            {words.records.signedBy}
            <Strong>{signer}</Strong>
            {words.records.signedOn}
            <Strong>{dateTime(record.finalizedAt)}</Strong>
          </Text>
        ) : (
          <Text weight="bold">{words.records.unsigned}</Text>
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
    ? words.records.whose(patientName(patient), patient.mrn, calendarDate(patient.dateOfBirth))
    : words.records.thisPatient;
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger>
        <Button>{words.records.sign}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Content maxWidth="480px">
        <AlertDialog.Title>{words.records.signTitle}</AlertDialog.Title>
        <AlertDialog.Description size="2">
          {words.records.signWhat(
            recordTypeLabel(record.type),
            record.chiefComplaint,
            whose,
            dateTime(record.createdAt),
          )}
        </AlertDialog.Description>
        <Text as="p" size="2" mt="3">
          {words.records.signMeaning(signer)}
        </Text>
        <Flex gap="3" mt="4" justify="end" wrap="wrap">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray" highContrast>
              {words.records.keepDraft}
            </Button>
          </AlertDialog.Cancel>
          <AlertDialog.Action>
            <Button onClick={onSign}>{words.records.signFinal}</Button>
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
        {words.records.attachments}
      </Heading>
      {record.attachments.length === 0 ? <Empty>{words.records.noAttachments}</Empty> : null}
      <Table.Root>
        <Table.Body>
          {record.attachments.map((a) => (
            <Table.Row key={a.fileId}>
              <Table.Cell>{a.filename}</Table.Cell>
              <Table.Cell>
                <Flex gap="2">
                  <Button size="1" variant="soft" onClick={() => void download(a.fileId)}>
                    {words.records.download(a.filename)}
                  </Button>
                  {draft ? (
                    <Button size="1" variant="ghost" color="red" onClick={() => void detach(a.fileId)}>
                      {words.records.detach}
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
            <Select.Trigger aria-label={words.records.fileToAttach} placeholder={words.records.aFile} />
            <Select.Content>
              {candidates.map((f) => (
                <Select.Item key={f.id} value={f.id}>
                  {f.filename}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
          <Button variant="soft" disabled={!choice} onClick={() => void attach()}>
            {words.records.attach}
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
        <Text weight="bold">{words.records.addAmendment}</Text>
        <TextField.Root
          aria-label={words.records.amendmentReason}
          placeholder={words.records.reasonPlaceholder}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <TextArea
          aria-label={words.records.amendment}
          placeholder={words.records.amendmentPlaceholder}
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
          {words.records.addAmendmentButton}
        </Button>
      </Flex>
    </Card>
  );
}
