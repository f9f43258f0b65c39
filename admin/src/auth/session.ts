/**
 * The signed-in session of this browser tab: the access token and when it expires, in `sessionStorage`
 * (gone when the tab closes; never `localStorage`). The API client reads the token from here on every
 * request, so what is stored is what is sent.
 */
export interface StoredSession {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const KEY = 'gongjian.session';
/** Treat a token as expired a little early, so a request does not leave with one about to lapse. */
const EARLY_MS = 5_000;

export function readSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.accessToken !== 'string' || typeof parsed.expiresAt !== 'number') return null;
    return { accessToken: parsed.accessToken, expiresAt: parsed.expiresAt };
  } catch {
    return null; // storage blocked or garbled: not signed in
  }
}

export function saveSession(session: StoredSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* storage blocked: nothing was kept */
  }
}

export const hasExpired = (session: StoredSession, now = Date.now()): boolean => now >= session.expiresAt - EARLY_MS;

/** The token to send, or null when there is none. An expired one is still sent: the API says so. */
export function currentAccessToken(): string | null {
  return readSession()?.accessToken ?? null;
}

/** Told when the API answers UNAUTHENTICATED: the session is over (expired, invalid or revoked). */
const endedListeners = new Set<() => void>();

export function onSessionEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

export function reportSessionEnded(): void {
  endedListeners.forEach((listener) => listener());
}

/** Milliseconds until the session should be treated as over (0 when it already is). */
export const msUntilExpiry = (session: StoredSession, now = Date.now()): number =>
  Math.max(0, session.expiresAt - EARLY_MS - now);
