import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import RecordPage from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

const patientId = '0b6c8f1e-5a43-4d0e-9a36-2f7c1b0f0a11';
const recordId = '7d1f3a52-0c9e-4f4b-8a2d-5e6b7c8d9e0f';
const patient = {
  id: patientId,
  mrn: 'P-000042',
  givenName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1985-12-10',
  sex: 'FEMALE',
  status: 'ACTIVE',
  allergies: [],
  createdAt: '2026-11-01T09:00:00Z',
  createdBy: 'desk',
  updatedAt: '2026-11-01T09:00:00Z',
  updatedBy: 'desk',
  version: 1,
};
const draft = {
  id: recordId,
  patientId,
  type: 'CONSULTATION',
  status: 'DRAFT',
  chiefComplaint: 'Wheezing at night',
  vitals: { systolic: 150, diastolic: 95, pulse: 72, spo2: 93 },
  diagnoses: [{ code: 'J45.20', description: 'Mild intermittent asthma' }],
  prescriptions: [
    { medication: 'Salbutamol', dose: '100 micrograms', route: 'INHALED', frequency: 'as needed', durationDays: 30 },
  ],
  amendments: [],
  attachments: [],
  authorSub: 'me-sub',
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  updatedBy: 'me-sub',
  version: 3,
};
const signed = { ...draft, status: 'FINAL', finalizedAt: '2026-12-01T09:30:00Z', finalizedBy: 'me-sub', version: 4 };

describe('a record', () => {
  it('shows whose it is, the vitals in clinical words, and signs only after the review says what signing means', async () => {
    signedInAs('DOCTOR');
    let current: typeof draft = draft;
    const sent = server({
      [`GET /api/records/${recordId}`]: () => json(current),
      [`GET /api/patients/${patientId}`]: json(patient),
      'GET /api/clinicians': json([]),
      'GET /api/files': json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
      [`POST /api/records/${recordId}/finalize`]: () => {
        current = signed;
        return json(signed);
      },
    });
    renderScreen(<RecordPage />, `/records/view/?id=${recordId}`);
    // The banner waits for two answers in turn (the record, then its patient): on a loaded machine
    // that takes longer than findBy's default second.
    const banner = await screen.findByRole('region', { name: 'Patient' }, { timeout: 5000 });
    expect(banner.textContent).toContain('Lovelace, Ada');
    expect(banner.textContent).toContain('MRN P-000042');
    expect(banner.textContent).toContain('No allergies recorded');
    const vitals = screen.getByLabelText('Vital signs');
    expect(vitals.textContent).toContain('Blood pressure150/95 mmHgHigh');
    expect(vitals.textContent).toContain('SpO₂93 %Lownormal 95 or more');
    expect(screen.getByText('Salbutamol 100 micrograms, inhaled, as needed, for 30 days')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Signature' }).textContent).toBe('Draft — not signed');

    fireEvent.click(screen.getByRole('button', { name: 'Sign record' }));
    const review = await screen.findByRole('alertdialog', { name: 'Sign this record?' });
    expect(review.textContent).toContain('Lovelace, Ada (MRN P-000042');
    expect(review.textContent).toContain('“Wheezing at night”');
    expect(review.textContent).toContain('final');
    expect(review.textContent).toContain('amendment');
    expect(review.textContent).toContain('me@hms.test');
    expect(sent.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.click(within(review).getByRole('button', { name: 'Sign and make final' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Signature' }).textContent).toMatch(/^Signed by me@hms.test on .+/),
    );
    const finalize = sent.find((r) => r.method === 'POST');
    expect(finalize?.headers.get('If-Match')).toBe('"3"');
    expect(screen.queryByRole('button', { name: 'Sign record' })).toBeNull();
  });

  it('keeps it a draft when the review is declined', async () => {
    signedInAs('DOCTOR');
    const sent = server({
      [`GET /api/records/${recordId}`]: json(draft),
      [`GET /api/patients/${patientId}`]: json(patient),
      'GET /api/clinicians': json([]),
    });
    renderScreen(<RecordPage />, `/records/view/?id=${recordId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign record' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep as draft' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(sent.some((r) => r.method === 'POST')).toBe(false);
  });

  it('offers no signing to a nurse', async () => {
    signedInAs('NURSE');
    server({
      [`GET /api/records/${recordId}`]: json(draft),
      [`GET /api/patients/${patientId}`]: json(patient),
      'GET /api/clinicians': json([]),
    });
    renderScreen(<RecordPage />, `/records/view/?id=${recordId}`);
    await screen.findByRole('region', { name: 'Patient' });
    expect(screen.queryByRole('button', { name: /Sign/ })).toBeNull();
  });
});
