/**
 * The promises of the issue ledger's store (domain/ledger/ports.ts), as one suite run against each implementation: the
 * DynamoDB repository on DynamoDB Local (tests/integration/ledger-store.test.ts: there the races are real) and the
 * memory twin the use cases' unit tests use (memory-ledger.test.ts: there writes run one after another, so the races
 * test the conditions). The same scenarios, the same refusals.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UploadClaim } from '../alongside';
import type { PendingUpload } from '../files/rules';
import { ledgerNumber, type LedgerItem, type LedgerStatus } from '../ledger/item';
import type { LedgerCounters, LedgerFilter } from '../ledger/ports';
import { CursorRejectedError, type Page, type PageRequest } from '../paging';
import type { Ports } from '../ports';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError, WriteRefusedError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function ledgerStoreContract(label: string, ports: Ports): void {
  const YEAR = 2026;
  const store = ports.ledger;

  const { newRegionId, stamp, alongside, auditCount } = contractKit(ports);

  function item(regionId: string, seq: number, overrides: Partial<LedgerItem> = {}): LedgerItem {
    const at = stamp();
    const year = overrides.year ?? YEAR;
    return {
      id: randomUUID(), regionId, year, seq, number: ledgerNumber(year, seq), kind: 'PROBLEM', title: '小区路灯损坏', description: '夜间出行不便',
      category: null, raisedByUnitId: 'unit-raiser', raisedBy: '联络员', raisedAt: at, files: [], handlerUnitId: null, handlerDepartment: null,
      dueOn: null, assignedAt: null, resolution: null, resolvedAt: null, signedOffBy: null, signedOffAt: null, declineReason: null, reopenCount: 0,
      status: 'RAISED', history: [{ at, by: '联络员', action: 'RAISE', note: null, files: [] }], version: 1, createdAt: at, updatedAt: at, ...overrides,
    };
  }

  /** Raises the year's next item (numbers read as the use case reads them); returns it as stored. */
  async function raiseNext(regionId: string, overrides: Partial<LedgerItem> = {}): Promise<LedgerItem> {
    const year = overrides.year ?? YEAR;
    const next = item(regionId, (await store.lastNumber(regionId, year)) + 1, overrides);
    await store.raise(next, alongside(regionId, next.id));
    return next;
  }

  /** The item saved at the version it has now, with `changes`. */
  async function move(it: LedgerItem, changes: Partial<LedgerItem>): Promise<LedgerItem> {
    const current = (await store.get(it.regionId, it.id))!;
    const next = { ...current, ...changes, version: current.version + 1, updatedAt: stamp() };
    await store.save({ current, next }, alongside(it.regionId, it.id));
    return next;
  }

  async function putUpload(regionId: string): Promise<UploadClaim> {
    const at = new Date().toISOString();
    const upload: PendingUpload = {
      id: randomUUID(), regionId, name: '照片.jpg', contentType: 'image/jpeg', size: 3, sha256: 'abc', uploadedBy: 'tester', createdAt: at,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    await ports.uploads.put(upload, alongside(regionId, upload.id));
    return { regionId, uploadId: upload.id };
  }

  /** What a write was refused with: `Type:guard` for a guard, `AlreadyTaken:guard`, `RecordMissing:Type`, the refusal's name, or `ok`. */
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

  /** Counters without the zeros a store may keep after a move (an ADD back to 0 leaves the attribute). */
  const counts = (counters: LedgerCounters) => Object.fromEntries(Object.entries(counters).filter(([, v]) => v !== 0));

  /** Every page of a list, `size` at a time, and the ids in order. */
  async function everyPage(regionId: string, filter: LedgerFilter, size = 2): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 60; i++) {
      const page: Page<LedgerItem> = await store.list(regionId, filter, { size, after });
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }
  const firstPage = (regionId: string, filter: LedgerFilter, page: PageRequest = { size: 100 }) => store.list(regionId, filter, page);

  describe(`${label}: raise numbers each item once, with its counters and audit entry, or writes nothing`, () => {
    it('a raise stores the item, moves the counter from 0 to 1 and adds to total and its status, with its audit entry', async () => {
      const regionId = newRegionId();
      expect(await store.lastNumber(regionId, YEAR)).toBe(0);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({});
      const first = item(regionId, 1);
      await store.raise(first, alongside(regionId, first.id));
      expect(await store.get(regionId, first.id)).toEqual(first);
      expect(await store.lastNumber(regionId, YEAR)).toBe(1);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 1, 'status.RAISED': 1 });
      expect(await auditCount(regionId, first.id)).toBe(1);
      const second = item(regionId, 2);
      await store.raise(second, alongside(regionId, second.id));
      expect(await store.lastNumber(regionId, YEAR)).toBe(2);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 2, 'status.RAISED': 2 });
    });

    it('a raise with a taken number (or one that skips a number) is GuardFailed(LedgerCounter, number-taken) and writes nothing', async () => {
      const regionId = newRegionId();
      const first = await raiseNext(regionId);
      const before = await store.counters(regionId, YEAR);
      for (const seq of [1, 3]) {
        const taken = item(regionId, seq);
        expect(await outcome(store.raise(taken, alongside(regionId, taken.id)))).toBe('LedgerCounter:number-taken');
        expect(await store.get(regionId, taken.id)).toBeNull();
        expect(await auditCount(regionId, taken.id)).toBe(0);
      }
      expect(await store.lastNumber(regionId, YEAR)).toBe(1);
      expect(await store.counters(regionId, YEAR)).toEqual(before);
      expect(await store.get(regionId, first.id)).toEqual(first);
      const refused = await store.raise(item(regionId, 1), alongside(regionId, 'x')).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(GuardFailedError);
      expect((refused as GuardFailedError).record.type).toBe('LedgerCounter');
    });

    it('a raise reusing an item id is AlreadyTaken(ledger-item-id): the counter, counters and the first item stay', async () => {
      const regionId = newRegionId();
      const first = await raiseNext(regionId);
      const reused = item(regionId, 2, { id: first.id, title: '另一件事' });
      const refused = await store.raise(reused, alongside(regionId, first.id)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AlreadyTakenError);
      expect((refused as AlreadyTakenError).guard).toBe('ledger-item-id');
      expect(await store.lastNumber(regionId, YEAR)).toBe(1);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 1, 'status.RAISED': 1 });
      expect(await store.get(regionId, first.id)).toEqual(first);
      expect(await auditCount(regionId, first.id)).toBe(1);
      // The number was not taken by the refused raise: the next raise gets 2.
      expect((await raiseNext(regionId)).seq).toBe(2);
    });

    it('numbers and counters are per region and year', async () => {
      const regionId = newRegionId();
      const other = newRegionId();
      await raiseNext(regionId);
      await raiseNext(regionId);
      const nextYear = await raiseNext(regionId, { year: YEAR + 1 });
      const otherRegion = await raiseNext(other);
      expect([nextYear.seq, nextYear.number, otherRegion.seq]).toEqual([1, `${YEAR + 1}-0001`, 1]);
      expect(await store.lastNumber(regionId, YEAR)).toBe(2);
      expect(await store.lastNumber(regionId, YEAR + 1)).toBe(1);
      expect(counts(await store.counters(regionId, YEAR + 1))).toEqual({ total: 1, 'status.RAISED': 1 });
      expect(counts(await store.counters(other, YEAR))).toEqual({ total: 1, 'status.RAISED': 1 });
      expect(await store.get(other, nextYear.id)).toBeNull();
    });

    it('get and getMany: in the order asked, null where absent or of another region', async () => {
      const regionId = newRegionId();
      const a = await raiseNext(regionId);
      const b = await raiseNext(regionId);
      const foreign = await raiseNext(newRegionId());
      expect(await store.get(regionId, 'missing')).toBeNull();
      expect(await store.getMany(regionId, [b.id, 'missing', a.id, foreign.id, b.id])).toEqual([b, null, a, null, b]);
      expect(await store.getMany(regionId, [])).toEqual([]);
    });
  });

  describe(`${label}: save writes at the version read and moves the counters with the status`, () => {
    it('a status change moves status.{current} − 1 and status.{next} + 1; total stays; an edit without one moves nothing', async () => {
      const regionId = newRegionId();
      const a = await raiseNext(regionId);
      await raiseNext(regionId);
      const assigned = await move(a, { status: 'ASSIGNED', handlerUnitId: 'unit-handler', dueOn: '2026-04-01', assignedAt: stamp() });
      expect(await store.get(regionId, a.id)).toEqual(assigned);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 2, 'status.RAISED': 1, 'status.ASSIGNED': 1 });
      await move(a, { description: '补充说明' });
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 2, 'status.RAISED': 1, 'status.ASSIGNED': 1 });
      await move(a, { status: 'RESOLVED', resolution: '已更换', resolvedAt: stamp() });
      await move(a, { status: 'CLOSED', signedOffBy: '联络员', signedOffAt: stamp() });
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 2, 'status.RAISED': 1, 'status.CLOSED': 1 });
      expect(await auditCount(regionId, a.id)).toBe(5);
      // The number stays the item's: saves never move the counter.
      expect(await store.lastNumber(regionId, YEAR)).toBe(2);
    });

    it('a save at an older version is StaleVersion(LedgerItem): the item, counters and audit stay', async () => {
      const regionId = newRegionId();
      const a = await raiseNext(regionId);
      const current = (await store.get(regionId, a.id))!;
      const winner = await move(a, { title: '先到的修改' });
      const late = { ...current, status: 'DECLINED' as const, declineReason: '不属实', version: current.version + 1 };
      const refused = await store.save({ current, next: late }, alongside(regionId, a.id)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StaleVersionError);
      expect((refused as StaleVersionError).record).toEqual({ type: 'LedgerItem', id: a.id });
      expect(await store.get(regionId, a.id)).toEqual(winner);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 1, 'status.RAISED': 1 });
      expect(await auditCount(regionId, a.id)).toBe(2);
    });

    it('a save of an item that was never raised is RecordMissing(LedgerItem) and writes nothing', async () => {
      const regionId = newRegionId();
      const ghost = item(regionId, 1);
      const refused = await store.save({ current: ghost, next: { ...ghost, status: 'ASSIGNED', version: 2 } }, alongside(regionId, ghost.id)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(RecordMissingError);
      expect((refused as RecordMissingError).record).toEqual({ type: 'LedgerItem', id: ghost.id });
      expect(await store.get(regionId, ghost.id)).toBeNull();
      expect(counts(await store.counters(regionId, YEAR))).toEqual({});
      expect(await auditCount(regionId, ghost.id)).toBe(0);
    });
  });

  describe(`${label}: upload claims are consumed by the write that links them, once`, () => {
    it('raise consumes its uploads; a raise claiming a consumed upload is RecordMissing(Upload) and writes nothing (the number stays free)', async () => {
      const regionId = newRegionId();
      const upload = await putUpload(regionId);
      const first = item(regionId, 1);
      await store.raise(first, alongside(regionId, first.id, [upload]));
      expect(await ports.uploads.get(regionId, upload.uploadId)).toBeNull();
      const second = item(regionId, 2);
      expect(await outcome(store.raise(second, alongside(regionId, second.id, [upload])))).toBe('RecordMissing:Upload');
      expect(await store.get(regionId, second.id)).toBeNull();
      expect(await store.lastNumber(regionId, YEAR)).toBe(1);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 1, 'status.RAISED': 1 });
      expect(await auditCount(regionId, second.id)).toBe(0);
    });

    it('save consumes its uploads; a save claiming a consumed upload is RecordMissing(Upload) and leaves the item', async () => {
      const regionId = newRegionId();
      const a = await raiseNext(regionId);
      const upload = await putUpload(regionId);
      const current = (await store.get(regionId, a.id))!;
      const resolved = { ...current, status: 'RESOLVED' as const, resolution: '已处理', version: 2 };
      await store.save({ current, next: resolved }, alongside(regionId, a.id, [upload]));
      expect(await ports.uploads.get(regionId, upload.uploadId)).toBeNull();
      const again = { ...resolved, status: 'CLOSED' as const, version: 3 };
      expect(await outcome(store.save({ current: resolved, next: again }, alongside(regionId, a.id, [upload])))).toBe('RecordMissing:Upload');
      expect(await store.get(regionId, a.id)).toEqual(resolved);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 1, 'status.RESOLVED': 1 });
    });
  });

  describe(`${label}: lists of a year, newest number first, filters combined, paged`, () => {
    type Seed = Partial<LedgerItem> & { status: LedgerStatus };
    // Numbers 1…9 of the year in this order, one of the next year (never listed with the year).
    const SEEDS: Seed[] = [
      { status: 'RAISED', raisedByUnitId: 'u-a' },
      { status: 'ASSIGNED', raisedByUnitId: 'u-a', handlerUnitId: 'h-1', dueOn: '2026-03-10' },
      { status: 'ASSIGNED', raisedByUnitId: 'u-b', handlerUnitId: 'h-2', dueOn: '2026-03-05' },
      { status: 'RESOLVED', raisedByUnitId: 'u-a', handlerUnitId: 'h-1', dueOn: '2026-03-01' },
      { status: 'ASSIGNED', raisedByUnitId: 'u-b', handlerUnitId: 'h-1', dueOn: '2026-03-20' },
      { status: 'ASSIGNED', raisedByUnitId: 'u-a', handlerUnitId: null, handlerDepartment: '区住建局', dueOn: '2026-03-05' },
      { status: 'ASSIGNED', raisedByUnitId: 'u-a', handlerUnitId: 'h-2', dueOn: null },
      { status: 'CLOSED', raisedByUnitId: 'u-b', handlerUnitId: 'h-2', dueOn: '2026-02-01' },
      { status: 'DECLINED', raisedByUnitId: 'u-a' },
    ];

    async function seedYear() {
      const regionId = newRegionId();
      const items: LedgerItem[] = [];
      for (const seed of SEEDS) items.push(await raiseNext(regionId, seed));
      await raiseNext(regionId, { year: YEAR + 1, status: 'ASSIGNED', raisedByUnitId: 'u-a', handlerUnitId: 'h-1', dueOn: '2026-01-01' });
      return { regionId, items };
    }
    const newestFirst = (items: LedgerItem[], keep: (i: LedgerItem) => boolean) => items.filter(keep).sort((a, b) => b.seq - a.seq).map((i) => i.id);

    it('every filter and combination lists exactly its items, newest number first, whole and in pages of 2', async () => {
      const { regionId, items } = await seedYear();
      const filters: LedgerFilter[] = [
        { year: YEAR },
        { year: YEAR, status: 'ASSIGNED' },
        { year: YEAR, status: 'RAISED' },
        { year: YEAR, raisedByUnitId: 'u-a' },
        { year: YEAR, raisedByUnitId: 'u-b' },
        { year: YEAR, handlerUnitId: 'h-1' },
        { year: YEAR, handlerUnitId: 'h-2' },
        { year: YEAR, status: 'ASSIGNED', raisedByUnitId: 'u-a' },
        { year: YEAR, status: 'ASSIGNED', raisedByUnitId: 'u-b' },
        { year: YEAR, status: 'ASSIGNED', handlerUnitId: 'h-1' },
        { year: YEAR, status: 'CLOSED', handlerUnitId: 'h-2' },
        { year: YEAR, status: 'RESOLVED', raisedByUnitId: 'u-b' },
        { year: YEAR, handlerUnitId: 'nobody' },
      ];
      for (const filter of filters) {
        const expected = newestFirst(
          items,
          (i) =>
            (!filter.status || i.status === filter.status) &&
            (!filter.raisedByUnitId || i.raisedByUnitId === filter.raisedByUnitId) &&
            (!filter.handlerUnitId || i.handlerUnitId === filter.handlerUnitId),
        );
        const whole = await firstPage(regionId, filter);
        expect({ filter, ids: whole.edges.map((e) => e.node.id) }).toEqual({ filter, ids: expected });
        expect(whole.pageInfo.hasNextPage).toBe(false);
        expect({ filter, ids: await everyPage(regionId, filter) }).toEqual({ filter, ids: expected });
      }
      // The year's nine, numbers 9 … 1, and the nodes are the items as stored.
      const year = await firstPage(regionId, { year: YEAR });
      expect(year.edges.map((e) => e.node.seq)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
      expect(year.edges.map((e) => e.node)).toEqual([...items].reverse());
      expect((await firstPage(regionId, { year: YEAR + 2 })).edges).toEqual([]);
    });

    it('overdueOn lists only ASSIGNED items due before the day, earliest due first (then by number), ignoring the other filters', async () => {
      const { regionId, items } = await seedYear();
      const [, i2, i3, , i5, i6] = items;
      const ids = async (filter: LedgerFilter) => (await firstPage(regionId, filter)).edges.map((e) => e.node.id);
      // Due on 03-05 (#3, #6), 03-10 (#2), 03-20 (#5); #4 RESOLVED and #8 CLOSED past due, #7 without a due date, never.
      expect(await ids({ year: YEAR, overdueOn: '2026-03-21' })).toEqual([i3!.id, i6!.id, i2!.id, i5!.id]);
      // Due on the day is not overdue yet.
      expect(await ids({ year: YEAR, overdueOn: '2026-03-10' })).toEqual([i3!.id, i6!.id]);
      expect(await ids({ year: YEAR, overdueOn: '2026-03-05' })).toEqual([]);
      expect(await ids({ year: YEAR, overdueOn: '2026-03-21', status: 'RAISED', handlerUnitId: 'h-1' })).toEqual([i3!.id, i6!.id, i2!.id, i5!.id]);
      expect(await everyPage(regionId, { year: YEAR, overdueOn: '2026-03-21' }, 1)).toEqual([i3!.id, i6!.id, i2!.id, i5!.id]);
      // Resolved: it leaves the overdue list; assigned again later (reopened), it returns with its new date.
      await move(i3!, { status: 'RESOLVED', resolution: '已修复' });
      expect(await ids({ year: YEAR, overdueOn: '2026-03-21' })).toEqual([i6!.id, i2!.id, i5!.id]);
      await move(i3!, { status: 'ASSIGNED', dueOn: '2026-03-15', reopenCount: 1 });
      expect(await ids({ year: YEAR, overdueOn: '2026-03-21' })).toEqual([i6!.id, i2!.id, i3!.id, i5!.id]);
    });

    it('a save moves the item between the lists of its status and handler', async () => {
      const { regionId, items } = await seedYear();
      const i1 = items[0]!;
      await move(i1, { status: 'ASSIGNED', handlerUnitId: 'h-2', dueOn: '2026-03-02' });
      const ids = async (filter: LedgerFilter) => (await firstPage(regionId, filter)).edges.map((e) => e.node.id);
      expect(await ids({ year: YEAR, status: 'RAISED' })).toEqual([]);
      expect(await ids({ year: YEAR, status: 'ASSIGNED', handlerUnitId: 'h-2' })).toEqual([items[6]!.id, items[2]!.id, i1.id]);
      expect(await ids({ year: YEAR, status: 'ASSIGNED', raisedByUnitId: 'u-a' })).toEqual([items[6]!.id, items[5]!.id, items[1]!.id, i1.id]);
      expect((await ids({ year: YEAR, overdueOn: '2026-03-03' }))[0]).toBe(i1.id);
      await move(i1, { handlerUnitId: 'h-1' });
      expect(await ids({ year: YEAR, handlerUnitId: 'h-2' })).not.toContain(i1.id);
      expect(await ids({ year: YEAR, handlerUnitId: 'h-1' })).toContain(i1.id);
    });

    it('a cursor continues only its own list: another filter, day or region refuses it', async () => {
      const { regionId } = await seedYear();
      const rejected = async (filter: LedgerFilter, after: string, inRegion = regionId) => {
        const error = await store.list(inRegion, filter, { size: 2, after }).catch((e: unknown) => e);
        return error instanceof CursorRejectedError ? error.reason : error;
      };
      const page = await firstPage(regionId, { year: YEAR, status: 'ASSIGNED' }, { size: 2 });
      expect(page.pageInfo.hasNextPage).toBe(true);
      const cursor = page.pageInfo.endCursor!;
      expect((await store.list(regionId, { year: YEAR, status: 'ASSIGNED' }, { size: 2, after: cursor })).edges).toHaveLength(2);
      // Another value of the same filter, another year: the same kind of list, so the cursor is recognised as another's.
      expect(await rejected({ year: YEAR, status: 'RAISED' }, cursor)).toBe('other-list');
      expect(await rejected({ year: YEAR + 1, status: 'ASSIGNED' }, cursor)).toBe('other-list');
      // Another combination: refused (the store may not even read it as a cursor of its list: 'invalid' is fine there).
      for (const filter of [{ year: YEAR }, { year: YEAR, status: 'ASSIGNED' as const, raisedByUnitId: 'u-a' }, { year: YEAR, overdueOn: '2026-03-21' }]) {
        expect(['other-list', 'invalid']).toContain(await rejected(filter, cursor));
      }
      expect(await rejected({ year: YEAR, status: 'ASSIGNED' }, cursor, newRegionId())).toBe('invalid');
      expect(await rejected({ year: YEAR, status: 'ASSIGNED' }, 'not-a-cursor')).toBe('invalid');
      const overdue = await firstPage(regionId, { year: YEAR, overdueOn: '2026-03-21' }, { size: 1 });
      expect(overdue.pageInfo.hasNextPage).toBe(true);
      expect(await rejected({ year: YEAR, overdueOn: '2026-03-22' }, overdue.pageInfo.endCursor!)).toBe('other-list');
      expect(['other-list', 'invalid']).toContain(await rejected({ year: YEAR, status: 'ASSIGNED' }, overdue.pageInfo.endCursor!));
    });

    it('raisedByUnitId and handlerUnitId together are refused (a caller bug: the contract combines status with one of them)', async () => {
      await expect(store.list(newRegionId(), { year: YEAR, raisedByUnitId: 'u-a', handlerUnitId: 'h-1' }, { size: 10 })).rejects.toThrow();
    });
  });

  describe(`${label}: 50 concurrent raisers of one region and year`, () => {
    it('each reads lastNumber, raises last + 1 and retries on number-taken: numbers 1…50, no gap, no duplicate; counters total 50', async () => {
      const regionId = newRegionId();
      const raisedIds = new Set<string>();
      let refusals = 0;
      // The use case's loop: read the last number, raise the next, read again when another raiser took it.
      async function raiser(n: number): Promise<LedgerItem> {
        for (let attempt = 0; attempt < 500; attempt++) {
          const seq = (await store.lastNumber(regionId, YEAR)) + 1;
          const next = item(regionId, seq, { id: `raiser-${n}`, raisedByUnitId: `u-${n % 5}` });
          try {
            await store.raise(next, alongside(regionId, next.id));
            raisedIds.add(next.id);
            return next;
          } catch (error) {
            if (!(error instanceof GuardFailedError && error.guard === 'number-taken')) throw error;
            refusals++;
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
          }
        }
        throw new Error(`raiser ${n} never got a number`);
      }
      const raised = await Promise.all(Array.from({ length: 50 }, (_, n) => raiser(n)));
      expect(raisedIds.size).toBe(50);
      // The store really was raced: someone lost at least once.
      expect(refusals).toBeGreaterThan(0);
      expect(raised.map((i) => i.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(await store.lastNumber(regionId, YEAR)).toBe(50);
      expect(counts(await store.counters(regionId, YEAR))).toEqual({ total: 50, 'status.RAISED': 50 });
      // What is stored agrees: every raiser's item with the number it was told, all 50 listed once each.
      const stored = await store.getMany(regionId, raised.map((i) => i.id));
      expect(stored.map((i) => i?.seq)).toEqual(raised.map((i) => i.seq));
      const listed = await everyPage(regionId, { year: YEAR }, 20);
      expect(listed).toEqual([...raised].sort((a, b) => b.seq - a.seq).map((i) => i.id));
      for (const it of raised) expect(await auditCount(regionId, it.id)).toBe(1);
    }, 120_000);
  });
}
