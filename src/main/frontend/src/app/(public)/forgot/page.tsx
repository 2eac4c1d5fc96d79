'use client';
import { Button, Flex, Text } from '@radix-ui/themes';
import { api } from '@/api/client';
import { fieldErrors } from '@/api/problems';
import { text } from '@/i18n/text';
import { AuthCard } from '@/ui/AuthCard';
import { Field } from '@/ui/Field';
import { ProblemCallout } from '@/ui/States';
import { formValues, useSubmit } from '@/ui/useSubmit';

export default function Forgot() {
  const { busy, problem, run } = useSubmit();
  const errors = fieldErrors(problem ?? undefined);
  return (
    <AuthCard title={text.auth.forgotTitle}>
      <Text as="p" mb="3">
        {text.auth.forgotIntro}
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
          <Field
            label={text.auth.email}
            name="email"
            type="email"
            required
            autoComplete="username"
            error={errors.email}
          />
          <Button type="submit" loading={busy}>
            {text.auth.sendCode}
          </Button>
        </Flex>
      </form>
    </AuthCard>
  );
}
