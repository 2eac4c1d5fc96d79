'use client';
// The keyboard shortcuts at work in the shell, and the dialog that lists them (`?`, or the hint
// button in the header, so a mouse user finds them too).
import { Box, Button, Dialog, Flex, Kbd, Table } from '@radix-ui/themes';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { components } from '@/api/schema';
import { text } from '@/i18n/text';
import { available, SEARCH_FIELD_ID, SEARCH_HASH, SHORTCUT_KEYS, shortcutOf, type Shortcut } from './shortcuts';

const PATIENTS = '/patients/';
const NEW_PATIENT = '/patients/new/';

export function Shortcuts({
  hospitalRole: role,
}: {
  hospitalRole: components['schemas']['TenantRole'] | null | undefined;
}) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const path = usePathname();
  const mine = useMemo(() => available(role), [role]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const shortcut = shortcutOf(event);
      if (!shortcut || !mine.includes(shortcut)) return;
      event.preventDefault();
      if (shortcut === 'help') setOpen(true);
      else if (shortcut === 'newPatient') router.push(NEW_PATIENT);
      else {
        const field = document.getElementById(SEARCH_FIELD_ID);
        if (field && path === PATIENTS) field.focus();
        else router.push(PATIENTS + SEARCH_HASH);
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mine, router, path]);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {/* The hint is for keyboards: a phone's screen keeps its room for the hospital and the theme. */}
      <Box display={{ initial: 'none', sm: 'block' }}>
        <Dialog.Trigger>
          <Button variant="ghost" color="gray" highContrast size="1" aria-keyshortcuts="?">
            {text.shell.shortcutsHint}
          </Button>
        </Dialog.Trigger>
      </Box>
      <Dialog.Content maxWidth="480px">
        <Dialog.Title>{text.shortcuts.title}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {text.shortcuts.description}
        </Dialog.Description>
        <Table.Root size="1">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{text.shortcuts.key}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{text.shortcuts.action}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {mine.map((s: Shortcut) => (
              <Table.Row key={s}>
                <Table.RowHeaderCell>
                  <Kbd>{SHORTCUT_KEYS[s]}</Kbd>
                </Table.RowHeaderCell>
                <Table.Cell>{text.shortcuts[s]}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
        <Flex justify="end" mt="4">
          <Dialog.Close>
            <Button variant="soft" color="gray">
              {text.common.close}
            </Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
