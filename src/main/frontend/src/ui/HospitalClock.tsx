'use client';
// Every screen of a hospital tells time on the hospital's clock: its time zone is read once per
// hospital before the screen renders (format.ts then uses it). If it cannot be read, times stay in
// the browser's zone rather than leaving the screen blank.
import { api, tenant as tenantHeader } from '@/api/client';
import { useSession } from '@/session/SessionProvider';
import { showTimesIn } from './format';
import { Loading } from './States';
import { useLoad } from './useLoad';

export function HospitalClock({ children }: { children: React.ReactNode }) {
  const { tenant } = useSession();
  const id = tenant?.tenantId;
  const settings = useLoad(
    async () =>
      id
        ? api.GET('/api/settings', { params: { header: tenantHeader() } })
        : { data: undefined, response: new Response() },
    [id],
  );
  if (id && settings.loading && !settings.data) return <Loading what="Loading the hospital's clock" />;
  showTimesIn(id ? settings.data?.timeZone : undefined);
  return <>{children}</>;
}
