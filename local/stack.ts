import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import type { AppConfig } from '../functions/src/config';
import { resolvePrincipal } from '../functions/src/auth/resolve-principal';
import { createGraphqlHandler } from '../functions/src/graphql/lambda';
import { createS3Client } from '../functions/src/store/clients';
import { createPorts } from '../functions/src/store/ports';
import { startDynamodbLocal } from './dynamodb-local';
import { createLocalHttpServer } from './http-server';
import { assertPortFree, freePort, LocalStackError, type Child } from './processes';
import { ensureBucket, ensureTable } from './resources';
import { startS3Local } from './s3-local';
import { DEMO_REGION, seedDemoRegion } from './seed';

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
}

export interface LocalStack {
  url: string;
  graphqlUrl: string;
  config: AppConfig;
  stop(): Promise<void>;
}

export const LOCAL_TABLE = 'gongjian-local';
export const LOCAL_BUCKET = 'gongjian-local-files';

/** DynamoDB Local + s3rver + the GraphQL Lambda handler + the admin SPA, on one local origin. */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  const port = options.port ?? 4000;
  if (port !== 0) await assertPortFree(port, 'Gongjian HTTP');
  const dataDir = options.inMemory ? null : resolve(options.dataDir ?? '.data');
  if (dataDir) stopLeftovers(dataDir);
  const s3Dir = dataDir ? join(dataDir, 's3') : mkdtempSync(join(tmpdir(), 'gongjian-s3-'));

  const children: Child[] = [];
  let server: Server | undefined;
  const stop = async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server?.closeAllConnections();
    await Promise.all(children.map((c) => c.stop()));
    if (dataDir) rmSync(pidFile(dataDir), { force: true });
    else rmSync(s3Dir, { recursive: true, force: true });
  };
  try {
    const [dynamoPort, s3Port] = [await freePort(), await freePort()];
    const [dynamo, s3] = await Promise.all([
      startDynamodbLocal(dynamoPort, dataDir ? join(dataDir, 'dynamodb') : null).then((c) => (children.push(c), c)),
      startS3Local(s3Port, s3Dir).then((c) => (children.push(c), c)),
    ]);
    if (dataDir) writeFileSync(pidFile(dataDir), JSON.stringify(children.map((c) => c.process.pid)));
    const config: AppConfig = {
      tableName: LOCAL_TABLE,
      filesBucketName: LOCAL_BUCKET,
      dynamodbEndpoint: dynamo.endpoint,
      s3Endpoint: s3.endpoint,
      authMode: 'demo-admin',
      demoRegionId: DEMO_REGION.id,
      allowIntrospection: true,
    };
    await prepareData(config, options.seed ?? true, log);

    server = createLocalHttpServer(createGraphqlHandler(config), resolve(options.siteDir ?? 'admin/dist'));
    const listening = server;
    const actualPort = await new Promise<number>((resolvePort, reject) => {
      listening.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new LocalStackError(`Port ${port} is already in use: choose another with PORT=…`) : error),
      );
      listening.listen(port, '127.0.0.1', () => resolvePort((listening.address() as { port: number }).port));
    });
    const url = `http://localhost:${actualPort}`;
    return { url, graphqlUrl: `${url}/graphql`, config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function prepareData(config: AppConfig, seed: boolean, log: (line: string) => void) {
  const dynamo = new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const s3 = createS3Client(config);
  await Promise.all([ensureTable(dynamo, config.tableName), ensureBucket(s3, config.filesBucketName)]);
  dynamo.destroy();
  s3.destroy();
  if (!seed) return;
  const ports = createPorts(config);
  const created = await ports.regions.createIfAbsent({ ...DEMO_REGION, createdAt: new Date().toISOString() });
  if (created) {
    const count = await seedDemoRegion(ports, resolvePrincipal(config)!);
    log(`Seeded the demo region ${DEMO_REGION.name} with ${count} units.`);
  }
}

const pidFile = (dataDir: string) => join(dataDir, 'local-stack.pids');

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
