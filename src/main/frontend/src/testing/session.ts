// A signed-in user for the screens under test (vi.mock('@/session/SessionProvider', ...)).
import type { components } from '@/api/client';

type Role = components['schemas']['TenantRole'];

const hospital = (role: Role) => ({ tenantId: 'general', name: 'General', role, status: 'ACTIVE' as const });

let role: Role = 'ADMIN';

export function signedInAs(r: Role) {
  role = r;
}

export function useSession() {
  return {
    me: { sub: 'me-sub', email: 'me@hms.test', platformRoles: [], tenants: [hospital(role)] },
    tenant: hospital(role),
    switchTenant: () => undefined,
    reload: async () => undefined,
  };
}
