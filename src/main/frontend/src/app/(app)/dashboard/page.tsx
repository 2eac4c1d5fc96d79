'use client';
// The dashboard each member lands on, by their role in the hospital: the front desk's day, a
// clinician's own day, or the hospital's activity (dashboard/which.ts decides).
import { Clinician } from '@/dashboard/Clinician';
import { FrontDesk } from '@/dashboard/FrontDesk';
import { Hospital } from '@/dashboard/Hospital';
import { dashboardFor } from '@/dashboard/which';
import { useSession } from '@/session/SessionProvider';

export default function Dashboard() {
  const { tenant: hospital } = useSession();
  const which = dashboardFor(hospital?.role);
  if (which === 'clinician') return <Clinician />;
  if (which === 'hospital') return <Hospital />;
  return <FrontDesk />;
}
