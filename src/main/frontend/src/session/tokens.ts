// Where the session lives: the access token in memory only; the refresh token (and the e-mail
// Cognito needs to refresh) in sessionStorage, gone with the tab; never a cookie or localStorage.
// The tabs of the app share the session over a BroadcastChannel (same origin only): a new tab asks,
// an open one hands over its refresh token, so the session lives while any tab of the app is open;
// signing out in one tab signs out every tab.

export type SignedIn = { accessToken: string; refreshToken?: string; expiresIn?: number };

const REFRESH = 'hms.refresh';
const EMAIL = 'hms.email';
const TENANT = 'hms.tenant';
const ENDED = 'hms.ended';
const CHANNEL = 'hms.session';
/**
 * How long a new tab waits for an open one to hand the session over: long enough for a busy tab
 * on a loaded machine to answer (400 ms was missed on a loaded machine), short enough before sign-in is shown.
 */
const HANDOVER_MS = 1000;

type Message =
  | { kind: 'ask' }
  | { kind: 'share'; email: string; refreshToken: string; tenant: string | null }
  | { kind: 'signed-out' };

let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;
let refreshing: Promise<boolean> | null = null;
let channel: BroadcastChannel | null = null;

export function currentToken(): string | null {
  return accessToken;
}

export function currentTenant(): string | null {
  return typeof window === 'undefined' ? null : sessionStorage.getItem(TENANT);
}

export function chooseTenant(tenant: string | null) {
  if (tenant) sessionStorage.setItem(TENANT, tenant);
  else sessionStorage.removeItem(TENANT);
}

export function hasSession(): boolean {
  return typeof window !== 'undefined' && (accessToken !== null || sessionStorage.getItem(REFRESH) !== null);
}

/** The other tabs of the app: answers their questions and follows their sign-out. */
function tabs(): BroadcastChannel | null {
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    channel.addEventListener('message', (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.kind === 'ask') {
        const refreshToken = sessionStorage.getItem(REFRESH);
        const email = sessionStorage.getItem(EMAIL);
        if (refreshToken && email)
          channel?.postMessage({ kind: 'share', email, refreshToken, tenant: currentTenant() } satisfies Message);
      } else if (message.kind === 'signed-out' && hasSession()) {
        forget();
        window.location.assign('/signin/');
      }
    });
  }
  return channel;
}

/**
 * This tab's session, or the one another open tab of the app hands over (then kept in this tab's
 * sessionStorage too); false when no tab has one.
 */
export async function join(): Promise<boolean> {
  const others = tabs();
  if (hasSession()) return true;
  if (!others) return false;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      others.removeEventListener('message', onShare);
      resolve(false);
    }, HANDOVER_MS);
    function onShare(event: MessageEvent<Message>) {
      const message = event.data;
      if (message.kind !== 'share') return;
      clearTimeout(timer);
      others?.removeEventListener('message', onShare);
      sessionStorage.setItem(EMAIL, message.email);
      sessionStorage.setItem(REFRESH, message.refreshToken);
      if (message.tenant && !currentTenant()) chooseTenant(message.tenant);
      resolve(true);
    }
    others.addEventListener('message', onShare);
    others.postMessage({ kind: 'ask' } satisfies Message);
  });
}

/** Keeps the new tokens and refreshes a minute before the access token expires. */
export function keep(email: string, tokens: SignedIn) {
  tabs();
  accessToken = tokens.accessToken;
  sessionStorage.setItem(EMAIL, email);
  sessionStorage.removeItem(ENDED);
  if (tokens.refreshToken) sessionStorage.setItem(REFRESH, tokens.refreshToken);
  if (refreshTimer) clearTimeout(refreshTimer);
  const seconds = Math.max(30, (tokens.expiresIn ?? 3600) - 60);
  refreshTimer = setTimeout(() => void refresh(), seconds * 1000);
}

/** A new access token from the refresh token; false when there is none or it is refused. */
export function refresh(): Promise<boolean> {
  if (!refreshing) {
    refreshing = doRefresh().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

async function doRefresh(): Promise<boolean> {
  const refreshToken = sessionStorage.getItem(REFRESH);
  const email = sessionStorage.getItem(EMAIL);
  if (!refreshToken || !email) return false;
  let answer: Response;
  try {
    answer = await fetch('/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email, refreshToken }),
    });
  } catch {
    return ended('the server could not be reached. Check the connection');
  }
  if (!answer.ok) {
    return ended(
      answer.status === 401
        ? 'the sign-in service no longer accepts it (it expired or was revoked)'
        : `the server answered ${answer.status} ${answer.statusText}`.trim(),
    );
  }
  const tokens = (await answer.json()) as SignedIn;
  keep(email, { ...tokens, refreshToken });
  return true;
}

/** Forgets the session and keeps, for the sign-in screen, why it ended. */
function ended(why: string): false {
  forget();
  sessionStorage.setItem(
    ENDED,
    `Your session could not be renewed: ${why}. Please sign in again with your e-mail and password (the new one, if you just chose it).`,
  );
  return false;
}

/**
 * Why the last session ended without the user signing out; null when it did not. Said until the
 * next sign-in (keep) or sign-out.
 */
export function whyEnded(): string | null {
  return sessionStorage.getItem(ENDED);
}

/** Revokes the refresh token (best effort), forgets everything and signs out every other tab. */
export async function signOut() {
  const refreshToken = sessionStorage.getItem(REFRESH);
  if (refreshToken && accessToken) {
    await fetch('/auth/signout', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${accessToken}`,
      },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined);
  }
  forget();
  sessionStorage.removeItem(ENDED);
  tabs()?.postMessage({ kind: 'signed-out' } satisfies Message);
}

export function forget() {
  accessToken = null;
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = null;
  sessionStorage.removeItem(REFRESH);
  sessionStorage.removeItem(EMAIL);
  sessionStorage.removeItem(TENANT);
}
