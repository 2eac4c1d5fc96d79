'use client';
// Whose screen this is: on every screen about one patient (the patient, their files, a record being
// written or read, a booking for them), so that nobody documents on the wrong patient. Name, MRN,
// date of birth with age, sex, allergies, and the status when it is not active. It prints.
import { text } from '@/i18n/text';
import { Badge, Card, Flex, Heading, Link, Strong, Text } from '@radix-ui/themes';
import { api, tenant, type components } from '@/api/client';
import { ageText } from './age';
import { calendarDate } from './format';
import { patientStatusLabel, sexLabel } from './labels';
import { ProblemCallout } from './States';
import { useLoad, type Load } from './useLoad';

/** What the banner needs: a PatientIdentity (the summary's) or a whole Patient both have it. */
export type BannerPatient = Pick<
  components['schemas']['PatientIdentity'],
  'id' | 'mrn' | 'givenName' | 'familyName' | 'dateOfBirth' | 'sex' | 'status' | 'allergies'
>;

/**
 * Allergies as the API states them: a list, an empty list (the API's "none recorded": it cannot
 * tell "asked, none" from "never asked", so the banner says what is known, never the reassuring
 * "No known allergies" a prescriber would read as checked), or left out because the reader's role
 * may not see clinical fields; never "none" for that last case.
 */
export function allergiesText(allergies: string[] | undefined): string {
  if (allergies === undefined) return text.patients.banner.allergiesHidden;
  if (allergies.length === 0) return text.patients.banner.noAllergies;
  return text.patients.banner.allergies(allergies.join(', '));
}

export function patientName(p: Pick<BannerPatient, 'givenName' | 'familyName'>): string {
  return text.patients.listName(p.familyName, p.givenName);
}

/**
 * The banner of a patient at hand. `heading`: the name is the page's h1 (the patient's own page);
 * otherwise it links to the patient's page.
 */
export function PatientBanner({ patient: p, heading = false }: { patient: BannerPatient; heading?: boolean }) {
  const name = patientName(p);
  return (
    <Card asChild className="patient-banner">
      <section aria-label={text.patients.banner.region}>
        <Flex direction="column" gap="1">
          <Flex align="baseline" gap="3" wrap="wrap">
            {heading ? (
              <Heading as="h1" size="6">
                {name}
              </Heading>
            ) : (
              <Text size="5" weight="bold">
                <Link href={`/patients/view/?id=${p.id}`}>{name}</Link>
              </Text>
            )}
            {p.status !== 'ACTIVE' ? (
              <Badge highContrast color="red" size="2">
                {patientStatusLabel(p.status)}
              </Badge>
            ) : null}
          </Flex>
          <Flex gapX="4" gapY="1" wrap="wrap">
            <Text size="2">
              MRN <Strong>{p.mrn}</Strong>
            </Text>
            <Text size="2">
              Born <Strong>{calendarDate(p.dateOfBirth)}</Strong> ({ageText(p.dateOfBirth)})
            </Text>
            <Text size="2">
              Sex <Strong>{sexLabel(p.sex)}</Strong>
            </Text>
          </Flex>
          {p.allergies?.length ? (
            <Text size="2" weight="bold" color="red" highContrast>
              {allergiesText(p.allergies)}
            </Text>
          ) : (
            <Text size="2" color="gray" highContrast>
              {allergiesText(p.allergies)}
            </Text>
          )}
        </Flex>
      </section>
    </Card>
  );
}

type Patient = components['schemas']['Patient'];

/** The patient a record or booking names, for its banner (and its age, for the vitals' ranges). */
export function usePatient(patientId: string | null | undefined): Load<Patient> {
  return useLoad(
    async () =>
      patientId
        ? api.GET('/api/patients/{id}', { params: { path: { id: patientId }, header: tenant() } })
        : { data: undefined, response: new Response() },
    [patientId],
  );
}

/** The banner of a patient being loaded: the banner, the failure with a retry, or a placeholder. */
export function LoadedBanner({ load }: { load: Load<Patient> }) {
  if (load.data) return <PatientBanner patient={load.data} />;
  if (load.problem) return <ProblemCallout problem={load.problem} retry={() => void load.reload()} />;
  return (
    <Card className="patient-banner" role="status">
      <Text color="gray">{text.patients.banner.loading}</Text>
    </Card>
  );
}

/** The banner of a patient known by id (e.g. a booking's). */
export function PatientBannerById({ patientId }: { patientId: string }) {
  return <LoadedBanner load={usePatient(patientId)} />;
}
