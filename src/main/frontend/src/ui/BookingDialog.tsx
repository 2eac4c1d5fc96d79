'use client';
// Booking from the clinician's free slots: choose the patient, the length and a slot.
import { Button, Dialog, Flex, Select, Text, TextField } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import type { Problem } from '@/api/problems';
import { time } from './format';
import { Loaded, ProblemCallout } from './States';
import { useLoad } from './useLoad';

type Patient = components['schemas']['Patient'];
type Type = components['schemas']['AppointmentType'];

export function BookingDialog({
  clinicianId,
  day,
  presetPatient,
  onBooked,
}: {
  clinicianId: string;
  day: string;
  presetPatient: string | null;
  onBooked: () => void;
}) {
  const [open, setOpen] = useState(Boolean(presetPatient));
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Patient[]>([]);
  const [patient, setPatient] = useState<string | null>(presetPatient);
  const [minutes, setMinutes] = useState('30');
  const [type, setType] = useState<Type>('CONSULTATION');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    if (!open || search.trim().length < 2) return;
    const wait = setTimeout(async () => {
      const { data } = await api.GET('/api/patients', { params: { header: tenant(), query: { q: search, size: 8 } } });
      setFound(data?.items ?? []);
    }, 250);
    return () => clearTimeout(wait);
  }, [search, open]);

  const slots = useLoad(
    async () =>
      open && clinicianId
        ? api.GET('/api/clinicians/{id}/free-slots', {
            params: {
              path: { id: clinicianId },
              header: tenant(),
              query: { date: day, durationMinutes: Number(minutes) },
            },
          })
        : { data: undefined, response: new Response() },
    [open, clinicianId, day, minutes],
  );

  async function book(start: string) {
    if (!patient) return setProblem({ detail: 'Choose the patient first.' });
    const { error } = await api.POST('/api/appointments', {
      params: { header: tenant() },
      body: {
        patientId: patient,
        clinicianId,
        start,
        durationMinutes: Number(minutes),
        type,
        reason: reason || undefined,
      },
    });
    if (error) {
      setProblem(error);
      void slots.reload(); // someone may have taken this one
      return;
    }
    setOpen(false);
    onBooked();
  }

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button disabled={!clinicianId}>Book appointment</Button>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="560px">
        <Dialog.Title>Book on {day}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          Pick the patient, the length and one of the clinician&apos;s free slots.
        </Dialog.Description>
        <ProblemCallout problem={problem} />
        <Flex direction="column" gap="3">
          {presetPatient ? (
            <Text size="2">The patient is chosen.</Text>
          ) : (
            <>
              <TextField.Root
                aria-label="Find the patient"
                placeholder="Find the patient (name, MRN)"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <Flex gap="1" wrap="wrap">
                {found.map((p) => (
                  <Button
                    key={p.id}
                    size="1"
                    variant={patient === p.id ? 'solid' : 'outline'}
                    onClick={() => setPatient(p.id)}
                  >
                    {p.familyName}, {p.givenName} ({p.mrn})
                  </Button>
                ))}
              </Flex>
            </>
          )}
          <Flex gap="2">
            <Select.Root value={minutes} onValueChange={setMinutes}>
              <Select.Trigger aria-label="Length" />
              <Select.Content>
                {['15', '30', '45', '60', '90'].map((m) => (
                  <Select.Item key={m} value={m}>
                    {m} minutes
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
            <Select.Root value={type} onValueChange={(v) => setType(v as Type)}>
              <Select.Trigger aria-label="Type" />
              <Select.Content>
                {(['CONSULTATION', 'FOLLOW_UP', 'PROCEDURE', 'CHECKUP', 'EMERGENCY'] as Type[]).map((t) => (
                  <Select.Item key={t} value={t}>
                    {t}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Flex>
          <TextField.Root
            aria-label="Reason"
            placeholder="Reason (optional)"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Text size="2" weight="medium">
            Free slots
          </Text>
          <Loaded
            load={slots}
            what="Loading free slots"
            empty="No free time on this day."
            isEmpty={(data) => data.slots.length === 0}
          >
            {(data) => (
              <Flex gap="1" wrap="wrap" role="list" aria-label="Free slots">
                {data.slots.map((s) => (
                  <Button key={s.start} role="listitem" size="1" variant="outline" onClick={() => void book(s.start)}>
                    {time(s.start)}
                  </Button>
                ))}
              </Flex>
            )}
          </Loaded>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
