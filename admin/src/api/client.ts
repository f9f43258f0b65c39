import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';

/** Listeners told when the API says the session is gone, so the shell can say so once. */
const sessionListeners = new Set<() => void>();

export function onSessionExpired(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/**
 * The one urql client of the admin SPA and its exchanges, in order:
 * - mapExchange: watches every result for UNAUTHENTICATED (the session ended) before caching;
 * - cacheExchange: the document cache; a mutation result invalidates cached queries holding the same
 *   `__typename`s (list queries add `additionalTypenames` so that empty lists refresh too);
 * - fetchExchange: POST to the same-origin `/graphql` (the browser's session cookie goes with it).
 *   Always POST with a JSON body: urql would send short queries as GET, which Apollo's CSRF
 *   prevention refuses (no content type), and authenticated answers must not sit in HTTP caches anyway.
 */
export const client = new Client({
  url: '/graphql',
  requestPolicy: 'cache-and-network',
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
  exchanges: [
    mapExchange({
      onError(error) {
        if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
          sessionListeners.forEach((listener) => listener());
        }
      },
    }),
    cacheExchange,
    fetchExchange,
  ],
});
