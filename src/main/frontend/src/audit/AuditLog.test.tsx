import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { AuditLog } from './AuditLog';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

const patientId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const event = (fields: Record<string, unknown>) => ({
  id: 'e1',
  at: '2026-12-01T09:00:00Z',
  actorSub: 'd1',
  actorName: 'Dr Dan Doctor',
  actorEmail: 'dan@hms.test',
  actorRole: 'DOCTOR',
  action: 'READ',
  resourceType: 'PATIENT',
  requestId: 'q1',
  outcome: 'SUCCESS',
  ...fields,
});
const page = (items: unknown[]) => json({ items, page: 0, size: 50, totalItems: items.length, totalPages: 1 });

describe('the audit log', () => {
  it('names whose records a listing of them was, as a link to the patient', async () => {
    signedInAs('ADMIN');
    server({
      'GET /api/members': json([]),
      'GET /api/audit-events': page([
        event({
          action: 'SEARCH',
          resourceType: 'RECORD',
          resourceId: patientId,
          resourceLabel: { text: 'Pema Sherpa · P-000001', patientId },
        }),
      ]),
    });
    renderScreen(<AuditLog />, '/admin/audit/');
    const table = await screen.findByRole('table');
    const link = within(table).getByRole('link', { name: 'Records of Pema Sherpa · P-000001' });
    expect(link.getAttribute('href')).toBe(`/patients/view/?id=${patientId}`);
    expect(table.textContent).toContain('Listed');
    // One event, in the singular.
    expect(screen.getByText('1 event · page 1 of 1')).toBeTruthy();
  });

  it("calls the platform's changes the platform operator's, with the role", async () => {
    signedInAs('ADMIN');
    server({
      'GET /api/members': json([]),
      'GET /api/audit-events': page([
        event({ actorName: undefined, actorEmail: undefined, actorRole: 'PLATFORM_ADMIN', action: 'CREATE' }),
      ]),
    });
    renderScreen(<AuditLog />, '/admin/audit/');
    const table = await screen.findByRole('table');
    const who = within(table).getAllByRole('cell')[1];
    expect(who.textContent).toBe('Platform operatorPlatform administrator');
    expect(table.textContent).not.toContain('Not a member');
  });

  it('says at the To filter that it must come after From, and shows no list for such a range', async () => {
    signedInAs('ADMIN');
    server({
      'GET /api/members': json([]),
      'GET /api/audit-events': () =>
        json(
          {
            type: 'urn:hms:problem:validation',
            title: 'Bad Request',
            status: 400,
            errors: [{ field: 'to', message: 'must be after from' }],
          },
          400,
        ),
    });
    renderScreen(<AuditLog />, '/admin/audit/?from=2026-12-03&to=2026-12-01');
    const to = await screen.findByLabelText('To (day, included)');
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(to.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('must be after from');
    expect(screen.getByLabelText('From (day)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Correct the marked filter to see the events.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a role that may not read it only that, with no filters and no export', async () => {
    signedInAs('RECEPTIONIST');
    const sent = server({});
    renderScreen(<AuditLog />, '/admin/audit/');
    expect(await screen.findByText('Your role does not allow this.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Audit log', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByLabelText('From (day)')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('shows only the refusal when the server refuses the trail, whatever the role said', async () => {
    signedInAs('ADMIN');
    server({
      'GET /api/members': json([]),
      'GET /api/audit-events': () => json({ type: 'urn:hms:problem:forbidden', title: 'Forbidden', status: 403 }, 403),
    });
    renderScreen(<AuditLog />, '/admin/audit/');
    expect(await screen.findByText('Your role does not allow this.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    expect(screen.queryByLabelText('From (day)')).toBeNull();
  });
});
