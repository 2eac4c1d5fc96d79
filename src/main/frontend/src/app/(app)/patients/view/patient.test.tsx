import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import PatientPage from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

describe('a patient link', () => {
  it.each(['/patients/view/', '/patients/view/?id=', '/patients/view/?id=nonsense'])(
    'that names no patient (%s) says so, and asks the server nothing',
    async (url) => {
      const sent = server({});
      renderScreen(<PatientPage />, url);
      await screen.findByText('This link names no patient. Open the patient from the list.');
      expect(sent).toHaveLength(0);
    },
  );
});

const identity = {
  id: '0b6c8f1e-5a43-4d0e-9a36-2f7c1b0f0a11',
  mrn: 'P-000042',
  givenName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1985-12-10',
  sex: 'FEMALE',
  status: 'ACTIVE',
};
const url = `/patients/view/?id=${identity.id}`;
const summaryPath = `GET /api/patients/${identity.id}/summary`;
const appointment = {
  id: 'a1',
  patientId: identity.id,
  patientName: 'Ada Lovelace',
  patientMrn: 'P-000042',
  clinicianId: 'doc',
  clinicianEmail: 'house@hms.test',
  start: '2026-12-02T09:30:00Z',
  end: '2026-12-02T10:00:00Z',
  durationMinutes: 30,
  type: 'FOLLOW_UP',
  status: 'CHECKED_IN',
  createdAt: '2026-11-01T09:00:00Z',
  createdBy: 'desk',
  updatedAt: '2026-11-01T09:00:00Z',
  version: 1,
};

describe("a patient's page", () => {
  it('shows the banner and the clinical summary in words, flags and all, from one call', async () => {
    signedInAs('DOCTOR');
    const sent = server({
      [summaryPath]: json({
        patient: { ...identity, allergies: ['Penicillin'] },
        clinical: {
          activeDiagnoses: [
            {
              code: 'J45.20',
              description: 'Mild intermittent asthma',
              recordId: 'r1',
              signedAt: '2026-11-30T10:00:00Z',
            },
          ],
          currentPrescriptions: [
            {
              medication: 'Salbutamol',
              dose: '100 micrograms',
              route: 'INHALED',
              frequency: 'as needed',
              durationDays: 30,
              recordId: 'r1',
              signedAt: '2026-11-30T10:00:00Z',
              endsAt: '2026-12-30T10:00:00Z',
            },
          ],
          lastVitals: {
            recordId: 'r1',
            recordStatus: 'FINAL',
            recordedAt: '2026-11-30T09:40:00Z',
            vitals: { pulse: 112, systolic: 118, diastolic: 76 },
          },
          recentRecords: [
            {
              id: 'r1',
              type: 'FOLLOW_UP',
              status: 'FINAL',
              chiefComplaint: 'Wheezing',
              authorSub: 'doc',
              createdAt: '2026-11-30T09:40:00Z',
            },
          ],
        },
        upcomingAppointments: [appointment],
        recentAppointments: [],
        asOf: '2026-12-01T08:00:00Z',
      }),
    });
    renderScreen(<PatientPage />, url);
    await screen.findByRole('heading', { level: 1, name: 'Lovelace, Ada' });
    const banner = screen.getByRole('region', { name: 'Patient' });
    expect(banner.textContent).toContain('MRN P-000042');
    expect(banner.textContent).toMatch(/Born .*1985.* \(\d+ years\)/);
    expect(banner.textContent).toContain('Sex Female');
    expect(banner.textContent).toContain('Allergies: Penicillin');
    expect(screen.getByRole('link', { name: 'J45.20 Mild intermittent asthma' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Current prescriptions' }).textContent).toContain(
      'Salbutamol 100 micrograms, inhaled, as needed',
    );
    const vitals = screen.getByRole('region', { name: 'Last vitals' });
    expect(vitals.textContent).toContain('Pulse112 /minHighnormal 60–100');
    expect(vitals.textContent).toContain('Blood pressure118/76 mmHg');
    expect(screen.getByRole('link', { name: 'signed record' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Wheezing' })).toBeTruthy();
    const upcoming = screen.getByRole('list', { name: 'Upcoming appointments' });
    expect(upcoming.textContent).toContain('Follow-up with house@hms.test');
    expect(upcoming.textContent).toContain('Checked in');
    expect(screen.getByText('No earlier appointments.')).toBeTruthy();
    expect(sent.map((r) => new URL(r.url).pathname).filter((p) => !p.includes('/appointments'))).toEqual([
      `/api/patients/${identity.id}/summary`,
    ]);
  });

  it('says "No allergies recorded" only for the empty list the API answers', async () => {
    signedInAs('NURSE');
    server({
      [summaryPath]: json({
        patient: { ...identity, allergies: [], status: 'DECEASED' },
        clinical: { activeDiagnoses: [], currentPrescriptions: [], recentRecords: [] },
        upcomingAppointments: [],
        recentAppointments: [],
        asOf: '2026-12-01T08:00:00Z',
      }),
    });
    renderScreen(<PatientPage />, url);
    const banner = await screen.findByRole('region', { name: 'Patient' });
    expect(banner.textContent).toContain('No allergies recorded');
    expect(banner.textContent).toContain('Deceased');
    expect(screen.getByText('No vitals in any record.')).toBeTruthy();
  });

  it('shows a receptionist identity and appointments only: no clinical boxes, no allergies claimed', async () => {
    signedInAs('RECEPTIONIST');
    server({
      [summaryPath]: json({
        patient: identity,
        upcomingAppointments: [],
        recentAppointments: [{ ...appointment, status: 'NO_SHOW' }],
        asOf: '2026-12-01T08:00:00Z',
      }),
    });
    renderScreen(<PatientPage />, url);
    const banner = await screen.findByRole('region', { name: 'Patient' });
    expect(banner.textContent).toContain('Allergies not shown for your role');
    expect(banner.textContent).not.toContain('No allergies recorded');
    expect(screen.getByText('Diagnoses, prescriptions, vitals and records are not shown to your role.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Active diagnoses' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Last vitals' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Recent appointments' }).textContent).toContain('Did not attend');
  });
});
