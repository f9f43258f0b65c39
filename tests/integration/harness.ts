import { createHash, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Principal, RegionPrincipal } from '../../functions/src/auth/principal';
import type { AppConfig } from '../../functions/src/config';
import { activePartnerRegion } from '../../functions/src/domain/partners/acceptance';
import type { Ports } from '../../functions/src/domain/ports';
import { createContext } from '../../functions/src/graphql/context';
import { createGraphqlHandler } from '../../functions/src/graphql/lambda';
import type { Telemetry } from '../../functions/src/observability/telemetry';
import { createApolloServer } from '../../functions/src/graphql/server';
import { createDocumentClient } from '../../functions/src/store/clients';
import { createPorts } from '../../functions/src/store/ports';
import { regionSuspended } from '../../functions/src/store/region-repository';
import { SignInAttemptRepository } from '../../functions/src/store/sign-in-attempt-repository';
import { createLocalHttpServer } from '../../local/http-server';
import { LOCAL_USER_POOL_ID, LocalIssuer, demoDirectory } from '../../local/issuer';
import { freePort } from '../../local/processes';
import type { RateLimiter } from '../../local/rate-limit';
import { TEST_BUCKET, TEST_TABLE } from './global-setup';

/** The emulators from global-setup; refuses to run against anything that is not local. */
export function testConfig(): AppConfig {
  const dynamodbEndpoint = inject('dynamodbEndpoint');
  const s3Endpoint = inject('s3Endpoint');
  if (!dynamodbEndpoint?.startsWith('http://127.0.0.1') || !s3Endpoint?.startsWith('http://127.0.0.1')) {
    throw new Error('integration tests run only against the local emulators started by global-setup');
  }
  return {
    tableName: TEST_TABLE,
    filesBucketName: TEST_BUCKET,
    dynamodbEndpoint,
    s3Endpoint,
    // Tests build contexts with a principal directly; tokens are tested in auth.test.ts.
    auth: { issuer: 'http://127.0.0.1:1', clientIds: ['test'] },
    allowIntrospection: false,
    vaultKey: { kind: 'file', path: inject('vaultKeyFile') },
    identity: { userPoolId: LOCAL_USER_POOL_ID, endpoint: inject('issuerEndpoint') },
  };
}

const server = createApolloServer({ allowIntrospection: false });

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A fresh region (tenant) per test, with its admin: tests never see each other's data. */
export async function newRegion(ports: Ports = createPorts(testConfig())) {
  const regionId = `t-${randomUUID().slice(0, 8)}`;
  await ports.regions.createIfAbsent({ id: regionId, name: `测试街道${regionId}`, level: 'STREET', createdAt: new Date().toISOString() });
  const admin: RegionPrincipal = { userId: `admin-${regionId}`, displayName: '测试管理员', regionId, roles: ['REGION_ADMIN'] };
  /** Runs one operation through Apollo with a context built as the Lambda builds it. */
  const gql = async <T = any>(query: string, variables?: Record<string, unknown>, principal: Principal | null = admin): Promise<GqlResult<T>> => {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(principal, ports) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as GqlResult<T>;
  };
  return { regionId, admin, ports, gql };
}

/** A file announced with createUploadUrl and PUT to its presigned URL, as the browser does; its uploadId. */
export async function uploadFile(env: { gql: (query: string, variables?: Record<string, unknown>) => Promise<GqlResult> }, bytes: Buffer, fileName = '章程.pdf', contentType = 'application/pdf') {
  const announced = await env.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
    input: { fileName, contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
  });
  const { uploadId, url, headers } = announced.data.createUploadUrl;
  const put = await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(headers.map((h: { name: string; value: string }) => [h.name, h.value])) });
  if (!put.ok) throw new Error(`the upload's PUT was refused (${put.status})`);
  return uploadId as string;
}

/** The first error's code and field, for assertions. */
export const errorOf = (result: GqlResult) => ({
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
  message: result.errors?.[0]?.message,
});

export const UNIT_FIELDS = `id name shortName hostKind level allianceRole status parentId childCount version memberCount fullMemberCount
  activePairingCount needsPairing levelCheck { fits verdict expectedLevel }
  leader { name title phone } registration { registeredOn note community { id name } form { name size sha256 contentType downloadUrl } }`;

export const CREATE_UNIT = `mutation Create($input: CreateUnitInput!) { createUnit(input: $input) { ${UNIT_FIELDS} } }`;
export const UPDATE_UNIT = `mutation Update($input: UpdateUnitInput!) { updateUnit(input: $input) { ${UNIT_FIELDS} } }`;

/** Valid createUnit / createMember inputs (fresh names, valid ID numbers): the same as the use cases' unit tests use. */
export { memberInput, unitInput } from '../../functions/src/domain/testing/fixtures';

export const MEMBER_FIELDS = `id name gender birthDate idNumber phone status joinedOn category unitId communityId roles note version
  departure { on reason destination note } unit { id name memberCount fullMemberCount }`;

export const CREATE_MEMBER = `mutation CreateMember($input: CreateMemberInput!) { createMember(input: $input) { ${MEMBER_FIELDS} } }`;

/**
 * The Lambda handler behind the local HTTP server, with a local issuer of its own (the demo accounts of
 * `regionId`) as the only accepted issuer: the cloud's request path with real tokens. `close` stops it.
 */
export async function serveWithIssuer(options: {
  regionId: string;
  liaisonUnitId?: string;
  now?: () => number;
  config?: Partial<AppConfig>;
  /** The handler's logger and metrics (default: from the environment, which logs warnings only in tests). */
  telemetry?: Telemetry;
  /** The local server's anonymous rate limit (default: the server's, 60 a minute per IP, bursts of 30). */
  anonymousLimit?: RateLimiter | null;
  /** How long the API keeps a partner client's state (default: one minute, as in production). */
  partnerClientCacheMs?: number;
  /** How long the API keeps a region's state (default: one minute, as in production). */
  regionStateCacheMs?: number;
  /**
   * Count the lockout in the test table, as the local stack does (the API then shows the sign-in state). Default: the
   * issuer's own memory — the demo usernames are shared by every test file, and one file's lock must not reach another.
   */
  signInAttemptsInTable?: boolean;
}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const partnerClients = createPorts(testConfig()).partnerClients;
  const tableClient = createDocumentClient(testConfig());
  const issuer = await LocalIssuer.open({
    issuerUrl: url,
    file: null,
    initialUsers: async () => demoDirectory(options.regionId, options.liaisonUnitId),
    now: options.now,
    partnerClientRegion: (clientId) => activePartnerRegion(partnerClients, clientId),
    regionSuspended: (regionId) => regionSuspended(tableClient, testConfig().tableName, regionId),
    ...(options.signInAttemptsInTable ? { attempts: new SignInAttemptRepository(tableClient, testConfig().tableName) } : {}),
  });
  const handler = createGraphqlHandler(
    {
      ...testConfig(),
      identity: { userPoolId: LOCAL_USER_POOL_ID, endpoint: `${url}/cognito` },
      ...options.config,
      auth: { issuer: url, clientIds: issuer.clientIds() },
      allowIntrospection: false,
    },
    { telemetry: options.telemetry, partnerClientCacheMs: options.partnerClientCacheMs, regionStateCacheMs: options.regionStateCacheMs },
  );
  const server = createLocalHttpServer(handler, '/nonexistent', issuer, { anonymousLimit: options.anonymousLimit });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { url, issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}
