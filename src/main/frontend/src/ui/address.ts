'use client';
// The screen's state that belongs in its address (the day and view of the appointments, the page of
// a list): read from the query string, changed by pushing a new history entry, so a reload keeps it
// and the back button returns to the previous state. Before the page hydrates (the static export's
// prerender) nothing is in the address.
import { useCallback, useState, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const search = () => window.location.search;
const nothing = () => '';

/** The address's query parameters, kept current across pushes and the back button. */
export function useAddress(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const query = useSyncExternalStore(subscribe, search, nothing);
  const change = useCallback((changes: Record<string, string | null>) => {
    const url = new URL(window.location.href);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    if (url.search === window.location.search) return;
    window.history.pushState(null, '', url);
    listeners.forEach((listener) => listener());
  }, []);
  return [new URLSearchParams(query), change];
}

/** A field that starts with the address's parameter (a link's ?email=) and is the user's once edited. */
export function useFieldFromAddress(name: string): [string, (value: string) => void] {
  const [address] = useAddress();
  const [typed, setTyped] = useState<string | null>(null);
  return [typed ?? address.get(name) ?? '', setTyped];
}
