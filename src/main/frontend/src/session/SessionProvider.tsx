'use client';
// Who is signed in and in which hospital, for every screen. Pages under the app shell wait for
// this; without a session they send the user to sign in and back.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, toSignIn, type components } from '@/api/client';
import { chooseTenant, currentTenant, hasSession, refresh, currentToken } from './tokens';

type Me = components['schemas']['MeResponse'];
type MyTenant = components['schemas']['MyTenant'];

type Session = {
  me: Me;
  tenant: MyTenant | null;
  switchTenant: (id: string) => void;
  reload: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [tenantId, setTenantId] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const { data } = await api.GET('/auth/me');
    if (data) setMe(data);
  }, []);

  useEffect(() => {
    (async () => {
      if (!hasSession() || (!currentToken() && !(await refresh()))) {
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
      setTenantId(chosen);
      setMe(data);
    })();
  }, []);

  const switchTenant = useCallback((id: string) => {
    chooseTenant(id);
    setTenantId(id);
    window.location.assign('/dashboard/');
  }, []);

  if (!me) return <>{fallback}</>;
  const tenant = me.tenants.find((t) => t.tenantId === tenantId) ?? null;
  return (
    <SessionContext.Provider value={{ me, tenant, switchTenant, reload }}>{children}</SessionContext.Provider>
  );
}
