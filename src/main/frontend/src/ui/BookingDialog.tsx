'use client';
// Booking in two steps: choose the patient, the clinician, a free time, the type and the reason;
// then a review says who, with whom, when and what, and only its Confirm books. Back keeps every
// choice. A time taken meanwhile sends the user back to the free times, reloaded.
import { Button, Dialog, Flex, Select, Text, TextField } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { fieldErrors, problemOf, slug } from '@/api/problems';
import { Field } from './Field';
import { Review } from './Review';
import { Loaded, ProblemCallout } from './States';
import { useLoad } from './useLoad';
import { useSubmit } from './useSubmit';
import { clock, timeSpan } from './format';
import { appointmentTypeLabel, memberName } from './labels';

type Appointment = components['schemas']['Appointment'];
type Clinician = components['schemas']['Clinician'];
type Patient = components['schemas']['Patient'];
type Type = components['schemas']['AppointmentType'];

/** The patient a booking is for, as the review names them. */
export type PatientChoice = { id: string; name: string; mrn: string };

export const patientChoice = (p: Patient): PatientChoice => ({
  id: p.id,
  name: `${p.givenName} ${p.familyName}`,
  mrn: p.mrn,
});

/** Where the booking starts: a free slot the grid offered (start), or just a clinician and a day. */
export type BookingRequest = { clinicianId: string; day: string; start: string | null; minutes: number };

const LENGTHS = [15, 30, 45, 60, 90];

/** The lengths offered: the usual ones and the hospital's default (settings), shortest first. */
export const lengthsWith = (usual: number) => [...new Set([...LENGTHS, usual])].sort((a, b) => a - b);
const TYPES: Type[] = ['CONSULTATION', 'FOLLOW_UP', 'PROCEDURE', 'CHECKUP', 'EMERGENCY'];

