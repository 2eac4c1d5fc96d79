import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLoad } from './useLoad';

/** A load whose answer the test gives when it likes, as a slow server would. */
function deferred<T>() {
  let answer!: (value: { data?: T; error?: unknown; response: Response }) => void;
  const promise = new Promise<{ data?: T; error?: unknown; response: Response }>((resolve) => (answer = resolve));
  return { promise, ok: (data: T) => answer({ data, response: new Response() }), answer };
}

describe('useLoad', () => {
  it("keeps the latest query's answer when an older one arrives after it", async () => {
    const loads: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), ab: deferred() };
    const { result, rerender } = renderHook(({ q }) => useLoad(() => loads[q].promise, [q]), {
      initialProps: { q: 'a' },
    });
    rerender({ q: 'ab' });
    await act(async () => loads.ab.ok('results for ab'));
    await act(async () => loads.a.ok('results for a'));
    expect(result.current.data).toBe('results for ab');
    expect(result.current.loading).toBe(false);
  });

  it('is loading until the latest query answers, even when an older one answered', async () => {
    const loads: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), ab: deferred() };
    const { result, rerender } = renderHook(({ q }) => useLoad(() => loads[q].promise, [q]), {
      initialProps: { q: 'a' },
    });
    rerender({ q: 'ab' });
    await act(async () => loads.a.ok('results for a'));
    expect(result.current.loading).toBe(true);
    expect(result.current.data).toBeUndefined();
    await act(async () => loads.ab.ok('results for ab'));
    expect(result.current.data).toBe('results for ab');
  });

  it('gives the problem with its status, and a retry that clears it', async () => {
    let fail = true;
    const { result } = renderHook(() =>
      useLoad(
        async () =>
          fail
            ? { error: 'Service Unavailable', response: new Response(null, { status: 503 }) }
            : { data: ['a patient'], response: new Response() },
        [],
      ),
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.problem?.status).toBe(503);
    expect(result.current.data).toBeUndefined();
    fail = false;
    let reloaded = false;
    act(() => void result.current.reload().then(() => (reloaded = true)));
    await waitFor(() => expect(reloaded).toBe(true));
    expect(result.current.problem).toBeNull();
    expect(result.current.data).toEqual(['a patient']);
  });

  it('says the server cannot be reached when the network fails', async () => {
    const { result } = renderHook(() => useLoad(() => Promise.reject(new TypeError('Failed to fetch')), []));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.problem?.detail).toMatch(/cannot be reached/);
  });
});
