'use client';
// The hospital's settings (ADMIN): its name, time zone, locale (how dates, times and numbers read,
// previewed before saving), the first day of its weeks, the default appointment length and the
// weekly working hours inside which free slots are offered. The server's validation messages
// appear at their fields, every field it names at once (the browser's own checks are off, so that
// the server's words are the only ones); a save says so in a toast, and the header's name and every
// screen's times follow at once.
import { Button, Flex, Heading, Select, Text } from '@radix-ui/themes';
import { useId, useMemo, useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { fieldErrors } from '@/api/problems';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { preview, showTimesIn } from '@/ui/format';
import { Field } from '@/ui/Field';
import { useHospitalClock } from '@/ui/HospitalClock';
import { Loading, ProblemCallout } from '@/ui/States';
import { useToast } from '@/ui/Toasts';
import { useLoad } from '@/ui/useLoad';
import { useSubmit } from '@/ui/useSubmit';
import { WorkingHours, type Hours } from '@/ui/WorkingHours';

type Settings = components['schemas']['Settings'];
type Day = Settings['firstDayOfWeek'];

const t = text.settings;
const DAYS: Day[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
// Languages and regions a hospital is likely to write in; the server takes any the JDK knows.
const LOCALES = [
  'en-GB',
  'en-US',
  'en-IE',
  'en-AU',
  'en-NZ',
  'en-CA',
  'en-IN',
  'en-ZA',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pt-PT',
  'pt-BR',
  'da-DK',
  'sv-SE',
  'nb-NO',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'tr-TR',
  'ne-NP',
  'hi-IN',
  'ja-JP',
];

export default function SettingsPage() {
  const { tenant: hospital } = useSession();
  const settings = useLoad(() => api.GET('/api/settings', { params: { header: tenant() } }), []);
  if (hospital?.role !== 'ADMIN') {
    return <ProblemCallout problem={{ status: 403, detail: t.forbidden }} />;
  }
  if (settings.loading && !settings.data) return <Loading what={t.loading} />;
  if (!settings.data) return <ProblemCallout problem={settings.problem} retry={() => void settings.reload()} />;
  return <SettingsForm initial={settings.data} />;
}

function zones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

function localeName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { reload } = useSession();
  const rereadClock = useHospitalClock();
  const toast = useToast();
  const [name, setName] = useState(initial.name);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [locale, setLocale] = useState(initial.locale);
  const [firstDay, setFirstDay] = useState<Day>(initial.firstDayOfWeek);
  const [minutes, setMinutes] = useState(String(initial.appointmentMinutes));
  const [hours, setHours] = useState<Hours>(() => (initial.workingHours ?? []).map((o, key) => ({ ...o, key })));
  const { busy, problem, run } = useSubmit();
  const errors = fieldErrors(problem);
  // The intervals' keys in the order sent, so the server's workingHours[i] stay on the interval
  // they name when one before it is removed.
  const [sentKeys, setSentKeys] = useState<number[]>([]);
  const zoneList = useMemo(() => zones(initial.timeZone), [initial.timeZone]);
  const locales = LOCALES.includes(initial.locale) ? LOCALES : [initial.locale, ...LOCALES];
  const [now] = useState(() => new Date());
  const zonesId = useId();

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          // What is not a whole number is refused here, in the server's words for the rule: sent,
          // it would be refused for its type, before the other fields are checked.
          const length = Number(minutes.trim());
          if (minutes.trim() === '' || !Number.isInteger(length) || Math.abs(length) > 2 ** 31 - 1) {
            return {
              type: 'urn:hms:problem:validation',
              status: 400,
              errors: [{ field: 'appointmentMinutes', message: t.appointmentMinutesRule }],
            };
          }
          setSentKeys(hours.map((o) => o.key));
          const { data, error } = await api.PUT('/api/settings', {
            params: { header: tenant() },
            body: {
              name: name.trim(),
              timeZone: timeZone.trim(),
              locale,
              firstDayOfWeek: firstDay,
              appointmentMinutes: length,
              workingHours: hours.map(({ day, opens, closes }) => ({ day, opens, closes })),
            },
          });
          if (error) return error;
          showTimesIn(data.timeZone, data.locale);
          toast(t.saved);
          // The header and the hospital picker show the name from the session; every screen's
          // times follow the hospital's clock, read again.
          await Promise.all([reload(), rereadClock()]);
        });
      }}
    >
      <Flex direction="column" gap="4" maxWidth="40rem">
        <Heading as="h1" size="6">
          {t.title}
        </Heading>
        <ProblemCallout problem={problem} />
        <Field
          label={t.name}
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          error={errors.name}
        />
        <Field
          label={t.timeZone}
          name="timeZone"
          required
          value={timeZone}
          list={zonesId}
          autoComplete="off"
          onChange={(e) => setTimeZone(e.target.value)}
          placeholder="Europe/Berlin"
          error={errors.timeZone}
        />
        <datalist id={zonesId}>
          {zoneList.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <Choice
          label={t.locale}
          value={locale}
          onChange={setLocale}
          options={locales.map((tag) => [tag, t.localeOption(localeName(tag), tag)])}
          hint={t.preview(preview(now, locale, timeZone.trim()))}
          error={errors.locale}
        />
        <Choice
          label={t.firstDayOfWeek}
          value={firstDay}
          onChange={(d) => setFirstDay(d as Day)}
          options={DAYS.map((d) => [d, t.days[d]])}
          error={errors.firstDayOfWeek}
        />
        <Field
          label={t.appointmentMinutes}
          name="appointmentMinutes"
          required
          type="number"
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={errors.appointmentMinutes}
        />
        <Text as="p" size="1" color="gray" mt="-3">
          {t.appointmentMinutesHint}
        </Text>
        <Flex direction="column" gap="2">
          <Heading as="h2" size="4">
            {t.workingHours}
          </Heading>
          <Text as="p" size="2" color="gray">
            {t.workingHoursHint}
          </Text>
          <WorkingHours hours={hours} onChange={setHours} errors={errors} sentKeys={sentKeys} />
        </Flex>
        <Flex>
          <Button type="submit" loading={busy}>
            {t.save}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

/** A labelled Select: the trigger is named by the label, described by the hint and the server's message. */
function Choice({
  label,
  value,
  onChange,
  options,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
  hint?: string;
  error?: string;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <Flex direction="column" gap="1">
      <Text id={`${id}-label`} size="2" weight="medium">
        {label}
      </Text>
      <Select.Root value={value} onValueChange={onChange}>
        <Select.Trigger
          aria-labelledby={`${id}-label`}
          aria-describedby={described || undefined}
          aria-invalid={error ? true : undefined}
        />
        <Select.Content>
          {options.map(([v, words]) => (
            <Select.Item key={v} value={v}>
              {words}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      {hint ? (
        <Text id={`${id}-hint`} size="1" color="gray">
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text id={`${id}-error`} size="1" color="red">
          {error}
        </Text>
      ) : null}
    </Flex>
  );
}
