'use client';
import { Button, Callout, CheckboxGroup, Flex, Heading, SegmentedControl, Text } from '@radix-ui/themes';
import { api, tenant } from '@/api/client';
import { text } from '@/i18n/text';
import { useSession } from '@/session/SessionProvider';
import { useAddress } from '@/ui/address';
import { patientChoice } from '@/ui/BookingDialog';
import { memberName } from '@/ui/labels';
import { LoadedBanner, usePatient } from '@/ui/PatientBanner';
import { isId, isoDate, validDay } from '@/ui/format';
import { Schedule } from '@/ui/Schedule';
import { Empty, Loaded } from '@/ui/States';
import { shownDays } from '@/ui/timeGrid';
import styles from '@/ui/TimeGrid.module.css';
import { useLoad } from '@/ui/useLoad';
import { addDays, wallClock } from '@/ui/zone';

const SHOWN_AT_FIRST = 4;
const t = text.appointments;

export default function Appointments() {
  const { me, tenant: hospital } = useSession();
  const clinicianRole = hospital?.role === 'DOCTOR' || hospital?.role === 'NURSE';
  const settings = useLoad(() => api.GET('/api/settings', { params: { header: tenant() } }), []);
  const clinicians = useLoad(() => api.GET('/api/clinicians', { params: { header: tenant() } }), []);
  // The day, the view and the clinicians shown live in the address (?day=2026-03-02&view=week&
  // clinicians=a,b): a reload keeps them and the back button returns to the previous ones. A day that
  // is no date (?day=tomorrow) shows today, and says so.
  const [address, go] = useAddress();
  const asked = address.get('day');
  const today = settings.data ? wallClock(new Date(), settings.data.timeZone).day : isoDate(new Date());
  const day = validDay(asked) ?? today;
  const view = address.get('view') === 'week' ? 'week' : 'day';
  const step = view === 'day' ? 1 : 7;
  const all = clinicians.data ?? [];
  // Until someone chooses: a doctor or nurse sees their own day, the front desk the first few.
  const listed = address.get('clinicians');
  const mine = all.some((c) => c.id === me.sub) && clinicianRole ? [me.sub] : null;
  const chosen = listed !== null ? listed.split(',') : (mine ?? all.slice(0, SHOWN_AT_FIRST).map((c) => c.id));
  const shown = all.filter((c) => chosen.includes(c.id));
  const patientId = address.get('patientId');
  // Booking for a known patient (a link from the patient's page): their banner above the grid.
  const patient = usePatient(isId(patientId) ? patientId : null);

  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        {t.title}
      </Heading>
      {asked !== null && validDay(asked) === null ? (
        <Callout.Root color="amber" highContrast role="status">
          <Callout.Text>{t.notADate(asked)}</Callout.Text>
        </Callout.Root>
      ) : null}
      <Flex gap="2" wrap="wrap" align="center">
        <SegmentedControl.Root
          value={view}
          onValueChange={(v) => go({ view: v === 'week' ? v : null })}
          aria-label={t.view}
        >
          <SegmentedControl.Item value="day">{t.day}</SegmentedControl.Item>
          <SegmentedControl.Item value="week">{t.week}</SegmentedControl.Item>
        </SegmentedControl.Root>
        {/* Earlier, the day and later stay together on a phone's row. */}
        <Flex gap="2" align="center">
          <Button variant="soft" onClick={() => go({ day: addDays(day, -step) })} aria-label={t.earlier}>
            ←
          </Button>
          <input
            type="date"
            aria-label={t.dayField}
            value={day}
            onChange={(e) => validDay(e.target.value) && go({ day: e.target.value })}
          />
          <Button variant="soft" onClick={() => go({ day: addDays(day, step) })} aria-label={t.later}>
            →
          </Button>
        </Flex>
        <Button variant="ghost" onClick={() => go({ day: today })}>
          {t.today}
        </Button>
      </Flex>
      {isId(patientId) ? <LoadedBanner load={patient} /> : null}
      {all.length > 0 ? (
        <Flex gap="3" wrap="wrap" align="center">
          <Text size="2" weight="medium" id="shown-clinicians">
            {t.cliniciansShown}
          </Text>
          <CheckboxGroup.Root
            className={styles.pickers}
            aria-labelledby="shown-clinicians"
            value={shown.map((c) => c.id)}
            onValueChange={(ids) =>
              go({
                clinicians: all
                  .filter((c) => ids.includes(c.id))
                  .map((c) => c.id)
                  .join(','),
              })
            }
          >
            {all.map((c) => (
              <CheckboxGroup.Item key={c.id} value={c.id}>
                {memberName(c)}
              </CheckboxGroup.Item>
            ))}
          </CheckboxGroup.Root>
        </Flex>
      ) : null}
      <Loaded load={clinicians} what={t.loadingClinicians} empty={t.noClinicians} isEmpty={(c) => c.length === 0}>
        {() =>
          shown.length === 0 ? (
            <Empty>{t.chooseClinician}</Empty>
          ) : (
            <Loaded load={settings} what={t.loadingHours} empty="" isEmpty={() => false}>
              {(s) => (
                <Schedule
                  day={day}
                  days={shownDays(day, view, s.firstDayOfWeek)}
                  today={today}
                  shown={shown}
                  clinicians={all}
                  settings={s}
                  patient={patient.data ? patientChoice(patient.data) : null}
                  clinicianRole={clinicianRole}
                />
              )}
            </Loaded>
          )
        }
      </Loaded>
    </Flex>
  );
}
