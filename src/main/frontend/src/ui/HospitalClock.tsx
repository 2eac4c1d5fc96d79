'use client';
// Every screen of a hospital tells time on the hospital's clock and in its locale: both are read
// once per hospital before the screen renders (format.ts then uses them), and again when the
// settings screen saves new ones (useHospitalClock). If they cannot be read, times stay in the
// browser's zone and locale rather than leaving the screen blank.
import { createContext, useContext } from 'react';
import { api, tenant as tenantHeader } from '@/api/client';
import { useSession } from '@/session/SessionProvider';
import { showTimesIn } from './format';
import { Loading } from './States';
import { useLoad } from './useLoad';

const Reread = createContext<() => Promise<void>>(async () => {});

/** Reads the hospital's zone and locale again (after its settings changed). */
export function useHospitalClock(): () => Promise<void> {
  return useContext(Reread);
}

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
  showTimesIn(id ? settings.data?.timeZone : undefined, id ? settings.data?.locale : undefined);
  return <Reread.Provider value={settings.reload}>{children}</Reread.Provider>;
}
