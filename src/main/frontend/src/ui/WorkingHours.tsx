'use client';
// The week's opening hours, a day per row: each day's intervals (opens–closes) can be changed,
// added or removed. The server's field errors name an interval by its place in the list sent
// (workingHours[2].closes, or workingHours[2] for the whole interval); they are kept on the interval
// sent there (by its key), so they stay on it when one before it is removed, and show next to its
// inputs. An error about the list as a whole (too many intervals) shows above the days.
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

type IntervalErrors = { opens?: string; closes?: string; whole?: string };

/** The server's errors about the intervals, by the key of the interval sent at each place. */
export function intervalErrors(errors: Record<string, string>, sentKeys: number[]): Map<number, IntervalErrors> {
  const byKey = new Map<number, IntervalErrors>();
  sentKeys.forEach((key, index) => {
    const at = `workingHours[${index}]`;
    const whole = [errors[at], errors[`${at}.day`]].filter(Boolean).join(' ');
    const found = { opens: errors[`${at}.opens`], closes: errors[`${at}.closes`], whole: whole || undefined };
    if (found.opens || found.closes || found.whole) byKey.set(key, found);
  });
  return byKey;
}

export function WorkingHours({
  hours,
  onChange,
  errors,
  sentKeys,
}: {
  hours: Hours;
  onChange: (hours: Hours) => void;
  errors: Record<string, string>;
  /** The intervals' keys in the order they were last sent. */
  sentKeys: number[];
}) {
  const id = useId();
  const byKey = intervalErrors(errors, sentKeys);
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
        const intervals = hours.filter((o) => o.day === day);
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
                const found = byKey.get(o.key) ?? {};
                // A message about the whole interval describes both its times.
                const wholeId = found.whole ? `${id}-${o.key}` : undefined;
                return (
                  <Flex key={o.key} direction="column" gap="1">
                    <Flex gap="2" align="start" wrap="wrap">
                      <Time
                        label={`${label} opens`}
                        value={o.opens}
                        error={found.opens}
                        whole={wholeId}
                        onChange={(opens) => change(o.key, { opens })}
                      />
                      <Time
                        label={`${label} closes`}
                        value={o.closes}
                        error={found.closes}
                        whole={wholeId}
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
                    {found.whole ? (
                      <Text id={wholeId} size="1" color="red">
                        {found.whole}
                      </Text>
                    ) : null}
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
  whole,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  /** The id of a message about the whole interval. */
  whole?: string;
  onChange: (value: string) => void;
}) {
  const errorId = useId();
  const described = [error ? errorId : '', whole ?? ''].join(' ').trim();
  return (
    <Flex direction="column" gap="1">
      <TextField.Root
        type="time"
        required
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error || whole ? true : undefined}
        aria-describedby={described || undefined}
      />
      {error ? (
        <Text id={errorId} size="1" color="red">
          {error}
        </Text>
      ) : null}
    </Flex>
  );
}
