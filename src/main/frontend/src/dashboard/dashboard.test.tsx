import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appointment } from '@/testing/appointments';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { showTimesIn } from '@/ui/format';
import Dashboard from '@/app/(app)/dashboard/page';
import { dashboardFor } from './which';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

const page = <T,>(items: T[]) => json({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000 - 5_000).toISOString();

const ada = appointment({ id: 'ada', patientName: 'Ada Lovelace', status: 'CHECKED_IN', checkedInAt: minutesAgo(5) });
const alan = appointment({ id: 'alan', status: 'CONFIRMED', patientId: 'p2', patientName: 'Alan Turing' });

describe('which dashboard', () => {
  it('is the front desk for receptionists, their own day for clinicians, the activity for administrators', () => {
    expect(dashboardFor('RECEPTIONIST')).toBe('front-desk');
    expect(dashboardFor('DOCTOR')).toBe('clinician');
    expect(dashboardFor('NURSE')).toBe('clinician');
    expect(dashboardFor('ADMIN')).toBe('hospital');
  });
});

describe('the dashboard', () => {
  it("shows the front desk today's queue and the arrivals still expected", async () => {
    signedInAs('RECEPTIONIST');
    const sent = server({ 'GET /api/appointments': page([alan, ada]) });
    renderScreen(<Dashboard />, '/dashboard/');
    expect(await screen.findByRole('heading', { name: 'Today in the hospital', level: 1 })).toBeTruthy();
    const waiting = within(await screen.findByRole('list', { name: 'Waiting now' })).getByRole('listitem');
    expect(waiting.textContent).toContain('Ada Lovelace');
    expect(waiting.textContent).toContain('Waiting 5 min');
    expect(waiting.textContent).toContain('Waits for doctor@hms.test');
    const expected = within(screen.getByRole('list', { name: 'Still expected today' })).getByRole('listitem');
    expect(expected.textContent).toContain('Alan Turing');
    expect(expected.textContent).toContain('Confirmed');
    expect(within(expected).getByRole('button', { name: 'Check in' })).toBeTruthy();
    const paths = sent.map((r) => new URL(r.url).pathname);
    expect(paths).not.toContain('/api/records/drafts');
    expect(paths).not.toContain('/api/audit-events');
    expect(new URL(sent[0].url).searchParams.get('clinicianId')).toBeNull();
  });

  it("writes a slot's times with the hospital's zone once", async () => {
    const readerZone = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      showTimesIn('Asia/Kathmandu', 'en-GB');
      signedInAs('RECEPTIONIST');
      server({ 'GET /api/appointments': page([alan]) });
      renderScreen(<Dashboard />, '/dashboard/');
      const expected = within(await screen.findByRole('list', { name: 'Still expected today' })).getByRole('listitem');
      expect(expected.textContent?.replace(/[\u202f\u00a0]/g, ' ')).toContain('13:45–14:15 GMT+5:45 · Follow-up');
    } finally {
      process.env.TZ = readerZone;
    }
  });

  it('shows a clinician their own queue, their day and their unsigned drafts linking to the editor', async () => {
    signedInAs('DOCTOR');
    const sent = server({
      'GET /api/appointments': page([ada, alan]),
      'GET /api/records/drafts': page([
        {
          id: 'r1',
          patientId: 'p1',
          patientName: 'Ada Lovelace',
          patientMrn: 'P-000001',
          type: 'FOLLOW_UP',
          chiefComplaint: 'Cough',
          createdAt: '2030-01-07T08:00:00Z',
          updatedAt: '2030-01-07T08:10:00Z',
        },
      ]),
    });
    renderScreen(<Dashboard />, '/dashboard/');
    expect(await screen.findByRole('heading', { name: 'Your day', level: 1 })).toBeTruthy();
    const queue = await screen.findByRole('list', { name: 'Your queue' });
    expect(within(queue).getByRole('button', { name: 'Start' })).toBeTruthy();
    const day = screen.getByRole('list', { name: 'Your appointments today' });
    expect(within(day).getAllByRole('listitem')).toHaveLength(2);
    const drafts = await screen.findByRole('list', { name: 'Your unsigned drafts' });
    expect(drafts.textContent).toContain('Follow-up: Cough');
    const link = within(drafts).getByRole('link', { name: 'Continue the draft for Ada Lovelace' });
    expect(link.getAttribute('href')).toBe('/records/edit/?id=r1');
    const today = sent.find((r) => new URL(r.url).pathname === '/api/appointments');
    expect(new URL(today!.url).searchParams.get('clinicianId')).toBe('me-sub');
  });

  it('says what is empty on a clinician’s quiet day', async () => {
    signedInAs('NURSE');
    server({ 'GET /api/appointments': page([]), 'GET /api/records/drafts': page([]) });
    renderScreen(<Dashboard />, '/dashboard/');
    expect(await screen.findByText('No one is waiting for you.')).toBeTruthy();
    expect(screen.getByText('You have no appointments today.')).toBeTruthy();
    expect(await screen.findByText('You have no unsigned drafts.')).toBeTruthy();
  });

  it("shows an administrator the day's appointments by status and what the trail recorded", async () => {
    signedInAs('ADMIN');
    server({
      'GET /api/appointments': page([ada, alan, appointment({ id: 'c', status: 'CONFIRMED' })]),
      'GET /api/audit-events': json({
        items: [
          {
            id: 'e1',
            at: new Date().toISOString(),
            actorSub: 'n1',
            actorName: 'Nurse Nancy',
            actorEmail: 'nurse@hms.test',
            actorRole: 'NURSE',
            action: 'READ',
            resourceType: 'RECORD',
            requestId: 'q1',
            outcome: 'SUCCESS',
          },
          {
            id: 'e2',
            at: new Date().toISOString(),
            actorSub: 'x9',
            actorRole: 'RECEPTIONIST',
            action: 'DENIED',
            attempted: 'READ',
            resourceType: 'RECORD',
            requestId: 'q2',
            outcome: 'DENIED',
          },
          {
            id: 'e3',
            at: new Date().toISOString(),
            actorSub: 'p1',
            actorRole: 'PLATFORM_ADMIN',
            action: 'UPDATE',
            resourceType: 'TENANT',
            requestId: 'q3',
            outcome: 'SUCCESS',
          },
        ],
        page: 0,
        size: 10,
        totalItems: 14,
        totalPages: 2,
      }),
    });
    renderScreen(<Dashboard />, '/dashboard/');
    expect(await screen.findByRole('heading', { name: 'Today in the hospital', level: 1 })).toBeTruthy();
    expect(await screen.findByText('3 appointments today')).toBeTruthy();
    const statuses = screen.getByRole('list', { name: 'Appointments today by status' });
    expect(
      within(statuses)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Confirmed: 2', 'Checked in: 1']);
    expect(await screen.findByText('14 events recorded today; the latest:')).toBeTruthy();
    const latest = screen.getByRole('list', { name: 'Latest activity' });
    // People by the name the audit log gives them, not their e-mail.
    await waitFor(() => expect(latest.textContent).toContain('by Nurse Nancy (Nurse)'));
    expect(latest.textContent).not.toContain('nurse@hms.test');
    const items = within(latest).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Read · Clinical record');
    expect(items[1].textContent).toContain('by Receptionist');
    expect(items[1].textContent).toContain('Refused');
    expect(items[2].textContent).toContain('by Platform operator (Platform administrator)');
  });
});
