/**
 * The promises of the partner clients' store (domain/partners/ports.ts: PartnerClientStore), as one suite run against
 * each implementation: the DynamoDB repository on DynamoDB Local (tests/integration/partner-client-store.test.ts) and
 * the memory twin the use cases' unit tests use (memory-partner-clients.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CursorRejectedError } from '../paging';
import type { PartnerClient } from '../partners/partner-client';
import type { Ports } from '../ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function partnerClientStoreContract(label: string, ports: Ports): void {
  const store = ports.partnerClients;
  const { newRegionId, stamp, alongside, auditCount } = contractKit(ports);

  async function region(): Promise<string> {
    const regionId = newRegionId();
    await ports.regions.createIfAbsent({ id: regionId, name: `测试街道${regionId}`, level: 'STREET', createdAt: stamp() });
    return regionId;
  }

  const client = (regionId: string, overrides: Partial<PartnerClient> = {}): PartnerClient => {
    const at = stamp();
    return {
      clientId: `c${randomUUID().replace(/-/g, '').slice(0, 20)}`, regionId, name: '合作系统', scopes: ['gongjian/public.read'], state: 'ACTIVE',
      createdAt: at, createdBy: '平台管理员', secretRotatedAt: at, revokedAt: null, version: 1, ...overrides,
    };
  };

  describe(`${label}: partner clients by client id, each region's list`, () => {
    it('create stores it with its audit entry; get reads it back whole; an unknown id is null', async () => {
      const regionId = await region();
      const c = client(regionId, { scopes: ['gongjian/public.read', 'gongjian/member.act'] });
      await store.create(c, alongside(regionId, c.clientId));
      expect(await store.get(c.clientId)).toEqual(c);
      expect(await store.get(`missing-${c.clientId}`)).toBeNull();
      expect(await auditCount(regionId, c.clientId)).toBe(1);
    });

    it('refuses a known client id (AlreadyTaken) and a region that does not exist (RecordMissing), writing nothing', async () => {
      const regionId = await region();
      const c = client(regionId);
      await store.create(c, alongside(regionId, c.clientId));
      await expect(store.create({ ...c, name: '另一个' }, alongside(regionId, c.clientId))).rejects.toBeInstanceOf(AlreadyTakenError);
      const orphan = client(newRegionId());
      await expect(store.create(orphan, alongside(orphan.regionId, orphan.clientId))).rejects.toBeInstanceOf(RecordMissingError);
      expect(await store.get(orphan.clientId)).toBeNull();
      expect(await auditCount(regionId, c.clientId)).toBe(1);
    });

    it('save writes on the version read; a stale version is refused; a missing client is RecordMissing', async () => {
      const regionId = await region();
      const c = client(regionId);
      await store.create(c, alongside(regionId, c.clientId));
      const next: PartnerClient = { ...c, state: 'REVOKED', revokedAt: stamp(), version: 2 };
      await store.save({ current: c, next }, alongside(regionId, c.clientId));
      expect(await store.get(c.clientId)).toEqual(next);
      await expect(store.save({ current: c, next: { ...next, name: 'x' } }, alongside(regionId, c.clientId))).rejects.toBeInstanceOf(StaleVersionError);
      const ghost = client(regionId);
      await expect(store.save({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, ghost.clientId))).rejects.toBeInstanceOf(RecordMissingError);
    });

    it("lists a region's clients newest first in pages, revoked ones too; a cursor of another region is refused", async () => {
      const [regionId, other] = [await region(), await region()];
      const made: PartnerClient[] = [];
      for (let i = 0; i < 3; i++) {
        const c = client(regionId, { name: `系统${i}` });
        await store.create(c, alongside(regionId, c.clientId));
        made.push(c);
      }
      const elsewhere = client(other);
      await store.create(elsewhere, alongside(other, elsewhere.clientId));
      await store.save({ current: made[0]!, next: { ...made[0]!, state: 'REVOKED', version: 2 } }, alongside(regionId, made[0]!.clientId));
      const first = await store.list(regionId, { size: 2 });
      expect(first.edges.map((e) => e.node.clientId)).toEqual([made[2]!.clientId, made[1]!.clientId]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await store.list(regionId, { size: 2, after: first.pageInfo.endCursor });
      expect(rest.edges.map((e) => e.node)).toEqual([{ ...made[0]!, state: 'REVOKED', version: 2 }]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      await expect(store.list(other, { size: 2, after: first.pageInfo.endCursor })).rejects.toBeInstanceOf(CursorRejectedError);
    });
  });
}
