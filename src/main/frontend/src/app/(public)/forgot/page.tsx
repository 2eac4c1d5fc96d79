'use client';
import { Button, Flex, Text } from '@radix-ui/themes';
import { api } from '@/api/client';
import { fieldErrors } from '@/api/problems';
import { AuthCard } from '@/ui/AuthCard';
import { Field } from '@/ui/Field';
import { ProblemCallout } from '@/ui/States';
import { formValues, useSubmit } from '@/ui/useSubmit';

export default function Forgot() {
  const { busy, problem, run } = useSubmit();
  const errors = fieldErrors(problem ?? undefined);
  return (
    <AuthCard title="Forgot your password?">
      <Text as="p" mb="3">
        Enter your e-mail address; if it has an account, we send it a code to set a new password.
      </Text>
      <ProblemCallout problem={problem} />
      <form
        onSubmit={(e) => {
          const v = formValues(e);
          void run(async () => {
            const { error } = await api.POST('/auth/forgot-password', { body: { email: v.email } });
            if (error) return error;
            window.location.assign(`/reset/?email=${encodeURIComponent(v.email)}`);
          });
        }}
      >
        <Flex direction="column" gap="3">
          <Field label="E-mail" name="email" type="email" required autoComplete="username" error={errors.email} />
          <Button type="submit" loading={busy}>
            Send code
          </Button>
        </Flex>
      </form>
    </AuthCard>
  );
}
