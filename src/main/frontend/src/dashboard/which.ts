// Which dashboard a member sees: the front desk's day, a clinician's own day, or the hospital's
// activity for its administrators.
import type { components } from '@/api/client';

export type Dashboard = 'front-desk' | 'clinician' | 'hospital';

export function dashboardFor(role: components['schemas']['TenantRole'] | undefined): Dashboard {
  if (role === 'DOCTOR' || role === 'NURSE') return 'clinician';
  if (role === 'ADMIN') return 'hospital';
  return 'front-desk';
}
