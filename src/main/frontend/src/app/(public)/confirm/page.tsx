'use client';
import { Button, Flex, Text } from '@radix-ui/themes';
import { api } from '@/api/client';
import { fieldErrors } from '@/api/problems';
import { useFieldFromAddress } from '@/ui/address';
import { text } from '@/i18n/text';
import { AuthCard } from '@/ui/AuthCard';
import { Field } from '@/ui/Field';
import { ProblemCallout } from '@/ui/States';
import { formValues, useSubmit } from '@/ui/useSubmit';
import { LinkedEmail } from '../LinkedEmail';

export default function Confirm() {
  const { busy, problem, run } = useSubmit();
  const [email, setEmail] = useFieldFromAddress('email');
  const errors = fieldErrors(problem ?? undefined);
  return (
    <AuthCard title={text.auth.confirmTitle}>
      <Text as="p" mb="3">
        {text.auth.confirmIntro}
      </Text>
      <ProblemCallout problem={problem} />
      <form
        onSubmit={(e) => {
          const v = formValues(e);
          void run(async () => {
            const { error } = await api.POST('/auth/confirm', { body: { email: v.email, code: v.code } });
            if (error) return error;
            window.location.assign('/signin/');
          });
        }}
      >
        <Flex direction="column" gap="3">
          <LinkedEmail email={email} onChange={setEmail} error={errors.email} />
          <Field
            label={text.auth.code}
            name="code"
            required
            inputMode="numeric"
            autoComplete="one-time-code"
            error={errors.code}
          />
          <Button type="submit" loading={busy}>
            {text.auth.confirm}
          </Button>
          <Button
            type="button"
            variant="ghost"
            onClick={() => void run(async () => (await api.POST('/auth/resend-code', { body: { email } })).error)}
          >
            {text.auth.resendCode}
          </Button>
        </Flex>
      </form>
    </AuthCard>
  );
}
