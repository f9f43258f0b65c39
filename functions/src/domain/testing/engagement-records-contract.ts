/**
 * The promises of the engagement records stores (domain/engagement/ports.ts: ServiceRecordStore, TrainingStore,
 * PointsStore, EngagementRulesStore, EvaluationStore, and PostStore.leave's credit), as one suite run against each
 * implementation: the DynamoDB repositories on DynamoDB Local (tests/integration/engagement-records-store.test.ts:
 * there the races are real) and the memory twin (memory-engagement-records.test.ts: there writes run one after
 * another, so the races test the conditions). The same scenarios, the same refusals.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EvaluationGrade, EvaluationGradeValue } from '../engagement/evaluation';
import { defaultRules, emptyFigures, pointsEntryId, type Credit, type MemberYearFigures, type PointsEntry } from '../engagement/points';
import type { ServiceRecordFilter } from '../engagement/ports';
import type { Post, PostHolder } from '../engagement/post';
import type { ServiceRecord, ServiceRecordStatus } from '../engagement/service-record';
import type { TrainingRecord } from '../engagement/training';
import { CursorRejectedError, type Page, type PageRequest } from '../paging';
import type { Ports } from '../ports';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, WriteRefusedError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function engagementRecordsContract(label: string, ports: Ports): void {
  const { newRegionId, stamp, alongside, auditCount } = contractKit(ports);

  function serviceRecord(regionId: string, overrides: Partial<ServiceRecord> = {}): ServiceRecord {
    const at = stamp();
    return {
      id: randomUUID(), regionId, memberId: 'm1', memberName: '张三', memberUnitId: 'unit-1', communityUnitId: 'community-1', servedOn: '2026-03-01', year: 2026,
      hours: 2, description: '社区环境整治', place: null, postId: null, projectId: null, status: 'PENDING', filedAt: at, filedBy: 'tester', decidedAt: null,
      decidedBy: null, declineReason: null, version: 1, createdAt: at, updatedAt: at, ...overrides,
    };
  }

  function training(regionId: string, overrides: Partial<TrainingRecord> = {}): TrainingRecord {
    return {
      id: randomUUID(), regionId, memberId: 'm1', memberName: '张三', memberUnitId: 'unit-1', trainedOn: '2026-03-01', year: 2026, hours: 4, topic: '党章学习',
      provider: null, recordedAt: stamp(), recordedBy: 'tester', ...overrides,
    };
  }

  function entry(regionId: string, overrides: Partial<PointsEntry> = {}): PointsEntry {
    return {
      id: randomUUID(), regionId, memberId: 'm1', year: 2026, kind: 'ADJUSTMENT', correcting: null, sourceId: null, basis: null, points: 1, reason: '测试',
      rulesVersion: 0, createdAt: stamp(), createdBy: 'tester', ...overrides,
    };
  }

  const credit = (e: PointsEntry, figures: Credit['figures'] = {}): Credit => ({ figures, entry: e });
  /** What confirming a record credits: its hours, and as many points. */
  const serviceCredit = (r: ServiceRecord): Credit =>
    credit(entry(r.regionId, { id: pointsEntryId('SERVICE', r.id), memberId: r.memberId, year: r.year, kind: 'SERVICE', sourceId: r.id, basis: r.hours, points: r.hours }), {
      serviceHours: r.hours,
    });
  const trainingCredit = (t: TrainingRecord): Credit =>
    credit(entry(t.regionId, { id: pointsEntryId('TRAINING', t.id), memberId: t.memberId, year: t.year, kind: 'TRAINING', sourceId: t.id, basis: t.hours, points: t.hours }), {
      trainingHours: t.hours,
    });

  const figuresOf = async (regionId: string, memberId: string, year = 2026) => (await ports.points.figures(regionId, year, [memberId]))[0]!;
  const figures = (regionId: string, memberId: string, moved: Partial<MemberYearFigures>, year = 2026): MemberYearFigures => ({
    ...emptyFigures(regionId, memberId, year), ...moved,
  });

  function grade(regionId: string, overrides: Partial<EvaluationGrade> = {}): EvaluationGrade {
    return {
      regionId, memberId: 'm1', memberName: '张三', unitId: 'unit-1', year: 2026, grade: 'QUALIFIED', comment: null, reason: null, gradedAt: stamp(), gradedBy: 'tester',
      version: 1, ...overrides,
    };
  }
  const counts = (moved: Partial<Record<EvaluationGradeValue, number>> = {}) => ({ EXCELLENT: 0, QUALIFIED: 0, BASICALLY_QUALIFIED: 0, UNQUALIFIED: 0, ...moved });

  /** What a write was refused with: `Type:guard` for a guard, `AlreadyTaken:guard`, `RecordMissing:Type`, the refusal's name, or `ok`. */
  async function outcome(write: Promise<void>): Promise<string> {
    try {
      await write;
      return 'ok';
    } catch (error) {
      if (error instanceof GuardFailedError) return `${error.record.type}:${error.guard}`;
      if (error instanceof AlreadyTakenError) return `AlreadyTaken:${error.guard}`;
      if (error instanceof RecordMissingError) return `RecordMissing:${error.record.type}`;
      if (error instanceof WriteRefusedError) return `${error.name}:${(error as { record?: { type: string } }).record?.type ?? ''}`;
      throw error;
    }
  }
  const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});

  /** Every page of a list, two at a time, each node named by `name`. */
  async function everyPage<T>(read: (page: PageRequest) => Promise<Page<T>>, name: (node: T) => string): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Page<T> = await read({ size: 2, after });
      expect(page.edges.length).toBeLessThanOrEqual(2);
      names.push(...page.edges.map((e) => name(e.node)));
      if (!page.pageInfo.hasNextPage) return names;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }
  const byId = (node: { id: string }) => node.id;
  /** Newest first by a sort key, as the store compares strings (UTF-8 bytes). */
  const newestFirst = <T>(nodes: T[], key: (node: T) => string) => [...nodes].sort((a, b) => Buffer.compare(Buffer.from(key(b)), Buffer.from(key(a))));

  describe(`${label}: the points ledger and the year figures`, () => {
    it('a credit puts its entry and moves the figures of its year (negative points too); the same entry id credits once', async () => {
      const regionId = newRegionId();
      const first = entry(regionId, { kind: 'SERVICE', sourceId: 's1', basis: 2.5, points: 2.5 });
      await ports.points.credit(credit(first, { serviceHours: 2.5 }), alongside(regionId, 'm1'));
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 2.5, points: 2.5 }));
      await ports.points.credit(credit(entry(regionId, { points: 1.5 }), { trainingHours: 1.5, postMonths: 2, meetingsAttended: 1 }), alongside(regionId, 'm1'));
      // A deduction: points go down, below zero if it must.
      await ports.points.credit(credit(entry(regionId, { points: -5.5 })), alongside(regionId, 'm1'));
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 2.5, trainingHours: 1.5, postMonths: 2, meetingsAttended: 1, points: -1.5 }));

      // The same entry id again, even with other figures: refused, nothing moves, no audit entry.
      const again = { ...first, createdAt: stamp(), points: 10 };
      expect(await outcome(ports.points.credit(credit(again, { serviceHours: 10 }), alongside(regionId, 'again')))).toBe('AlreadyTaken:points-entry');
      await expect(ports.points.credit(credit(again), alongside(regionId, 'again'))).rejects.toMatchObject({ value: first.id });
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 2.5, trainingHours: 1.5, postMonths: 2, meetingsAttended: 1, points: -1.5 }));
      expect(await auditCount(regionId, 'again')).toBe(0);
      expect(await auditCount(regionId, 'm1')).toBe(3);
      const page = await ports.points.entries(regionId, 'm1', 2026, { size: 10 });
      expect(page.edges.map((e) => e.node.id)).toHaveLength(3);
      expect(page.edges.find((e) => e.node.id === first.id)?.node).toEqual(first);

      // Another year, another member: their own figures; unknown members read as zeros, in the order asked.
      await ports.points.credit(credit(entry(regionId, { year: 2025, points: 3 }), { serviceHours: 3 }), alongside(regionId, 'm1'));
      await ports.points.credit(credit(entry(regionId, { memberId: 'm2', points: 4 }), { meetingsAttended: 2 }), alongside(regionId, 'm2'));
      expect(await ports.points.figures(regionId, 2026, ['nobody', 'm2', 'm1', 'ghost'])).toEqual([
        figures(regionId, 'nobody', {}),
        figures(regionId, 'm2', { meetingsAttended: 2, points: 4 }),
        figures(regionId, 'm1', { serviceHours: 2.5, trainingHours: 1.5, postMonths: 2, meetingsAttended: 1, points: -1.5 }),
        figures(regionId, 'ghost', {}),
      ]);
      expect(await ports.points.figures(regionId, 2025, ['m1', 'm2'])).toEqual([
        figures(regionId, 'm1', { serviceHours: 3, points: 3 }, 2025),
        figures(regionId, 'm2', {}, 2025),
      ]);
      expect(await ports.points.figures(regionId, 2026, [])).toEqual([]);
      // Another region sees none of it.
      expect(await ports.points.figures(newRegionId(), 2026, ['m1'])).toEqual([expect.objectContaining({ points: 0, serviceHours: 0 })]);
    });

    it("a member's entries of a year newest first (by createdAt), in pages; members with figures by member id, in pages", async () => {
      const regionId = newRegionId();
      const made = [entry(regionId), entry(regionId), entry(regionId), entry(regionId), entry(regionId)];
      // Credited out of their order: the list follows createdAt, not the writes.
      for (const i of [2, 0, 4, 1, 3]) await ports.points.credit(credit(made[i]!), alongside(regionId, 'm1'));
      await ports.points.credit(credit(entry(regionId, { year: 2025 })), alongside(regionId, 'm1'));
      await ports.points.credit(credit(entry(regionId, { memberId: 'm2' })), alongside(regionId, 'm2'));
      expect(await everyPage((page) => ports.points.entries(regionId, 'm1', 2026, page), byId)).toEqual([4, 3, 2, 1, 0].map((i) => made[i]!.id));
      expect(await everyPage((page) => ports.points.entries(regionId, 'nobody', 2026, page), byId)).toEqual([]);
      const listed = await ports.points.entries(regionId, 'm1', 2026, { size: 1 });
      expect(listed.edges[0]?.node).toEqual(made[4]);

      for (const memberId of ['m5', 'm3', 'm10', 'm4']) await ports.points.credit(credit(entry(regionId, { memberId, points: 2 })), alongside(regionId, memberId));
      await ports.points.credit(credit(entry(regionId, { memberId: 'm9', year: 2027 })), alongside(regionId, 'm9'));
      const members = await everyPage((page) => ports.points.membersWithFigures(regionId, 2026, page), (f) => f.memberId);
      expect(members).toEqual(['m1', 'm10', 'm2', 'm3', 'm4', 'm5']);
      const first = await ports.points.membersWithFigures(regionId, 2026, { size: 3 });
      expect(first.edges.map((e) => e.node)).toEqual(await ports.points.figures(regionId, 2026, ['m1', 'm10', 'm2']));
      expect(await everyPage((page) => ports.points.membersWithFigures(regionId, 2027, page), (f) => f.memberId)).toEqual(['m9']);
      expect(await everyPage((page) => ports.points.membersWithFigures(regionId, 2024, page), (f) => f.memberId)).toEqual([]);
    });

    it('a cursor of one list does not continue another', async () => {
      const regionId = newRegionId();
      for (let i = 0; i < 3; i++) await ports.points.credit(credit(entry(regionId, { memberId: `m${i}` })), alongside(regionId, 'm'));
      const page = await ports.points.membersWithFigures(regionId, 2026, { size: 1 });
      await expect(ports.points.membersWithFigures(regionId, 2025, { size: 1, after: page.pageInfo.endCursor })).rejects.toMatchObject({ reason: 'other-list' });
      await expect(ports.points.entries(regionId, 'm0', 2026, { size: 1, after: 'not-a-cursor' })).rejects.toMatchObject({ reason: 'invalid' });
    });
  });

  describe(`${label}: service records`, () => {
    it('file once; save at the version read; confirming credits once, in the same write as the record', async () => {
      const regionId = newRegionId();
      const r = serviceRecord(regionId, { hours: 3.5 });
      await ports.serviceRecords.file(r, alongside(regionId, r.id));
      expect(await ports.serviceRecords.get(regionId, r.id)).toEqual(r);
      expect(await outcome(ports.serviceRecords.file({ ...r, memberId: 'm2' }, alongside(regionId, r.id)))).toBe('AlreadyTaken:service-record-id');
      expect(await ports.serviceRecords.get(regionId, r.id)).toEqual(r);

      // An edit, then a stale one.
      const v2 = { ...r, hours: 4, description: '楼道清理', version: 2, updatedAt: stamp() };
      await ports.serviceRecords.save({ current: r, next: v2 }, alongside(regionId, r.id));
      expect(await ports.serviceRecords.get(regionId, r.id)).toEqual(v2);
      expect(await outcome(ports.serviceRecords.save({ current: r, next: { ...r, version: 2 } }, alongside(regionId, r.id)))).toBe('StaleVersionError:ServiceRecord');

      // Confirming on a stale read: refused before the credit, nothing credited.
      const staleConfirm = { current: r, next: { ...r, status: 'CONFIRMED' as const, version: 2 } };
      expect(await outcome(ports.serviceRecords.save(staleConfirm, alongside(regionId, r.id), serviceCredit(r)))).toBe('StaleVersionError:ServiceRecord');
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', {}));
      expect((await ports.points.entries(regionId, 'm1', 2026, { size: 10 })).edges).toEqual([]);

      const v3 = { ...v2, status: 'CONFIRMED' as const, decidedAt: stamp(), decidedBy: 'community', version: 3 };
      const confirmation = serviceCredit(v2);
      await ports.serviceRecords.save({ current: v2, next: v3 }, alongside(regionId, r.id), confirmation);
      expect(await ports.serviceRecords.get(regionId, r.id)).toEqual(v3);
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 4, points: 4 }));
      expect((await ports.points.entries(regionId, 'm1', 2026, { size: 10 })).edges.map((e) => e.node)).toEqual([confirmation.entry]);

      // Crediting the same record again (a later save naming the same entry): refused as a whole, the record stays.
      const v4 = { ...v3, description: '再次确认', version: 4 };
      expect(await outcome(ports.serviceRecords.save({ current: v3, next: v4 }, alongside(regionId, r.id), serviceCredit(v3)))).toBe('AlreadyTaken:points-entry');
      expect(await ports.serviceRecords.get(regionId, r.id)).toEqual(v3);
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 4, points: 4 }));

      const ghost = serviceRecord(regionId);
      expect(await outcome(ports.serviceRecords.save({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, ghost.id), serviceCredit(ghost)))).toBe(
        'RecordMissing:ServiceRecord',
      );
      expect(await ports.serviceRecords.get(regionId, ghost.id)).toBeNull();
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 4, points: 4 }));
      // Filed, edited, confirmed: each with its entry; the refused writes none.
      expect(await auditCount(regionId, r.id)).toBe(3);
      expect(await auditCount(regionId, ghost.id)).toBe(0);
    });

    it('lists newest first by servedOn, of a community, a member unit or a member, with status and year', async () => {
      const regionId = newRegionId();
      // Filed in an order unlike their servedOn; some confirmed or declined afterwards (the lists follow the status).
      const plan: [Partial<ServiceRecord>, ServiceRecordStatus | null][] = [
        [{ servedOn: '2026-03-05', year: 2026 }, null],
        [{ servedOn: '2025-12-30', year: 2025 }, 'CONFIRMED'],
        [{ servedOn: '2026-04-01', year: 2026, memberId: 'm2' }, 'DECLINED'],
        [{ servedOn: '2026-03-05', year: 2026, communityUnitId: 'community-2' }, 'CONFIRMED'],
        [{ servedOn: '2026-01-10', year: 2026, memberUnitId: 'unit-2', memberId: 'm3' }, null],
        [{ servedOn: '2025-06-01', year: 2025, memberId: 'm2', communityUnitId: 'community-2' }, null],
        [{ servedOn: '2026-05-20', year: 2026, memberUnitId: 'unit-2', memberId: 'm3', communityUnitId: 'community-2' }, 'CONFIRMED'],
        [{ servedOn: '2026-02-14', year: 2026 }, 'CONFIRMED'],
        [{ servedOn: '2026-03-05', year: 2026, memberId: 'm2' }, null],
      ];
      const made: ServiceRecord[] = [];
      for (const [overrides, status] of plan) {
        const r = serviceRecord(regionId, overrides);
        await ports.serviceRecords.file(r, alongside(regionId, r.id));
        if (status) {
          const next = { ...r, status, version: 2, updatedAt: stamp() };
          await ports.serviceRecords.save({ current: r, next }, alongside(regionId, r.id), status === 'CONFIRMED' ? serviceCredit(r) : undefined);
          made.push(next);
        } else made.push(r);
      }
      const list = (filter: ServiceRecordFilter) => everyPage((page) => ports.serviceRecords.list(regionId, filter, page), byId);
      // Explicitly, one of each kind (ties on servedOn fall back to the id, descending).
      const tie = (ids: string[]) => [...ids].sort().reverse();
      expect(await list({ communityUnitId: 'community-1' })).toEqual([made[2]!.id, ...tie([made[0]!.id, made[8]!.id]), made[7]!.id, made[4]!.id, made[1]!.id]);
      expect(await list({ memberUnitId: 'unit-2', status: 'CONFIRMED' })).toEqual([made[6]!.id]);
      expect(await list({ memberId: 'm1', year: 2026 })).toEqual(tie([made[0]!.id, made[3]!.id]).concat(made[7]!.id));
      // Every combination against the records as they stand.
      const scopes: ServiceRecordFilter[] = [
        { communityUnitId: 'community-1' }, { communityUnitId: 'community-2' }, { communityUnitId: 'community-3' },
        { memberUnitId: 'unit-1' }, { memberUnitId: 'unit-2' }, { memberId: 'm1' }, { memberId: 'm2' }, { memberId: 'm3' },
      ];
      for (const scope of scopes) {
        for (const status of [undefined, 'PENDING', 'CONFIRMED', 'DECLINED'] as const) {
          for (const year of [undefined, 2025, 2026]) {
            const filter = { ...scope, status, year } as ServiceRecordFilter;
            const expected = newestFirst(
              made.filter(
                (r) =>
                  (scope.communityUnitId === undefined || r.communityUnitId === scope.communityUnitId) &&
                  (scope.memberUnitId === undefined || r.memberUnitId === scope.memberUnitId) &&
                  (scope.memberId === undefined || r.memberId === scope.memberId) &&
                  (status === undefined || r.status === status) &&
                  (year === undefined || r.year === year),
              ),
              (r) => `${r.servedOn}#${r.id}`,
            ).map((r) => r.id);
            expect(await list(filter), JSON.stringify(filter)).toEqual(expected);
          }
        }
      }
      // The listed record is the record as it stands.
      const page = await ports.serviceRecords.list(regionId, { memberUnitId: 'unit-2' }, { size: 1 });
      expect(page.edges[0]?.node).toEqual(made[6]);
      // A cursor of one filter does not continue another.
      const two = await ports.serviceRecords.list(regionId, { communityUnitId: 'community-1' }, { size: 2 });
      await expect(ports.serviceRecords.list(regionId, { communityUnitId: 'community-1', year: 2026 }, { size: 2, after: two.pageInfo.endCursor })).rejects.toMatchObject({
        reason: 'other-list',
      });
      // Read from another index, the store cannot tell the list from a forged one ('invalid'); refused either way.
      await expect(ports.serviceRecords.list(regionId, { communityUnitId: 'community-1', status: 'PENDING' }, { size: 2, after: two.pageInfo.endCursor })).rejects.toBeInstanceOf(
        CursorRejectedError,
      );
    });
  });

  describe(`${label}: trainings`, () => {
    it('a training is recorded once with its credit; an entry already taken refuses the training too', async () => {
      const regionId = newRegionId();
      const t = training(regionId, { hours: 2.5 });
      await ports.trainings.record(t, alongside(regionId, t.id), trainingCredit(t));
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { trainingHours: 2.5, points: 2.5 }));
      expect(await outcome(ports.trainings.record({ ...t, hours: 8 }, alongside(regionId, t.id), trainingCredit({ ...t, id: randomUUID() })))).toBe(
        'AlreadyTaken:training-id',
      );
      // A fresh training whose credit names an entry already in the ledger: neither is written.
      const other = training(regionId, { hours: 6 });
      expect(await outcome(ports.trainings.record(other, alongside(regionId, other.id), trainingCredit(t)))).toBe('AlreadyTaken:points-entry');
      expect(await everyPage((page) => ports.trainings.list(regionId, 'm1', 2026, page), byId)).toEqual([t.id]);
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { trainingHours: 2.5, points: 2.5 }));
      expect(await auditCount(regionId, t.id)).toBe(1);
      expect(await auditCount(regionId, other.id)).toBe(0);
    });

    it("a member's trainings of a year, newest first by trainedOn, in pages", async () => {
      const regionId = newRegionId();
      const made = [
        training(regionId, { trainedOn: '2026-05-01' }), training(regionId, { trainedOn: '2026-01-15' }), training(regionId, { trainedOn: '2026-09-30' }),
        training(regionId, { trainedOn: '2026-05-01' }), training(regionId, { trainedOn: '2025-12-01', year: 2025 }), training(regionId, { memberId: 'm2' }),
        training(regionId, { trainedOn: '2026-02-01' }),
      ];
      for (const t of made) await ports.trainings.record(t, alongside(regionId, t.id), trainingCredit(t));
      const expected = newestFirst(made.filter((t) => t.memberId === 'm1' && t.year === 2026), (t) => `${t.trainedOn}#${t.id}`);
      expect(expected[0]).toBe(made[2]);
      expect(await everyPage((page) => ports.trainings.list(regionId, 'm1', 2026, page), byId)).toEqual(expected.map((t) => t.id));
      expect(await everyPage((page) => ports.trainings.list(regionId, 'm1', 2025, page), byId)).toEqual([made[4]!.id]);
      expect((await ports.trainings.list(regionId, 'm2', 2026, { size: 5 })).edges.map((e) => e.node)).toEqual([made[5]]);
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { trainingHours: 20, points: 20 }));
    });
  });

  describe(`${label}: leaving a post with a credit`, () => {
    it("the months held go to the member's figures and ledger in the leave's write; a taken entry refuses the leave", async () => {
      const regionId = newRegionId();
      const at = stamp();
      const p: Post = {
        id: randomUUID(), regionId, communityUnitId: 'community-1', title: '环境卫生监督岗', duties: null, capacity: 3, holderCount: 0, startsOn: null, endsOn: null,
        status: 'OPEN', version: 1, createdAt: at, updatedAt: at,
      };
      await ports.posts.create(p, alongside(regionId, p.id));
      const holder = (memberId: string): PostHolder => ({
        regionId, postId: p.id, communityUnitId: p.communityUnitId, memberId, memberName: `党员${memberId}`, reportId: null, claimedAt: stamp(),
      });
      const months = (h: PostHolder, n: number, id = pointsEntryId('POST', `${h.postId}.${h.memberId}.${h.claimedAt}`)) =>
        credit(entry(regionId, { id, memberId: h.memberId, kind: 'POST', sourceId: h.postId, basis: n, points: n * 2 }), { postMonths: n });
      const h1 = holder('m1');
      const h2 = holder('m2');
      await ports.posts.claim(h1, alongside(regionId, p.id));
      await ports.posts.claim(h2, alongside(regionId, p.id));
      const left = months(h1, 3);
      await ports.posts.leave(h1, alongside(regionId, p.id), left);
      expect(await ports.posts.holder(regionId, p.id, 'm1')).toBeNull();
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { postMonths: 3, points: 6 }));
      expect((await ports.points.entries(regionId, 'm1', 2026, { size: 5 })).edges.map((e) => e.node)).toEqual([left.entry]);

      // m2 leaves with a credit whose entry is taken: refused, still holding, nothing counted.
      expect(await outcome(ports.posts.leave(h2, alongside(regionId, p.id), months(h2, 5, left.entry.id)))).toBe('AlreadyTaken:points-entry');
      expect(await ports.posts.holder(regionId, p.id, 'm2')).toEqual(h2);
      expect(await ports.posts.get(regionId, p.id)).toMatchObject({ holderCount: 1 });
      expect(await figuresOf(regionId, 'm2')).toEqual(figures(regionId, 'm2', {}));
      // Without a credit (held less than a month): as before.
      await ports.posts.leave(h2, alongside(regionId, p.id));
      expect(await ports.posts.get(regionId, p.id)).toMatchObject({ holderCount: 0 });
      expect(await figuresOf(regionId, 'm2')).toEqual(figures(regionId, 'm2', {}));
      // Created, two claims, two leaves.
      expect(await auditCount(regionId, p.id)).toBe(5);
    });
  });

  describe(`${label}: engagement rules per year`, () => {
    it('saved at the version read (0: none yet); each year its own', async () => {
      const regionId = newRegionId();
      expect(await ports.engagementRules.get(regionId, 2026)).toBeNull();
      const v1 = { ...defaultRules(regionId, 2026), pointsPerServiceHour: 2, starPoints: [10, 30, 50, 70, 90], version: 1, updatedAt: stamp(), updatedBy: 'tester' };
      await ports.engagementRules.save(v1, 0, alongside(regionId, 'rules-2026'));
      expect(await ports.engagementRules.get(regionId, 2026)).toEqual(v1);
      // A second "first" save, or one at a version never stored: refused.
      expect(await outcome(ports.engagementRules.save({ ...v1, pointsPerMeeting: 9 }, 0, alongside(regionId, 'rules-2026')))).toBe('StaleVersionError:EngagementRules');
      expect(await outcome(ports.engagementRules.save({ ...v1, version: 3 }, 2, alongside(regionId, 'rules-2026')))).toBe('StaleVersionError:EngagementRules');
      const v2 = { ...v1, capGradeWithoutReport: true, version: 2, updatedAt: stamp() };
      await ports.engagementRules.save(v2, 1, alongside(regionId, 'rules-2026'));
      expect(await ports.engagementRules.get(regionId, 2026)).toEqual(v2);
      expect(await outcome(ports.engagementRules.save({ ...v1, version: 2 }, 1, alongside(regionId, 'rules-2026')))).toBe('StaleVersionError:EngagementRules');
      expect(await ports.engagementRules.get(regionId, 2025)).toBeNull();
      const y2025 = { ...defaultRules(regionId, 2025), version: 1, updatedAt: stamp(), updatedBy: 'tester' };
      await ports.engagementRules.save(y2025, 0, alongside(regionId, 'rules-2025'));
      expect(await ports.engagementRules.get(regionId, 2025)).toEqual(y2025);
      expect(await ports.engagementRules.get(regionId, 2026)).toEqual(v2);
      expect(await ports.engagementRules.get(newRegionId(), 2026)).toBeNull();
      expect(await auditCount(regionId, 'rules-2026')).toBe(2);
    });
  });

  describe(`${label}: evaluation grades and the units' counts`, () => {
    it('a first grade once; changes at the version read; the counts follow the grade and the unit', async () => {
      const regionId = newRegionId();
      const g1 = grade(regionId, { grade: 'EXCELLENT' });
      await ports.evaluations.save({ current: null, next: g1 }, alongside(regionId, 'm1'));
      expect(await ports.evaluations.getMany(regionId, 2026, ['m1'])).toEqual([g1]);
      expect(await ports.evaluations.unitCounts(regionId, 2026, ['unit-1'])).toEqual([counts({ EXCELLENT: 1 })]);
      // A second first grade: refused, nothing counted.
      expect(await outcome(ports.evaluations.save({ current: null, next: { ...g1, grade: 'QUALIFIED' } }, alongside(regionId, 'm1')))).toBe('AlreadyTaken:evaluation-grade');
      expect(await ports.evaluations.unitCounts(regionId, 2026, ['unit-1'])).toEqual([counts({ EXCELLENT: 1 })]);

      // Changed within the unit.
      const g2 = { ...g1, grade: 'BASICALLY_QUALIFIED' as const, comment: '复评', version: 2, gradedAt: stamp() };
      await ports.evaluations.save({ current: g1, next: g2 }, alongside(regionId, 'm1'));
      expect(await ports.evaluations.unitCounts(regionId, 2026, ['unit-1'])).toEqual([counts({ BASICALLY_QUALIFIED: 1 })]);
      // Stale: refused, nothing moves.
      expect(await outcome(ports.evaluations.save({ current: g1, next: { ...g1, grade: 'UNQUALIFIED', reason: '长期不参加组织生活', version: 2 } }, alongside(regionId, 'm1')))).toBe(
        'StaleVersionError:EvaluationGrade',
      );
      expect(await ports.evaluations.getMany(regionId, 2026, ['m1'])).toEqual([g2]);
      // The same grade again (a comment only): the counts stay.
      const g3 = { ...g2, comment: '补充说明', version: 3 };
      await ports.evaluations.save({ current: g2, next: g3 }, alongside(regionId, 'm1'));
      expect(await ports.evaluations.unitCounts(regionId, 2026, ['unit-1'])).toEqual([counts({ BASICALLY_QUALIFIED: 1 })]);
      // Moved to another unit (the member transferred before the regrade): out of one, into the other.
      const g4 = { ...g3, unitId: 'unit-2', grade: 'QUALIFIED' as const, version: 4 };
      await ports.evaluations.save({ current: g3, next: g4 }, alongside(regionId, 'm1'));
      // Same grade, other unit.
      const g5 = { ...g4, unitId: 'unit-3', version: 5 };
      await ports.evaluations.save({ current: g4, next: g5 }, alongside(regionId, 'm1'));

      const others = [grade(regionId, { memberId: 'm2', grade: 'EXCELLENT' }), grade(regionId, { memberId: 'm3', unitId: 'unit-2' }), grade(regionId, { memberId: 'm4', year: 2025 })];
      for (const g of others) await ports.evaluations.save({ current: null, next: g }, alongside(regionId, g.memberId));
      expect(await ports.evaluations.unitCounts(regionId, 2026, ['unit-3', 'nowhere', 'unit-1', 'unit-2'])).toEqual([
        counts({ QUALIFIED: 1 }), counts(), counts({ EXCELLENT: 1 }), counts({ QUALIFIED: 1 }),
      ]);
      expect(await ports.evaluations.unitCounts(regionId, 2025, ['unit-1', 'unit-3'])).toEqual([counts({ QUALIFIED: 1 }), counts()]);
      expect(await ports.evaluations.getMany(regionId, 2026, ['m3', 'm4', 'm1'])).toEqual([others[1], null, g5]);
      expect(await ports.evaluations.getMany(regionId, 2025, ['m4'])).toEqual([others[2]]);
      expect(await ports.evaluations.getMany(regionId, 2026, [])).toEqual([]);
      expect(await ports.evaluations.unitCounts(regionId, 2026, [])).toEqual([]);

      // A change of a grade never given: refused.
      const ghost = grade(regionId, { memberId: 'm9' });
      expect(await outcome(ports.evaluations.save({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, 'm9')))).toBe('RecordMissing:EvaluationGrade');
      expect(await ports.evaluations.getMany(regionId, 2026, ['m9'])).toEqual([null]);
      expect(await auditCount(regionId, 'm9')).toBe(0);
      // The first grade and four changes.
      expect(await auditCount(regionId, 'm1')).toBe(5);
    });
  });

  describe(`${label}: concurrent writes (real races on DynamoDB)`, () => {
    it('20 concurrent credits of distinct entries to one member: the figures are their exact sums', async () => {
      const regionId = newRegionId();
      // Tenths and halves: exact decimal sums (21 points, 105 hours), not floating-point ones.
      const credits = Array.from({ length: 20 }, (_, i) => credit(entry(regionId, { points: (i + 1) / 10 }), { serviceHours: (i + 1) / 2, meetingsAttended: 1 }));
      const results = await Promise.all(credits.map((c) => outcome(ports.points.credit(c, alongside(regionId, 'm1')))));
      expect(tally(results)).toEqual({ ok: 20 });
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 105, meetingsAttended: 20, points: 21 }));
      expect(await everyPage((page) => ports.points.entries(regionId, 'm1', 2026, page), byId)).toHaveLength(20);
      expect(await auditCount(regionId, 'm1')).toBe(20);
    });

    it('10 concurrent credits of the same entry id: exactly one, counted once', async () => {
      const regionId = newRegionId();
      const id = pointsEntryId('SERVICE', randomUUID());
      const results = await Promise.all(
        Array.from({ length: 10 }, () => outcome(ports.points.credit(credit(entry(regionId, { id, points: 3 }), { serviceHours: 3 }), alongside(regionId, 'm1')))),
      );
      expect(tally(results)).toEqual({ ok: 1, 'AlreadyTaken:points-entry': 9 });
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 3, points: 3 }));
      expect(await auditCount(regionId, 'm1')).toBe(1);
    });

    it('10 concurrent confirmations of one service record: one goes through, counted once', async () => {
      const regionId = newRegionId();
      const r = serviceRecord(regionId, { hours: 2 });
      await ports.serviceRecords.file(r, alongside(regionId, r.id));
      const results = await Promise.all(
        Array.from({ length: 10 }, () => outcome(ports.serviceRecords.save({ current: r, next: { ...r, status: 'CONFIRMED', version: 2 } }, alongside(regionId, r.id), serviceCredit(r)))),
      );
      expect(results.filter((o) => o === 'ok')).toHaveLength(1);
      expect(results.every((o) => o === 'ok' || o === 'StaleVersionError:ServiceRecord' || o === 'AlreadyTaken:points-entry')).toBe(true);
      expect(await figuresOf(regionId, 'm1')).toEqual(figures(regionId, 'm1', { serviceHours: 2, points: 2 }));
    });

    it('10 concurrent first grades of one member: exactly one, counted once', async () => {
      const regionId = newRegionId();
      const grades: EvaluationGradeValue[] = ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'QUALIFIED', 'EXCELLENT', 'QUALIFIED', 'QUALIFIED', 'EXCELLENT', 'QUALIFIED', 'QUALIFIED'];
      const made = grades.map((g) => grade(regionId, { grade: g }));
      const results = await Promise.all(made.map((g) => outcome(ports.evaluations.save({ current: null, next: g }, alongside(regionId, 'm1')))));
      expect(tally(results)).toEqual({ ok: 1, 'AlreadyTaken:evaluation-grade': 9 });
      const winner = made[results.indexOf('ok')]!;
      expect(await ports.evaluations.getMany(regionId, 2026, ['m1'])).toEqual([winner]);
      expect(await ports.evaluations.unitCounts(regionId, 2026, ['unit-1'])).toEqual([counts({ [winner.grade]: 1 })]);
      expect(await auditCount(regionId, 'm1')).toBe(1);
    });
  });
}
