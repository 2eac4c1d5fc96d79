'use client';
// What an error boundary shows when a screen throws: plain words, a retry, a way out. The error
// itself goes to the console for whoever debugs, never onto the screen.
import { Button, Flex, Heading, Text } from '@radix-ui/themes';
import Link from 'next/link';
import { useEffect } from 'react';
import { text } from '@/i18n/text';

/** What Next hands every error boundary (error.tsx, global-error.tsx). */
export type BoundaryProps = {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
};

export function Failed({ error, reset, retry }: BoundaryProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Flex direction="column" gap="3" align="start" role="alert">
      <Heading as="h1" size="6">
        {text.states.failedTitle}
      </Heading>
      <Text as="p" color="gray">
        {text.states.failedBody}
      </Text>
      <Flex gap="2">
        <Button onClick={retry ?? reset}>{text.common.retry}</Button>
        <Button variant="soft" asChild>
          <Link href="/">{text.states.startPage}</Link>
        </Button>
      </Flex>
    </Flex>
  );
}
