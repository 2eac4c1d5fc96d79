'use client';
// Loads something when the screen opens and again when its inputs change: the data, or the
// problem. Only the answer to the latest inputs counts: one that arrives after the inputs changed
// (search as you type: "a" answering after "ab") is dropped, and the screen stays loading until
// the latest answers. While it loads, the previous answer stays on screen.
import { text } from '@/i18n/text';
import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf, type Problem } from '@/api/problems';

type Answer<T> = { data?: T; error?: unknown; response: Response };

export type Load<T> = {
  data: T | undefined;
  problem: Problem | null;
  loading: boolean;
  reload: () => Promise<void>;
};

type Held<T> = { answers: string | null; data?: T; problem: Problem | null };

const UNREACHABLE: Problem = { detail: text.common.unreachable };

export function useLoad<T>(load: () => Promise<Answer<T>>, inputs: unknown[]): Load<T> {
  const key = JSON.stringify(inputs);
  const [round, setRound] = useState(0);
  const [held, setHeld] = useState<Held<T>>({ answers: null, problem: null });
  const latest = useRef(load);
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    let current = true; // until the inputs change or the screen closes
    const settle = (next: Omit<Held<T>, 'answers'>) => {
      if (!current) return;
      setHeld({ answers: `${key}#${round}`, ...next });
      waiting.current.splice(0).forEach((done) => done());
    };
    latest.current().then(
      (answer) =>
        settle(
          answer.error !== undefined || !answer.response.ok
            ? { problem: problemOf(answer.error, answer.response) }
            : { data: answer.data, problem: null },
        ),
      () => settle({ problem: UNREACHABLE }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);
  /** Loads again with the same inputs; resolves once the answer is on screen. */
  const reload = useCallback(
    () =>
      new Promise<void>((done) => {
        waiting.current.push(done);
        setRound((r) => r + 1);
      }),
    [],
  );
  const loading = held.answers !== `${key}#${round}`;
  return { data: held.data, problem: held.problem, loading, reload };
}
