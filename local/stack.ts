import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import type { AppConfig } from '../functions/src/config';
import { activePartnerRegion } from '../functions/src/domain/partners/acceptance';
import { createGraphqlHandler } from '../functions/src/graphql/lambda';
import { createDocumentClient } from '../functions/src/store/clients';
import { createS3Client } from '../functions/src/store/s3-client';
import { regionSuspended } from '../functions/src/store/region-repository';
import { SignInAttemptRepository } from '../functions/src/store/sign-in-attempt-repository';
import { createPorts } from '../functions/src/store/ports';
import { startDynamodbLocal } from './dynamodb-local';
import { createLocalHttpServer } from './http-server';
import { createRateLimiter, DEFAULT_ANONYMOUS_LIMIT } from './rate-limit';
import { seedDemoAccounts } from './seed-accounts';
import { demoDirectory, LOCAL_USER_POOL_ID, LocalIssuer } from './issuer';
import { assertPortFree, freePort, LocalStackError, type Child } from './processes';
import { ensureBucket, ensureTable, ensureVaultKey } from './resources';
import { startS3Local } from './s3-local';
import { DEMO_LIAISON_UNIT, DEMO_MEMBER_NAME, DEMO_REGION, SEED_PRINCIPAL, seedDemoRegion } from './seed';
import { memberFilterInput } from '../functions/src/domain/members/rules';
import { unitFilterInput } from '../functions/src/domain/units/rules';
import { parseInput } from '../functions/src/domain/validation';

export interface LocalStackOptions {
  /** HTTP port for the API and admin; 0 picks a free one. @default 4000 */
  port?: number;
  /** Keep nothing on disk (tests). @default false */
  inMemory?: boolean;
  /** Where data is kept between runs. @default '.data' */
  dataDir?: string;
  /** Seed the demo region when it does not exist yet. @default true */
  seed?: boolean;
  /** Where the built admin SPA is. @default 'admin/dist' */
  siteDir?: string;
  quiet?: boolean;
  /**
   * Anonymous requests a minute per IP to /graphql and /open/* (bursts of half as many; 0: no limit — a test that
   * reads anonymously in bulk). @default env GONGJIAN_ANONYMOUS_PER_MINUTE, else 60
   */
  anonymousPerMinute?: number;
}

export interface LocalStack {
  url: string;
  graphqlUrl: string;
  /** Partners' client-credentials token endpoint (people sign in through the Cognito API at `${url}/cognito`). */
  tokenUrl: string;
  config: AppConfig;
  stop(): Promise<void>;
}

export const LOCAL_TABLE = 'gongjian-local';
export const LOCAL_BUCKET = 'gongjian-local-files';

