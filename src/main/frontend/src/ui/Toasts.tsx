'use client';
// A short note that an action completed ("Patient saved"), in one live region at the foot of the
// screen: screen readers announce it, it leaves by itself after a few seconds (or at once with its
// button), and it never covers a form's own error messages, which stay at their fields.
import { Button, Callout, Flex } from '@radix-ui/themes';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { text } from '@/i18n/text';

type Toast = { id: number; message: string };
type Show = (message: string) => void;

const ToastContext = createContext<Show>(() => {});
const SHOWN_MS = 6000;

/** Shows a note that an action completed. */
export function useToast(): Show {
  return useContext(ToastContext);
}

export function Toasts({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback<Show>((message) => {
    next.current += 1;
    const id = next.current;
    setToasts((all) => [...all.slice(-2), { id, message }]);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <section className="toasts" aria-label={text.toast.region} role="status" aria-live="polite">
        {toasts.map((t) => (
          <ToastNote key={t.id} toast={t} dismiss={dismiss} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}

function ToastNote({ toast, dismiss }: { toast: Toast; dismiss: (id: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast.id, dismiss]);
  return (
    <Callout.Root color="green" highContrast variant="surface">
      <Flex align="center" justify="between" gap="3">
        <Callout.Text>{toast.message}</Callout.Text>
        <Button size="1" variant="ghost" highContrast onClick={() => dismiss(toast.id)}>
          {text.common.dismiss}
        </Button>
      </Flex>
    </Callout.Root>
  );
}
