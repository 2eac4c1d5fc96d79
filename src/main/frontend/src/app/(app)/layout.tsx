'use client';
import { SessionProvider } from '@/session/SessionProvider';
import { Shell } from '@/ui/Shell';
import { Loading } from '@/ui/States';
import { Toasts } from '@/ui/Toasts';
import { text } from '@/i18n/text';

export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <SessionProvider fallback={<Loading what={text.shell.signingIn} />}>
      <Toasts>
        <Shell>{children}</Shell>
      </Toasts>
    </SessionProvider>
  );
}
