'use client';
// One labelled filter of the audit log: a choice with "any" first, or a day.
import { Flex, Select, Text, TextField } from '@radix-ui/themes';

const ANY = 'ANY';

export function ChoiceFilter({
  id,
  label,
  any,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  any: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" size="1" id={id}>
        {label}
      </Text>
      <Select.Root value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? null : v)}>
        <Select.Trigger aria-labelledby={id} />
        <Select.Content>
          <Select.Item value={ANY}>{any}</Select.Item>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}

export function DayFilter({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" size="1" htmlFor={id}>
        {label}
      </Text>
      <TextField.Root id={id} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />
    </Flex>
  );
}
