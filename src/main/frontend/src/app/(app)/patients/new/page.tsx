'use client';
import { Heading } from '@radix-ui/themes';
import { api, tenant } from '@/api/client';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { PatientForm } from '@/ui/PatientForm';
import { toastOnNextPage } from '@/ui/Toasts';
import { useSubmit } from '@/ui/useSubmit';

export default function NewPatient() {
  const { tenant: hospital } = useSession();
  const { busy, problem, run } = useSubmit();
  return (
    <>
      <Heading as="h1" size="6" mb="4">
        {text.patients.newPatient}
      </Heading>
      <PatientForm
        clinical={hospital?.role !== 'RECEPTIONIST'}
        busy={busy}
        problem={problem}
        onSubmit={(body) =>
          void run(async () => {
            const { data, error } = await api.POST('/api/patients', { params: { header: tenant() }, body });
            if (error) return error;
            toastOnNextPage(text.patients.created(`${data.givenName} ${data.familyName}`));
            window.location.assign(`/patients/view/?id=${data.id}`);
          })
        }
      />
    </>
  );
}
