/**
 * The promises of the alliance store (domain/alliance/ports.ts), as one suite run against each implementation: the
 * DynamoDB repository on DynamoDB Local (tests/integration/alliance-store.test.ts) and the memory twin the use cases'
 * unit tests use (memory-alliance.test.ts). The same scenarios, the same refusals.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CharterVersion } from '../alliance/charter';
import type { Officer, OfficerPost, SubBody, SubBodyKind } from '../alliance/model';
import type { RepresentativeChange } from '../alliance/representative-change';
import type { UploadClaim } from '../alongside';
import type { PendingUpload } from '../files/rules';
import type { Unit } from '../units/unit';
import { CursorRejectedError, type Page } from '../paging';
import type { Ports } from '../ports';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError, WriteRefusedError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function allianceStoreContract(label: string, ports: Ports): void {
  const store = ports.alliance;
  const { newRegionId, stamp, alongside, auditCount, everyPage } = contractKit(ports);

  const officer = (regionId: string, post: OfficerPost, overrides: Partial<Officer> = {}): Officer => {
    const at = stamp();
    return {
      id: randomUUID(), regionId, post, personName: '王建国', personTitle: '书记', unitId: 'u-1', termStart: '2026-03-01', termEnd: null,
      current: true, endReason: null, version: 1, createdAt: at, updatedAt: at, ...overrides,
    };
  };
  const ended = (o: Officer, termEnd: string): Officer => ({ ...o, current: false, termEnd, endReason: '由新任接替', version: o.version + 1, updatedAt: stamp() });

  const body = (regionId: string, overrides: Partial<SubBody> = {}): SubBody => {
    const at = stamp();
    return {
      id: randomUUID(), regionId, kind: 'STREET_BRANCH', name: '长安街道分会', convenerUnitId: 'u-1', unitIds: ['u-1', 'u-2'],
      people: [{ name: '李红', title: '分会会长', unitId: 'u-1' }, { name: '赵强', title: null, unitId: null }], version: 1, createdAt: at, updatedAt: at, ...overrides,
    };
  };

  async function outcome(write: Promise<void>): Promise<string> {
    try {
      await write;
      return 'ok';
    } catch (error) {
      if (error instanceof GuardFailedError) return `${error.record.type}:${error.guard}`;
      if (error instanceof AlreadyTakenError) return `AlreadyTaken:${error.guard}`;
      if (error instanceof RecordMissingError) return `RecordMissing:${error.record.type}`;
      if (error instanceof StaleVersionError) return `Stale:${error.record.type}`;
      if (error instanceof WriteRefusedError) return error.name;
      throw error;
    }
  }

  async function everyName(regionId: string, kind: SubBodyKind | null): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Page<SubBody> = await store.subBodies(regionId, kind, { size: 2, after });
      names.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) return names;
      after = page.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  describe(`${label}: officers, one holder per single-holder post`, () => {
    it('appoints, replaces the holder in the same write, and lists every officer of the region only', async () => {
      const regionId = newRegionId();
      const first = officer(regionId, 'PRESIDENT');
      await store.appointOfficer({ officer: first, replaced: null }, alongside(regionId, first.id));
      const vices = [officer(regionId, 'VICE_PRESIDENT'), officer(regionId, 'VICE_PRESIDENT')];
      for (const v of vices) await store.appointOfficer({ officer: v, replaced: null }, alongside(regionId, v.id));
      const second = officer(regionId, 'PRESIDENT', { personName: '张伟', termStart: '2027-03-01' });
      await store.appointOfficer({ officer: second, replaced: { current: first, next: ended(first, '2027-02-28') } }, alongside(regionId, second.id));
      await store.appointOfficer({ officer: officer(newRegionId(), 'PRESIDENT'), replaced: null }, alongside(regionId, 'other'));

      const all = await store.officers(regionId);
      expect(all.map((o) => o.id).sort()).toEqual([first.id, second.id, ...vices.map((v) => v.id)].sort());
      expect(await store.officer(regionId, first.id)).toMatchObject({ current: false, termEnd: '2027-02-28', version: 2 });
      expect(await store.officer(regionId, second.id)).toEqual(second);
      expect(await auditCount(regionId, second.id)).toBe(1);
    });

    it('a second appointment to a held post without replacing the holder, or from a stale holder, is refused, with nothing written', async () => {
      const regionId = newRegionId();
      const holder = officer(regionId, 'SECRETARY_GENERAL');
      await store.appointOfficer({ officer: holder, replaced: null }, alongside(regionId, holder.id));
      const rival = officer(regionId, 'SECRETARY_GENERAL');
      expect(await outcome(store.appointOfficer({ officer: rival, replaced: null }, alongside(regionId, rival.id)))).toBe('OfficerPost:holder-changed');
      const stale = { current: { ...holder, version: 7 }, next: ended({ ...holder, version: 7 }, '2026-12-31') };
      expect(await outcome(store.appointOfficer({ officer: rival, replaced: stale }, alongside(regionId, rival.id)))).toBe('Stale:Officer');
      expect(await store.officer(regionId, rival.id)).toBeNull();
      expect(await auditCount(regionId, rival.id)).toBe(0);
      expect(await store.officer(regionId, holder.id)).toEqual(holder);
    });

    it('ending a term leaves the post vacant (a new holder then replaces nobody); stale or missing saves are refused', async () => {
      const regionId = newRegionId();
      const holder = officer(regionId, 'ROTATING_VICE_PRESIDENT');
      await store.appointOfficer({ officer: holder, replaced: null }, alongside(regionId, holder.id));
      const end = { current: holder, next: { ...ended(holder, '2026-12-31'), endReason: '换届' } };
      expect(await outcome(store.saveOfficer({ current: { ...holder, version: 3 }, next: end.next }, alongside(regionId, holder.id)))).toBe('Stale:Officer');
      const ghost = officer(regionId, 'VICE_PRESIDENT');
      expect(await outcome(store.saveOfficer({ current: ghost, next: ended(ghost, '2026-12-31') }, alongside(regionId, ghost.id)))).toBe('RecordMissing:Officer');
      expect(await outcome(store.saveOfficer(end, alongside(regionId, holder.id)))).toBe('ok');
      const next = officer(regionId, 'ROTATING_VICE_PRESIDENT', { termStart: '2027-01-01' });
      expect(await outcome(store.appointOfficer({ officer: next, replaced: null }, alongside(regionId, next.id)))).toBe('ok');
      expect((await store.officers(regionId)).filter((o) => o.current).map((o) => o.id)).toEqual([next.id]);
    });
  });

  describe(`${label}: the alliance settings`, () => {
    it('saves at the version read (none: must still be none); stale is refused', async () => {
      const regionId = newRegionId();
      expect(await store.settings(regionId)).toBeNull();
      const first = { regionId, councilTermStart: '2026-01-01', councilTermEnd: '2030-12-31', version: 1 };
      await store.saveSettings({ current: null, next: first }, alongside(regionId, 'settings'));
      expect(await store.settings(regionId)).toEqual(first);
      expect(await outcome(store.saveSettings({ current: null, next: first }, alongside(regionId, 'settings')))).toBe('Stale:AllianceSettings');
      const second = { ...first, councilTermEnd: '2031-12-31', version: 2 };
      await store.saveSettings({ current: first, next: second }, alongside(regionId, 'settings'));
      expect(await outcome(store.saveSettings({ current: first, next: { ...second, version: 3 } }, alongside(regionId, 'settings')))).toBe('Stale:AllianceSettings');
      expect(await store.settings(regionId)).toEqual(second);
      expect(await auditCount(regionId, 'settings')).toBe(2);
    });
  });

  describe(`${label}: sub-bodies, names unique in the region`, () => {
    it('creates, lists by name (all or one kind) in pages, and refuses a name taken (also differently spaced)', async () => {
      const regionId = newRegionId();
      const a = body(regionId, { name: '长安街道分会' });
      const b = body(regionId, { kind: 'RESEARCH_COMMITTEE', name: '民生建设专业研究委员会' });
      const c = body(regionId, { kind: 'EXPERT_COMMITTEE', name: '党建专家咨询委员会' });
      for (const x of [a, b, c]) await store.createSubBody(x, alongside(regionId, x.id));
      await store.createSubBody(body(newRegionId()), alongside(regionId, 'other'));
      expect(await store.subBody(regionId, a.id)).toEqual(a);
      expect(await everyName(regionId, null)).toEqual(['长安街道分会', '党建专家咨询委员会', '民生建设专业研究委员会']);
      expect(await everyName(regionId, 'RESEARCH_COMMITTEE')).toEqual(['民生建设专业研究委员会']);
      const twin = body(regionId, { name: ' 长安街道分会 ', kind: 'RESEARCH_COMMITTEE' });
      expect(await outcome(store.createSubBody(twin, alongside(regionId, twin.id)))).toBe('AlreadyTaken:sub-body-name');
      expect(await store.subBody(regionId, twin.id)).toBeNull();
      expect(await auditCount(regionId, twin.id)).toBe(0);
      const page = await store.subBodies(regionId, null, { size: 1 });
      const refused = await store.subBodies(regionId, 'STREET_BRANCH', { size: 1, after: page.pageInfo.endCursor }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(CursorRejectedError);
    });

    it('saves at the version read, moving the name guard on a rename; a name taken or a stale version refuses all of it', async () => {
      const regionId = newRegionId();
      const a = body(regionId, { name: '甲分会' });
      const b = body(regionId, { name: '乙分会' });
      for (const x of [a, b]) await store.createSubBody(x, alongside(regionId, x.id));
      const taken = { ...a, name: '乙分会', version: 2 };
      expect(await outcome(store.saveSubBody({ current: a, next: taken }, alongside(regionId, a.id)))).toBe('AlreadyTaken:sub-body-name');
      expect(await outcome(store.saveSubBody({ current: { ...a, version: 5 }, next: { ...a, name: '丙分会', version: 6 } }, alongside(regionId, a.id)))).toBe('Stale:SubBody');
      const ghost = body(regionId);
      expect(await outcome(store.saveSubBody({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, ghost.id)))).toBe('RecordMissing:SubBody');
      const renamed = { ...a, name: '丙分会', kind: 'RESEARCH_COMMITTEE' as const, unitIds: ['u-9'], version: 2 };
      await store.saveSubBody({ current: a, next: renamed }, alongside(regionId, a.id));
      expect(await store.subBody(regionId, a.id)).toEqual(renamed);
      expect(await everyName(regionId, 'RESEARCH_COMMITTEE')).toEqual(['丙分会']);
      // The old name is free again; the new one is held.
      const reuse = body(regionId, { name: '甲分会' });
      expect(await outcome(store.createSubBody(reuse, alongside(regionId, reuse.id)))).toBe('ok');
      const clash = body(regionId, { name: '丙分会' });
      expect(await outcome(store.createSubBody(clash, alongside(regionId, clash.id)))).toBe('AlreadyTaken:sub-body-name');
      expect(await auditCount(regionId, a.id)).toBe(2);
    });
  });

  // ---- the charter (章程) and the filings of representative changes (变更备案) ---------------------------------

  async function putUpload(regionId: string): Promise<UploadClaim> {
    const at = new Date().toISOString();
    const upload: PendingUpload = {
      id: randomUUID(), regionId, name: '章程.pdf', contentType: 'application/pdf', size: 3, sha256: 'abc', uploadedBy: 'tester', createdAt: at,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    await ports.uploads.put(upload, alongside(regionId, upload.id));
    return { regionId, uploadId: upload.id };
  }

  const charterVersion = (regionId: string, number: number, overrides: Partial<CharterVersion> = {}): CharterVersion => ({
    id: randomUUID(), regionId, number, title: `章程第 ${number} 版`, adoptedOn: '2026-01-01', adoptedBy: '会员大会', note: null,
    file: { key: `files/${regionId}/${randomUUID()}`, name: '章程.pdf', contentType: 'application/pdf', size: 3, sha256: 'abc', uploadedBy: 'tester', uploadedAt: stamp() },
    createdAt: stamp(), createdBy: '秘书处', ...overrides,
  });

  describe(`${label}: charter versions, numbered without gaps or twins`, () => {
    it('adds versions with the number after the last, lists them newest first in pages, and consumes the upload', async () => {
      const regionId = newRegionId();
      expect(await store.lastCharterNumber(regionId)).toBe(0);
      const versions = [1, 2, 3].map((n) => charterVersion(regionId, n));
      for (const v of versions) await store.addCharterVersion(v, alongside(regionId, v.id, [await putUpload(regionId)]));
      await store.addCharterVersion(charterVersion(newRegionId(), 1), alongside(regionId, 'other'));
      expect(await store.lastCharterNumber(regionId)).toBe(3);
      expect(await everyPage((page) => store.charterVersions(regionId, page), (v) => v.number)).toEqual([3, 2, 1]);
      expect((await store.charterVersions(regionId, { size: 1 })).edges[0]!.node).toEqual(versions[2]);
      expect(await auditCount(regionId, versions[0]!.id)).toBe(1);
    });

    it('refuses a number taken or skipped, and a used upload, with nothing written', async () => {
      const regionId = newRegionId();
      const first = charterVersion(regionId, 1);
      const claim = await putUpload(regionId);
      await store.addCharterVersion(first, alongside(regionId, first.id, [claim]));
      const twin = charterVersion(regionId, 1);
      expect(await outcome(store.addCharterVersion(twin, alongside(regionId, twin.id)))).toBe('CharterCounter:number-taken');
      const skip = charterVersion(regionId, 3);
      expect(await outcome(store.addCharterVersion(skip, alongside(regionId, skip.id)))).toBe('CharterCounter:number-taken');
      const reused = charterVersion(regionId, 2);
      expect(await outcome(store.addCharterVersion(reused, alongside(regionId, reused.id, [claim])))).toBe('RecordMissing:Upload');
      expect(await store.lastCharterNumber(regionId)).toBe(1);
      expect((await store.charterVersions(regionId, { size: 10 })).edges.map((e) => e.node.id)).toEqual([first.id]);
      expect(await auditCount(regionId, reused.id)).toBe(0);
    });

    it('of uploads racing for one number, exactly one wins', async () => {
      const regionId = newRegionId();
      const rivals = Array.from({ length: 5 }, () => charterVersion(regionId, 1));
      const outcomes = await Promise.all(rivals.map((v) => outcome(store.addCharterVersion(v, alongside(regionId, v.id)))));
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'ok').every((o) => o === 'CharterCounter:number-taken' || o === 'WriteContendedError')).toBe(true);
      expect((await store.charterVersions(regionId, { size: 10 })).edges).toHaveLength(1);
    });
  });

  async function givenStoredUnit(regionId: string): Promise<Unit> {
    await ports.regions.createIfAbsent({ id: regionId, name: `测试街道${regionId}`, level: 'STREET', createdAt: stamp() });
    const at = stamp();
    const unit: Unit = {
      id: randomUUID(), regionId, name: `单位${randomUUID().slice(0, 8)}`, shortName: null, hostKind: 'SCHOOL', level: 'BRANCH', allianceRole: 'MEMBER_UNIT',
      status: 'REGISTERED', address: null, grid: null, parentId: null, childCount: 0, leader: null, representative: null,
      liaison: { name: '李红', title: null, phone: null }, partTimeCommitteeMember: null, memberCount: 0, fullMemberCount: 0, registration: null,
      activePairingCount: 0, pairingCount: 0, version: 1, createdAt: at, updatedAt: at,
    };
    await ports.units.create(unit, alongside(regionId, unit.id));
    return unit;
  }

  /** A unit's save that names a new liaison, with its filing: the use case's write. */
  async function changeLiaison(unit: Unit, name: string): Promise<{ unit: Unit; change: RepresentativeChange }> {
    const at = stamp();
    const next: Unit = { ...unit, liaison: { name, title: null, phone: null }, version: unit.version + 1, updatedAt: at };
    const change: RepresentativeChange = {
      id: randomUUID(), regionId: unit.regionId, unitId: unit.id, post: 'LIAISON', previous: unit.liaison, next: next.liaison, changedAt: at, changedBy: '测试',
      filedAt: null, filedBy: null, version: 1,
    };
    await ports.units.save({ current: unit, next, representativeChanges: [change] }, alongside(unit.regionId, unit.id));
    return { unit: next, change };
  }

  describe(`${label}: representative changes, written by the unit's save`, () => {
    it('are put with the unit, listed newest first by unit and by state (each its own key), and move to 已备案 when filed', async () => {
      const regionId = newRegionId();
      const school = await givenStoredUnit(regionId);
      const hospital = await givenStoredUnit(regionId);
      const first = await changeLiaison(school, '赵强');
      const second = await changeLiaison(hospital, '孙丽萍');
      const third = await changeLiaison(first.unit, '周敏');
      expect(await store.representativeChange(regionId, first.change.id)).toEqual(first.change);
      expect((await ports.units.get(regionId, school.id))!.liaison!.name).toBe('周敏');
      const ids = (filter: { unitId?: string; filed?: boolean }) => everyPage((page) => store.representativeChanges(regionId, filter, page), (c) => c.id);
      expect(await ids({})).toEqual([third.change.id, second.change.id, first.change.id]);
      expect(await ids({ unitId: school.id })).toEqual([third.change.id, first.change.id]);
      expect(await ids({ filed: false })).toEqual([third.change.id, second.change.id, first.change.id]);

      const filed = { ...first.change, filedAt: stamp(), filedBy: '秘书处', version: 2 };
      await store.saveRepresentativeChange({ current: first.change, next: filed }, alongside(regionId, first.change.id));
      expect(await store.representativeChange(regionId, first.change.id)).toEqual(filed);
      expect(await ids({ filed: false })).toEqual([third.change.id, second.change.id]);
      expect(await ids({ filed: true })).toEqual([first.change.id]);
      expect(await ids({ unitId: school.id, filed: false })).toEqual([third.change.id]);
      expect(await ids({ unitId: school.id, filed: true })).toEqual([first.change.id]);
      expect(await ids({ unitId: hospital.id, filed: true })).toEqual([]);
      expect(await everyPage((page) => store.representativeChanges(newRegionId(), {}, page), (c) => c.id)).toEqual([]);
      const page = await store.representativeChanges(regionId, { filed: false }, { size: 1 });
      expect(await store.representativeChanges(regionId, { filed: true }, { size: 1, after: page.pageInfo.endCursor }).catch((e: unknown) => e)).toBeInstanceOf(CursorRejectedError);
    });

    it('a refused unit save writes no change; a stale or missing filing save is refused', async () => {
      const regionId = newRegionId();
      const school = await givenStoredUnit(regionId);
      const stale = { ...school, version: 9 };
      expect(await outcome(changeLiaison(stale, '赵强').then(() => undefined))).toBe('Stale:Unit');
      expect((await store.representativeChanges(regionId, {}, { size: 10 })).edges).toEqual([]);
      const { change } = await changeLiaison(school, '赵强');
      const filed = { ...change, filedAt: stamp(), filedBy: '秘书处', version: 2 };
      expect(await outcome(store.saveRepresentativeChange({ current: { ...change, version: 4 }, next: filed }, alongside(regionId, change.id)))).toBe('Stale:RepresentativeChange');
      const ghost = { ...change, id: randomUUID() };
      expect(await outcome(store.saveRepresentativeChange({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, ghost.id)))).toBe('RecordMissing:RepresentativeChange');
      await store.saveRepresentativeChange({ current: change, next: filed }, alongside(regionId, change.id));
      expect(await outcome(store.saveRepresentativeChange({ current: change, next: { ...filed, version: 2 } }, alongside(regionId, change.id)))).toBe('Stale:RepresentativeChange');
      expect(await auditCount(regionId, change.id)).toBe(1);
    });
  });
}

