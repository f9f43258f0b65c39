import { Button, Result } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';
import { createApiClient } from '../api/client';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { useT } from '../i18n';
import { PageLoading } from '../layout/PageLoading';
import { accessOf, type Access } from './access';
import { AuthConfigError, loadAuthConfig, type AuthConfig } from './config';
import { clearDrafts, saveDrafts } from './drafts';
import { clearSession, hasExpired, msUntilExpiry, onSessionEnded, readSession, saveSession } from './session';
import { requestSession, SignInError, type Credentials } from './sign-in';

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
   * How the last session of this tab ended: `expiry` when it ended by itself (its time was up, or the API
   * refused the token; the login page says so and brings the user back), `sign-out` when the user left.
   */
  endedBy: EndedBy;
  /** Resolves with the viewer once signed in; rejects with a SignInError. */
  signIn: (credentials: Credentials) => Promise<Viewer>;
  /** Forgets the token and every unsaved draft. */
  signOut: () => void;
}

export type EndedBy = 'expiry' | 'sign-out' | null;

const AuthContext = createContext<AuthValue | null>(null);

type Boot = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; reason: 'unsupported' | 'unavailable' };

/**
 * The one place that knows about sign-in: reads /auth/config, restores the tab's session (and its
 * viewer), signs in and out, ends the session when the token's time is up or the API answers
 * UNAUTHENTICATED (keeping open forms as drafts first), and provides the session's urql client.
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

  /** The session is over without the user signing out: keep open forms, forget the token. */
  const expire = useCallback(() => {
    const current = viewerRef.current;
    if (!current && !readSession()) return; // already over (several requests may say so at once)
    if (current) saveDrafts(current.userId);
    clearSession();
    becomeSignedIn(null);
    setEndedBy('expiry');
  }, [becomeSignedIn]);

  useEffect(() => onSessionEnded(expire), [expire]);

  // Start: the sign-in settings, then the session this tab may still hold.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      setBoot({ kind: 'loading' });
      try {
        const loaded = await loadAuthConfig();
        if (cancelled) return;
        setConfig(loaded);
      } catch (error) {
        if (!cancelled) setBoot({ kind: 'failed', reason: error instanceof AuthConfigError ? error.kind : 'unavailable' });
        return;
      }
      const stored = readSession();
      if (stored && hasExpired(stored)) {
        clearSession();
        setEndedBy('expiry');
      } else if (stored) {
        const result = await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (result.data) {
          becomeSignedIn(result.data.viewer);
        } else if (result.error?.networkError || !result.error?.graphQLErrors.length) {
          setBoot({ kind: 'failed', reason: 'unavailable' });
          return;
        } else {
          clearSession(); // UNAUTHENTICATED has already ended it (see expire); anything else: start over
        }
      }
      setBoot({ kind: 'ready' });
    })();
    return () => {
      cancelled = true;
    };
    // `client` is the first one here: a later sign-in brings its own.
  }, [attempt]);

  // The token's own end: no refresh token locally, so the session ends with it.
  useEffect(() => {
    if (!viewer) return;
    const session = readSession();
    if (!session) return;
    const timer = window.setTimeout(expire, msUntilExpiry(session));
    return () => window.clearTimeout(timer);
  }, [viewer, expire]);

  const signIn = useCallback(
    async (credentials: Credentials): Promise<Viewer> => {
      if (!config) throw new SignInError('not ready', 'unexpected');
      const session = await requestSession(config, credentials);
      saveSession(session);
      // A new client per session: nothing cached for the previous user survives.
      const fresh = createApiClient();
      const result = await fresh.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) {
        clearSession();
        throw new SignInError(result.error?.message ?? 'no viewer', result.error?.networkError ? 'network' : 'unexpected');
      }
      setClient(fresh);
      setEndedBy(null);
      becomeSignedIn(result.data.viewer);
      return result.data.viewer;
    },
    [config, becomeSignedIn],
  );

  const signOut = useCallback(() => {
    clearSession();
    clearDrafts();
    setEndedBy('sign-out');
    becomeSignedIn(null);
    setClient(createApiClient());
  }, [becomeSignedIn]);

  const value = useMemo<AuthValue | null>(
    () => (config ? { config, viewer, access: accessOf(viewer), endedBy, signIn, signOut } : null),
    [config, viewer, endedBy, signIn, signOut],
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
