/** The accounts' and regions' stores against DynamoDB Local: the shared contract (functions/src/domain/testing/account-store-contract.ts). */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { accountStoreContract } from '../../functions/src/domain/testing/account-store-contract';
import { createDocumentClient } from '../../functions/src/store/clients';
import { regionKey } from '../../functions/src/store/entities/region';
import { createPorts } from '../../functions/src/store/ports';
import { SignInAttemptRepository } from '../../functions/src/store/sign-in-attempt-repository';
import { testConfig } from './harness';

const config = testConfig();
const ports = createPorts(config);

accountStoreContract('DynamoDB Local', ports, new SignInAttemptRepository(createDocumentClient(config), config.tableName));

describe('DynamoDB Local: a region seeded before the platform list existed', () => {
  it('is listed once seeding finds it again (its entry from its own createdAt); createIfAbsent stays false', async () => {
    const id = `t-${randomUUID().slice(0, 8)}`;
    // Later than every other region of the run: the first of the newest-first list.
    const createdAt = '2999-12-31T00:00:00.000Z';
    const client = createDocumentClient(config);
    await client.send(
      new PutCommand({
        TableName: config.tableName,
        Item: { ...regionKey(id), type: 'REGION', id, name: '旧区域', level: 'STREET', createdAt, unitCount: 0, accountCount: 0, adminCount: 0 },
      }),
    );
    expect((await ports.regions.list({ size: 1 })).edges[0]?.node.id).not.toBe(id);
    expect(await ports.regions.createIfAbsent({ id, name: '旧区域', level: 'STREET', createdAt: new Date().toISOString() })).toBe(false);
    expect((await ports.regions.list({ size: 1 })).edges[0]?.node).toMatchObject({ id, createdAt, slug: null, superiorOrganization: null });
  });
});
