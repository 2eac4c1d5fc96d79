'use client';
// Who is signed in and in which hospital, for every screen. Pages under the app shell wait for
// this; without a session (in this tab or handed over by another) they send the user to sign in and
// back. A platform administrator who belongs to no hospital has nothing to do on a hospital's
// screens: they land on Hospitals.
import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, toSignIn, type components } from '@/api/client';
import { chooseTenant, currentTenant, currentToken, join, refresh } from './tokens';

type Me = components['schemas']['MeResponse'];
type MyTenant = components['schemas']['MyTenant'];

type Session = {
  me: Me;
  tenant: MyTenant | null;
  switchTenant: (id: string) => void;
  reload: () => Promise<void>;
};

export const HOSPITALS = '/hospitals/';

/** Exported for screens rendered in tests with a session of their own. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person's sub, or null outside a session (a screen rendered on its own). */
export function useSignedInSub(): string | null {
  return useContext(SessionContext)?.me.sub ?? null;
}

/** Where a user with no hospital to work in belongs, if not the hospital picker. */
export function homeWithoutHospital(me: Me): string | null {
  const member = me.tenants.some((t) => t.status === 'ACTIVE');
  return !member && me.platformRoles.includes('platform-admin') ? HOSPITALS : null;
}

export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const router = useRouter();
  const [me, setMe] = useState<Me | null>(null);
  const [tenantId, setTenantId] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const { data } = await api.GET('/auth/me');
    if (data) setMe(data);
  }, []);

  useEffect(() => {
    (async () => {
      if (!(await join()) || (!currentToken() && !(await refresh()))) {
        toSignIn();
        return;
      }
      const { data } = await api.GET('/auth/me');
      if (!data) return;
      const active = data.tenants.filter((t) => t.status === 'ACTIVE');
      let chosen = currentTenant();
      if (!chosen || !active.some((t) => t.tenantId === chosen)) {
        chosen = active.length === 1 ? active[0].tenantId : null;
        chooseTenant(chosen);
      }
      const home = homeWithoutHospital(data);
      if (home && !window.location.pathname.startsWith(home.slice(0, -1))) router.replace(home);
      setTenantId(chosen);
      setMe(data);
    })();
  }, [router]);

  const switchTenant = useCallback((id: string) => {
    chooseTenant(id);
    setTenantId(id);
    window.location.assign('/dashboard/');
  }, []);

  if (!me) return <>{fallback}</>;
  const tenant = me.tenants.find((t) => t.tenantId === tenantId) ?? null;
  return <SessionContext.Provider value={{ me, tenant, switchTenant, reload }}>{children}</SessionContext.Provider>;
}
