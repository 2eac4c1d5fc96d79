'use client';
// Registering or correcting a patient; the server's validation messages appear on their fields.
import { Flex, Grid, Heading, Select, Text } from '@radix-ui/themes';
import { useState } from 'react';
import type { components } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import { Field } from './Field';
import { sexLabel } from './labels';
import { SaveCancel } from './SaveCancel';
import { ProblemCallout } from './States';

type Patient = components['schemas']['Patient'];
type PatientRequest = components['schemas']['PatientRequest'];
type Sex = components['schemas']['Sex'];

const SEXES: Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];
const t = text.patients.form;

export function PatientForm({
  initial,
  clinical,
  busy,
  problem,
  onSubmit,
}: {
  initial?: Patient;
  clinical: boolean;
  busy: boolean;
  problem: Problem | null;
  onSubmit: (request: PatientRequest) => void;
}) {
  const [sex, setSex] = useState<Sex>(initial?.sex ?? 'UNKNOWN');
  const errors = fieldErrors(problem ?? undefined);
  const blank = (v: FormDataEntryValue | null) => (v && String(v).trim() ? String(v).trim() : undefined);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const address = {
          line1: blank(f.get('line1')),
          city: blank(f.get('city')),
          postalCode: blank(f.get('postalCode')),
          country: blank(f.get('country')),
        };
        onSubmit({
          givenName: String(f.get('givenName') ?? ''),
          familyName: String(f.get('familyName') ?? ''),
          dateOfBirth: String(f.get('dateOfBirth') ?? ''),
          sex,
          phone: blank(f.get('phone')),
          email: blank(f.get('email')),
          address: Object.values(address).some(Boolean) ? address : undefined,
          ...(clinical
            ? {
                bloodType: blank(f.get('bloodType')),
                allergies: (blank(f.get('allergies')) ?? '')
                  .split(',')
                  .map((a) => a.trim())
                  .filter(Boolean),
                notes: blank(f.get('notes')),
              }
            : {}),
        });
      }}
    >
      <ProblemCallout problem={problem} />
      <Flex direction="column" gap="3">
        <Grid columns={{ initial: '1', sm: '2' }} gap="3">
          <Field
            label={t.givenName}
            name="givenName"
            required
            defaultValue={initial?.givenName}
            error={errors.givenName}
          />
          <Field
            label={t.familyName}
            name="familyName"
            required
            defaultValue={initial?.familyName}
            error={errors.familyName}
          />
          <Field
            label={t.dateOfBirth}
            name="dateOfBirth"
            type="date"
            required
            defaultValue={initial?.dateOfBirth}
            error={errors.dateOfBirth}
          />
          <Flex direction="column" gap="1">
            <Text size="2" weight="medium" id="sex-label">
              {t.sex}
            </Text>
            <Select.Root value={sex} onValueChange={(v) => setSex(v as Sex)}>
              <Select.Trigger aria-labelledby="sex-label" />
              <Select.Content>
                {SEXES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {sexLabel(s)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Flex>
          <Field label={t.phone} name="phone" type="tel" defaultValue={initial?.phone} error={errors.phone} />
          <Field label={t.email} name="email" type="email" defaultValue={initial?.email} error={errors.email} />
        </Grid>
        <Heading as="h2" size="3">
          {t.address}
        </Heading>
        <Grid columns={{ initial: '1', sm: '2' }} gap="3">
          <Field label={t.street} name="line1" defaultValue={initial?.address?.line1} error={errors['address.line1']} />
          <Field label={t.city} name="city" defaultValue={initial?.address?.city} error={errors['address.city']} />
          <Field
            label={t.postalCode}
            name="postalCode"
            defaultValue={initial?.address?.postalCode}
            error={errors['address.postalCode']}
          />
          <Field
            label={t.country}
            name="country"
            defaultValue={initial?.address?.country}
            error={errors['address.country']}
          />
        </Grid>
        {clinical ? (
          <>
            <Heading as="h2" size="3">
              {t.clinical}
            </Heading>
            <Grid columns={{ initial: '1', sm: '2' }} gap="3">
              <Field
                label={t.bloodType}
                name="bloodType"
                placeholder={t.bloodTypePlaceholder}
                defaultValue={initial?.bloodType}
                error={errors.bloodType}
              />
              <Field
                label={t.allergies}
                name="allergies"
                defaultValue={initial?.allergies?.join(', ')}
                error={errors.allergies}
              />
              <Field label={t.notes} name="notes" defaultValue={initial?.notes} error={errors.notes} />
            </Grid>
          </>
        ) : null}
        <SaveCancel busy={busy} />
      </Flex>
    </form>
  );
}
