/**
 * A partner system's first calls to the Gongjian API (docs/partner-guide.md): a token by client credentials,
 * a urql client with its default settings (so short queries go as GET — the API accepts a GET that carries a
 * bearer token), the caller and its region, one page of the region's published needs, and the schema (SDL).
 *
 *   npx tsx examples/partner-client/index.ts            # against `npm start` (http://localhost:4000), the demo partner
 *   npx tsx examples/partner-client/index.ts --schema > gongjian.graphql
 *
 * Environment: GONGJIAN_URL (default http://localhost:4000), TOKEN_URL (default `${GONGJIAN_URL}/oauth2/token`; in the
 * cloud `<CognitoDomain>/oauth2/token`), CLIENT_ID and CLIENT_SECRET (default the local demo partner).
 * Every function is exported: tests/integration/partner-client.test.ts runs them against a served stack.
 */
import { pathToFileURL } from 'node:url';
import { Client, cacheExchange, fetchExchange, type AnyVariables, type OperationResult } from '@urql/core';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';

export interface PartnerConfig {
  /** The API's origin: `http://localhost:4000` locally, `https://<id>.cloudfront.net` in the cloud. */
  url: string;
  /** The OAuth 2 token endpoint: the local stack's own, or the Cognito domain's in the cloud. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The scopes to ask for (space-separated); by default every scope the client has. */
  scope?: string;
}

/** The local stack's demo partner (README, "Signing in"); never valid in the cloud. */
export const DEMO_CLIENT = { clientId: 'demo-partner', clientSecret: 'demo-partner-secret' };

export function configFromEnv(env: Record<string, string | undefined> = process.env): PartnerConfig {
  const url = (env.GONGJIAN_URL ?? 'http://localhost:4000').replace(/\/+$/, '');
  return {
    url,
    tokenUrl: env.TOKEN_URL ?? `${url}/oauth2/token`,
    clientId: env.CLIENT_ID ?? DEMO_CLIENT.clientId,
    clientSecret: env.CLIENT_SECRET ?? DEMO_CLIENT.clientSecret,
    scope: env.SCOPE,
  };
}

export interface Token {
  accessToken: string;
  /** Seconds the token is valid (15 minutes in the cloud): ask for a new one before it runs out. */
  expiresIn: number;
}

/** Client credentials (OAuth 2, `client_secret_post`: the local issuer and Cognito both accept it). */
export async function requestToken(config: PartnerConfig): Promise<Token> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: config.clientId, client_secret: config.clientSecret });
  if (config.scope) form.set('scope', config.scope);
  const response = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(`token request failed (${response.status}): ${String(body.error ?? 'no token')} ${String(body.error_description ?? '')}`.trim());
  }
  return { accessToken: body.access_token, expiresIn: Number(body.expires_in ?? 0) };
}

/**
 * A urql client with its default settings but the URL and the bearer header. One client per token: when the
 * token is renewed, make a new client (or return the new header from a `fetchOptions` function).
 */
export function createGongjianClient(url: string, accessToken: string): Client {
  return new Client({
    url: `${url}/graphql`,
    fetchOptions: { headers: { authorization: `Bearer ${accessToken}` } },
    exchanges: [cacheExchange, fetchExchange],
  });
}

/** An error of the API, with its `extensions.code` (and `extensions.field` for BAD_USER_INPUT). */
export class GongjianError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'GongjianError';
  }
}

/** The data of a result, or the first error as a GongjianError (a network or HTTP error: code undefined). */
export function dataOf<T>(result: OperationResult<T, AnyVariables>): T {
  const error = result.error;
  if (error) {
    const first = error.graphQLErrors[0];
    const extensions = (first?.extensions ?? {}) as { code?: string; field?: string };
    throw new GongjianError(first?.message ?? error.message, extensions.code, extensions.field);
  }
  if (!result.data) throw new GongjianError('no data', undefined);
  return result.data;
}

export const VIEWER_QUERY = /* GraphQL */ `
  query Viewer {
    viewer { roles region { id name } }
  }
`;

export interface Viewer {
  roles: string[];
  region: { id: string; name: string } | null;
}

/** Who the token speaks for: role PARTNER and the one region the platform gave the client. */
export async function fetchViewer(client: Client): Promise<Viewer> {
  return dataOf(await client.query<{ viewer: Viewer }>(VIEWER_QUERY, {}).toPromise()).viewer;
}

export const PUBLIC_NEEDS_QUERY = /* GraphQL */ `
  query PublicNeeds($regionId: ID!, $first: Int, $after: String) {
    publicRegion(id: $regionId) {
      name
      needs(first: $first, after: $after) {
        edges { node { id title category status communityName publishedAt } }
        pageInfo { endCursor hasNextPage }
      }
    }
  }
`;

export interface PublicNeed {
  id: string;
  title: string;
  category: string;
  status: string;
  communityName: string;
  publishedAt: string;
}

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** One page (`first` ≤ 100) of the region's published needs (需求清单, this year's), newest published first. */
export async function fetchPublicNeeds(client: Client, regionId: string, first = 10, after?: string): Promise<Page<PublicNeed>> {
  type Data = { publicRegion: { needs: { edges: { node: PublicNeed }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null };
  const data = dataOf(await client.query<Data>(PUBLIC_NEEDS_QUERY, { regionId, first, after }).toPromise());
  if (!data.publicRegion) throw new GongjianError(`no region ${regionId}`, 'NOT_FOUND');
  const { edges, pageInfo } = data.publicRegion.needs;
  return { items: edges.map((edge) => edge.node), endCursor: pageInfo.endCursor, hasNextPage: pageInfo.hasNextPage };
}

/**
 * The schema as SDL, by introspection (allowed to any signed-in caller). The server carries no descriptions: the
 * described schema is the repository's `schema/*.graphql`. The introspection query is long, so urql POSTs it.
 */
export async function downloadSchema(client: Client): Promise<string> {
  const data = dataOf(await client.query<IntrospectionQuery>(getIntrospectionQuery(), {}, { requestPolicy: 'network-only' }).toPromise());
  return printSchema(buildClientSchema(data));
}

export async function main(argv: string[] = process.argv.slice(2), config: PartnerConfig = configFromEnv(), log: (line: string) => void = console.log): Promise<void> {
  const token = await requestToken(config);
  const client = createGongjianClient(config.url, token.accessToken);
  if (argv.includes('--schema')) {
    log(await downloadSchema(client));
    return;
  }
  log(`token: valid ${token.expiresIn} s`);
  const viewer = await fetchViewer(client);
  log(`viewer: roles ${viewer.roles.join(', ')}; region ${viewer.region?.name ?? '(none)'} (${viewer.region?.id ?? '-'})`);
  if (!viewer.region) return;
  const page = await fetchPublicNeeds(client, viewer.region.id, 10);
  log(`published needs: ${page.items.length} on this page${page.hasNextPage ? ', more follow' : ''}`);
  for (const need of page.items) log(`  ${need.title} · ${need.category} · ${need.communityName} · ${need.status}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof GongjianError) console.error(`${error.code ?? 'ERROR'}: ${error.message}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
