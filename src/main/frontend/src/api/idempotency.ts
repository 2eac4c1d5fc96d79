// Idempotency-Key on every POST under /api and /platform (docs/api.md, "Retrying safely"). A key
// stands for one action: the same request sent again while its outcome is unknown (a network
// error, a timeout, a 5xx, a 409 idempotency-key-in-use) carries the same key, so the server does
// the work at most once and answers the repeat with the first answer. Once an answer settles the
// action (a success, or a refusal that did nothing), the next identical request is a new action
// and gets a new key: registering two patients with the same data on purpose stays possible.
import type { Middleware } from 'openapi-fetch';

const HEADER = 'Idempotency-Key';

/** Statuses after which the same request may be repeated with the same key. */
function unsettled(status: number): boolean {
  return status >= 500 || status === 409 || status === 408 || status === 429;
}

export function keyed(method: string, url: string): boolean {
  const path = new URL(url).pathname;
  return method === 'POST' && (path.startsWith('/api/') || path.startsWith('/platform/'));
}

/** The keys of actions whose outcome is not known yet, by request (method, URL, body). */
export class RetryKeys {
  private readonly open = new Map<string, string>();

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key for this request: the unsettled one of the same request, else a new one. */
  keyFor(request: string): string {
    let key = this.open.get(request);
    if (key === undefined) {
      key = this.newKey();
      this.open.set(request, key);
    }
    return key;
  }

  /** The answer's status, or undefined when none came (a network error). */
  settle(request: string, status: number | undefined): void {
    if (status !== undefined && !unsettled(status)) this.open.delete(request);
  }
}

/** The middleware: sets the key (unless the caller chose one) and settles it on the answer. */
export function idempotencyKeys(keys: RetryKeys = new RetryKeys()): Middleware {
  const sent = new Map<string, string>();
  return {
    async onRequest({ request, id }) {
      if (!keyed(request.method, request.url) || request.headers.has(HEADER)) return request;
      const identity = `${request.method} ${request.url}\n${await request.clone().text()}`;
      request.headers.set(HEADER, keys.keyFor(identity));
      sent.set(id, identity);
      return request;
    },
    onResponse({ response, id }) {
      const identity = sent.get(id);
      sent.delete(id);
      if (identity !== undefined) keys.settle(identity, response.status);
      return response;
    },
    onError({ id }) {
      sent.delete(id);
    },
  };
}
