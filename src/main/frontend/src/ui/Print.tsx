'use client';
// Printing a record or a summary: the button, and what only paper shows (who printed it, when).
// globals.css's print rules leave navigation, buttons and forms off the page.
import { text } from '@/i18n/text';
import { Button, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useSession } from '@/session/SessionProvider';
import { dateTime } from './format';

export function PrintButton() {
  return (
    <Button variant="outline" onClick={() => window.print()}>
      {text.print.button}
    </Button>
  );
}

/**
 * A line at the foot of the printout: which hospital's record it is, when and by whom printed.
 * Rendered always (hidden on screen), so it is there when printing starts.
 */
export function PrintedBy() {
  const { me, tenant } = useSession();
  const [at, setAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const now = () => setAt(new Date().toISOString());
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  return (
    <Text as="p" size="1" className="print-only">
      {text.print.printedBy(tenant?.name ?? null, dateTime(at), me.email ?? me.sub)}
    </Text>
  );
}
