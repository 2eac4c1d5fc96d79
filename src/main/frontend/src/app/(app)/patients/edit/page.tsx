'use client';
import { Heading } from '@radix-ui/themes';
import { api, tenant } from '@/api/client';
import { useSession } from '@/session/SessionProvider';
import { param } from '@/ui/format';
import { PatientForm } from '@/ui/PatientForm';
import { Loading, ProblemCallout } from '@/ui/States';
import { useLoad } from '@/ui/useLoad';
import { useSubmit } from '@/ui/useSubmit';

export default function EditPatient() {
  const { tenant: hospital } = useSession();
  const id = param('id') ?? '';
  const patient = useLoad(() => api.GET('/api/patients/{id}', { params: { path: { id }, header: tenant() } }), [id]);
  const { busy, problem, run } = useSubmit();
  if (patient.loading) return <Loading />;
  if (!patient.data) return <ProblemCallout problem={patient.problem} retry={() => void patient.reload()} />;
  const current = patient.data;
  return (
    <>
      <Heading as="h1" size="6" mb="4">
        {current.familyName}, {current.givenName}
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
            window.location.assign(`/patients/view/?id=${id}`);
          })
        }
      />
    </>
  );
}
