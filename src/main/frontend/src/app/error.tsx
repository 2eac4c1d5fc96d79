'use client';
// The error boundary of every route that has no closer one (the public screens).
import { Flex } from '@radix-ui/themes';
import { type BoundaryProps, Failed } from '@/ui/Failed';

export default function RouteError(props: BoundaryProps) {
  return (
    <Flex justify="center" p="6" asChild>
      <main id="main">
        <Failed {...props} />
      </main>
    </Flex>
  );
}
