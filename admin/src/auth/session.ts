import { fetchAuthSession } from 'aws-amplify/auth';

/**
 * The signed-in session of this tab, as the rest of the console sees it. Amplify keeps the tokens (in
 * sessionStorage, see config.ts) and refreshes the access token when it runs out; the API client asks
 * here for the token on every request. The session also ends after `idleMinutes` without the user doing
 * anything (ARCHITECTURE.md, security baseline): the time of the last activity is kept here too.
 */
export async function currentAccessToken(): Promise<string | null> {
  try {
    const { tokens } = await fetchAuthSession();
    return tokens?.accessToken.toString() ?? null;
  } catch {
    return null; // refresh refused (revoked, expired): the API will say UNAUTHENTICATED
  }
}

const ACTIVITY_KEY = 'gongjian.lastActivity';
/** Writing the time on every key press is pointless; once in a while is enough for a 15-minute rule. */
const ACTIVITY_WRITE_MS = 5_000;
let lastWritten = 0;

export function markActivity(now = Date.now()): void {
  if (now - lastWritten < ACTIVITY_WRITE_MS) return;
  lastWritten = now;
  try {
    sessionStorage.setItem(ACTIVITY_KEY, String(now));
  } catch {
    /* storage blocked: the idle rule then counts from sign-in */
  }
}

/** Forces the next markActivity to write (after sign-in). */
export function resetActivity(now = Date.now()): void {
  lastWritten = 0;
  markActivity(now);
}

export function isIdle(idleMinutes: number, now = Date.now()): boolean {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(ACTIVITY_KEY);
  } catch {
    return false;
  }
  const last = raw ? Number(raw) : NaN;
  return Number.isFinite(last) && now - last > idleMinutes * 60_000;
}

export function clearActivity(): void {
  lastWritten = 0;
  try {
    sessionStorage.removeItem(ACTIVITY_KEY);
  } catch {
    /* storage blocked */
  }
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
