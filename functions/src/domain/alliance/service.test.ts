import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { changeUnitStatus } from '../units/service';
import type { Unit } from '../units/unit';
import { endOfficerTerm, getAllianceSettings, listOfficers, setCouncilTerm, setOfficer } from './service';
import { createSubBody, getSubBody, listSubBodies, updateSubBody } from './sub-bodies-service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let committee: Unit;
let school: Unit;

const appoint = (post: string, personName: string, termStart: string, overrides: Record<string, unknown> = {}) =>
  setOfficer(admin, { post, personName, personTitle: '书记', unitId: committee.id, termStart, ...overrides }, ports);

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
  committee = await givenUnit(ports, admin, { name: '长安街道党工委', hostKind: 'AGENCY', level: 'COMMITTEE', allianceRole: 'COUNCIL_UNIT' });
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', hostKind: 'SCHOOL' });
});

describe('Method: setOfficer', () => {
  it('a new 会长 ends the current one the day before, kept as history; 副会长 are several', async () => {
    // Prepare
    const first = await appoint('PRESIDENT', '王建国', '2021-03-01', { termEnd: '2026-02-28' });
    await appoint('VICE_PRESIDENT', '李红', '2024-01-01');
    await appoint('VICE_PRESIDENT', '赵强', '2024-01-01', { unitId: school.id });
    // Act
    const second = await appoint('PRESIDENT', '张伟', '2026-03-01');
    // Assess
    const all = await listOfficers(admin, { includePast: true }, ports);
    expect(all.map((o) => [o.post, o.personName, o.current])).toEqual([
      ['PRESIDENT', '张伟', true], ['VICE_PRESIDENT', '李红', true], ['VICE_PRESIDENT', '赵强', true], ['PRESIDENT', '王建国', false],
    ]);
    expect(all.at(-1)).toMatchObject({ id: first.id, termEnd: '2026-02-28', endReason: '由新任接替', version: 2 });
    expect((await listOfficers(admin, {}, ports)).map((o) => o.personName)).toEqual(['张伟', '李红', '赵强']);
    const entry = ports.memory.auditEntries(regionId).find((e) => e.recordId === second.id)!;
    expect(entry).toMatchObject({ operation: 'setOfficer', recordType: 'Officer' });
    expect(entry.changes).toContainEqual({ field: 'replaced', before: null, after: '王建国（任期至 2026-02-28）' });
  });

  it('a 执行副会长 serves a year unless told otherwise', async () => {
    expect(await appoint('ROTATING_VICE_PRESIDENT', '周敏', '2026-03-01')).toMatchObject({ termEnd: '2027-02-28', current: true });
  });

  it('refuses at the field: unknown or withdrawn unit, bad dates, a start not after the current holder’s', async () => {
    await expect(attempt(() => appoint('PRESIDENT', '张伟', '2026-03-01', { unitId: 'no-such-unit' }))).rejects.toMatchObject({ field: 'unitId' });
    const left = await changeUnitStatus(admin, { id: school.id, version: school.version, action: 'WITHDRAW' }, ports);
    await expect(attempt(() => appoint('PRESIDENT', '张伟', '2026-03-01', { unitId: left.id }))).rejects.toMatchObject({ field: 'unitId' });
    await expect(attempt(() => appoint('PRESIDENT', '张伟', '2026-03-01', { termEnd: '2026-01-01' }))).rejects.toMatchObject({ field: 'termEnd' });
    await expect(attempt(() => appoint('CHAIRMAN', '张伟', '2026-03-01'))).rejects.toMatchObject({ field: 'post' });
    await expect(attempt(() => appoint('PRESIDENT', ' ', '2026-03-01'))).rejects.toMatchObject({ field: 'personName' });
    await appoint('SECRETARY_GENERAL', '陈静', '2026-03-01');
    await expect(attempt(() => appoint('SECRETARY_GENERAL', '刘洋', '2026-03-01'))).rejects.toMatchObject({ field: 'termStart' });
  });

  it('two appointments to one post racing: one wins, the other is a CONFLICT', async () => {
    await appoint('PRESIDENT', '王建国', '2021-03-01');
    ports.memory.beforeNextWrite(() => appoint('PRESIDENT', '张伟', '2026-03-01'));
    await expect(attempt(() => appoint('PRESIDENT', '孙丽', '2026-04-01'))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listOfficers(admin, {}, ports)).map((o) => o.personName)).toEqual(['张伟']);
  });

  it('only the secretariat appoints; the region’s liaisons read', async () => {
    const liaison = unitLiaison(regionId, school.id);
    await expect(attempt(() => setOfficer(liaison, { post: 'PRESIDENT', personName: '张伟', unitId: school.id, termStart: '2026-03-01' }, ports))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await appoint('PRESIDENT', '张伟', '2026-03-01');
    expect(await listOfficers(liaison, {}, ports)).toHaveLength(1);
  });
});

