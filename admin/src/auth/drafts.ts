import { useEffect, useRef, useState } from 'react';

/**
 * Unsaved forms kept across a sign-in. When the session ends (expired, or the API answers
 * UNAUTHENTICATED), every mounted form registered here is written to `sessionStorage`; when the same
 * user comes back to the same form after signing in again, it opens with those values, and the draft
 * is removed. Signing out removes all drafts. Drafts are only written when a session ends, so
 * leaving a form with 取消 never brings stale values back later.
 */
interface StoredDraft {
  owner: string;
  value: unknown;
}

const PREFIX = 'gongjian.draft:';
const capturers = new Map<string, () => unknown>();

/** Called by the auth layer as the session ends, before anything unmounts. */
export function saveDrafts(owner: string): void {
  for (const [key, capture] of capturers) {
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify({ owner, value: capture() } satisfies StoredDraft));
    } catch {
      /* storage full or blocked: the draft is lost, as it would be without this */
    }
  }
}

export function clearDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    /* storage blocked */
  }
}

function readDraft<T>(key: string, owner: string): T | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as StoredDraft;
    if (draft.owner !== owner) {
      sessionStorage.removeItem(PREFIX + key); // someone else's unsaved work is not shown to this user
      return null;
    }
    return draft.value as T;
  } catch {
    return null;
  }
}

/**
 * For one form: registers `capture` (what to keep if the session ends now) while mounted, and returns
 * the draft left for this form by an ended session of the same user, or null. The draft is read once,
 * when the form mounts, then removed.
 */
export function useSessionDraft<T>(key: string, owner: string, capture: () => T): T | null {
  const [restored] = useState(() => readDraft<T>(key, owner));
  const captureRef = useRef(capture);
  useEffect(() => {
    captureRef.current = capture;
  });
  useEffect(() => {
    try {
      sessionStorage.removeItem(PREFIX + key);
    } catch {
      /* storage blocked */
    }
    capturers.set(key, () => captureRef.current());
    return () => {
      capturers.delete(key);
    };
  }, [key]);
  return restored;
}
