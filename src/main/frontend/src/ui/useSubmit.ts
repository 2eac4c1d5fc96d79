'use client';
// A form submission's state: busy while it runs, the problem when it fails.
import { useState } from 'react';
import type { Problem } from '@/api/problems';
import { text } from '@/i18n/text';

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  async function run(action: () => Promise<Problem | null | undefined | void>) {
    setBusy(true);
    setProblem(null);
    try {
      const failed = await action();
      if (failed) setProblem(failed);
    } catch {
      setProblem({ detail: text.common.unreachable });
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, setProblem, run };
}

/** The named fields of a submitted form. */
export function formValues(event: React.FormEvent<HTMLFormElement>): Record<string, string> {
  event.preventDefault();
  const values: Record<string, string> = {};
  new FormData(event.currentTarget).forEach((v, k) => {
    values[k] = String(v);
  });
  return values;
}
