'use client';
// The hospital's settings (ADMIN): its time zone and weekly working hours, inside which free slots
// are offered. The server's validation messages appear at their fields; a save says so on screen.
import { Button, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { fieldErrors } from '@/api/problems';
import { useSession } from '@/session/SessionProvider';
import { showTimesIn } from '@/ui/format';
import { Field } from '@/ui/Field';
import { Done, Loading, ProblemCallout } from '@/ui/States';
import { useLoad } from '@/ui/useLoad';
import { useSubmit } from '@/ui/useSubmit';
import { WorkingHours, type Hours } from '@/ui/WorkingHours';

type Settings = components['schemas']['Settings'];

export default function SettingsPage() {
  const { tenant: hospital } = useSession();
  const settings = useLoad(() => api.GET('/api/settings', { params: { header: tenant() } }), []);
  if (hospital?.role !== 'ADMIN') {
    return (
      <ProblemCallout problem={{ status: 403, detail: "Only the hospital's administrators change its settings." }} />
    );
  }
  if (settings.loading && !settings.data) return <Loading what="Loading the settings" />;
  if (!settings.data) return <ProblemCallout problem={settings.problem} retry={() => void settings.reload()} />;
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: Settings }) {
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [hours, setHours] = useState<Hours>(() => (initial.workingHours ?? []).map((o, key) => ({ ...o, key })));
  const [saved, setSaved] = useState(false);
  const { busy, problem, run } = useSubmit();
  const errors = fieldErrors(problem);
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void run(async () => {
          const { error } = await api.PUT('/api/settings', {
            params: { header: tenant() },
            body: {
              timeZone: timeZone.trim(),
              workingHours: hours.map(({ day, opens, closes }) => ({ day, opens, closes })),
            },
          });
          if (error) return error;
          showTimesIn(timeZone.trim());
          setSaved(true);
        });
      }}
    >
      <Flex direction="column" gap="4" maxWidth="40rem">
        <Heading as="h1" size="6">
          Settings
        </Heading>
        <ProblemCallout problem={problem} />
        {saved ? <Done>Settings saved.</Done> : null}
        <Field
          label="Time zone"
          name="timeZone"
          required
          value={timeZone}
          onChange={(e) => edited(setTimeZone)(e.target.value)}
          placeholder="Europe/Berlin"
          error={errors.timeZone}
        />
        <Flex direction="column" gap="2">
          <Heading as="h2" size="4">
            Working hours
          </Heading>
          <Text as="p" size="2" color="gray">
            In the hospital&apos;s time zone. Free slots are offered inside these hours; a day without hours is closed.
          </Text>
          <WorkingHours hours={hours} onChange={edited(setHours)} errors={errors} />
        </Flex>
        <Flex>
          <Button type="submit" loading={busy}>
            Save settings
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
