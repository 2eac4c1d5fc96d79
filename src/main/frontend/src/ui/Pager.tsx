'use client';
// Where a paged list is and the way to its neighbours: "57 patients · page 2 of 3" ("1 patient"),
// Previous, Next.
import { Button, Flex, Text } from '@radix-ui/themes';
import { text } from '@/i18n/text';

export function Pager({
  what,
  page,
  onPage,
}: {
  /** The count of the list's items in words: text.patients.count. */
  what: (n: number) => string;
  page: { page: number; totalPages: number; totalItems: number };
  onPage: (page: number) => void;
}) {
  return (
    <Flex justify="between" align="center" gap="2" wrap="wrap" mt="3">
      <Text size="2" color="gray">
        {text.pager.where(what(page.totalItems), page.page + 1, Math.max(1, page.totalPages))}
      </Text>
      <Flex gap="2">
        <Button variant="soft" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
          {text.pager.previous}
        </Button>
        <Button variant="soft" disabled={page.page + 1 >= page.totalPages} onClick={() => onPage(page.page + 1)}>
          {text.pager.next}
        </Button>
      </Flex>
    </Flex>
  );
}
