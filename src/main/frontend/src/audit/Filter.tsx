'use client';
// One labelled filter of the audit log: a choice with "any" first, or a day; the server's message
// about it (a To day before From) is said under it, and the field is marked invalid.
import { Flex, Select, Text, TextField } from '@radix-ui/themes';

const ANY = 'ANY';

/** The message under a filter, and what its field needs to point at it. */
function invalid(id: string, error: string | undefined) {
  const errorId = `${id}-error`;
  return {
    field: { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined },
    message: error ? (
      <Text id={errorId} size="1" color="red">
        {error}
      </Text>
    ) : null,
  };
}

export function ChoiceFilter({
  id,
  label,
  any,
  value,
  options,
  error,
  onChange,
}: {
  id: string;
  label: string;
  any: string;
  value: string | null;
  options: { value: string; label: string }[];
  error?: string;
  onChange: (value: string | null) => void;
}) {
  const { field, message } = invalid(id, error);
  return (
    <Flex direction="column" gap="1">
      <Text as="label" size="1" id={id}>
        {label}
      </Text>
      <Select.Root value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? null : v)}>
        <Select.Trigger aria-labelledby={id} {...field} />
        <Select.Content>
          <Select.Item value={ANY}>{any}</Select.Item>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      {message}
    </Flex>
  );
}

export function DayFilter({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  error?: string;
  onChange: (value: string | null) => void;
}) {
  const { field, message } = invalid(id, error);
  return (
    <Flex direction="column" gap="1">
      <Text as="label" size="1" htmlFor={id}>
        {label}
      </Text>
      <TextField.Root
        id={id}
        type="date"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        {...field}
      />
      {message}
    </Flex>
  );
}
