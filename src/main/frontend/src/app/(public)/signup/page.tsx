'use client';
import { Button, Flex, Link } from '@radix-ui/themes';
import { api } from '@/api/client';
import { fieldErrors } from '@/api/problems';
import { text } from '@/i18n/text';
import { AuthCard } from '@/ui/AuthCard';
import { Field } from '@/ui/Field';
import { ProblemCallout } from '@/ui/States';
import { formValues, useSubmit } from '@/ui/useSubmit';
import { NewPassword } from '../NewPassword';

export default function SignUp() {
  const { busy, problem, run } = useSubmit();
  const errors = fieldErrors(problem ?? undefined);
  return (
    <AuthCard title={text.auth.createAccount}>
      <ProblemCallout problem={problem} />
      <form
        onSubmit={(e) => {
          const v = formValues(e);
          void run(async () => {
            const { error } = await api.POST('/auth/signup', {
              body: { email: v.email, password: v.password, name: v.name },
            });
            if (error) return error;
            window.location.assign(`/confirm/?email=${encodeURIComponent(v.email)}`);
          });
        }}
      >
        <Flex direction="column" gap="3">
          <Field label={text.auth.yourName} name="name" required autoComplete="name" error={errors.name} />
          <Field
            label={text.auth.email}
            name="email"
            type="email"
            required
            autoComplete="username"
            error={errors.email}
          />
          <NewPassword label={text.auth.password} name="password" error={errors.password} />
          <Button type="submit" loading={busy}>
            {text.auth.createAccountButton}
          </Button>
          <Link href="/signin/">{text.auth.haveAccount}</Link>
        </Flex>
      </form>
    </AuthCard>
  );
}
