'use client';
// The error boundary of every route that has no closer one (the public screens).
import { Flex } from '@radix-ui/themes';
import { Failed } from '@/ui/Failed';

export default function RouteError({
  error,
  reset,
  retry,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}) {
  return (
    <Flex justify="center" p="6" asChild>
      <main id="main">
        <Failed error={error} reset={retry ?? reset} />
      </main>
    </Flex>
  );
}
