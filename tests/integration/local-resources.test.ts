import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { ensureTable } from '../../local/resources';

/** The local runner keeps an existing table only when it has this version's indexes (local/resources.ts). */
describe('local: ensureTable', () => {
  const client = () =>
    new DynamoDBClient({ endpoint: inject('dynamodbEndpoint'), region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

  it('creates the table once and keeps it on the next start', async () => {
    const name = `t-${randomUUID().slice(0, 8)}`;
    await ensureTable(client(), name);
    await expect(ensureTable(client(), name)).resolves.toBeUndefined();
  });

  it('refuses a table an older version made, saying what to do', async () => {
    const name = `old-${randomUUID().slice(0, 8)}`;
    await client().send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      }),
    );
    await expect(ensureTable(client(), name)).rejects.toThrow(/older version of Gongjian.*Delete the \.data\/ folder/);
  });
});
