'use client';
import { SessionProvider } from '@/session/SessionProvider';
import { Shell } from '@/ui/Shell';
import { Loading } from '@/ui/States';
import { Toasts } from '@/ui/Toasts';

export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <SessionProvider fallback={<Loading what="Signing you in" />}>
      <Toasts>
        <Shell>{children}</Shell>
      </Toasts>
    </SessionProvider>
  );
}
