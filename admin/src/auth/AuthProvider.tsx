import { Button, Result } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';
import { createApiClient } from '../api/client';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { useT } from '../i18n';
import { PageLoading } from '../layout/PageLoading';
import { accessOf, type Access } from './access';
import { AuthConfigError, configureAmplify, loadAuthConfig, type AuthConfig } from './config';
import { actingRegionId, clearActingRegionId, isVisitEnded, onVisitEnded, setActingRegionId } from './acting';
import { clearDrafts, saveDrafts } from './drafts';
import { clearActivity, currentAccessToken, isIdle, markActivity, onSessionEnded, resetActivity } from './session';
import { endSession, SignInError, type SignInStep } from './sign-in';

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      userId
      displayName
      roles
      region {
        id
        name
        unitCount
      }
      unitId
      acting {
        regionId
        reason
        until
        region {
          name
        }
      }
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];

export interface AuthValue {
  config: AuthConfig;
  /** The signed-in user, or null when signed out. */
  viewer: Viewer | null;
  access: Access;
  /**
   * How the last session of this tab ended: `expiry` when the API refused its token (the login page
   * says so and brings the user back), `idle` after `config.idleMinutes` without activity, `sign-out`
   * when the user left.
   */
  endedBy: EndedBy;
  /**
   * Runs one step of signing in (sign-in.ts) and returns the next; when it is `done`, the viewer is
   * loaded and the console opens. Rejects with a SignInError.
   */
  proceed: (step: () => Promise<SignInStep>) => Promise<SignInStep>;
  /** Ends the session (the refresh token is revoked) and forgets every unsaved draft. */
  signOut: () => void;
  /**
   * The platform admin's read-only visit to a region (代管查看), opened by `actInRegion`: from now on queries run as
   * the region's admin (auth/acting.ts); the viewer is read again (its region and roles open the region's menu).
   */
  enterVisit: (regionId: string) => Promise<void>;
  /** Leaves the visit in this tab (the caller ends it with `endActInRegion`) and reads the viewer again. */
  leaveVisit: () => Promise<void>;
}

export type EndedBy = 'expiry' | 'idle' | 'sign-out' | null;

const AuthContext = createContext<AuthValue | null>(null);

type Boot = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; reason: 'unsupported' | 'unavailable' };

