'use client';
import { Button, Flex } from '@radix-ui/themes';
import { api } from '@/api/client';
import { fieldErrors } from '@/api/problems';
import { useFieldFromAddress } from '@/ui/address';
import { text } from '@/i18n/text';
import { AuthCard } from '@/ui/AuthCard';
import { Field } from '@/ui/Field';
import { ProblemCallout } from '@/ui/States';
import { formValues, useSubmit } from '@/ui/useSubmit';
import { LinkedEmail } from '../LinkedEmail';
import { NewPassword } from '../NewPassword';

export default function Reset() {
  const { busy, problem, run } = useSubmit();
  const [email, setEmail] = useFieldFromAddress('email');
  const errors = fieldErrors(problem ?? undefined);
  return (
    <AuthCard title={text.auth.resetTitle}>
      <ProblemCallout problem={problem} />
      <form
        onSubmit={(e) => {
          const v = formValues(e);
          void run(async () => {
            const { error } = await api.POST('/auth/reset-password', {
              body: { email: v.email, code: v.code, newPassword: v.newPassword },
            });
            if (error) return error;
            window.location.assign('/signin/');
          });
        }}
      >
        <Flex direction="column" gap="3">
          <LinkedEmail email={email} onChange={setEmail} error={errors.email} />
          <Field
            label={text.auth.codeFromEmail}
            name="code"
            required
            autoComplete="one-time-code"
            error={errors.code}
          />
          <NewPassword label={text.auth.newPassword} name="newPassword" error={errors.newPassword} />
          <Button type="submit" loading={busy}>
            {text.auth.setPassword}
          </Button>
        </Flex>
      </form>
    </AuthCard>
  );
}