/** DynamoDB Local + s3rver + the GraphQL Lambda handler + the admin SPA, on one local origin. */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  if (!options.quiet) process.env.POWERTOOLS_DEV ??= 'true'; // the handler's Powertools logger: readable lines at INFO, no EMF metrics
  const port = options.port ?? 4000;
  if (port !== 0) await assertPortFree(port, 'Gongjian HTTP');
  const dataDir = options.inMemory ? null : resolve(options.dataDir ?? '.data');
  if (dataDir) stopLeftovers(dataDir);
  const s3Dir = dataDir ? join(dataDir, 's3') : mkdtempSync(join(tmpdir(), 'gongjian-s3-'));
  const keyDir = dataDir ?? mkdtempSync(join(tmpdir(), 'gongjian-key-'));

  const children: Child[] = [];
  let server: Server | undefined;
  const stop = async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server?.closeAllConnections();
    await Promise.all(children.map((c) => c.stop()));
    if (dataDir) for (const file of [pidFile(dataDir), endpointsFile(dataDir)]) rmSync(file, { force: true });
    else for (const dir of [s3Dir, keyDir]) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [dynamoPort, s3Port] = [await freePort(), await freePort()];
    const [dynamo, s3] = await Promise.all([
      startDynamodbLocal(dynamoPort, dataDir ? join(dataDir, 'dynamodb') : null).then((c) => (children.push(c), c)),
      startS3Local(s3Port, s3Dir).then((c) => (children.push(c), c)),
    ]);
    if (dataDir) writeFileSync(pidFile(dataDir), JSON.stringify(children.map((c) => c.process.pid)));
    // The issuer URL is this origin, so the port is fixed before anything is signed.
    const httpPort = port === 0 ? await freePort() : port;
    const url = `http://localhost:${httpPort}`;
    const data: DataConfig = {
      tableName: LOCAL_TABLE,
      filesBucketName: LOCAL_BUCKET,
      dynamodbEndpoint: dynamo.endpoint,
      s3Endpoint: s3.endpoint,
      vaultKey: { kind: 'file', path: ensureVaultKey(join(keyDir, 'vault.key')) },
    };
    await prepareData(data, options.seed ?? true, log);
    // Where a script reaches this stack's data while it runs (`npm run jobs`: local/run-job.ts).
    if (dataDir) writeFileSync(endpointsFile(dataDir), JSON.stringify(data));
    const ports = createPorts({ ...data, auth: { issuer: url, clientIds: ['unused'] }, allowIntrospection: true });
    const tableClient = createDocumentClient(data);
    const issuer = await LocalIssuer.open({
      issuerUrl: url,
      file: dataDir ? join(dataDir, 'issuer.json') : null,
      initialUsers: async () => {
        const filter = parseInput(unitFilterInput, { namePrefix: DEMO_LIAISON_UNIT });
        const liaisonUnitId = (await ports.units.list(DEMO_REGION.id, filter, { size: 1 })).edges[0]?.node.id;
        const member = liaisonUnitId
          ? (await ports.members.list(DEMO_REGION.id, parseInput(memberFilterInput, { unitId: liaisonUnitId, namePrefix: DEMO_MEMBER_NAME }), { size: 1 })).edges[0]?.node
          : undefined;
        return demoDirectory(DEMO_REGION.id, liaisonUnitId, member?.id);
      },
      // Registered partner clients get their region from their PartnerClient item, as from the pre-token trigger in AWS.
      partnerClientRegion: (clientId) => activePartnerRegion(ports.partnerClients, clientId),
      // The lockout counts in the table as the cloud's authentication triggers do: the API reads it (账号管理).
      attempts: new SignInAttemptRepository(tableClient, data.tableName),
      // A suspended region's people get no token, as from the pre-token trigger (the same marker item).
      regionSuspended: (regionId) => regionSuspended(tableClient, data.tableName, regionId),
    });
    if (options.seed ?? true) await seedDemoAccounts(ports, SEED_PRINCIPAL, issuer.users());
    const config: AppConfig = {
      ...data,
      auth: { issuer: url, clientIds: issuer.clientIds() },
      allowIntrospection: true,
      // The accounts area makes people's accounts through the issuer's admin actions, as through Cognito's in AWS.
      identity: { userPoolId: LOCAL_USER_POOL_ID, endpoint: `${url}/cognito` },
    };

    const perMinute = options.anonymousPerMinute ?? Number(process.env.GONGJIAN_ANONYMOUS_PER_MINUTE ?? DEFAULT_ANONYMOUS_LIMIT.perMinute);
    const anonymousLimit = perMinute > 0 ? createRateLimiter({ perMinute, burst: Math.max(1, Math.floor(perMinute / 2)) }) : null;
    server = createLocalHttpServer(createGraphqlHandler(config), resolve(options.siteDir ?? 'admin/dist'), issuer, { anonymousLimit });
    const listening = server;
    await new Promise<void>((resolveListen, reject) => {
      listening.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new LocalStackError(`Port ${httpPort} is already in use: choose another with PORT=…`) : error),
      );
      listening.listen(httpPort, '127.0.0.1', () => resolveListen());
    });
    return { url, graphqlUrl: `${url}/graphql`, tokenUrl: `${url}/oauth2/token`, config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

type DataConfig = Pick<AppConfig, 'tableName' | 'filesBucketName' | 'dynamodbEndpoint' | 's3Endpoint' | 'vaultKey'>;

async function prepareData(config: DataConfig, seed: boolean, log: (line: string) => void) {
  const dynamo = new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const s3 = createS3Client(config);
  await Promise.all([ensureTable(dynamo, config.tableName), ensureBucket(s3, config.filesBucketName)]);
  dynamo.destroy();
  s3.destroy();
  if (!seed) return;
  const ports = createPorts({ ...config, auth: { issuer: 'unused', clientIds: ['unused'] }, allowIntrospection: false });
  const created = await ports.regions.createIfAbsent({ ...DEMO_REGION, createdAt: new Date().toISOString() });
  if (created) {
    const count = await seedDemoRegion(ports, SEED_PRINCIPAL);
    log(`Seeded the demo region ${DEMO_REGION.name} with ${count.units} units and ${count.members} members.`);
  }
}

const pidFile = (dataDir: string) => join(dataDir, 'local-stack.pids');
/** The running stack's data settings (endpoints, table, bucket, vault key file); removed when it stops. */
export const endpointsFile = (dataDir: string) => join(dataDir, 'local-stack.data.json');

/** A runner killed hard leaves its servers behind: stop those before starting new ones. */
function stopLeftovers(dataDir: string) {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return;
  for (const pid of JSON.parse(readFileSync(file, 'utf8')) as number[]) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(file, { force: true });
}