export function BookingDialog({
  request,
  clinicians,
  tz,
  patient,
  onClose,
  onBooked,
}: {
  request: BookingRequest | null;
  clinicians: Clinician[];
  tz: string;
  patient: PatientChoice | null;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
}) {
  return (
    <Dialog.Root open={request !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Content maxWidth="600px">
        {request ? (
          <Booking request={request} clinicians={clinicians} tz={tz} preset={patient} onBooked={onBooked} />
        ) : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function Booking({
  request,
  clinicians,
  tz,
  preset,
  onBooked,
}: {
  request: BookingRequest;
  clinicians: Clinician[];
  tz: string;
  preset: PatientChoice | null;
  onBooked: (appointment: Appointment) => void;
}) {
  const [step, setStep] = useState<'choose' | 'review'>('choose');
  const [patient, setPatient] = useState<PatientChoice | null>(preset);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Patient[]>([]);
  const [clinicianId, setClinicianId] = useState(request.clinicianId);
  const [day, setDay] = useState(request.day);
  const [minutes, setMinutes] = useState(request.minutes);
  const [start, setStart] = useState<string | null>(request.start);
  const [type, setType] = useState<Type>('CONSULTATION');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, problem, setProblem, run } = useSubmit();

  useEffect(() => {
    if (search.trim().length < 2) return;
    const wait = setTimeout(async () => {
      const { data } = await api.GET('/api/patients', { params: { header: tenant(), query: { q: search, size: 8 } } });
      setFound(data?.items ?? []);
    }, 250);
    return () => clearTimeout(wait);
  }, [search]);

  const slots = useLoad(
    () =>
      api.GET('/api/clinicians/{id}/free-slots', {
        params: { path: { id: clinicianId }, header: tenant(), query: { date: day, durationMinutes: minutes } },
      }),
    [clinicianId, day, minutes],
  );

  // Another clinician, day or length offers other times: the one chosen no longer stands.
  const changeTime = (change: () => void) => {
    change();
    setStart(null);
  };
  const clinician = clinicians.find((c) => c.id === clinicianId);
  const end = start ? new Date(Date.parse(start) + minutes * 60_000).toISOString() : '';

  function review() {
    const missing: Record<string, string> = {};
    if (!patient) missing.patientId = 'Choose the patient.';
    if (!start) missing.start = 'Choose one of the free times.';
    setErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length === 0) setStep('review');
  }

  const confirm = () =>
    run(async () => {
      if (!patient || !start) return;
      const { data, error, response } = await api.POST('/api/appointments', {
        params: { header: tenant() },
        body: {
          patientId: patient.id,
          clinicianId,
          start,
          durationMinutes: minutes,
          type,
          reason: reason || undefined,
        },
      });
      if (data) return onBooked(data);
      const failed = problemOf(error, response);
      if (slug(failed) === 'validation') {
        setErrors(fieldErrors(failed));
        setStep('choose');
      } else if (slug(failed) === 'clinician-busy') {
        setStart(null);
        setStep('choose');
        void slots.reload();
      }
      return failed;
    });

  if (step === 'review' && patient && start)
    return (
      <>
        <Dialog.Title>Check the booking</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          Confirm books this appointment; Back changes it.
        </Dialog.Description>
        <Review
          rows={[
            ['Patient', `${patient.name} (MRN ${patient.mrn})`],
            ['With', clinician ? memberName(clinician) : clinicianId],
            ['When', timeSpan(start, end, tz)],
            ['Type', appointmentTypeLabel(type)],
            ...(reason.trim() ? [['Reason', reason.trim()] as [string, string]] : []),
          ]}
          confirm="Confirm booking"
          busy={busy}
          problem={problem}
          onBack={() => setStep('choose')}
          onConfirm={() => void confirm()}
        />
      </>
    );

  return (
    <>
      <Dialog.Title>Book an appointment</Dialog.Title>
      <Dialog.Description size="2" mb="3">
        Choose the patient, a free time and the type. You check everything before it is booked.
      </Dialog.Description>
      <ProblemCallout problem={problem} />
      <Flex direction="column" gap="3">
        <Flex direction="column" gap="1">
          <Text size="2" weight="medium">
            Patient: {patient ? `${patient.name} (MRN ${patient.mrn})` : 'none chosen yet'}
          </Text>
          <TextField.Root
            aria-label={patient ? 'Find another patient' : 'Find the patient'}
            placeholder="Find the patient (name, MRN)"
            value={search}
            aria-invalid={errors.patientId ? true : undefined}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Flex gap="1" wrap="wrap">
            {found.map((p) => (
              <Button
                key={p.id}
                type="button"
                size="1"
                variant={patient?.id === p.id ? 'solid' : 'outline'}
                aria-pressed={patient?.id === p.id}
                onClick={() => setPatient(patientChoice(p))}
              >
                {p.familyName}, {p.givenName} ({p.mrn})
              </Button>
            ))}
          </Flex>
          <FieldError message={errors.patientId} />
        </Flex>
        <Flex gap="3" wrap="wrap" align="end">
          <Labelled label="Clinician" error={errors.clinicianId}>
            <Select.Root value={clinicianId} onValueChange={(id) => changeTime(() => setClinicianId(id))}>
              <Select.Trigger aria-label="Clinician" style={{ maxWidth: '100%' }} />
              <Select.Content>
                {clinicians.map((c) => (
                  <Select.Item key={c.id} value={c.id}>
                    {memberName(c)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Labelled>
          <Labelled label="Date">
            <TextField.Root
              type="date"
              aria-label="Date"
              value={day}
              onChange={(e) => e.target.value && changeTime(() => setDay(e.target.value))}
            />
          </Labelled>
          <Labelled label="Length" error={errors.durationMinutes}>
            <Select.Root value={String(minutes)} onValueChange={(m) => changeTime(() => setMinutes(Number(m)))}>
              <Select.Trigger aria-label="Length" />
              <Select.Content>
                {lengthsWith(request.minutes).map((m) => (
                  <Select.Item key={m} value={String(m)}>
                    {m} minutes
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Labelled>
        </Flex>
        <Flex direction="column" gap="1">
          <Text size="2" weight="medium">
            Free times
          </Text>
          <Loaded
            load={slots}
            what="Loading free times"
            empty="No free time on this day."
            isEmpty={(data) => data.slots.length === 0}
          >
            {(data) => (
              <Flex gap="1" wrap="wrap" role="list" aria-label="Free times">
                {data.slots.map((s) => (
                  <span role="listitem" key={s.start}>
                    <Button
                      type="button"
                      size="1"
                      variant={s.start === start ? 'solid' : 'outline'}
                      aria-pressed={s.start === start}
                      onClick={() => setStart(s.start)}
                    >
                      {clock(s.start, tz)}
                    </Button>
                  </span>
                ))}
              </Flex>
            )}
          </Loaded>
          <FieldError message={errors.start} />
        </Flex>
        <Labelled label="Type" error={errors.type}>
          <Select.Root value={type} onValueChange={(v) => setType(v as Type)}>
            <Select.Trigger aria-label="Type" />
            <Select.Content>
              {TYPES.map((t) => (
                <Select.Item key={t} value={t}>
                  {appointmentTypeLabel(t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Labelled>
        <Field
          label="Reason (optional)"
          name="reason"
          maxLength={500}
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Flex gap="2" justify="end" wrap="wrap">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray" highContrast>
              Close
            </Button>
          </Dialog.Close>
          <Button type="button" onClick={review}>
            Review
          </Button>
        </Flex>
      </Flex>
    </>
  );
}

function Labelled({ label, error, children }: { label: string; error?: string; children: React.ReactNode }) {
  return (
    <Flex direction="column" gap="1" maxWidth="100%">
      <Text size="2" weight="medium" aria-hidden>
        {label}
      </Text>
      {children}
      <FieldError message={error} />
    </Flex>
  );
}

function FieldError({ message }: { message?: string }) {
  return message ? (
    <Text size="1" color="red" role="alert">
      {message}
    </Text>
  ) : null;
}
