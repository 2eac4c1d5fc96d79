'use client';
// The three states every screen has besides its content: loading, empty and failed.
import { Callout, Flex, Spinner, Text } from '@radix-ui/themes';
import { describe, type Problem } from '@/api/problems';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <Flex gap="2" align="center" p="4" role="status" aria-live="polite">
      <Spinner />
      <Text color="gray">{what}…</Text>
    </Flex>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return (
    <Text as="p" color="gray" m="4">
      {children}
    </Text>
  );
}

export function ProblemCallout({ problem }: { problem: Problem | undefined | null }) {
  if (!problem) return null;
  return (
    <Callout.Root color="red" role="alert" mb="3">
      <Callout.Text>
        {describe(problem)}
        {problem.errorId ? ` (reference ${problem.errorId})` : ''}
      </Callout.Text>
    </Callout.Root>
  );
}
