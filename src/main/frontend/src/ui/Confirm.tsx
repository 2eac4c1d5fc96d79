'use client';
// An action that cannot be taken back asks first: the button opens a question, and only its
// confirming button acts.
import { AlertDialog, Button, Flex } from '@radix-ui/themes';
import { text } from '@/i18n/text';

export function Confirm({
  trigger,
  triggerLabel,
  title,
  description,
  action,
  keep = text.common.keep,
  onConfirm,
}: {
  trigger: string;
  /** The trigger's accessible name when its words alone do not say whom it acts on; begins with them. */
  triggerLabel?: string;
  title: string;
  description: string;
  action: string;
  keep?: string;
  onConfirm: () => void;
}) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger>
        <Button size="1" variant="ghost" color="red" aria-label={triggerLabel}>
          {trigger}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Content maxWidth="440px">
        <AlertDialog.Title>{title}</AlertDialog.Title>
        <AlertDialog.Description size="2">{description}</AlertDialog.Description>
        <Flex gap="3" mt="4" justify="end" wrap="wrap">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray" highContrast>
              {keep}
            </Button>
          </AlertDialog.Cancel>
          <AlertDialog.Action>
            <Button color="red" highContrast onClick={onConfirm}>
              {action}
            </Button>
          </AlertDialog.Action>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
