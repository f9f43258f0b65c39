import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type Operation } from 'urql';
import { ACT_IN_REGION_HEADER, actingRegionId, isVisitEnded, reportVisitEnded } from '../auth/acting';
import { currentAccessToken, reportSessionEnded } from '../auth/session';

/**
 * In a platform admin's read-only visit (代管查看, auth/acting.ts) a query carries the visited region's id, so that it
 * runs as that region's admin; a mutation never does (the API refuses one sent in a visit, and the platform's own
 * mutations — endActInRegion first — must run as the platform admin).
 */
function inVisit(operation: Operation): Operation {
  const regionId = actingRegionId();
  if (operation.kind !== 'query' || !regionId) return operation;
  const given = operation.context.fetchOptions;
  const options = (typeof given === 'function' ? given() : given) ?? {};
  const headers = Object.fromEntries(new Headers(options.headers).entries());
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: { ...options, headers: { ...headers, [ACT_IN_REGION_HEADER]: regionId } },
  });
}

/**
 * The urql client of the admin SPA. The auth layer makes one per signed-in session (so no cached
 * answer of one user is ever shown to the next) and provides it. Exchanges, in order:
 * - mapExchange: watches every result for UNAUTHENTICATED (the session is over: expired, invalid)
 *   and tells the auth layer, which keeps unsaved forms and sends the user to /login; likewise for a query refused
 *   because the platform admin's visit to a region (代管查看) is over; and adds the visit's header to queries (inVisit);
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
        onOperation: inVisit,
        onError(error, operation) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) reportSessionEnded();
          else if (operation.kind === 'query' && actingRegionId() && isVisitEnded(error)) reportVisitEnded();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
