'use client';
// A new password's field with the rule under it: the server's own words (GET
// /auth/password-policy, written once in hms.auth), never restated here, so the hint and the
// server's refusal always say the same.
import { Flex, Text } from '@radix-ui/themes';
import { useEffect, useId, useState } from 'react';
import { api } from '@/api/client';
import { Field } from '@/ui/Field';

export function NewPassword({ label, name, error }: { label: string; name: string; error?: string }) {
  const [rule, setRule] = useState<string | null>(null);
  const hint = useId();
  useEffect(() => {
    void api
      .GET('/auth/password-policy')
      .then(({ data }) => setRule(data?.summary ?? null))
      .catch(() => undefined);
  }, []);
  return (
    <Flex direction="column" gap="1">
      <Field
        label={label}
        name={name}
        type="password"
        required
        autoComplete="new-password"
        error={error}
        {...(rule && !error ? { 'aria-describedby': hint } : {})}
      />
      {rule ? (
        <Text id={hint} size="1" color="gray">
          {rule}
        </Text>
      ) : null}
    </Flex>
  );
}
