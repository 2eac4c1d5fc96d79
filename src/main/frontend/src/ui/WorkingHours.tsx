'use client';
// The week's opening hours, a day per row: each day's intervals (opens–closes) can be changed,
// added or removed. The list keeps the order the server answers with, so the server's field errors
// (workingHours[2].closes) land on the interval they name; an error about the week as a whole
// (intervals that overlap) shows above the days.
import { Button, Flex, Text, TextField } from '@radix-ui/themes';
import { useId } from 'react';
import type { components } from '@/api/client';

type Opening = components['schemas']['Opening'];
type Day = Opening['day'];
export type Hours = (Opening & { key: number })[];

const DAYS: [Day, string][] = [
  ['MONDAY', 'Monday'],
  ['TUESDAY', 'Tuesday'],
  ['WEDNESDAY', 'Wednesday'],
  ['THURSDAY', 'Thursday'],
  ['FRIDAY', 'Friday'],
  ['SATURDAY', 'Saturday'],
  ['SUNDAY', 'Sunday'],
];

export function WorkingHours({
  hours,
  onChange,
  errors,
}: {
  hours: Hours;
  onChange: (hours: Hours) => void;
  errors: Record<string, string>;
}) {
  const change = (key: number, part: Partial<Opening>) =>
    onChange(hours.map((o) => (o.key === key ? { ...o, ...part } : o)));
  const add = (day: Day) =>
    onChange([...hours, { day, opens: '08:00', closes: '17:00', key: Math.max(-1, ...hours.map((o) => o.key)) + 1 }]);
  return (
    <Flex direction="column" gap="3">
      {errors.workingHours ? (
        <Text size="2" color="red" role="alert">
          {errors.workingHours}
        </Text>
      ) : null}
      {DAYS.map(([day, name]) => {
        const intervals = hours.map((o, index) => ({ ...o, index })).filter((o) => o.day === day);
        return (
          <Flex key={day} gap="2" wrap="wrap" align="start" role="group" aria-label={name}>
            <Text as="div" weight="medium" style={{ width: '7rem', paddingTop: 'var(--space-1)' }}>
              {name}
            </Text>
            <Flex direction="column" gap="2">
              {intervals.length === 0 ? (
                <Text size="2" color="gray">
                  Closed
                </Text>
              ) : null}
              {intervals.map((o, n) => {
                const label = `${name}${intervals.length > 1 ? ` ${n + 1}` : ''}`;
                return (
                  <Flex key={o.key} gap="2" align="start" wrap="wrap">
                    <Time
                      label={`${label} opens`}
                      value={o.opens}
                      error={errors[`workingHours[${o.index}].opens`]}
                      onChange={(opens) => change(o.key, { opens })}
                    />
                    <Time
                      label={`${label} closes`}
                      value={o.closes}
                      error={errors[`workingHours[${o.index}].closes`]}
                      onChange={(closes) => change(o.key, { closes })}
                    />
                    <Button
                      type="button"
                      variant="ghost"
                      color="red"
                      size="1"
                      mt="2"
                      onClick={() => onChange(hours.filter((h) => h.key !== o.key))}
                    >
                      Remove {label} hours
                    </Button>
                  </Flex>
                );
              })}
              <Flex>
                <Button type="button" variant="soft" size="1" onClick={() => add(day)}>
                  Add hours on {name}
                </Button>
              </Flex>
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
}

function Time({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const errorId = useId();
  return (
    <Flex direction="column" gap="1">
      <TextField.Root
        type="time"
        required
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <Text id={errorId} size="1" color="red">
          {error}
        </Text>
      ) : null}
    </Flex>
  );
}
