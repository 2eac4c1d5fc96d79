'use client';
// The SOAP editor: complaint, subjective, objective, assessment, plan; vitals; diagnoses (ICD-10)
// and prescriptions as rows. The server checks ranges and codes; its messages land on the fields.
import { text as words } from '@/i18n/text';
import { Button, Flex, Grid, Heading, Select, Text, TextArea } from '@radix-ui/themes';
import { useState } from 'react';
import type { components } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { Field } from './Field';
import { SaveCancel } from './SaveCancel';
import { routeLabel } from './labels';
import { ProblemCallout } from './States';
import { VITAL_FIELDS, type Vitals } from './vitals';
import { VitalsList } from './VitalsList';

type RecordRequest = components['schemas']['RecordRequest'];
type ClinicalRecord = components['schemas']['Record'];
type Diagnosis = components['schemas']['Diagnosis'];
type Prescription = components['schemas']['Prescription'];
type Route = components['schemas']['Route'];

const ROUTES: Route[] = [
  'ORAL',
  'SUBLINGUAL',
  'INTRAVENOUS',
  'INTRAMUSCULAR',
  'SUBCUTANEOUS',
  'TOPICAL',
  'INHALED',
  'RECTAL',
  'NASAL',
  'OPHTHALMIC',
  'OTIC',
  'TRANSDERMAL',
  'OTHER',
];

