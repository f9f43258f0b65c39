/**
 * The promises of the publication store (domain/publication/ports.ts), as one suite run against each implementation:
 * the DynamoDB repository on DynamoDB Local (tests/integration/publication-store.test.ts) and the memory twin the use
 * cases' unit tests use (memory-publications.test.ts). The same scenarios, the same refusals.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CursorRejectedError, type Page } from '../paging';
import type { Ports } from '../ports';
import type { PublicationStore } from '../publication/ports';
import type { Publication, PublishableType } from '../publication/publication';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, WriteRefusedError } from '../write-refusals';
import { contractKit } from './contract-kit';

/** A store of the same kind whose limit per type and year is `max` (the real one is 1000: too many writes for a test). */
export type LimitedStore = (max: number) => PublicationStore;

export function publicationStoreContract(label: string, ports: Ports, limited: LimitedStore): void {
  const YEAR = 2026;
  const store = ports.publications;
  const { newRegionId, stamp, alongside, auditCount } = contractKit(ports);

  const publication = (regionId: string, overrides: Partial<Publication> = {}): Publication => ({
    regionId, recordType: 'NEED', recordId: randomUUID(), year: YEAR, title: '老人助餐服务', publishedAt: stamp(), publishedBy: '测试管理员', ...overrides,
  });

  async function publish(regionId: string, overrides: Partial<Publication> = {}, into: PublicationStore = store): Promise<Publication> {
    const p = publication(regionId, overrides);
    await into.publish(p, alongside(regionId, p.recordId));
    return p;
  }

  async function outcome(write: Promise<void>): Promise<string> {
    try {
      await write;
      return 'ok';
    } catch (error) {
      if (error instanceof GuardFailedError) return `${error.record.type}:${error.guard}`;
      if (error instanceof AlreadyTakenError) return `AlreadyTaken:${error.guard}`;
      if (error instanceof RecordMissingError) return `RecordMissing:${error.record.type}`;
      if (error instanceof WriteRefusedError) return error.name;
      throw error;
    }
  }

  async function everyPage(regionId: string, type: PublishableType, year: number, search?: string, size = 2): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: Page<Publication> = await store.list(regionId, type, year, { size, after }, search);
      ids.push(...page.edges.map((e) => e.node.recordId));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  describe(`${label}: publish and unpublish, each with its audit entry, or nothing`, () => {
    it('publish stores it (get, getMany in the order asked, null where absent or of another region), with its audit entry', async () => {
      const regionId = newRegionId();
      const a = await publish(regionId);
      const b = await publish(regionId, { recordType: 'PROJECT', title: '楼道照明' });
      const foreign = await publish(newRegionId());
      expect(await store.get(regionId, a.recordId)).toEqual(a);
      expect(await store.get(regionId, foreign.recordId)).toBeNull();
      expect(await store.getMany(regionId, [b.recordId, 'missing', a.recordId, foreign.recordId])).toEqual([b, null, a, null]);
      expect(await store.getMany(regionId, [])).toEqual([]);
      expect(await auditCount(regionId, a.recordId)).toBe(1);
    });

    it('publishing a published record is AlreadyTaken(publication): the first stays, no second audit entry', async () => {
      const regionId = newRegionId();
      const first = await publish(regionId);
      const again = { ...first, publishedAt: stamp(), title: '另一标题' };
      const refused = await store.publish(again, alongside(regionId, first.recordId)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AlreadyTakenError);
      expect(refused).toMatchObject({ guard: 'publication', value: first.recordId });
      expect(await store.get(regionId, first.recordId)).toEqual(first);
      expect(await auditCount(regionId, first.recordId)).toBe(1);
      expect(await everyPage(regionId, 'NEED', YEAR)).toEqual([first.recordId]);
    });

    it('unpublish removes it at once (get, lists) with its audit entry; a second unpublish is RecordMissing(Publication) and writes nothing', async () => {
      const regionId = newRegionId();
      const a = await publish(regionId);
      const b = await publish(regionId);
      await store.unpublish(a, alongside(regionId, a.recordId));
      expect(await store.get(regionId, a.recordId)).toBeNull();
      expect(await everyPage(regionId, 'NEED', YEAR)).toEqual([b.recordId]);
      expect(await auditCount(regionId, a.recordId)).toBe(2);
      expect(await outcome(store.unpublish(a, alongside(regionId, a.recordId)))).toBe('RecordMissing:Publication');
      expect(await auditCount(regionId, a.recordId)).toBe(2);
      // Published again later: a new publication, listed as the newest.
      const again = await publish(regionId, { recordId: a.recordId });
      expect(await everyPage(regionId, 'NEED', YEAR)).toEqual([again.recordId, b.recordId]);
    });

    it('unpublish of a record never published, or named with another type or year than stored, is RecordMissing(Publication)', async () => {
      const regionId = newRegionId();
      expect(await outcome(store.unpublish(publication(regionId), alongside(regionId, 'x')))).toBe('RecordMissing:Publication');
      const a = await publish(regionId);
      expect(await outcome(store.unpublish({ ...a, year: YEAR + 1 }, alongside(regionId, a.recordId)))).toBe('RecordMissing:Publication');
      expect(await outcome(store.unpublish({ ...a, recordType: 'RESOURCE' }, alongside(regionId, a.recordId)))).toBe('RecordMissing:Publication');
      expect(await store.get(regionId, a.recordId)).toEqual(a);
    });
  });

  describe(`${label}: a type's publications of a year, newest published first, paged, searchable`, () => {
    it('lists exactly the type and year, newest first, whole and in pages of 2; search keeps titles containing it', async () => {
      const regionId = newRegionId();
      const titles = ['老人助餐服务', '楼道照明改造', '助餐点志愿者', '儿童托管', '社区助餐食堂'];
      const needs: Publication[] = [];
      for (const title of titles) needs.push(await publish(regionId, { title }));
      await publish(regionId, { recordType: 'RESOURCE', title: '助餐场地' });
      await publish(regionId, { year: YEAR + 1, title: '助餐明年' });
      await publish(newRegionId(), { title: '助餐别区' });
      const newestFirst = (keep: (p: Publication) => boolean) => needs.filter(keep).reverse().map((p) => p.recordId);
      const whole = await store.list(regionId, 'NEED', YEAR, { size: 100 });
      expect(whole.edges.map((e) => e.node)).toEqual([...needs].reverse());
      expect(whole.pageInfo.hasNextPage).toBe(false);
      expect(await everyPage(regionId, 'NEED', YEAR)).toEqual(newestFirst(() => true));
      expect(await everyPage(regionId, 'NEED', YEAR, '助餐')).toEqual(newestFirst((p) => p.title.includes('助餐')));
      expect(await everyPage(regionId, 'NEED', YEAR, '助餐', 1)).toEqual(newestFirst((p) => p.title.includes('助餐')));
      expect(await everyPage(regionId, 'NEED', YEAR, '不存在')).toEqual([]);
      expect(await everyPage(regionId, 'RESOURCE', YEAR)).toHaveLength(1);
      expect(await everyPage(regionId, 'PROJECT', YEAR)).toEqual([]);
      expect(await everyPage(regionId, 'NEED', YEAR + 1)).toHaveLength(1);
    });

    it('a cursor continues only its own list: another type, year, search or region refuses it', async () => {
      const regionId = newRegionId();
      for (let i = 0; i < 4; i++) await publish(regionId, { title: `助餐${i}` });
      const rejected = async (type: PublishableType, year: number, after: string, search?: string, inRegion = regionId) => {
        const error = await store.list(inRegion, type, year, { size: 2, after }, search).catch((e: unknown) => e);
        return error instanceof CursorRejectedError ? error.reason : error;
      };
      const page = await store.list(regionId, 'NEED', YEAR, { size: 2 });
      expect(page.pageInfo.hasNextPage).toBe(true);
      const cursor = page.pageInfo.endCursor!;
      expect(await rejected('NEED', YEAR + 1, cursor)).toBe('other-list');
      expect(await rejected('RESOURCE', YEAR, cursor)).toBe('other-list');
      expect(['other-list', 'invalid']).toContain(await rejected('NEED', YEAR, cursor, '助餐'));
      expect(await rejected('NEED', YEAR, cursor, undefined, newRegionId())).toBe('invalid');
      expect(await rejected('NEED', YEAR, 'not-a-cursor')).toBe('invalid');
    });
  });

  describe(`${label}: at most the limit per region, type and year, counted in the same write`, () => {
    it('past the limit publish is GuardFailed(PublicationCount, limit) and writes nothing; an unpublish frees a place; other types and years count apart', async () => {
      const limitedStore = limited(3);
      const regionId = newRegionId();
      const published: Publication[] = [];
      for (let i = 0; i < 3; i++) published.push(await publish(regionId, {}, limitedStore));
      const over = publication(regionId);
      expect(await outcome(limitedStore.publish(over, alongside(regionId, over.recordId)))).toBe('PublicationCount:limit');
      expect(await limitedStore.get(regionId, over.recordId)).toBeNull();
      // A refused publish of a published record reports that first, and moves no counter either.
      expect(await outcome(limitedStore.publish({ ...published[0]!, publishedAt: stamp() }, alongside(regionId, 'x')))).toBe('AlreadyTaken:publication');
      // Other types, years and regions have their own counters.
      await publish(regionId, { recordType: 'PROJECT' }, limitedStore);
      await publish(regionId, { year: YEAR + 1 }, limitedStore);
      await publish(newRegionId(), {}, limitedStore);
      await limitedStore.unpublish(published[1]!, alongside(regionId, published[1]!.recordId));
      await limitedStore.publish(over, alongside(regionId, over.recordId));
      const last = publication(regionId);
      expect(await outcome(limitedStore.publish(last, alongside(regionId, last.recordId)))).toBe('PublicationCount:limit');
    });

    it('12 concurrent publishes of distinct records with a limit of 5: exactly 5 get through, and the counter agrees afterwards', async () => {
      const limitedStore = limited(5);
      const regionId = newRegionId();
      const candidates = Array.from({ length: 12 }, () => publication(regionId));
      const outcomes = await Promise.all(candidates.map((p) => outcome(limitedStore.publish(p, alongside(regionId, p.recordId)))));
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(5);
      expect(outcomes.filter((o) => o !== 'ok').every((o) => o === 'PublicationCount:limit' || o === 'WriteContendedError')).toBe(true);
      const stored = (await limitedStore.getMany(regionId, candidates.map((p) => p.recordId))).filter(Boolean);
      expect(stored).toHaveLength(5);
      const listed = await limitedStore.list(regionId, 'NEED', YEAR, { size: 100 });
      expect(listed.edges).toHaveLength(5);
      // Unpublish all five: the counter is back at 0, five places free again.
      for (const p of stored) await limitedStore.unpublish(p!, alongside(regionId, p!.recordId));
      for (let i = 0; i < 5; i++) await publish(regionId, {}, limitedStore);
      const extra = publication(regionId);
      expect(await outcome(limitedStore.publish(extra, alongside(regionId, extra.recordId)))).toBe('PublicationCount:limit');
    }, 60_000);
  });
}
