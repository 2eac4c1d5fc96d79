import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, problem, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import Patients from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

const page = (items: unknown[]) => json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
const ada = {
  id: 'p1',
  mrn: 'MRN-1',
  givenName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1985-12-10',
  status: 'ACTIVE',
};

describe('the patients list', () => {
  it('shows a failed search as an error with a retry, never as "No patients yet."', async () => {
    let up = false;
    server({ 'GET /api/patients': () => (up ? page([ada]) : problem(503, 'database-unavailable')) });
    renderScreen(<Patients />, '/patients/');
    await screen.findByText('The system is briefly unavailable. Please try again in a few seconds.');
    expect(screen.queryByText('No patients yet.')).toBeNull();
    up = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('link', { name: 'Lovelace, Ada' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the role may not list patients, without a retry or an empty list', async () => {
    server({ 'GET /api/patients': problem(403, 'forbidden') });
    renderScreen(<Patients />, '/patients/');
    await screen.findByText('Your role does not allow this.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByText('No patients yet.')).toBeNull();
  });

  it('says "No patients yet." only when the hospital has none', async () => {
    server({ 'GET /api/patients': page([]) });
    renderScreen(<Patients />, '/patients/');
    await screen.findByText('No patients yet.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the CSV export', () => {
  it('saves the CSV the server sent, fetched through the API client with the hospital', async () => {
    signedInAs('ADMIN');
    const saved = vi.fn((blob: Blob) => `blob:${blob.size}`);
    URL.createObjectURL = saved as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const sent = server({
      'GET /api/patients': page([ada]),
      'GET /api/patients/export': new Response('mrn,familyName\nMRN-1,Lovelace\n', {
        headers: { 'Content-Type': 'text/csv; charset=UTF-8' },
      }),
    });
    renderScreen(<Patients />, '/patients/');
    await screen.findByRole('link', { name: 'Lovelace, Ada' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(await saved.mock.calls[0][0].text()).toBe('mrn,familyName\nMRN-1,Lovelace\n');
    const exported = sent.find((r) => r.url.includes('/export'));
    expect(exported?.headers.get('X-Tenant-ID')).not.toBeNull();
  });

  it('never saves a problem as patients.csv, and says what went wrong', async () => {
    signedInAs('ADMIN');
    const saved = vi.fn(() => 'blob:x');
    URL.createObjectURL = saved;
    URL.revokeObjectURL = vi.fn();
    server({ 'GET /api/patients': page([ada]), 'GET /api/patients/export': problem(403, 'forbidden') });
    renderScreen(<Patients />, '/patients/');
    await screen.findByRole('link', { name: 'Lovelace, Ada' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Your role does not allow this.');
    expect(saved).not.toHaveBeenCalled();
  });
});
