'use client';
import { Badge, Button, Callout, Card, Flex, Grid, Heading, SegmentedControl, Select, Text } from '@radix-ui/themes';
import { useMemo, useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import type { Problem } from '@/api/problems';
import { useSession } from '@/session/SessionProvider';
import { AppointmentActions } from '@/ui/AppointmentActions';
import { BookingDialog } from '@/ui/BookingDialog';
import { useAddress } from '@/ui/address';
import { dayBounds, isoDate, param, time, validDay } from '@/ui/format';
import { Empty, Loaded, ProblemCallout } from '@/ui/States';
import { useLoad } from '@/ui/useLoad';

type Appointment = components['schemas']['Appointment'];

function shift(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00`);
  d.setDate(d.getDate() + days);
  return isoDate(d);
}

export default function Appointments() {
  const { me, tenant: hospital } = useSession();
  const clinicianRole = hospital?.role === 'DOCTOR' || hospital?.role === 'NURSE';
  const clinicians = useLoad(() => api.GET('/api/clinicians', { params: { header: tenant() } }), []);
  const [chosen, setClinician] = useState<string>(clinicianRole ? me.sub : '');
  // Until someone picks, the first clinician of the hospital.
  const clinician = chosen || clinicians.data?.[0]?.id || '';
  // The day and the view live in the address (?day=2026-03-02&view=week): a reload keeps them and
  // the back button returns to the previous ones. A day that is no date (?day=tomorrow) shows
  // today, and says so.
  const [address, go] = useAddress();
  const asked = address.get('day');
  const day = validDay(asked) ?? isoDate(new Date());
  const view = address.get('view') === 'week' ? 'week' : 'day';
  const setDay = (d: string) => go({ day: d });
  const setView = (v: 'day' | 'week') => go({ view: v === 'week' ? v : null });
  const [problem, setProblem] = useState<Problem | null>(null);
  const presetPatient = useMemo(() => param('patientId'), []);

  const days = view === 'day' ? 1 : 7;
  const list = useLoad(
    () =>
      api.GET('/api/appointments', {
        params: {
          header: tenant(),
          query: { ...dayBounds(day, days), clinicianId: clinician || undefined, size: 100 },
        },
      }),
    [day, days, clinician],
  );
  const byDay = (items: Appointment[]) =>
    Array.from({ length: days }, (_, i) => shift(day, i)).map((d) => ({
      day: d,
      items: items.filter((a) => isoDate(new Date(a.start)) === d),
    }));

  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        Appointments
      </Heading>
      {asked !== null && validDay(asked) === null ? (
        <Callout.Root color="amber" highContrast role="status">
          <Callout.Text>“{asked}” is not a date (year-month-day), so this shows today.</Callout.Text>
        </Callout.Root>
      ) : null}
      <Flex gap="2" wrap="wrap" align="center">
        <Select.Root value={clinician} onValueChange={setClinician}>
          <Select.Trigger aria-label="Clinician" placeholder="Clinician" style={{ maxWidth: '100%' }} />
          <Select.Content>
            {(clinicians.data ?? []).map((c) => (
              <Select.Item key={c.id} value={c.id}>
                {c.email} ({c.role})
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
        <SegmentedControl.Root value={view} onValueChange={(v) => setView(v as 'day' | 'week')} aria-label="View">
          <SegmentedControl.Item value="day">Day</SegmentedControl.Item>
          <SegmentedControl.Item value="week">Week</SegmentedControl.Item>
        </SegmentedControl.Root>
        <Button variant="soft" onClick={() => setDay(shift(day, -days))} aria-label="Earlier">
          ←
        </Button>
        <input
          type="date"
          aria-label="Day"
          value={day}
          onChange={(e) => validDay(e.target.value) && setDay(e.target.value)}
        />
        <Button variant="soft" onClick={() => setDay(shift(day, days))} aria-label="Later">
          →
        </Button>
        <BookingDialog
          clinicianId={clinician}
          day={day}
          presetPatient={presetPatient}
          onBooked={() => void list.reload()}
        />
      </Flex>
      {clinicians.data && clinicians.data.length === 0 ? (
        <Empty>This hospital has no doctors or nurses yet.</Empty>
      ) : null}
      <ProblemCallout problem={problem} />
      <Loaded load={list} what="Loading appointments" empty="" isEmpty={() => false}>
        {(data) => (
          <Grid columns={view === 'day' ? '1' : { initial: '1', md: '7' }} gap="2">
            {byDay(data.items).map(({ day: d, items }) => (
              <Card key={d}>
                <Text as="p" weight="bold" mb="2">
                  {new Date(`${d}T12:00:00`).toLocaleDateString(undefined, {
                    weekday: 'short',
                    day: 'numeric',
                    month: 'short',
                  })}
                </Text>
                {items.length === 0 ? (
                  <Text size="2" color="gray">
                    Nothing booked.
                  </Text>
                ) : (
                  <Flex direction="column" gap="2">
                    {items.map((a) => (
                      <Card key={a.id} variant="surface" aria-label={`Appointment at ${time(a.start)}`}>
                        <Flex direction="column" gap="1">
                          <Text size="2">
                            <strong>
                              {time(a.start)}–{time(a.end)}
                            </strong>{' '}
                            {a.type} <Badge highContrast>{a.status}</Badge>
                          </Text>
                          {a.reason ? (
                            <Text size="1" color="gray">
                              {a.reason}
                            </Text>
                          ) : null}
                          <a href={`/patients/view/?id=${a.patientId}`}>Patient</a>
                          <AppointmentActions
                            appointment={a}
                            clinician={clinicianRole}
                            onDone={() => {
                              setProblem(null);
                              void list.reload();
                            }}
                            onProblem={setProblem}
                          />
                        </Flex>
                      </Card>
                    ))}
                  </Flex>
                )}
              </Card>
            ))}
          </Grid>
        )}
      </Loaded>
    </Flex>
  );
}
