'use client';
import { Flex, Heading } from '@radix-ui/themes';
import { api, tenant } from '@/api/client';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { idParam } from '@/ui/format';
import { PatientBanner } from '@/ui/PatientBanner';
import { PatientForm } from '@/ui/PatientForm';
import { toastOnNextPage } from '@/ui/Toasts';
import { Loading, ProblemCallout } from '@/ui/States';
import { useLoad } from '@/ui/useLoad';
import { useSubmit } from '@/ui/useSubmit';

export default function EditPatient() {
  const { tenant: hospital } = useSession();
  const id = idParam('id');
  const patient = useLoad(
    async () =>
      id
        ? api.GET('/api/patients/{id}', { params: { path: { id }, header: tenant() } })
        : { data: undefined, response: new Response() },
    [id],
  );
  const { busy, problem, run } = useSubmit();
  if (!id) return <ProblemCallout problem={{ detail: text.patients.noId }} />;
  if (patient.loading) return <Loading />;
  if (!patient.data) return <ProblemCallout problem={patient.problem} retry={() => void patient.reload()} />;
  const current = patient.data;
  return (
    <Flex direction="column" gap="4">
      <PatientBanner patient={current} />
      <Heading as="h1" size="6">
        {text.patients.editTitle}
      </Heading>
      <PatientForm
        initial={current}
        clinical={hospital?.role !== 'RECEPTIONIST'}
        busy={busy}
        problem={problem}
        onSubmit={(body) =>
          void run(async () => {
            const { error } = await api.PUT('/api/patients/{id}', {
              params: { path: { id }, header: { ...tenant(), 'If-Match': `"${current.version}"` } },
              body: { ...body, mrn: current.mrn },
            });
            if (error) return error;
            toastOnNextPage(text.patients.saved(`${body.givenName} ${body.familyName}`));
            window.location.assign(`/patients/view/?id=${id}`);
          })
        }
      />
    </Flex>
  );
}
