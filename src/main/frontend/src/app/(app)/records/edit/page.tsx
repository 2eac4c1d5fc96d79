'use client';
import { Flex, Heading } from '@radix-ui/themes';
import { api, tenant } from '@/api/client';
import { text } from '@/i18n/text';
import { isAdult } from '@/ui/age';
import { param } from '@/ui/format';
import { LoadedBanner, usePatient } from '@/ui/PatientBanner';
import { RecordEditor } from '@/ui/RecordEditor';
import { Loading, ProblemCallout } from '@/ui/States';
import { toastOnNextPage } from '@/ui/Toasts';
import { useLoad } from '@/ui/useLoad';
import { useSubmit } from '@/ui/useSubmit';

export default function EditRecord() {
  const id = param('id');
  const patientId = param('patientId');
  const { busy, problem, run } = useSubmit();
  const record = useLoad(
    async () =>
      id
        ? api.GET('/api/records/{id}', { params: { path: { id }, header: tenant() } })
        : { data: undefined, response: new Response() },
    [id],
  );
  // Whose record: the draft's patient, or the one a new record is for.
  const patient = usePatient(record.data?.patientId ?? (id ? null : patientId));
  if (!id && !patientId) return <ProblemCallout problem={{ detail: text.records.noPatient }} />;
  if (id && record.loading) return <Loading what={text.records.loading} />;
  if (id && !record.data) return <ProblemCallout problem={record.problem} retry={() => void record.reload()} />;
  const current = record.data;
  return (
    <Flex direction="column" gap="4">
      <LoadedBanner load={patient} />
      <Heading as="h1" size="6">
        {current ? text.records.editDraft : text.records.newRecord}
      </Heading>
      <RecordEditor
        initial={current}
        adult={patient.data ? isAdult(patient.data.dateOfBirth) : true}
        busy={busy}
        problem={problem}
        onSubmit={(body) =>
          void run(async () => {
            const answer = current
              ? await api.PUT('/api/records/{id}', {
                  params: { path: { id: current.id }, header: { ...tenant(), 'If-Match': `"${current.version}"` } },
                  body: { ...body, type: current.type },
                })
              : await api.POST('/api/patients/{patientId}/records', {
                  params: { path: { patientId: patientId ?? '' }, header: tenant() },
                  body,
                });
            if (answer.error) return answer.error;
            toastOnNextPage(text.records.saved);
            window.location.assign(`/records/view/?id=${answer.data.id}`);
          })
        }
      />
    </Flex>
  );
}
