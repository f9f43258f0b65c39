import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { currentAccessToken, reportSessionEnded } from '../auth/session';

/**
 * The urql client of the admin SPA. The auth layer makes one per signed-in session (so no cached
 * answer of one user is ever shown to the next) and provides it. Exchanges, in order:
 * - mapExchange: watches every result for UNAUTHENTICATED (the session is over: expired, invalid)
 *   and tells the auth layer, which keeps unsaved forms and sends the user to /login;
 * - cacheExchange: the document cache; a mutation result invalidates cached queries holding the same
 *   `__typename`s (list queries add `additionalTypenames` so that empty lists refresh too);
 * - fetchExchange: POST to the same-origin `/graphql` with `Authorization: Bearer <access token>`,
 *   the token asked of Amplify on every request (it refreshes one that has run out). Always POST with a JSON body: GETs
 *   with a token are accepted (docs/partner-guide.md), but the token is fetched inside `fetch`, after urql chose the
 *   method, and authenticated answers gain nothing from GET (they are never cached).
 */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetch: async (input, init) => {
      const token = await currentAccessToken();
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers, credentials: 'omit' });
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) reportSessionEnded();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