/** What counts as the user doing something, for the idle rule. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const IDLE_CHECK_MS = 5_000;

/**
 * The one place that knows about sign-in: reads /auth/config and points Amplify at the pool, restores
 * the tab's session (and its viewer), runs the sign-in steps, ends the session when the API answers
 * UNAUTHENTICATED or the user has been idle too long (keeping open forms as drafts first), and provides
 * the session's urql client.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [client, setClient] = useState<Client>(createApiClient);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [endedBy, setEndedBy] = useState<EndedBy>(null);
  /** The viewer as of now, for listeners that outlive a render. */
  const viewerRef = useRef<Viewer | null>(null);

  const becomeSignedIn = useCallback((next: Viewer | null) => {
    viewerRef.current = next;
    setViewer(next);
  }, []);

  /** The session is over without the user signing out: keep open forms, end the session. */
  const expire = useCallback(
    (reason: 'expiry' | 'idle') => {
      const current = viewerRef.current;
      if (!current) return; // already over (several requests may say so at once)
      saveDrafts(current.userId);
      clearActingRegionId();
      void endSession();
      clearActivity();
      becomeSignedIn(null);
      setEndedBy(reason);
    },
    [becomeSignedIn],
  );

  useEffect(() => onSessionEnded(() => expire('expiry')), [expire]);

  /**
   * The viewer read afresh with a new client (nothing cached inside or outside a visit is shown in the other),
   * which then serves the console. A visit that is over by now is left (the console says so, layout/VisitBanner).
   */
  const reloadViewer = useCallback(async () => {
    const fresh = createApiClient();
    let result = await fresh.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data && isVisitEnded(result.error)) {
      clearActingRegionId();
      result = await fresh.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    }
    setClient(fresh);
    if (result.data) becomeSignedIn(result.data.viewer);
  }, [becomeSignedIn]);

  const enterVisit = useCallback(
    async (regionId: string) => {
      setActingRegionId(regionId);
      await reloadViewer();
    },
    [reloadViewer],
  );

  const leaveVisit = useCallback(async () => {
    clearActingRegionId();
    await reloadViewer();
  }, [reloadViewer]);

  // A query refused because the visit ended (elsewhere, or its hour ran out): leave it.
  useEffect(
    () =>
      onVisitEnded(() => {
        if (!viewerRef.current || !actingRegionId()) return; // start-up reads the viewer itself; already left
        void leaveVisit();
      }),
    [leaveVisit],
  );

  // Start: the sign-in settings, then the session this tab may still hold.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      setBoot({ kind: 'loading' });
      let loaded: AuthConfig;
      try {
        loaded = await loadAuthConfig();
        configureAmplify(loaded);
        if (cancelled) return;
        setConfig(loaded);
      } catch (error) {
        if (!cancelled) setBoot({ kind: 'failed', reason: error instanceof AuthConfigError ? error.kind : 'unavailable' });
        return;
      }
      if (isIdle(loaded.idleMinutes)) {
        await endSession();
        clearActivity();
        setEndedBy('idle');
      } else if (await currentAccessToken()) {
        let result = await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
        if (!result.data && isVisitEnded(result.error)) {
          // The tab was in a visit that is over by now: the console without it (VisitBanner says so).
          clearActingRegionId();
          result = await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
        }
        if (cancelled) return;
        if (result.data) {
          becomeSignedIn(result.data.viewer);
        } else if (result.error?.networkError || !result.error?.graphQLErrors.length) {
          setBoot({ kind: 'failed', reason: 'unavailable' });
          return;
        } else {
          await endSession(); // a token the API refuses (or one still waiting for enrolment): start over
        }
      }
      setBoot({ kind: 'ready' });
    })();
    return () => {
      cancelled = true;
    };
    // `client` is the first one here: a later sign-in brings its own.
  }, [attempt]);

  // The idle rule: activity moves the mark; a check every few seconds ends a session idle for too long.
  useEffect(() => {
    if (!viewer || !config) return;
    const onActivity = () => markActivity();
    ACTIVITY_EVENTS.forEach((type) => window.addEventListener(type, onActivity, { passive: true, capture: true }));
    const timer = window.setInterval(() => {
      if (isIdle(config.idleMinutes)) expire('idle');
    }, IDLE_CHECK_MS);
    return () => {
      ACTIVITY_EVENTS.forEach((type) => window.removeEventListener(type, onActivity, { capture: true }));
      window.clearInterval(timer);
    };
  }, [viewer, config, expire]);

  const proceed = useCallback(
    async (step: () => Promise<SignInStep>): Promise<SignInStep> => {
      const next = await step();
      if (next !== 'done') return next;
      resetActivity();
      clearActingRegionId();
      // A new client per session: nothing cached for the previous user survives.
      const fresh = createApiClient();
      const result = await fresh.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) {
        await endSession();
        throw new SignInError(result.error?.message ?? 'no viewer', result.error?.networkError ? 'network' : 'unexpected');
      }
      setClient(fresh);
      setEndedBy(null);
      becomeSignedIn(result.data.viewer);
      return next;
    },
    [becomeSignedIn],
  );

  const signOut = useCallback(() => {
    void endSession();
    clearActingRegionId();
    clearDrafts();
    clearActivity();
    setEndedBy('sign-out');
    becomeSignedIn(null);
    setClient(createApiClient());
  }, [becomeSignedIn]);

  const value = useMemo<AuthValue | null>(
    () => (config ? { config, viewer, access: accessOf(viewer), endedBy, proceed, signOut, enterVisit, leaveVisit } : null),
    [config, viewer, endedBy, proceed, signOut, enterVisit, leaveVisit],
  );

  if (boot.kind === 'failed') {
    return (
      <Result
        status={boot.reason === 'unsupported' ? 'warning' : 'error'}
        title={t(boot.reason === 'unsupported' ? 'auth.unsupportedMode' : 'auth.unavailable')}
        extra={
          boot.reason === 'unavailable' && (
            <Button type="primary" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </Button>
          )
        }
      />
    );
  }
  if (boot.kind === 'loading' || !value) return <PageLoading />;
  return (
    <AuthContext.Provider value={value}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside AuthProvider');
  return value;
}

/** The signed-in viewer, for pages behind RequireAuth. */
export function useViewer(): Viewer {
  const { viewer } = useAuth();
  if (!viewer) throw new Error('useViewer needs a signed-in user (RequireAuth)');
  return viewer;
}

export function useAccess(): Access {
  return useAuth().access;
}
