'use client';
// The states every screen has besides its content: loading, empty, failed (with a retry) and
// forbidden. <Loaded> picks exactly one of them, so a list never says "No patients yet." under an
// error, and a retry is offered only where one can help.
import { Button, Callout, Flex, Spinner, Text } from '@radix-ui/themes';
import { describe, isForbidden, retryable, type Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import type { Load } from './useLoad';

export function Loading({ what = text.common.loading }: { what?: string }) {
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

/** What the user just did has worked ("Settings saved."), said where they are looking. */
export function Done({ children }: { children: React.ReactNode }) {
  return (
    <Callout.Root color="green" highContrast role="status">
      <Callout.Text>{children}</Callout.Text>
    </Callout.Root>
  );
}

export function ProblemCallout({ problem, retry }: { problem: Problem | undefined | null; retry?: () => void }) {
  if (!problem) return null;
  return (
    <Callout.Root color={isForbidden(problem) ? 'gray' : 'red'} role="alert" mb="3">
      <Callout.Text>
        {describe(problem)}
        {problem.requestId && (problem.status ?? 0) >= 500 ? text.common.reference(problem.requestId) : ''}
      </Callout.Text>
      {retry && retryable(problem) ? (
        <Button size="1" variant="soft" color="red" highContrast onClick={retry} style={{ alignSelf: 'start' }}>
          {text.common.retry}
        </Button>
      ) : null}
    </Callout.Root>
  );
}

/** One of loading, failed, forbidden, empty or the content, never two at once. */
export function Loaded<T>({
  load,
  what,
  empty,
  isEmpty,
  children,
}: {
  load: Load<T>;
  what?: string;
  empty: React.ReactNode;
  isEmpty: (data: T) => boolean;
  children: (data: T) => React.ReactNode;
}) {
  if (load.loading && (load.problem || load.data === undefined)) return <Loading what={what} />;
  if (load.problem) return <ProblemCallout problem={load.problem} retry={() => void load.reload()} />;
  if (load.data === undefined) return <Loading what={what} />;
  if (isEmpty(load.data)) return load.loading ? <Loading what={what} /> : <Empty>{empty}</Empty>;
  return <div aria-busy={load.loading}>{children(load.data)}</div>;
}
