'use client';
// A patient's summary, from the one answer of GET /api/patients/{id}/summary: what their signed
// records say now (active diagnoses, current prescriptions), their last vitals, newest records and
// their next and last appointments. The clinical sections are shown only when the answer has them
// (a receptionist's has not): never as empty boxes that would read as "nothing known".
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
                {dateTime(a.start)} · {appointmentTypeLabel(a.type)}
                {` with ${appointmentClinician(a)}`}{' '}
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
          <Section title="Active diagnoses">
            {clinical.activeDiagnoses.length === 0 ? (
              <None>No diagnoses in signed records.</None>
            ) : (
              <Lines label="Active diagnoses">
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
          <Section title="Current prescriptions">
            {clinical.currentPrescriptions.length === 0 ? (
              <None>No prescription running.</None>
            ) : (
              <Lines label="Current prescriptions">
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
          <Section title="Last vitals">
            {clinical.lastVitals ? (
              <Flex direction="column" gap="2">
                <Text size="2" color="gray" highContrast>
                  Taken {dateTime(clinical.lastVitals.recordedAt)} ·{' '}
                  <Link underline="always" href={`/records/view/?id=${clinical.lastVitals.recordId}`}>
                    {recordStatusLabel(clinical.lastVitals.recordStatus).toLowerCase()} record
                  </Link>
                </Text>
                <VitalsList vitals={clinical.lastVitals.vitals} adult={isAdult(summary.patient.dateOfBirth)} />
              </Flex>
            ) : (
              <None>No vitals in any record.</None>
            )}
          </Section>
          <Section title="Recent records">
            {clinical.recentRecords.length === 0 ? (
              <None>No records yet.</None>
            ) : (
              <Lines label="Recent records">
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
          Diagnoses, prescriptions, vitals and records are not shown to your role.
        </Text>
      )}
      <Grid columns={{ initial: '1', md: '2' }} gap="3">
        <Appointments title="Upcoming appointments" items={summary.upcomingAppointments} none="None booked." />
        <Appointments title="Recent appointments" items={summary.recentAppointments} none="No earlier appointments." />
      </Grid>
      <Text size="1" color="gray" highContrast>
        As of {dateTime(summary.asOf)}
      </Text>
    </Flex>
  );
}
