import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutBucketCorsCommand, type S3Client } from '@aws-sdk/client-s3';
import { TABLE_DEFINITION } from '../functions/src/store/table-definition';
import { LocalStackError } from './processes';

/**
 * Creates the table from the same definition the CDK stack uses; an existing table is kept if it has
 * that definition's indexes, and refused (with what to do) if an older version of Gongjian made it.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { partitionKey, sortKey, globalSecondaryIndexes } = TABLE_DEFINITION;
  const attributes = new Map<string, 'S' | 'N'>();
  for (const key of [partitionKey, sortKey, ...globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey])]) {
    attributes.set(key.name, key.type);
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
        KeySchema: [
          { AttributeName: partitionKey.name, KeyType: 'HASH' },
          { AttributeName: sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: globalSecondaryIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await assertCurrentIndexes(client, tableName);
  }
}

/** A table of an older key plan (other indexes, names not sorted by pinyin) would answer wrongly, not fail. */
async function assertCurrentIndexes(client: DynamoDBClient, tableName: string): Promise<void> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const existing = (Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort().join(', ');
  const wanted = TABLE_DEFINITION.globalSecondaryIndexes.map((i) => i.indexName).sort().join(', ');
  if (existing !== wanted) {
    throw new LocalStackError(
      `the local table ${tableName} was made by an older version of Gongjian (indexes ${existing || 'none'}; this version needs ${wanted}). ` +
        'Delete the .data/ folder (rm -rf .data) and start again: the demo region is seeded anew.',
    );
  }
}


/** Creates the files bucket with CORS for presigned browser uploads (the CDK bucket has the same). */
export async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    const name = (error as Error).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
  }
  await s3.send(
    new PutBucketCorsCommand({
      Bucket: bucket,
      CORSConfiguration: {
        CORSRules: [
          { AllowedOrigins: ['*'], AllowedMethods: ['PUT', 'GET', 'HEAD'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 3000 },
        ],
      },
    }),
  );
}

/**
 * The local vault key (store/vault.ts): made on first start, kept beside the data it protects. Lose it and
 * the sealed ID numbers of that data can no longer be revealed (fingerprints no longer match).
 */
export function ensureVaultKey(path: string): string {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return path;
}
