// Where the session lives: the access token in memory only; the refresh token (and the e-mail
// Cognito needs to refresh) in sessionStorage, gone with the tab; never a cookie or localStorage.

export type SignedIn = { accessToken: string; refreshToken?: string; expiresIn?: number };

const REFRESH = 'hms.refresh';
const EMAIL = 'hms.email';
const TENANT = 'hms.tenant';

let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;
let refreshing: Promise<boolean> | null = null;

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

/** Keeps the new tokens and refreshes a minute before the access token expires. */
export function keep(email: string, tokens: SignedIn) {
  accessToken = tokens.accessToken;
  sessionStorage.setItem(EMAIL, email);
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
  const answer = await fetch('/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, refreshToken }),
  });
  if (!answer.ok) {
    forget();
    return false;
  }
  const tokens = (await answer.json()) as SignedIn;
  keep(email, { ...tokens, refreshToken });
  return true;
}

/** Revokes the refresh token (best effort) and forgets everything. */
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
}

export function forget() {
  accessToken = null;
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = null;
  sessionStorage.removeItem(REFRESH);
  sessionStorage.removeItem(EMAIL);
  sessionStorage.removeItem(TENANT);
}
