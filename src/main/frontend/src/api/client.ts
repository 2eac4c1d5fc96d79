// The typed API client: types generated from docs/openapi.yaml (npm run api-types), so a renamed
// field breaks the build. Adds the bearer token (calls pass X-Tenant-ID, which the contract
// requires, through tenant()); on a 401 it refreshes once and repeats the call, else sends the
// user to sign in and back. Every POST under /api and /platform carries an Idempotency-Key, the
// same one on a repeat of an action whose outcome is unknown (./idempotency.ts).
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { idempotencyKeys } from './idempotency';
import { currentTenant, currentToken, refresh } from '@/session/tokens';

const pending = new Map<string, Request>();

const session: Middleware = {
  onRequest({ request, id }) {
    const token = currentToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    pending.set(id, request.clone());
    return request;
  },
  onError({ id }) {
    pending.delete(id);
  },
  async onResponse({ response, id }) {
    const original = pending.get(id);
    pending.delete(id);
    if (response.status !== 401 || !original || new URL(original.url).pathname.startsWith('/auth/')) {
      return response;
    }
    if (await refresh()) {
      original.headers.set('Authorization', `Bearer ${currentToken()}`);
      return fetch(original);
    }
    toSignIn();
    return response;
  },
};

export function toSignIn() {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/signin/?next=${encodeURIComponent(here)}`);
}

export const api = createClient<paths>({ baseUrl: typeof window === 'undefined' ? '' : window.location.origin });
// The key first, so the session's copy for a repeat after a refresh carries the same key.
api.use(idempotencyKeys(), session);

/** The X-Tenant-ID header every /api operation declares, for the chosen hospital. */
export function tenant(): { 'X-Tenant-ID': string } {
  return { 'X-Tenant-ID': currentTenant() ?? '' };
}

export type { components } from './schema';
