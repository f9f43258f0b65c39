/**
 * The promises of the lists' store (domain/lists/ports.ts), as one suite run against each implementation: the
 * DynamoDB repositories on DynamoDB Local (tests/integration/list-store.test.ts: there the races are real) and the
 * memory twin the use cases' unit tests use (memory-lists.test.ts: there writes run one after another, so the
 * races test the conditions). The same scenarios, the same refusals.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Alongside } from '../alongside';
import type { Need } from '../lists/need';
import type { Page, PageRequest } from '../paging';
import type { Ports } from '../ports';
import { memberClaimId, resourceClaimId, unitClaimId, type Claim, type Project } from '../lists/project';
import type { Resource } from '../lists/resource';
import { GuardFailedError, RecordMissingError, StaleVersionError, WriteRefusedError } from '../write-refusals';

export function listStoreContract(label: string, ports: Ports): void {
  const YEAR = 2026;

  const newRegionId = () => `t-${randomUUID().slice(0, 8)}`;
  let tick = Date.parse('2026-03-01T08:00:00.000Z');
  /** Distinct instants, so lists have a known order. */
  const stamp = () => new Date((tick += 1000)).toISOString();

  const alongside = (regionId: string, recordId: string): Alongside => ({
    audit: {
      id: randomUUID(), regionId, at: new Date().toISOString(), actorId: 'tester', actorName: '测试', operation: 'test', recordType: 'Test',
      recordId, version: 1, outcome: 'SUCCESS', changes: [],
    },
  });

  function need(regionId: string, overrides: Partial<Need> = {}): Need {
    const at = stamp();
    return {
      id: randomUUID(), regionId, year: YEAR, title: '老年食堂', description: null, category: '养老', urgency: 'NORMAL', source: 'RESIDENTS', raisedBy: null,
      communityUnitId: 'community-1', wantedFrom: null, wantedUntil: null, status: 'COLLECTED', statusReason: null, projectId: null, version: 1,
      createdAt: at, updatedAt: at, ...overrides,
    };
  }

  function resource(regionId: string, overrides: Partial<Resource> = {}): Resource {
    const at = stamp();
    const quantity = overrides.quantity ?? 10;
    return {
      id: randomUUID(), regionId, year: YEAR, unitId: 'unit-offering', type: 'VENUE', title: '会议室', description: null, quantity, quantityUnit: '间',
      quantityLeft: quantity, availableFrom: null, availableUntil: null, contactName: null, contactPhone: null, status: 'AVAILABLE', version: 1,
      createdAt: at, updatedAt: at, ...overrides,
    };
  }

  function project(regionId: string, overrides: Partial<Project> = {}): Project {
    const at = stamp();
    return {
      id: randomUUID(), regionId, year: YEAR, title: '助老项目', description: null, needIds: [], communityUnitId: 'community-1', status: 'APPROVED',
      budget: 5000, startsOn: null, targetOn: null, volunteerSlots: 0, slotsTaken: 0, unitClaimCount: 0, soloUnitId: null, leadUnitId: null, ratingCount: 0, ratingSum: 0,
      claimWindowEndsAt: null, acceptanceNote: null, acceptedAt: null, statusReason: null, history: [], version: 1, createdAt: at, updatedAt: at,
      ...overrides,
    };
  }

  const baseClaim = (p: Project) => ({
    regionId: p.regionId, projectId: p.id, year: p.year, unitId: null, mode: null, lead: false, memberId: null, memberName: null, resourceId: null,
    quantity: null, status: 'ACTIVE' as const, claimedAt: stamp(), claimedBy: 'tester', withdrawnAt: null,
  });
  const memberClaim = (p: Project, memberId: string): Claim => ({ ...baseClaim(p), id: memberClaimId(p.id, memberId), kind: 'MEMBER', memberId, memberName: '张三' });
  const unitClaim = (p: Project, unitId: string, mode: 'SOLO' | 'JOINT', lead = mode === 'SOLO'): Claim => ({
    ...baseClaim(p), id: unitClaimId(p.id, unitId), kind: 'UNIT', unitId, mode, lead,
  });
  const resourceClaim = (p: Project, r: Resource, quantity: number): Claim => ({
    ...baseClaim(p), id: resourceClaimId(p.id, randomUUID().slice(0, 8)), kind: 'RESOURCE', unitId: r.unitId, resourceId: r.id, quantity,
  });
  const withdrawn = (c: Claim): Claim => ({ ...c, status: 'WITHDRAWN', withdrawnAt: stamp() });

  async function seedProject(p: Project) {
    await ports.projects.createFromNeeds(p, [], [], alongside(p.regionId, p.id));
    return p;
  }
  async function seedResource(r: Resource) {
    await ports.resources.create(r, alongside(r.regionId, r.id));
    return r;
  }

  /** What a write was refused with, as `Type:guard` (or `ok`). */
  async function outcome(write: Promise<void>): Promise<string> {
    try {
      await write;
      return 'ok';
    } catch (error) {
      if (error instanceof GuardFailedError) return `${error.record.type}:${error.guard}`;
      if (error instanceof WriteRefusedError) return `${error.name}`;
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
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  describe(`${label}: claims keep every counter exact under the conditions (concurrent where the store is)`, () => {
    it('50 concurrent member claims on 7 volunteer places: exactly 7 succeed, the rest are slots-full, slotsTaken = 7', async () => {
      const p = await seedProject(project(newRegionId(), { volunteerSlots: 7 }));
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => outcome(ports.projects.claim(memberClaim(p, `m${i}`), alongside(p.regionId, p.id)))));
      expect(tally(results)).toEqual({ ok: 7, 'Project:slots-full': 43 });
      expect((await ports.projects.get(p.regionId, p.id))?.slotsTaken).toBe(7);
      expect(await ports.projects.claims(p.regionId, p.id)).toHaveLength(7);
    });

    it('50 concurrent resource claims of 1 on a resource with 5 left: exactly 5, quantityLeft 0, the rest quantity-left', async () => {
      const regionId = newRegionId();
      const r = await seedResource(resource(regionId, { quantity: 5 }));
      const p = await seedProject(project(regionId, { status: 'SUBMITTED' }));
      const results = await Promise.all(Array.from({ length: 50 }, () => outcome(ports.projects.claim(resourceClaim(p, r, 1), alongside(regionId, p.id)))));
      expect(tally(results)).toEqual({ ok: 5, 'Resource:quantity-left': 45 });
      expect((await ports.resources.get(regionId, r.id))?.quantityLeft).toBe(0);
      expect(await ports.projects.claims(regionId, p.id)).toHaveLength(5);
      // One audit entry per successful claim, none for a refused one (and one for the project's creation).
      expect((await ports.audit.listForRecord(regionId, p.id, { size: 100 })).edges).toHaveLength(6);
    });

    it('10 concurrent SOLO claims by different units: exactly one holds the project', async () => {
      const p = await seedProject(project(newRegionId()));
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => outcome(ports.projects.claim(unitClaim(p, `u${i}`, 'SOLO'), alongside(p.regionId, p.id)))));
      expect(tally(results)).toEqual({ ok: 1, 'Project:already-claimed': 9 });
      const stored = await ports.projects.get(p.regionId, p.id);
      const winner = `u${results.indexOf('ok')}`;
      expect(stored).toMatchObject({ unitClaimCount: 1, soloUnitId: winner, leadUnitId: winner });
      // Nor may a JOINT claim join a SOLO one.
      expect(await outcome(ports.projects.claim(unitClaim(p, 'late', 'JOINT'), alongside(p.regionId, p.id)))).toBe('Project:claimed-solo');
      // The winner cannot claim twice.
      expect(await outcome(ports.projects.claim(unitClaim(p, winner, 'SOLO'), alongside(p.regionId, p.id)))).toBe('AlreadyTakenError');
    });

    it('JOINT claims, two of them racing for the lead: one lead, every unit counted', async () => {
      const p = await seedProject(project(newRegionId()));
      const claims = [unitClaim(p, 'a', 'JOINT', true), unitClaim(p, 'b', 'JOINT', true), unitClaim(p, 'c', 'JOINT'), unitClaim(p, 'd', 'JOINT')];
      const results = await Promise.all(claims.map((c) => outcome(ports.projects.claim(c, alongside(p.regionId, p.id)))));
      expect(tally(results)).toEqual({ ok: 3, 'Project:lead-taken': 1 });
      const stored = await ports.projects.get(p.regionId, p.id);
      expect(['a', 'b']).toContain(stored?.leadUnitId);
      expect(stored).toMatchObject({ unitClaimCount: 3, soloUnitId: null });
      expect(await outcome(ports.projects.claim(unitClaim(p, 'e', 'SOLO'), alongside(p.regionId, p.id)))).toBe('Project:already-claimed');
    });

    it('claims only where the project allows them', async () => {
      const regionId = newRegionId();
      const submitted = await seedProject(project(regionId, { status: 'SUBMITTED', volunteerSlots: 3 }));
      expect(await outcome(ports.projects.claim(unitClaim(submitted, 'u', 'SOLO'), alongside(regionId, submitted.id)))).toBe('Project:not-claimable');
      expect(await outcome(ports.projects.claim(memberClaim(submitted, 'm'), alongside(regionId, submitted.id)))).toBe('Project:not-claimable');
      const ghost = project(regionId);
      expect(await outcome(ports.projects.claim(memberClaim(ghost, 'm'), alongside(regionId, ghost.id)))).toBe('RecordMissingError');
      const r = await seedResource(resource(regionId, { status: 'WITHDRAWN' }));
      expect(await outcome(ports.projects.claim(resourceClaim(submitted, r, 1), alongside(regionId, submitted.id)))).toBe('Resource:quantity-left');
    });
  });

  describe(`${label}: createFromNeeds all or nothing`, () => {
    it('when the last resource lacks quantity nothing is written: no project, need and first resource unchanged, no claim, no audit entry', async () => {
      const regionId = newRegionId();
      const n = need(regionId);
      await ports.needs.create(n, alongside(regionId, n.id));
      const r1 = await seedResource(resource(regionId, { quantity: 5 }));
      const r2 = await seedResource(resource(regionId, { quantity: 1 }));
      const p = project(regionId, { status: 'SUBMITTED', needIds: [n.id] });
      const takes = [
        { resource: r1, claim: resourceClaim(p, r1, 2) },
        { resource: r2, claim: resourceClaim(p, r2, 2) },
      ];
      const refused = ports.projects.createFromNeeds(p, [{ current: n, next: { ...n, status: 'IN_PROJECT', projectId: p.id, version: 2 } }], takes, alongside(regionId, p.id));
      await expect(refused).rejects.toMatchObject({ record: { type: 'Resource', id: r2.id }, guard: 'quantity-left' });
      expect(await ports.projects.get(regionId, p.id)).toBeNull();
      expect(await ports.needs.get(regionId, n.id)).toEqual(n);
      expect((await ports.resources.get(regionId, r1.id))?.quantityLeft).toBe(5);
      expect(await ports.projects.getClaim(regionId, takes[0]!.claim.id)).toBeNull();
      expect((await ports.audit.listForRecord(regionId, p.id, { size: 10 })).edges).toEqual([]);

      // With enough left it all happens together.
      const fits = [{ resource: r1, claim: resourceClaim(p, r1, 2) }, { resource: r2, claim: resourceClaim(p, r2, 1) }];
      await ports.projects.createFromNeeds(p, [{ current: n, next: { ...n, status: 'IN_PROJECT', projectId: p.id, version: 2 } }], fits, alongside(regionId, p.id));
      expect(await ports.projects.get(regionId, p.id)).toEqual(p);
      expect(await ports.needs.get(regionId, n.id)).toMatchObject({ status: 'IN_PROJECT', projectId: p.id, version: 2 });
      expect((await ports.resources.getMany(regionId, [r1.id, r2.id])).map((r) => r?.quantityLeft)).toEqual([3, 0]);
      expect((await ports.projects.claims(regionId, p.id)).map((c) => c.id)).toEqual(fits.map((t) => t.claim.id));
      // Again: the project id is taken, and the need has moved on.
      await expect(ports.projects.createFromNeeds(p, [], [], alongside(regionId, p.id))).rejects.toMatchObject({ guard: 'project-id' });
      await expect(
        ports.projects.createFromNeeds(project(regionId), [{ current: n, next: n }], [], alongside(regionId, 'x')),
      ).rejects.toBeInstanceOf(StaleVersionError);
    });
  });

  describe(`${label}: withdrawClaim gives back what the claim took`, () => {
    it('places, quantity, responsibility (solo and lead cleared); refused once the project is in progress', async () => {
      const regionId = newRegionId();
      const r = await seedResource(resource(regionId, { quantity: 4 }));
      const p = await seedProject(project(regionId, { volunteerSlots: 2 }));
      const member = memberClaim(p, 'm1');
      const take = resourceClaim(p, r, 3);
      const solo = unitClaim(p, 'u1', 'SOLO');
      for (const c of [member, take, solo]) await ports.projects.claim(c, alongside(regionId, p.id));
      expect(await ports.projects.get(regionId, p.id)).toMatchObject({ slotsTaken: 1, unitClaimCount: 1, soloUnitId: 'u1', leadUnitId: 'u1' });
      expect((await ports.resources.get(regionId, r.id))?.quantityLeft).toBe(1);

      for (const c of [member, take, solo]) await ports.projects.withdrawClaim({ current: c, next: withdrawn(c) }, alongside(regionId, p.id));
      expect(await ports.projects.get(regionId, p.id)).toMatchObject({ slotsTaken: 0, unitClaimCount: 0, soloUnitId: null, leadUnitId: null });
      expect((await ports.resources.get(regionId, r.id))?.quantityLeft).toBe(4);
      expect(await ports.projects.claims(regionId, p.id)).toEqual([]);
      expect(await ports.projects.getClaim(regionId, member.id)).toMatchObject({ status: 'WITHDRAWN' });
      // Twice: the claim is no longer active.
      expect(await outcome(ports.projects.withdrawClaim({ current: member, next: withdrawn(member) }, alongside(regionId, p.id)))).toBe('StaleVersionError');
      const ghost = memberClaim(p, 'nobody');
      await expect(ports.projects.withdrawClaim({ current: ghost, next: withdrawn(ghost) }, alongside(regionId, p.id))).rejects.toBeInstanceOf(RecordMissingError);

      // The fixed id is claimed again; a JOINT lead can be withdrawn and its lead cleared.
      const again = unitClaim(p, 'u1', 'JOINT', true);
      await ports.projects.claim(again, alongside(regionId, p.id));
      await ports.projects.claim(memberClaim(p, 'm1'), alongside(regionId, p.id));
      expect(await ports.projects.get(regionId, p.id)).toMatchObject({ unitClaimCount: 1, soloUnitId: null, leadUnitId: 'u1', slotsTaken: 1 });

      // Work starts; from then on a claim stays.
      const read = (await ports.projects.get(regionId, p.id))!;
      await ports.projects.save({ current: read, next: { ...read, status: 'IN_PROGRESS', version: read.version + 1 } }, [], alongside(regionId, p.id));
      expect(await outcome(ports.projects.withdrawClaim({ current: again, next: withdrawn(again) }, alongside(regionId, p.id)))).toBe('Project:started');
      expect(await ports.projects.get(regionId, p.id)).toMatchObject({ unitClaimCount: 1, leadUnitId: 'u1' });
    });
  });

  describe(`${label}: saves never overwrite the counters`, () => {
    it('a resource edit after claims moves quantityLeft by the change of quantity and refuses a quantity below what is taken', async () => {
      const regionId = newRegionId();
      const read = await seedResource(resource(regionId, { quantity: 10 }));
      const p = await seedProject(project(regionId));
      await ports.projects.claim(resourceClaim(p, read, 3), alongside(regionId, p.id));
      // Saved on the read from before the claim: claims do not bump the version.
      await ports.resources.save({ current: read, next: { ...read, quantity: 12, title: '大会议室', version: 2 } }, alongside(regionId, read.id));
      expect(await ports.resources.get(regionId, read.id)).toMatchObject({ quantity: 12, quantityLeft: 9, title: '大会议室', version: 2 });
      const v2 = (await ports.resources.get(regionId, read.id))!;
      expect(await outcome(ports.resources.save({ current: v2, next: { ...v2, quantity: 2, version: 3 } }, alongside(regionId, read.id)))).toBe('Resource:quantity-below-taken');
      await ports.resources.save({ current: v2, next: { ...v2, quantity: 3, type: 'TALENT', version: 3 } }, alongside(regionId, read.id));
      expect(await ports.resources.get(regionId, read.id)).toMatchObject({ quantity: 3, quantityLeft: 0, type: 'TALENT', version: 3 });
      expect(await outcome(ports.resources.save({ current: v2, next: { ...v2, version: 3 } }, alongside(regionId, read.id)))).toBe('StaleVersionError');
      const ghost = resource(regionId);
      expect(await outcome(ports.resources.save({ current: ghost, next: ghost }, alongside(regionId, ghost.id)))).toBe('RecordMissingError');
    });

    it('a project save keeps counters changed after its read; moving to IN_PROGRESS needs a responsible unit at the time of the write', async () => {
      const regionId = newRegionId();
      const n = need(regionId, { status: 'IN_PROJECT' });
      await ports.needs.create(n, alongside(regionId, n.id));
      const read = await seedProject(project(regionId, { volunteerSlots: 5, needIds: [n.id] }));
      const start = { current: read, next: { ...read, status: 'IN_PROGRESS' as const, title: '助老项目（实施）', version: 2 } };
      expect(await outcome(ports.projects.save(start, [], alongside(regionId, read.id)))).toBe('Project:no-responsible-unit');
      await ports.projects.claim(memberClaim(read, 'm1'), alongside(regionId, read.id));
      await ports.projects.claim(memberClaim(read, 'm2'), alongside(regionId, read.id));
      await ports.projects.claim(unitClaim(read, 'u1', 'JOINT', true), alongside(regionId, read.id));
      await ports.projects.save(start, [{ current: n, next: { ...n, title: '老年食堂（实施中）', version: 2 } }], alongside(regionId, read.id));
      expect(await ports.projects.get(regionId, read.id)).toMatchObject({
        status: 'IN_PROGRESS', title: '助老项目（实施）', version: 2, slotsTaken: 2, unitClaimCount: 1, leadUnitId: 'u1', soloUnitId: null,
      });
      expect((await ports.needs.get(regionId, n.id))?.version).toBe(2);
      expect(await outcome(ports.projects.save(start, [], alongside(regionId, read.id)))).toBe('StaleVersionError');
      // A need that moved meanwhile refuses the whole save.
      const v2 = (await ports.projects.get(regionId, read.id))!;
      await expect(ports.projects.save({ current: v2, next: { ...v2, version: 3 } }, [{ current: n, next: n }], alongside(regionId, read.id))).rejects.toMatchObject({
        record: { type: 'Need', id: n.id },
      });
      expect((await ports.projects.get(regionId, read.id))?.version).toBe(2);
    });
  });

  describe(`${label}: filters, newest first, pages without gaps`, () => {
    it('needs by year, status, community and category', async () => {
      const regionId = newRegionId();
      const made: Need[] = [];
      for (const overrides of [
        { category: '养老' }, { category: '助残', communityUnitId: 'community-2' }, { category: '养老', status: 'MET' as const }, { category: '养老' },
        { category: '养老', year: 2025 }, { category: '托幼' },
      ]) {
        const n = need(regionId, overrides);
        await ports.needs.create(n, alongside(regionId, n.id));
        made.push(n);
      }
      const ids = (indexes: number[]) => indexes.map((i) => made[i]!.id);
      const list = (filter: Parameters<typeof ports.needs.list>[1]) => everyPage((page) => ports.needs.list(regionId, filter, page));
      expect(await list({ year: YEAR })).toEqual(ids([5, 3, 2, 1, 0]));
      expect(await list({ year: YEAR, category: '养老' })).toEqual(ids([3, 2, 0]));
      expect(await list({ year: YEAR, category: '养老', status: 'COLLECTED' })).toEqual(ids([3, 0]));
      expect(await list({ year: YEAR, status: 'COLLECTED' })).toEqual(ids([5, 3, 1, 0]));
      expect(await list({ year: YEAR, communityUnitId: 'community-1', category: '养老' })).toEqual(ids([3, 2, 0]));
      expect(await list({ year: YEAR, communityUnitId: 'community-2' })).toEqual(ids([1]));
      expect(await list({ year: 2025 })).toEqual(ids([4]));
      expect(await ports.needs.getMany(regionId, [made[1]!.id, 'missing'])).toEqual([made[1], null]);
    });

    it('resources by type, unit, status and quantity left; listAvailable leaves out the withdrawn and used-up ones', async () => {
      const regionId = newRegionId();
      const made: Resource[] = [];
      for (const overrides of [
        { type: 'VENUE' as const }, { type: 'TALENT' as const, unitId: 'unit-2' }, { type: 'VENUE' as const, status: 'WITHDRAWN' as const },
        { type: 'VENUE' as const, quantity: 1 }, { type: 'FUNDS' as const }, { type: 'TALENT' as const },
      ]) made.push(await seedResource(resource(regionId, overrides)));
      // Use up the one of quantity 1.
      const p = await seedProject(project(regionId));
      await ports.projects.claim(resourceClaim(p, made[3]!, 1), alongside(regionId, p.id));
      const ids = (indexes: number[]) => indexes.map((i) => made[i]!.id);
      const list = (filter: Parameters<typeof ports.resources.list>[1]) => everyPage((page) => ports.resources.list(regionId, filter, page));
      expect(await list({ year: YEAR })).toEqual(ids([5, 4, 3, 2, 1, 0]));
      expect(await list({ year: YEAR, type: 'VENUE' })).toEqual(ids([3, 2, 0]));
      expect(await list({ year: YEAR, type: 'VENUE', status: 'AVAILABLE', hasQuantityLeft: true })).toEqual(ids([0]));
      expect(await list({ year: YEAR, hasQuantityLeft: false })).toEqual(ids([3]));
      expect(await list({ year: YEAR, status: 'WITHDRAWN' })).toEqual(ids([2]));
      expect(await list({ year: YEAR, unitId: 'unit-2' })).toEqual(ids([1]));
      expect(await list({ year: YEAR, unitId: 'unit-offering', type: 'TALENT' })).toEqual(ids([5]));
      expect((await ports.resources.listAvailable(regionId, YEAR, ['VENUE', 'TALENT'], 10)).map((r) => r.id)).toEqual(ids([5, 1, 0]));
      expect((await ports.resources.listAvailable(regionId, YEAR, ['VENUE', 'TALENT', 'FUNDS'], 2)).map((r) => r.id)).toEqual(ids([5, 4]));
      expect(await ports.resources.listAvailable(regionId, YEAR, [], 10)).toEqual([]);
      expect(await ports.resources.get(regionId, made[1]!.id)).toEqual(made[1]);
    });

    it('projects by year and status, and by a unit: each project it holds active claims on, once', async () => {
      const regionId = newRegionId();
      const made: Project[] = [];
      for (const overrides of [{}, { status: 'SUBMITTED' as const }, {}, { year: 2025 }, {}, { status: 'SUBMITTED' as const }]) made.push(await seedProject(project(regionId, overrides)));
      const ids = (indexes: number[]) => indexes.map((i) => made[i]!.id);
      const list = (filter: Parameters<typeof ports.projects.list>[1]) => everyPage((page) => ports.projects.list(regionId, filter, page));
      expect(await list({ year: YEAR })).toEqual(ids([5, 4, 2, 1, 0]));
      expect(await list({ year: YEAR, status: 'SUBMITTED' })).toEqual(ids([5, 1]));

      // The unit 'u1': responsibility for 0, 2, 4 (and a resource of its own on 4 and on 1); withdrawn from 2.
      const offered = await seedResource(resource(regionId, { unitId: 'u1', quantity: 10 }));
      for (const i of [0, 2, 4]) await ports.projects.claim(unitClaim(made[i]!, 'u1', 'JOINT'), alongside(regionId, made[i]!.id));
      await ports.projects.claim(resourceClaim(made[4]!, offered, 1), alongside(regionId, made[4]!.id));
      await ports.projects.claim(resourceClaim(made[1]!, offered, 1), alongside(regionId, made[1]!.id));
      const onTwo = unitClaim(made[2]!, 'u1', 'JOINT');
      await ports.projects.withdrawClaim({ current: (await ports.projects.getClaim(regionId, onTwo.id))!, next: withdrawn((await ports.projects.getClaim(regionId, onTwo.id))!) }, alongside(regionId, made[2]!.id));
      // By its first claim on each, newest first.
      expect(await list({ year: YEAR, unitId: 'u1' })).toEqual(ids([1, 4, 0]));
      expect(await list({ year: YEAR, unitId: 'u1', status: 'SUBMITTED' })).toEqual(ids([1]));
      expect(await list({ year: YEAR, unitId: 'nobody' })).toEqual([]);
      expect(await list({ year: 2025, unitId: 'u1' })).toEqual([]);
    });
  });
}
