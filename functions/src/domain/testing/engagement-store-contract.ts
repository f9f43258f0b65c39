/**
 * The promises of the engagement store (domain/engagement/ports.ts), as one suite run against each implementation:
 * the DynamoDB repositories on DynamoDB Local (tests/integration/engagement-store.test.ts: there the races are real)
 * and the memory twin the use cases' unit tests use (memory-engagement.test.ts: there writes run one after another,
 * so the races test the conditions). The same scenarios, the same refusals.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Post, PostHolder } from '../engagement/post';
import type { ReportFilter } from '../engagement/ports';
import type { CommunityReport } from '../engagement/report';
import type { Page, PageRequest } from '../paging';
import type { Ports } from '../ports';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, WriteRefusedError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function engagementStoreContract(label: string, ports: Ports): void {
  const { newRegionId, stamp, alongside, auditCount } = contractKit(ports);

  function report(regionId: string, overrides: Partial<CommunityReport> = {}): CommunityReport {
    const at = stamp();
    return {
      id: randomUUID(), regionId, memberId: 'm1', memberName: '张三', memberUnitId: 'unit-1', communityUnitId: 'community-1', status: 'PENDING', note: null,
      filedAt: at, filedBy: 'tester', decidedAt: null, decidedBy: null, declineReason: null, endedAt: null, endReason: null, postsHeld: 0, version: 1,
      createdAt: at, updatedAt: at, ...overrides,
    };
  }

  function post(regionId: string, overrides: Partial<Post> = {}): Post {
    const at = stamp();
    return {
      id: randomUUID(), regionId, communityUnitId: 'community-1', title: '环境卫生监督岗', duties: null, capacity: 3, holderCount: 0, startsOn: null, endsOn: null,
      status: 'OPEN', version: 1, createdAt: at, updatedAt: at, ...overrides,
    };
  }

  const holder = (p: Post, memberId: string, reportId: string | null = null): PostHolder => ({
    regionId: p.regionId, postId: p.id, communityUnitId: p.communityUnitId, memberId, memberName: `党员${memberId}`, reportId, claimedAt: stamp(),
  });

  async function seedPost(p: Post) {
    await ports.posts.create(p, alongside(p.regionId, p.id));
    return p;
  }
  async function seedReport(r: CommunityReport) {
    await ports.communityReports.file(r, alongside(r.regionId, r.id));
    return r;
  }
  /** The report moved to `status` by a save at the version it has now. */
  async function move(r: CommunityReport, status: CommunityReport['status']) {
    const current = (await ports.communityReports.get(r.regionId, r.id))!;
    const next = { ...current, status, version: current.version + 1, updatedAt: stamp() };
    await ports.communityReports.save({ current, next }, alongside(r.regionId, r.id));
    return next;
  }
  const claim = (h: PostHolder) => ports.posts.claim(h, alongside(h.regionId, h.postId));
  const leave = (h: PostHolder) => ports.posts.leave(h, alongside(h.regionId, h.postId));

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
  const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});

  /** Every page of a list, two at a time, and the ids in order. */
  async function everyPage<T extends { id: string }>(read: (page: PageRequest) => Promise<Page<T>>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 30; i++) {
      const page: Page<T> = await read({ size: 2, after });
      expect(page.edges.length).toBeLessThanOrEqual(2);
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  describe(`${label}: claims never exceed a post's capacity (concurrent where the store is)`, () => {
    it('50 concurrent claims on a post of capacity 7: exactly 7 succeed, the rest are full, holderCount = 7', async () => {
      const p = await seedPost(post(newRegionId(), { capacity: 7 }));
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => outcome(claim(holder(p, `m${i}`)))));
      expect(tally(results)).toEqual({ ok: 7, 'Post:full': 43 });
      expect((await ports.posts.get(p.regionId, p.id))?.holderCount).toBe(7);
      const holders = await ports.posts.holders(p.regionId, p.id);
      expect(holders.map((h) => h.memberId).sort()).toEqual(results.flatMap((r, i) => (r === 'ok' ? [`m${i}`] : [])).sort());
      // One audit entry per place taken (and the post's creation), none for a refused claim.
      expect(await auditCount(p.regionId, p.id)).toBe(8);
    });

    it('one member claiming posts concurrently with its report: the report counts each post it holds', async () => {
      const regionId = newRegionId();
      const r = await seedReport(report(regionId, { status: 'CONFIRMED' }));
      const made = await Promise.all(Array.from({ length: 5 }, () => seedPost(post(regionId, { capacity: 1 }))));
      expect(tally(await Promise.all(made.map((p) => outcome(claim(holder(p, 'm1', r.id))))))).toEqual({ ok: 5 });
      expect((await ports.communityReports.get(regionId, r.id))?.postsHeld).toBe(5);
      expect((await ports.posts.getMany(regionId, made.map((p) => p.id))).map((p) => p?.holderCount)).toEqual([1, 1, 1, 1, 1]);
    });

    it('a member holds a post once; a closed or missing post is refused; nothing is written when refused', async () => {
      const regionId = newRegionId();
      const p = await seedPost(post(regionId, { capacity: 1 }));
      const first = holder(p, 'm1');
      await claim(first);
      // Again (the post is full as well: the member's holding is what refuses it).
      expect(await outcome(claim(holder(p, 'm1')))).toBe('AlreadyTaken:post-holder');
      expect(await ports.posts.holder(regionId, p.id, 'm1')).toEqual(first);
      expect(await outcome(claim(holder(p, 'm2')))).toBe('Post:full');

      const closed = await seedPost(post(regionId, { status: 'CLOSED' }));
      expect(await outcome(claim(holder(closed, 'm1')))).toBe('Post:closed');
      const ghost = post(regionId);
      expect(await outcome(claim(holder(ghost, 'm1')))).toBe('RecordMissing:Post');

      expect(await ports.posts.get(regionId, p.id)).toMatchObject({ holderCount: 1 });
      expect(await ports.posts.get(regionId, closed.id)).toMatchObject({ holderCount: 0 });
      expect(await ports.posts.holder(regionId, closed.id, 'm1')).toBeNull();
      expect(await ports.posts.holder(regionId, ghost.id, 'm1')).toBeNull();
      expect(await ports.posts.heldBy(regionId, 'm2')).toEqual([]);
      // The creations and the one claim.
      expect(await auditCount(regionId, p.id)).toBe(2);
      expect(await auditCount(regionId, closed.id)).toBe(1);
      expect(await auditCount(regionId, ghost.id)).toBe(0);
    });

    it("with a report: its postsHeld follows the claims and leaves; a report ended meanwhile refuses the claim", async () => {
      const regionId = newRegionId();
      const r = await seedReport(report(regionId, { status: 'CONFIRMED' }));
      const a = await seedPost(post(regionId));
      const b = await seedPost(post(regionId));
      const onA = holder(a, 'm1', r.id);
      const onB = holder(b, 'm1', r.id);
      await claim(onA);
      await claim(onB);
      expect((await ports.communityReports.get(regionId, r.id))?.postsHeld).toBe(2);
      await leave(onA);
      expect((await ports.communityReports.get(regionId, r.id))?.postsHeld).toBe(1);
      expect(await ports.posts.get(regionId, a.id)).toMatchObject({ holderCount: 0 });

      // Another member's report, or a report to another community, does not count this member's claim.
      const other = await seedReport(report(regionId, { memberId: 'm2', status: 'CONFIRMED' }));
      expect(await outcome(claim(holder(a, 'm1', other.id)))).toBe('CommunityReport:not-active');
      expect(await outcome(claim(holder(a, 'm1', 'no-such-report')))).toBe('RecordMissing:CommunityReport');

      // The report ends between the read and the claim: refused, nothing written.
      const read = (await ports.communityReports.activeReport(regionId, 'm1', 'community-1'))!;
      expect(read.id).toBe(r.id);
      await leave(onB);
      await move(r, 'ENDED');
      const before = await auditCount(regionId, a.id);
      expect(await outcome(claim(holder(a, 'm1', read.id)))).toBe('CommunityReport:not-active');
      expect(await ports.posts.get(regionId, a.id)).toMatchObject({ holderCount: 0 });
      expect(await ports.posts.holder(regionId, a.id, 'm1')).toBeNull();
      expect((await ports.communityReports.get(regionId, r.id))?.postsHeld).toBe(0);
      expect(await auditCount(regionId, a.id)).toBe(before);
      // A PENDING report counts as active.
      const pending = await seedReport(report(regionId, { memberId: 'm3' }));
      await claim(holder(a, 'm3', pending.id));
      expect((await ports.communityReports.get(regionId, pending.id))?.postsHeld).toBe(1);
    });

    it('leave gives the place back; leaving twice, or a holding that changed since it was read, is refused', async () => {
      const regionId = newRegionId();
      const p = await seedPost(post(regionId, { capacity: 2 }));
      const h1 = holder(p, 'm1');
      await claim(h1);
      await claim(holder(p, 'm2'));
      expect(await outcome(claim(holder(p, 'm3')))).toBe('Post:full');
      await leave(h1);
      expect(await ports.posts.holder(regionId, p.id, 'm1')).toBeNull();
      expect(await outcome(claim(holder(p, 'm3')))).toBe('ok');
      expect(await ports.posts.get(regionId, p.id)).toMatchObject({ holderCount: 2 });
      expect(await outcome(leave(h1))).toBe('RecordMissing:PostHolder');
      // m1 claims again after m3 left: the old read of its holding no longer names it.
      await leave((await ports.posts.holder(regionId, p.id, 'm3'))!);
      const again = holder(p, 'm1');
      await claim(again);
      expect(await outcome(leave(h1))).toBe('StaleVersionError');
      expect(await ports.posts.get(regionId, p.id)).toMatchObject({ holderCount: 2 });
      // Claims, leaves and the creation, each with its entry.
      expect(await auditCount(regionId, p.id)).toBe(7);
    });
  });

  describe(`${label}: a post's save never overwrites holderCount`, () => {
    it('edits on a read from before the claims keep the count; the capacity never drops below the holders', async () => {
      const regionId = newRegionId();
      const read = await seedPost(post(regionId, { capacity: 5 }));
      for (const m of ['m1', 'm2', 'm3']) await claim(holder(read, m));
      // Saved on the read from before the claims: claims do not bump the version.
      await ports.posts.save({ current: read, next: { ...read, title: '文明劝导岗', capacity: 4, version: 2 } }, alongside(regionId, read.id));
      expect(await ports.posts.get(regionId, read.id)).toMatchObject({ title: '文明劝导岗', capacity: 4, holderCount: 3, version: 2 });
      const v2 = (await ports.posts.get(regionId, read.id))!;
      expect(await outcome(ports.posts.save({ current: v2, next: { ...v2, capacity: 2, version: 3 } }, alongside(regionId, read.id)))).toBe('Post:capacity-below-holders');
      await ports.posts.save({ current: v2, next: { ...v2, capacity: 3, duties: '每周巡查两次', version: 3 } }, alongside(regionId, read.id));
      expect(await ports.posts.get(regionId, read.id)).toMatchObject({ capacity: 3, holderCount: 3, duties: '每周巡查两次', version: 3 });
      expect(await outcome(claim(holder(read, 'm4')))).toBe('Post:full');
      expect(await outcome(ports.posts.save({ current: v2, next: { ...v2, version: 3 } }, alongside(regionId, read.id)))).toBe('StaleVersionError');
      const ghost = post(regionId);
      expect(await outcome(ports.posts.save({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, ghost.id)))).toBe('RecordMissing:Post');
      // The creation, three claims and the two saves that went through.
      expect(await auditCount(regionId, read.id)).toBe(6);
      expect(await auditCount(regionId, ghost.id)).toBe(0);
      await expect(ports.posts.create(read, alongside(regionId, read.id))).rejects.toMatchObject({ guard: 'post-id' });
    });

    it('closing is refused while a member holds the post, and goes through once the holders left', async () => {
      const regionId = newRegionId();
      const read = await seedPost(post(regionId));
      const h = holder(read, 'm1');
      await claim(h);
      const close = { current: read, next: { ...read, status: 'CLOSED' as const, version: 2 } };
      expect(await outcome(ports.posts.save(close, alongside(regionId, read.id)))).toBe('Post:has-holders');
      expect(await ports.posts.get(regionId, read.id)).toMatchObject({ status: 'OPEN', version: 1 });
      await leave(h);
      await ports.posts.save(close, alongside(regionId, read.id));
      expect(await ports.posts.get(regionId, read.id)).toMatchObject({ status: 'CLOSED', holderCount: 0, version: 2 });
      expect(await outcome(claim(holder(read, 'm2')))).toBe('Post:closed');
    });
  });

  describe(`${label}: one active report per member and community`, () => {
    it('a second active report is refused until the first is declined or ended; activeReport follows', async () => {
      const regionId = newRegionId();
      const first = await seedReport(report(regionId));
      expect(await ports.communityReports.activeReport(regionId, 'm1', 'community-1')).toEqual(first);
      const second = report(regionId);
      await expect(ports.communityReports.file(second, alongside(regionId, second.id))).rejects.toMatchObject({ guard: 'active-report', value: first.id });
      expect(await ports.communityReports.get(regionId, second.id)).toBeNull();
      expect(await auditCount(regionId, second.id)).toBe(0);
      // Another community, another member: their own.
      const elsewhere = await seedReport(report(regionId, { communityUnitId: 'community-2' }));
      await seedReport(report(regionId, { memberId: 'm2' }));
      expect(await ports.communityReports.activeReport(regionId, 'm1', 'community-2')).toEqual(elsewhere);
      // A reused id.
      const reused = report(regionId, { id: first.id, memberId: 'm3' });
      expect(await outcome(ports.communityReports.file(reused, alongside(regionId, reused.id)))).toBe('AlreadyTaken:report-id');
      expect(await ports.communityReports.activeReport(regionId, 'm3', 'community-1')).toBeNull();

      // Confirmed: still active.
      const confirmed = await move(first, 'CONFIRMED');
      expect(await outcome(ports.communityReports.file(second, alongside(regionId, second.id)))).toBe('AlreadyTaken:active-report');
      expect(await ports.communityReports.activeReport(regionId, 'm1', 'community-1')).toEqual(confirmed);
      // Ended: the member may report again.
      await move(first, 'ENDED');
      expect(await ports.communityReports.activeReport(regionId, 'm1', 'community-1')).toBeNull();
      await ports.communityReports.file(second, alongside(regionId, second.id));
      expect(await ports.communityReports.activeReport(regionId, 'm1', 'community-1')).toEqual(second);
      // Declined: likewise.
      await move(second, 'DECLINED');
      const third = await seedReport(report(regionId));
      expect(await ports.communityReports.activeReport(regionId, 'm1', 'community-1')).toEqual(third);
      expect((await ports.communityReports.getMany(regionId, [first.id, 'missing', third.id])).map((r) => r?.status ?? null)).toEqual(['ENDED', null, 'PENDING']);
      // Filed, confirmed and ended, each with its entry.
      expect(await auditCount(regionId, first.id)).toBe(3);
    });

    it("a report's save never overwrites postsHeld; a stale or missing report is refused and releases nothing", async () => {
      const regionId = newRegionId();
      const read = await seedReport(report(regionId, { status: 'CONFIRMED' }));
      const p = await seedPost(post(regionId));
      await claim(holder(p, 'm1', read.id));
      await ports.communityReports.save({ current: read, next: { ...read, note: '每周六可服务', version: 2 } }, alongside(regionId, read.id));
      expect(await ports.communityReports.get(regionId, read.id)).toMatchObject({ note: '每周六可服务', postsHeld: 1, version: 2 });
      // Ending on a stale read: refused, the guard stays.
      const end = { current: read, next: { ...read, status: 'ENDED' as const, postsHeld: 0, version: 2 } };
      expect(await outcome(ports.communityReports.save(end, alongside(regionId, read.id)))).toBe('StaleVersionError');
      expect((await ports.communityReports.activeReport(regionId, 'm1', 'community-1'))?.id).toBe(read.id);
      const v2 = (await ports.communityReports.get(regionId, read.id))!;
      await ports.communityReports.save({ current: v2, next: { ...v2, status: 'ENDED', postsHeld: 0, version: 3 } }, alongside(regionId, read.id));
      expect(await ports.communityReports.get(regionId, read.id)).toMatchObject({ status: 'ENDED', postsHeld: 1, version: 3 });
      const ghost = report(regionId, { memberId: 'm9' });
      expect(await outcome(ports.communityReports.save({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, ghost.id)))).toBe('RecordMissing:CommunityReport');
      expect(await auditCount(regionId, ghost.id)).toBe(0);
      expect(await auditCount(regionId, read.id)).toBe(3);
    });
  });

  describe(`${label}: each member's confirmed reports, kept by the reports' writes`, () => {
    const confirmedOf = (regionId: string, memberIds: string[]) => ports.communityReports.confirmedReportsOf(regionId, memberIds);
    const idsOf = async (regionId: string, memberIds: string[]) => (await confirmedOf(regionId, memberIds)).map((reports) => reports.map((r) => r.id));

    it('confirmed: listed (several communities, newest first); declined or ended: gone; in the order asked, empty for members without', async () => {
      const regionId = newRegionId();
      expect(await confirmedOf(regionId, [])).toEqual([]);
      const atOne = await seedReport(report(regionId));
      expect(await idsOf(regionId, ['m1'])).toEqual([[]]);
      await move(atOne, 'CONFIRMED');
      expect(await idsOf(regionId, ['m1'])).toEqual([[atOne.id]]);
      // Filed confirmed; a report to a third community that is declined; another member's; another region's.
      const atTwo = await seedReport(report(regionId, { communityUnitId: 'community-2', status: 'CONFIRMED' }));
      await move(await seedReport(report(regionId, { communityUnitId: 'community-3' })), 'DECLINED');
      const pending = await seedReport(report(regionId, { communityUnitId: 'community-4' }));
      const others = await seedReport(report(regionId, { memberId: 'm2', status: 'CONFIRMED' }));
      await seedReport(report(newRegionId(), { status: 'CONFIRMED' }));
      expect(await idsOf(regionId, ['m2', 'nobody', 'm1', 'm2'])).toEqual([[others.id], [], [atTwo.id, atOne.id], [others.id]]);
      // The reports as they stand, with the posts held under them; an edit keeps a confirmed report listed.
      await claim(holder(await seedPost(post(regionId)), 'm1', atOne.id));
      const edited = await ports.communityReports.get(regionId, atOne.id);
      await ports.communityReports.save({ current: edited!, next: { ...edited!, note: '每周六可服务', version: edited!.version + 1 } }, alongside(regionId, atOne.id));
      const [listed] = await confirmedOf(regionId, ['m1']);
      expect(listed).toEqual([await ports.communityReports.get(regionId, atTwo.id), await ports.communityReports.get(regionId, atOne.id)]);
      expect(listed![1]).toMatchObject({ postsHeld: 1, note: '每周六可服务' });

      await move(atOne, 'ENDED');
      expect(await idsOf(regionId, ['m1'])).toEqual([[atTwo.id]]);
      await move(others, 'DECLINED');
      await move(atTwo, 'ENDED');
      await move(pending, 'ENDED');
      expect(await idsOf(regionId, ['m1', 'm2'])).toEqual([[], []]);
      // Reported again where it ended, and confirmed: listed again.
      const again = await seedReport(report(regionId));
      await move(again, 'CONFIRMED');
      expect(await idsOf(regionId, ['m1'])).toEqual([[again.id]]);
    });

    it('a refused write leaves them as they were', async () => {
      const regionId = newRegionId();
      const confirmed = await seedReport(report(regionId, { status: 'CONFIRMED' }));
      const read = await seedReport(report(regionId, { communityUnitId: 'community-2' }));
      await ports.communityReports.save({ current: read, next: { ...read, note: '已电话联系', version: 2 } }, alongside(regionId, read.id));
      // Confirming on a stale read, ending on a stale read, a missing report confirmed, a second active report filed confirmed.
      expect(await outcome(ports.communityReports.save({ current: read, next: { ...read, status: 'CONFIRMED', version: 2 } }, alongside(regionId, read.id)))).toBe('StaleVersionError');
      const stale = { ...confirmed, version: 0 };
      expect(await outcome(ports.communityReports.save({ current: stale, next: { ...stale, status: 'ENDED', version: 1 } }, alongside(regionId, confirmed.id)))).toBe('StaleVersionError');
      const ghost = report(regionId, { communityUnitId: 'community-3' });
      expect(await outcome(ports.communityReports.save({ current: ghost, next: { ...ghost, status: 'CONFIRMED', version: 2 } }, alongside(regionId, ghost.id)))).toBe('RecordMissing:CommunityReport');
      const twice = report(regionId, { status: 'CONFIRMED' });
      expect(await outcome(ports.communityReports.file(twice, alongside(regionId, twice.id)))).toBe('AlreadyTaken:active-report');
      const reused = report(regionId, { id: confirmed.id, memberId: 'm2', status: 'CONFIRMED' });
      expect(await outcome(ports.communityReports.file(reused, alongside(regionId, reused.id)))).toBe('AlreadyTaken:report-id');
      expect(await idsOf(regionId, ['m1', 'm2'])).toEqual([[confirmed.id], []]);
    });

    it("one member's reports to several communities confirmed concurrently: every one listed", async () => {
      const regionId = newRegionId();
      const filed = await Promise.all(Array.from({ length: 6 }, (_, i) => seedReport(report(regionId, { communityUnitId: `community-${i}` }))));
      expect(tally(await Promise.all(filed.map((r) => outcome(move(r, 'CONFIRMED').then(() => undefined)))))).toEqual({ ok: 6 });
      const [listed] = await idsOf(regionId, ['m1']);
      expect([...listed!].sort()).toEqual(filed.map((r) => r.id).sort());
      await Promise.all(filed.slice(0, 3).map((r) => move(r, 'ENDED')));
      expect([...(await idsOf(regionId, ['m1']))[0]!].sort()).toEqual(filed.slice(3).map((r) => r.id).sort());
    });
  });

  describe(`${label}: lists, pages of two without gaps`, () => {
    it('reports newest first: by community (and status), by member unit (and status), by member (and status)', async () => {
      const regionId = newRegionId();
      const plan: [Partial<CommunityReport>, CommunityReport['status'] | null][] = [
        [{ memberId: 'm1' }, null],
        [{ memberId: 'm2' }, 'CONFIRMED'],
        [{ memberId: 'm3', memberUnitId: 'unit-2' }, null],
        [{ memberId: 'm1', communityUnitId: 'community-2' }, 'DECLINED'],
        [{ memberId: 'm1', communityUnitId: 'community-2' }, null],
        [{ memberId: 'm4', memberUnitId: 'unit-2' }, 'ENDED'],
        [{ memberId: 'm5' }, null],
      ];
      const made: CommunityReport[] = [];
      for (const [overrides, status] of plan) {
        const r = await seedReport(report(regionId, overrides));
        if (status) await move(r, status);
        made.push(r);
      }
      const ids = (indexes: number[]) => indexes.map((i) => made[i]!.id);
      const list = (filter: ReportFilter) => everyPage((page) => ports.communityReports.list(regionId, filter, page));
      expect(await list({ communityUnitId: 'community-1' })).toEqual(ids([6, 5, 2, 1, 0]));
      expect(await list({ communityUnitId: 'community-1', status: 'PENDING' })).toEqual(ids([6, 2, 0]));
      expect(await list({ communityUnitId: 'community-1', status: 'CONFIRMED' })).toEqual(ids([1]));
      expect(await list({ communityUnitId: 'community-2' })).toEqual(ids([4, 3]));
      expect(await list({ communityUnitId: 'community-2', status: 'DECLINED' })).toEqual(ids([3]));
      expect(await list({ communityUnitId: 'community-3' })).toEqual([]);
      expect(await list({ memberUnitId: 'unit-1' })).toEqual(ids([6, 4, 3, 1, 0]));
      expect(await list({ memberUnitId: 'unit-1', status: 'PENDING' })).toEqual(ids([6, 4, 0]));
      expect(await list({ memberUnitId: 'unit-2' })).toEqual(ids([5, 2]));
      expect(await list({ memberUnitId: 'unit-2', status: 'ENDED' })).toEqual(ids([5]));
      expect(await list({ memberId: 'm1' })).toEqual(ids([4, 3, 0]));
      expect(await list({ memberId: 'm1', status: 'PENDING' })).toEqual(ids([4, 0]));
      expect(await list({ memberId: 'm1', status: 'ENDED' })).toEqual([]);
      expect(await list({ memberId: 'm2' })).toEqual(ids([1]));
      // The listed report is the report as it stands.
      const page = await ports.communityReports.list(regionId, { memberId: 'm2' }, { size: 5 });
      expect(page.edges[0]?.node).toEqual(await ports.communityReports.get(regionId, made[1]!.id));
    });

    it("a community's posts by title, open ones unless includeClosed; a post's holders as they claimed; a member's posts newest first", async () => {
      const regionId = newRegionId();
      const made: Post[] = [];
      for (const overrides of [
        { title: 'E 环境卫生监督岗' }, { title: 'A 文明劝导岗' }, { title: 'C 绿化养护岗', status: 'CLOSED' as const }, { title: 'B 公共设施维护岗' },
        { title: 'D 文化宣传岗', communityUnitId: 'community-2' }, { title: 'A 文明劝导岗' }, { title: 'F 治安巡逻岗' },
      ]) made.push(await seedPost(post(regionId, overrides)));
      const byTitle = (indexes: number[]) =>
        indexes.map((i) => made[i]!).sort((a, b) => Buffer.compare(Buffer.from(`${a.title}#${a.id}`), Buffer.from(`${b.title}#${b.id}`))).map((p) => p.id);
      const list = (communityUnitId: string, includeClosed: boolean) => everyPage((page) => ports.posts.listForCommunity(regionId, communityUnitId, includeClosed, page));
      expect(await list('community-1', false)).toEqual(byTitle([0, 1, 3, 5, 6]));
      expect(await list('community-1', true)).toEqual(byTitle([0, 1, 2, 3, 5, 6]));
      expect(await list('community-2', false)).toEqual(byTitle([4]));
      expect(await list('community-3', true)).toEqual([]);

      // A renamed post moves in the list; a closed one leaves the open list.
      const renamed = { ...made[6]!, title: '0 治安巡逻岗', version: 2 };
      await ports.posts.save({ current: made[6]!, next: renamed }, alongside(regionId, renamed.id));
      await ports.posts.save({ current: made[0]!, next: { ...made[0]!, status: 'CLOSED', version: 2 } }, alongside(regionId, made[0]!.id));
      expect(await list('community-1', false)).toEqual([renamed.id, ...byTitle([1, 3, 5])]);

      // Holders in the order they claimed; a member's posts newest first.
      const [a, b, c] = [made[1]!, made[3]!, made[5]!];
      const claims = [holder(a, 'm2'), holder(a, 'm1'), holder(b, 'm1'), holder(c, 'm1'), holder(a, 'm3')];
      for (const h of claims) await claim(h);
      expect(await ports.posts.holders(regionId, a.id)).toEqual([claims[0], claims[1], claims[4]]);
      expect(await ports.posts.holders(regionId, made[2]!.id)).toEqual([]);
      expect(await ports.posts.heldBy(regionId, 'm1')).toEqual([claims[3], claims[2], claims[1]]);
      await leave(claims[2]!);
      expect(await ports.posts.heldBy(regionId, 'm1')).toEqual([claims[3], claims[1]]);
      expect(await ports.posts.heldBy(regionId, 'nobody')).toEqual([]);
      expect((await ports.posts.getMany(regionId, [a.id, 'missing'])).map((p) => p?.holderCount ?? null)).toEqual([3, null]);
    });
  });
}