describe('Method: endOfficerTerm', () => {
  it('ends a current term on a day with the reason; the post is vacant, then filled again', async () => {
    const officer = await appoint('SECRETARY_GENERAL', '陈静', '2021-03-01');
    await expect(attempt(() => endOfficerTerm(admin, { id: officer.id, version: 1, endedOn: '2020-01-01' }, ports))).rejects.toMatchObject({ field: 'endedOn' });
    await expect(attempt(() => endOfficerTerm(admin, { id: officer.id, version: 9, endedOn: '2026-02-28' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    const ended = await endOfficerTerm(admin, { id: officer.id, version: 1, endedOn: '2026-02-28', reason: '工作调动' }, ports);
    expect(ended).toMatchObject({ current: false, termEnd: '2026-02-28', endReason: '工作调动', version: 2 });
    await expect(attempt(() => endOfficerTerm(admin, { id: officer.id, version: 2, endedOn: '2026-02-28' }, ports))).rejects.toMatchObject({ field: 'id' });
    expect(await listOfficers(admin, {}, ports)).toEqual([]);
    await appoint('SECRETARY_GENERAL', '刘洋', '2026-03-01');
    expect((await listOfficers(admin, { includePast: true }, ports)).map((o) => o.personName)).toEqual(['刘洋', '陈静']);
  });
});

describe('Method: setCouncilTerm', () => {
  it('sets the council term at the version read (0 at first); stale is a CONFLICT', async () => {
    expect(await getAllianceSettings(admin, ports)).toMatchObject({ councilTermStart: null, version: 0 });
    await expect(attempt(() => setCouncilTerm(admin, { start: '2026-01-01', end: '2025-12-31', version: 0 }, ports))).rejects.toMatchObject({ field: 'end' });
    expect(await setCouncilTerm(admin, { start: '2026-01-01', end: '2030-12-31', version: 0 }, ports)).toMatchObject({ councilTermEnd: '2030-12-31', version: 1 });
    await expect(attempt(() => setCouncilTerm(admin, { start: '2026-01-01', end: '2031-12-31', version: 0 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await getAllianceSettings(unitLiaison(regionId, school.id), ports)).toMatchObject({ councilTermStart: '2026-01-01', version: 1 });
    expect(ports.memory.auditEntries(regionId).at(-1)).toMatchObject({ operation: 'setCouncilTerm', recordType: 'AllianceSettings' });
  });
});

describe('Method: createSubBody / updateSubBody', () => {
  const branch = () => ({
    kind: 'STREET_BRANCH', name: '长安街道分会', convenerUnitId: committee.id, unitIds: [committee.id, school.id, school.id],
    people: [{ name: '王建国', title: '分会会长', unitId: committee.id }, { name: '李红', title: '党建专家' }],
  });

  it('forms a body of units and people; names are unique in the region (refused at name)', async () => {
    const body = await createSubBody(admin, branch(), ports);
    expect(body).toMatchObject({ kind: 'STREET_BRANCH', unitIds: [committee.id, school.id], people: [{ unitId: committee.id }, { title: '党建专家', unitId: null }], version: 1 });
    await expect(attempt(() => createSubBody(admin, { ...branch(), kind: 'RESEARCH_COMMITTEE', name: ' 长安街道分会' }, ports))).rejects.toMatchObject({ field: 'name' });
    const committeeBody = await createSubBody(admin, { kind: 'RESEARCH_COMMITTEE', name: '民生建设专业研究委员会', convenerUnitId: school.id }, ports);
    await expect(attempt(() => updateSubBody(admin, { id: committeeBody.id, version: 1, name: '长安街道分会' }, ports))).rejects.toMatchObject({ field: 'name' });
    const renamed = await updateSubBody(admin, { id: committeeBody.id, version: 1, name: '民生专业研究委员会', unitIds: [school.id] }, ports);
    expect(renamed).toMatchObject({ name: '民生专业研究委员会', unitIds: [school.id], version: 2 });
    // The old name is free again.
    await createSubBody(admin, { kind: 'RESEARCH_COMMITTEE', name: '民生建设专业研究委员会', convenerUnitId: school.id }, ports);
    await expect(attempt(() => updateSubBody(admin, { id: committeeBody.id, version: 1, name: '其他' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listSubBodies(admin, { kind: 'RESEARCH_COMMITTEE' }, ports)).edges).toHaveLength(2);
    expect((await listSubBodies(unitLiaison(regionId, school.id), {}, ports)).edges).toHaveLength(3);
    expect(await getSubBody(admin, body.id, ports)).toEqual(body);
    expect(ports.memory.auditEntries(regionId).filter((e) => e.recordType === 'SubBody').map((e) => e.operation)).toEqual(['createSubBody', 'createSubBody', 'updateSubBody', 'createSubBody']);
  });

  it('refuses units that do not exist or left, at their field; a liaison cannot write', async () => {
    await expect(attempt(() => createSubBody(admin, { ...branch(), convenerUnitId: 'nope' }, ports))).rejects.toMatchObject({ field: 'convenerUnitId' });
    await expect(attempt(() => createSubBody(admin, { ...branch(), unitIds: [school.id, 'nope'] }, ports))).rejects.toMatchObject({ field: 'unitIds.1' });
    await expect(attempt(() => createSubBody(admin, { ...branch(), people: [{ name: '甲', unitId: 'nope' }] }, ports))).rejects.toMatchObject({ field: 'people.0.unitId' });
    await expect(attempt(() => createSubBody(admin, { ...branch(), unitIds: Array.from({ length: 201 }, (_, i) => `u${i}`) }, ports))).rejects.toMatchObject({ field: 'unitIds' });
    await expect(attempt(() => createSubBody(admin, { ...branch(), kind: 'CLUB' }, ports))).rejects.toMatchObject({ field: 'kind' });
    await expect(attempt(() => createSubBody(unitLiaison(regionId, school.id), branch(), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
