'use client';
// A labelled form field that shows the server's validation message for it.
import { Flex, Text, TextField } from '@radix-ui/themes';
import { useId } from 'react';

type Props = {
  label: string;
  name: string;
  error?: string;
  required?: boolean;
} & Omit<React.ComponentProps<typeof TextField.Root>, 'name'>;

export function Field({ label, name, error, required, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <Flex direction="column" gap="1" asChild>
      <label htmlFor={id}>
        <Text size="2" weight="medium">
          {label}
          {required ? ' *' : ''}
        </Text>
        <TextField.Root
          id={id}
          name={name}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          {...input}
        />
        {error ? (
          <Text id={errorId} size="1" color="red">
            {error}
          </Text>
        ) : null}
      </label>
    </Flex>
  );
}
