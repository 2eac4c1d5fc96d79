'use client';
// Loads something when the screen opens (and when its inputs change): the data, or the problem.
import { useCallback, useEffect, useState } from 'react';
import type { Problem } from '@/api/problems';

type Answer<T> = { data?: T; error?: unknown; response: Response };

export function useLoad<T>(load: () => Promise<Answer<T>>, inputs: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const run = useCallback(load, inputs);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const answer = await run();
      setProblem(answer.error ? (answer.error as Problem) : null);
      setData(answer.data);
    } catch {
      setProblem({ detail: 'The server cannot be reached. Check the connection and try again.' });
    } finally {
      setLoading(false);
    }
  }, [run]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);
  return { data, problem, loading, reload, setData };
}
