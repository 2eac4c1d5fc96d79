'use client';
import { Button, Flex } from '@radix-ui/themes';

/** Save and Cancel (back to where the user came from) at the end of a form. */
export function SaveCancel({ busy, label = 'Save' }: { busy: boolean; label?: string }) {
  return (
    <Flex gap="2">
      <Button type="submit" loading={busy}>
        {label}
      </Button>
      <Button type="button" variant="soft" color="gray" onClick={() => history.back()}>
        Cancel
      </Button>
    </Flex>
  );
}