/** A vital as typed: digits with one decimal point or comma (37,5 is 37.5); anything else is unread. */
export function vitalNumber(typed: string): number | undefined {
  const t = typed.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** The vitals the fields read as now, for the read-back under them (unreadable ones left out). */
function readBack(form: HTMLFormElement): Vitals {
  const f = new FormData(form);
  const vitals: Record<string, number> = {};
  for (const { key } of VITAL_FIELDS) {
    const n = vitalNumber(String(f.get(key) ?? ''));
    if (n !== undefined) vitals[key] = n;
  }
  return vitals;
}

/** `adult`: whether the adult normal ranges apply to the patient (the read-back flags by them). */
export function RecordEditor({
  initial,
  adult = true,
  busy,
  problem,
  onSubmit,
}: {
  initial?: ClinicalRecord;
  adult?: boolean;
  busy: boolean;
  problem: Problem | null;
  onSubmit: (request: RecordRequest) => void;
}) {
  const [diagnoses, setDiagnoses] = useState<Diagnosis[]>(initial?.diagnoses ?? []);
  const [prescriptions, setPrescriptions] = useState<Prescription[]>(initial?.prescriptions ?? []);
  // Vitals the form cannot read as numbers, by field: said at the field, and nothing is sent.
  const [unread, setUnread] = useState<Record<string, string>>({});
  const [typed, setTyped] = useState<Vitals>(initial?.vitals ?? {});
  const errors = { ...fieldErrors(problem ?? undefined), ...unread };
  const text = (f: FormData, k: string) => (String(f.get(k) ?? '').trim() ? String(f.get(k)).trim() : undefined);

  return (
    <form
      noValidate
      onChange={(e) => setTyped(readBack(e.currentTarget))}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const vitals: Vitals = {};
        const notNumbers: Record<string, string> = {};
        for (const { key: k } of VITAL_FIELDS) {
          const v = text(f, k);
          if (v === undefined) continue;
          const n = vitalNumber(v);
          if (n === undefined) notNumbers[`vitals.${k}`] = words.records.editor.notANumber;
          else (vitals as Record<string, number>)[k] = n;
        }
        setUnread(notNumbers);
        if (Object.keys(notNumbers).length) return;
        onSubmit({
          type: 'CONSULTATION',
          chiefComplaint: String(f.get('chiefComplaint') ?? ''),
          subjective: text(f, 'subjective'),
          objective: text(f, 'objective'),
          assessment: text(f, 'assessment'),
          plan: text(f, 'plan'),
          vitals: Object.keys(vitals).length ? vitals : undefined,
          diagnoses,
          prescriptions,
        });
      }}
    >
      <ProblemCallout problem={problem} />
      <Flex direction="column" gap="3">
        <Field
          label={words.records.editor.chiefComplaint}
          name="chiefComplaint"
          required
          defaultValue={initial?.chiefComplaint}
          error={errors.chiefComplaint}
        />
        {(['subjective', 'objective', 'assessment', 'plan'] as const).map((k) => (
          <label key={k}>
            <Text size="2" weight="medium">
              {words.records.sections[k]}
            </Text>
            <TextArea name={k} defaultValue={initial?.[k]} rows={3} aria-invalid={errors[k] ? true : undefined} />
            {errors[k] ? (
              <Text size="1" color="red">
                {errors[k]}
              </Text>
            ) : null}
          </label>
        ))}
        <Heading as="h2" size="3">
          {words.records.editor.vitals}
        </Heading>
        <Grid columns={{ initial: '2', sm: '4' }} gap="3">
          {VITAL_FIELDS.map(({ key: k, label }) => (
            <Field
              key={k}
              label={label}
              name={k}
              inputMode="decimal"
              defaultValue={initial?.vitals?.[k]?.toString()}
              error={errors[`vitals.${k}`]}
            />
          ))}
        </Grid>
        <section aria-label={words.records.editor.vitalsAsRead}>
          <Text as="p" size="2" weight="medium" mb="1">
            {words.records.editor.readsAs}
          </Text>
          <VitalsList vitals={typed} adult={adult} />
        </section>
        <Heading as="h2" size="3">
          Diagnoses (ICD-10)
        </Heading>
        {diagnoses.map((d, i) => (
          <Flex key={i} gap="2" align="start">
            <Field
              label={words.records.editor.code}
              name={`dx-code-${i}`}
              value={d.code}
              placeholder="J45.901"
              error={errors[`diagnoses[${i}].code`]}
              onChange={(e) =>
                setDiagnoses(diagnoses.map((x, j) => (j === i ? { ...x, code: e.target.value.toUpperCase() } : x)))
              }
            />
            <Field
              label={words.records.editor.description}
              name={`dx-text-${i}`}
              value={d.description}
              error={errors[`diagnoses[${i}].description`]}
              onChange={(e) =>
                setDiagnoses(diagnoses.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))
              }
            />
            <Button
              type="button"
              variant="ghost"
              color="red"
              mt="5"
              onClick={() => setDiagnoses(diagnoses.filter((_, j) => j !== i))}
            >
              {words.records.editor.remove}
            </Button>
          </Flex>
        ))}
        <Button
          type="button"
          variant="soft"
          style={{ alignSelf: 'start' }}
          onClick={() => setDiagnoses([...diagnoses, { code: '', description: '' }])}
        >
          {words.records.editor.addDiagnosis}
        </Button>
        <Heading as="h2" size="3">
          {words.records.editor.prescriptions}
        </Heading>
        {prescriptions.map((p, i) => {
          const set = (patch: Partial<Prescription>) =>
            setPrescriptions(prescriptions.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <Grid key={i} columns={{ initial: '2', sm: '6' }} gap="2" align="end">
              <Field
                label={words.records.editor.medication}
                name={`rx-med-${i}`}
                value={p.medication}
                onChange={(e) => set({ medication: e.target.value })}
                error={errors[`prescriptions[${i}].medication`]}
              />
              <Field
                label={words.records.editor.dose}
                name={`rx-dose-${i}`}
                value={p.dose}
                onChange={(e) => set({ dose: e.target.value })}
                error={errors[`prescriptions[${i}].dose`]}
              />
              <Select.Root value={p.route} onValueChange={(v) => set({ route: v as Route })}>
                <Select.Trigger aria-label={words.records.editor.route} />
                <Select.Content>
                  {ROUTES.map((r) => (
                    <Select.Item key={r} value={r}>
                      {routeLabel(r)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
              <Field
                label={words.records.editor.frequency}
                name={`rx-freq-${i}`}
                value={p.frequency}
                onChange={(e) => set({ frequency: e.target.value })}
                error={errors[`prescriptions[${i}].frequency`]}
              />
              <Field
                label={words.records.editor.days}
                name={`rx-days-${i}`}
                inputMode="numeric"
                value={String(p.durationDays)}
                onChange={(e) => set({ durationDays: Number(e.target.value) })}
                error={errors[`prescriptions[${i}].durationDays`]}
              />
              <Button
                type="button"
                variant="ghost"
                color="red"
                onClick={() => setPrescriptions(prescriptions.filter((_, j) => j !== i))}
              >
                {words.records.editor.remove}
              </Button>
            </Grid>
          );
        })}
        <Button
          type="button"
          variant="soft"
          style={{ alignSelf: 'start' }}
          onClick={() =>
            setPrescriptions([
              ...prescriptions,
              { medication: '', dose: '', route: 'ORAL', frequency: '', durationDays: 7 },
            ])
          }
        >
          {words.records.editor.addPrescription}
        </Button>
        <SaveCancel busy={busy} label={words.records.editor.saveDraft} />
      </Flex>
    </form>
  );
}
