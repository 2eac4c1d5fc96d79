'use client';
import { Button, Callout, Flex, Link, Text } from '@radix-ui/themes';
import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore } from 'react';
import { api } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { keep, whyEnded } from '@/session/tokens';
import { useAddress } from '@/ui/address';
import { text } from '@/i18n/text';
import { AuthCard } from '@/ui/AuthCard';
import { Field } from '@/ui/Field';
import { ProblemCallout } from '@/ui/States';
import { formValues, useSubmit } from '@/ui/useSubmit';
import { NewPassword } from '../NewPassword';

/** Why the last session ended does not change while the sign-in screen is open. */
const unchanging = () => () => {};
const t = text.auth;

function next(): string {
  const target = new URLSearchParams(window.location.search).get('next');
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/dashboard/';
}

export default function SignIn() {
  const router = useRouter();
  const { busy, problem, run } = useSubmit();
  const [challenge, setChallenge] = useState<{ email: string; session: string } | null>(null);
  const why = useSyncExternalStore(unchanging, whyEnded, () => null);
  const ended: Problem | null = why ? { detail: why } : null;
  const [address] = useAddress();
  const errors = fieldErrors(problem ?? undefined);

  // In-app navigation: the new access token stays in this page's memory, no refresh needed.
  function signedIn(email: string, tokens: unknown) {
    keep(email, tokens as never);
    router.push(next());
  }

  if (challenge) {
    return (
      <AuthCard title={t.choosePassword}>
        <Text as="p" mb="3">
          {t.invited}
        </Text>
        <ProblemCallout problem={problem} />
        <form
          onSubmit={(e) => {
            const v = formValues(e);
            void run(async () => {
              const { data, error } = await api.POST('/auth/challenge', {
                body: { email: challenge.email, session: challenge.session, newPassword: v.newPassword },
              });
              if (error) return error;
              signedIn(challenge.email, data);
            });
          }}
        >
          <Flex direction="column" gap="3">
            <NewPassword label={t.newPassword} name="newPassword" error={errors.newPassword} />
            <Button type="submit" loading={busy}>
              {t.setPasswordAndSignIn}
            </Button>
          </Flex>
        </form>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t.signIn}>
      <ProblemCallout problem={problem ?? ended} />
      {!problem && !ended && address.get('next') ? (
        <Callout.Root color="gray" highContrast role="status" mb="3">
          <Callout.Text>{t.signInToOpen}</Callout.Text>
        </Callout.Root>
      ) : null}
      <form
        onSubmit={(e) => {
          const v = formValues(e);
          void run(async () => {
            const { data, error } = await api.POST('/auth/signin', { body: { email: v.email, password: v.password } });
            if (error) return error;
            if (data.challenge && data.session) {
              setChallenge({ email: v.email, session: data.session });
              return;
            }
            signedIn(v.email, data);
          });
        }}
      >
        <Flex direction="column" gap="3">
          <Field label={t.email} name="email" type="email" required autoComplete="username" error={errors.email} />
          <Field
            label={t.password}
            name="password"
            type="password"
            required
            autoComplete="current-password"
            error={errors.password}
          />
          <Button type="submit" loading={busy}>
            {t.signIn}
          </Button>
          <Flex justify="between">
            <Link href="/signup/">{t.createAccountLink}</Link>
            <Link href="/forgot/">{t.forgotLink}</Link>
          </Flex>
        </Flex>
      </form>
    </AuthCard>
  );
}
