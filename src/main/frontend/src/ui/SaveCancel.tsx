'use client';
import { Button, Flex } from '@radix-ui/themes';
import { text } from '@/i18n/text';

/** Save and Cancel (back to where the user came from) at the end of a form. */
export function SaveCancel({ busy, label = text.common.save }: { busy: boolean; label?: string }) {
  return (
    <Flex gap="2">
      <Button type="submit" loading={busy}>
        {label}
      </Button>
      <Button type="button" variant="soft" color="gray" onClick={() => history.back()}>
        {text.common.cancel}
      </Button>
    </Flex>
  );
}
