'use client';
// A patient's summary, from the one answer of GET /api/patients/{id}/summary: what their signed
// records say now (active diagnoses, current prescriptions), their last vitals, newest records and
// their next and last appointments. The clinical sections are shown only when the answer has them
// (a receptionist's has not): never as empty boxes that would read as "nothing known".
import { text } from '@/i18n/text';
import { Badge, Box, Card, Flex, Grid, Heading, Link, Text } from '@radix-ui/themes';
import type { components } from '@/api/client';
import { isAdult } from './age';
import { dateTime } from './format';
import {
  appointmentClinician,
  appointmentStatusLabel,
  appointmentTypeLabel,
  recordStatusLabel,
  recordTypeLabel,
  routeLabel,
} from './labels';
import { VitalsList } from './VitalsList';

type Summary = components['schemas']['PatientSummary'];
type Appointment = components['schemas']['Appointment'];

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `summary-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card asChild>
      <section aria-labelledby={id}>
        <Heading as="h2" size="3" mb="2" id={id}>
          {title}
        </Heading>
        {children}
      </section>
    </Card>
  );
}

function None({ children }: { children: React.ReactNode }) {
  return (
    <Text size="2" color="gray" highContrast>
      {children}
    </Text>
  );
}

function Lines({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box asChild m="0" pl="0" style={{ listStyle: 'none' }}>
      <ul aria-label={label}>{children}</ul>
    </Box>
  );
}

function Appointments({ title, items, none }: { title: string; items: Appointment[]; none: string }) {
  return (
    <Section title={title}>
      {items.length === 0 ? (
        <None>{none}</None>
      ) : (
        <Lines label={title}>
          {items.map((a) => (
            <li key={a.id}>
              <Text size="2">
                {text.patients.summary.appointment(
                  dateTime(a.start),
                  appointmentTypeLabel(a.type),
                  appointmentClinician(a),
                )}{' '}
                <Badge highContrast color="gray">
                  {appointmentStatusLabel(a.status)}
                </Badge>
              </Text>
            </li>
          ))}
        </Lines>
      )}
    </Section>
  );
}

export function PatientSummary({ summary }: { summary: Summary }) {
  const { clinical } = summary;
  return (
    <Flex direction="column" gap="3">
      {clinical ? (
        <Grid columns={{ initial: '1', md: '2' }} gap="3">
          <Section title={text.patients.summary.diagnoses}>
            {clinical.activeDiagnoses.length === 0 ? (
              <None>{text.patients.summary.noDiagnoses}</None>
            ) : (
              <Lines label={text.patients.summary.diagnoses}>
                {clinical.activeDiagnoses.map((d) => (
                  <li key={d.code}>
                    <Text size="2">
                      <Link underline="always" href={`/records/view/?id=${d.recordId}`}>
                        {d.code} {d.description}
                      </Link>{' '}
                      <Text size="1" color="gray" highContrast>
                        signed {dateTime(d.signedAt)}
                      </Text>
                    </Text>
                  </li>
                ))}
              </Lines>
            )}
          </Section>
          <Section title={text.patients.summary.prescriptions}>
            {clinical.currentPrescriptions.length === 0 ? (
              <None>{text.patients.summary.noPrescriptions}</None>
            ) : (
              <Lines label={text.patients.summary.prescriptions}>
                {clinical.currentPrescriptions.map((p, i) => (
                  <li key={`${p.recordId}-${i}`}>
                    <Text size="2">
                      <Text weight="bold">{p.medication}</Text> {p.dose}, {routeLabel(p.route).toLowerCase()},{' '}
                      {p.frequency}{' '}
                      <Text size="1" color="gray" highContrast>
                        until {dateTime(p.endsAt)}
                      </Text>
                    </Text>
                  </li>
                ))}
              </Lines>
            )}
          </Section>
          <Section title={text.patients.summary.lastVitals}>
            {clinical.lastVitals ? (
              <Flex direction="column" gap="2">
                <Text size="2" color="gray" highContrast>
                  {text.patients.summary.taken(dateTime(clinical.lastVitals.recordedAt))}
                  <Link underline="always" href={`/records/view/?id=${clinical.lastVitals.recordId}`}>
                    {text.patients.summary.recordOfStatus(recordStatusLabel(clinical.lastVitals.recordStatus))}
                  </Link>
                </Text>
                <VitalsList vitals={clinical.lastVitals.vitals} adult={isAdult(summary.patient.dateOfBirth)} />
              </Flex>
            ) : (
              <None>{text.patients.summary.noVitals}</None>
            )}
          </Section>
          <Section title={text.patients.summary.recentRecords}>
            {clinical.recentRecords.length === 0 ? (
              <None>{text.patients.summary.noRecords}</None>
            ) : (
              <Lines label={text.patients.summary.recentRecords}>
                {clinical.recentRecords.map((r) => (
                  <li key={r.id}>
                    <Text size="2">
                      {dateTime(r.createdAt)} · {recordTypeLabel(r.type)}:{' '}
                      <Link underline="always" href={`/records/view/?id=${r.id}`}>
                        {r.chiefComplaint}
                      </Link>{' '}
                      <Badge highContrast color={r.status === 'FINAL' ? 'green' : 'amber'}>
                        {recordStatusLabel(r.status)}
                      </Badge>
                    </Text>
                  </li>
                ))}
              </Lines>
            )}
          </Section>
        </Grid>
      ) : (
        <Text size="2" color="gray" highContrast>
          {text.patients.summary.clinicalHidden}
        </Text>
      )}
      <Grid columns={{ initial: '1', md: '2' }} gap="3">
        <Appointments
          title={text.patients.summary.upcoming}
          items={summary.upcomingAppointments}
          none={text.patients.summary.noneBooked}
        />
        <Appointments
          title={text.patients.summary.recent}
          items={summary.recentAppointments}
          none={text.patients.summary.noEarlier}
        />
      </Grid>
      <Text size="1" color="gray" highContrast>
        As of {dateTime(summary.asOf)}
      </Text>
    </Flex>
  );
}
