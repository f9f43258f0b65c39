import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TestProject } from 'vitest/node';
import { createS3Client } from '../../functions/src/store/s3-client';
import { startDynamodbLocal } from '../../local/dynamodb-local';
import { createLocalHttpServer } from '../../local/http-server';
import { LocalIssuer } from '../../local/issuer';
import { freePort } from '../../local/processes';
import { ensureBucket, ensureTable, ensureVaultKey } from '../../local/resources';
import { startS3Local } from '../../local/s3-local';

export const TEST_TABLE = 'gongjian-test';
export const TEST_BUCKET = 'gongjian-test-files';

/** DynamoDB Local (in memory) and s3rver, once per test run on free ports; each test uses a fresh region. */
export default async function setup(project: TestProject) {
  const s3Dir = mkdtempSync(join(tmpdir(), 'gongjian-it-s3-'));
  const [dynamo, s3] = await Promise.all([
    freePort().then((port) => startDynamodbLocal(port, null)),
    freePort().then((port) => startS3Local(port, s3Dir)),
  ]);
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const s3Client = createS3Client({ s3Endpoint: s3.endpoint });
  await Promise.all([ensureTable(client, TEST_TABLE), ensureBucket(s3Client, TEST_BUCKET)]);
  client.destroy();
  s3Client.destroy();
  project.provide('dynamodbEndpoint', dynamo.endpoint);
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('vaultKeyFile', ensureVaultKey(`${s3Dir}-vault.key`));
  // The identity provider the accounts area's directory calls (the local issuer's admin actions), empty at first.
  const issuerPort = await freePort();
  const issuerUrl = `http://127.0.0.1:${issuerPort}`;
  const issuer = await LocalIssuer.open({ issuerUrl, file: null, initialUsers: async () => ({ users: [], clients: [] }) });
  const issuerServer = createLocalHttpServer(async () => ({ statusCode: 404, body: '' }), '/nonexistent', issuer, { anonymousLimit: null });
  await new Promise<void>((r) => issuerServer.listen(issuerPort, '127.0.0.1', r));
  project.provide('issuerEndpoint', `${issuerUrl}/cognito`);
  return async () => {
    await new Promise<void>((r) => issuerServer.close(() => r()));
    await Promise.all([dynamo.stop(), s3.stop()]);
    rmSync(s3Dir, { recursive: true, force: true });
    rmSync(`${s3Dir}-vault.key`, { force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    s3Endpoint: string;
    vaultKeyFile: string;
    /** The local issuer's Cognito endpoint: the directory behind createAccount & co. */
    issuerEndpoint: string;
  }
}
