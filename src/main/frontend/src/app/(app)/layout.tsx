'use client';
import { SessionProvider } from '@/session/SessionProvider';
import { Shell } from '@/ui/Shell';
import { Loading } from '@/ui/States';

export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <SessionProvider fallback={<Loading what="Signing you in" />}>
      <Shell>{children}</Shell>
    </SessionProvider>
  );
}
