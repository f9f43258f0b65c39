import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../functions/src/auth/principal';
import type { AppConfig } from '../functions/src/config';
import type { Ports } from '../functions/src/domain/ports';
import { createContext } from '../functions/src/graphql/context';
import { createApolloServer } from '../functions/src/graphql/server';
import { createDocumentClient } from '../functions/src/store/clients';
import { createPorts } from '../functions/src/store/ports';
import { startDynamodbLocal } from '../local/dynamodb-local';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../local/stack';
import { freePort } from '../local/processes';
import { ensureTable, ensureVaultKey } from '../local/resources';
import { stopOnInterrupt } from './cleanup';
import { DynamoCounter } from './dynamo-counter';

export const BENCH_TABLE = 'gongjian-bench';

/**
 * The seeded local stack a figure group measures against: the one the caller shares (the smoke runs its three
 * stack groups on one, a seeded stack takes seconds to start), or one of the group's own, stopped by `done`.
 */
export async function benchStack(options: LocalStackOptions, shared?: LocalStack): Promise<{ stack: LocalStack; done: () => Promise<void> }> {
  if (shared) return { stack: shared, done: async () => undefined };
  const stack = await startLocalStack(options);
  const release = stopOnInterrupt(stack.stop);
  return {
    stack,
    done: async () => {
      release();
      await stack.stop();
    },
  };
}

/** A DynamoDB Local in memory on a free loopback port with the product's table, for one figure group. */
export async function startBenchDynamo(): Promise<{ endpoint: string; tableName: string; stop: () => Promise<void> }> {
  const dynamo = await startDynamodbLocal(await freePort(), null);
  try {
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await ensureTable(client, BENCH_TABLE);
    client.destroy();
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
  const release = stopOnInterrupt(() => dynamo.stop());
  return {
    endpoint: dynamo.endpoint,
    tableName: BENCH_TABLE,
    stop: async () => {
      release();
      await dynamo.stop();
    },
  };
}

/** Config for in-process runs; S3 is never contacted by the measured operations (presigning is local). */
export function benchConfig(data: { dynamodbEndpoint: string; tableName: string; s3Endpoint?: string; filesBucketName?: string }): AppConfig {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(data.dynamodbEndpoint)) throw new Error('bench: DynamoDB must be local (loopback)');
  return {
    tableName: data.tableName,
    filesBucketName: data.filesBucketName ?? 'gongjian-bench-files',
    dynamodbEndpoint: data.dynamodbEndpoint,
    s3Endpoint: data.s3Endpoint ?? 'http://127.0.0.1:9',
    auth: { issuer: 'http://127.0.0.1:9', clientIds: ['bench'] },
    allowIntrospection: false,
    vaultKey: { kind: 'file', path: ensureVaultKey(join(tmpdir(), 'gongjian-bench-vault.key')) },
  };
}

export interface InProcessApi {
  ports: Ports;
  counter: DynamoCounter;
  /** A separate, uncounted client for seeding. */
  seedClient: DynamoDBDocumentClient;
  /** Runs one operation through Apollo with a fresh context, as the Lambda does per request; throws on errors. */
  run: <T = Record<string, any>>(query: string, variables: Record<string, unknown>, principal: Principal) => Promise<T>;
  close(): void;
}

/**
 * The product's Apollo server and ports, in this process, with the repositories' DynamoDB client
 * instrumented. This is what the Lambda runs per request minus HTTP and token verification.
 */
export function inProcessApi(config: AppConfig): InProcessApi {
  // Every repository shares this one client: counting it counts every request they make.
  const counter = new DynamoCounter();
  const documentClient = createDocumentClient(config);
  counter.instrument(documentClient);
  const ports = createPorts(config, { documentClient });
  const server = createApolloServer(config);
  const seedClient = createDocumentClient(config);
  return {
    ports,
    counter,
    seedClient,
    run: async (query, variables, principal) => {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(principal, ports) });
      if (response.body.kind !== 'single') throw new Error('bench: unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(`bench: GraphQL errors: ${errors.map((e) => `${e.message} (${String(e.extensions?.code)})`).join('; ')}`);
      return data as any;
    },
    close: () => seedClient.destroy(),
  };
}
