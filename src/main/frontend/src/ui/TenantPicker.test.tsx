import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TenantPicker } from './TenantPicker';

// Two hospitals may carry the same name (each administrator names their own): the picker must
// still tell them apart, or someone enters a patient in the wrong hospital.
vi.mock('@/session/SessionProvider', () => ({
  useSession: () => ({
    me: {
      sub: 'me-sub',
      email: 'me@hms.test',
      platformRoles: [],
      tenants: [
        { tenantId: 'st_mary', name: 'St Mary', role: 'RECEPTIONIST', status: 'ACTIVE' },
        { tenantId: 'st_mary_north', name: 'St Mary', role: 'ADMIN', status: 'ACTIVE' },
      ],
    },
    tenant: null,
    switchTenant: () => undefined,
    reload: async () => undefined,
  }),
}));

describe('TenantPicker', () => {
  it('tells hospitals of the same name apart by their id', () => {
    render(<TenantPicker />);
    expect(screen.getByText('st_mary')).toBeTruthy();
    expect(screen.getByText('st_mary_north')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open St Mary (st_mary)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open St Mary (st_mary_north)' })).toBeTruthy();
  });
});
