'use client';
// What an error boundary shows when a screen throws: plain words, a retry, a way out. The error
// itself goes to the console for whoever debugs, never onto the screen.
import { Button, Flex, Heading, Text } from '@radix-ui/themes';
import Link from 'next/link';
import { useEffect } from 'react';

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
        This page stopped working
      </Heading>
      <Text as="p" color="gray">
        Something unexpected happened while showing it. Try again, or start afresh from the start page.
      </Text>
      <Flex gap="2">
        <Button onClick={retry ?? reset}>Try again</Button>
        <Button variant="soft" asChild>
          <Link href="/">Go to the start page</Link>
        </Button>
      </Flex>
    </Flex>
  );
}
