/**
 * The promises of the calendar feeds' store (domain/calendar-feeds/ports.ts: CalendarFeedStore), as one suite run
 * against each implementation: the DynamoDB repository on DynamoDB Local (tests/integration/calendar-feed-store.test.ts)
 * and the memory twin the use cases' unit tests use (memory-calendar-feeds.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CalendarFeed } from '../calendar-feeds/feed';
import type { Ports } from '../ports';
import { RecordMissingError, StaleVersionError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function calendarFeedStoreContract(label: string, ports: Ports): void {
  const store = ports.calendarFeeds;
  const { newRegionId, stamp, alongside, auditCount } = contractKit(ports);

  const feed = (regionId: string, userId: string, overrides: Partial<CalendarFeed> = {}): CalendarFeed => ({
    regionId, userId, username: `u-${userId}`, role: 'UNIT_LIAISON', unitId: 'unit-1', memberId: null, origin: 'https://example.cn',
    secretHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), createdAt: stamp(), lastUsedAt: null, ...overrides,
  });

  describe(`${label}: calendar feeds by secret hash and by person, one live feed each`, () => {
    it('replace with none stores the feed whole, read by its hash and by its person, with its audit entry', async () => {
      const regionId = newRegionId();
      const f = feed(regionId, 'p1');
      expect(await store.ofUser(regionId, 'p1')).toBeNull();
      await store.replace(null, f, alongside(regionId, 'p1'));
      expect(await store.bySecretHash(f.secretHash)).toEqual(f);
      expect(await store.ofUser(regionId, 'p1')).toEqual(f);
      expect(await store.ofUser(newRegionId(), 'p1')).toBeNull();
      expect(await auditCount(regionId, 'p1')).toBe(1);
    });

    it('replace revokes the earlier feed in the same write; a stale current (or a second first feed) is refused, writing nothing', async () => {
      const regionId = newRegionId();
      const first = feed(regionId, 'p1');
      await store.replace(null, first, alongside(regionId, 'p1'));
      const second = feed(regionId, 'p1', { role: 'REGION_ADMIN', unitId: null });
      await store.replace(first, second, alongside(regionId, 'p1'));
      expect(await store.bySecretHash(first.secretHash)).toBeNull();
      expect(await store.ofUser(regionId, 'p1')).toEqual(second);
      const late = feed(regionId, 'p1');
      await expect(store.replace(first, late, alongside(regionId, 'p1'))).rejects.toBeInstanceOf(StaleVersionError);
      await expect(store.replace(null, late, alongside(regionId, 'p1'))).rejects.toBeInstanceOf(StaleVersionError);
      expect(await store.bySecretHash(late.secretHash)).toBeNull();
      expect(await store.ofUser(regionId, 'p1')).toEqual(second);
      expect(await auditCount(regionId, 'p1')).toBe(2);
    });

    it('revoke removes the live feed; a replaced one is StaleVersion, none at all RecordMissing', async () => {
      const regionId = newRegionId();
      const first = feed(regionId, 'p1');
      await store.replace(null, first, alongside(regionId, 'p1'));
      const second = feed(regionId, 'p1');
      await store.replace(first, second, alongside(regionId, 'p1'));
      await expect(store.revoke(first, alongside(regionId, 'p1'))).rejects.toBeInstanceOf(StaleVersionError);
      await store.revoke(second, alongside(regionId, 'p1'));
      expect(await store.bySecretHash(second.secretHash)).toBeNull();
      expect(await store.ofUser(regionId, 'p1')).toBeNull();
      await expect(store.revoke(second, alongside(regionId, 'p1'))).rejects.toBeInstanceOf(RecordMissingError);
      expect(await auditCount(regionId, 'p1')).toBe(3);
    });

    it("keeps each person's feed apart, and markUsed notes a fetch (a revoked feed is left alone)", async () => {
      const regionId = newRegionId();
      const mine = feed(regionId, 'p1');
      const theirs = feed(regionId, 'p2');
      await store.replace(null, mine, alongside(regionId, 'p1'));
      await store.replace(null, theirs, alongside(regionId, 'p2'));
      const at = stamp();
      await store.markUsed(mine.secretHash, at);
      expect(await store.ofUser(regionId, 'p1')).toEqual({ ...mine, lastUsedAt: at });
      expect(await store.ofUser(regionId, 'p2')).toEqual(theirs);
      await store.revoke(theirs, alongside(regionId, 'p2'));
      await expect(store.markUsed(theirs.secretHash, stamp())).resolves.toBeUndefined();
      expect(await store.bySecretHash(theirs.secretHash)).toBeNull();
    });
  });
}
