import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import {
  allowedLedgerActions, assignLedgerItem, declineLedgerItem, getLedgerItem, ledgerYear, listLedgerItems, raiseLedgerItem, reopenLedgerItem,
  reportLedgerProgress, resolveLedgerItem, signOffLedgerItem,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let community: Unit;
let school: Unit;
let bureau: Unit;

const raise = (principal: RegionPrincipal, unitId: string, overrides: Record<string, unknown> = {}) =>
  raiseLedgerItem(principal, { raisedByUnitId: unitId, title: '校门口交通拥堵', description: '上下学时段接送车辆占道', ...overrides }, ports);

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
  community = await givenUnit(ports, admin, { ...COMMUNITY, name: '春晖社区党委' });
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', hostKind: 'SCHOOL' });
  bureau = await givenUnit(ports, admin, { name: '区住房和城乡建设局党总支', hostKind: 'AGENCY' });
});

describe('the issue ledger: 一事一号', () => {
  it('numbers items per region and year from 1, gap-free, also when raises race', async () => {
    const first = await raise(unitLiaison(regionId, school.id), school.id);
    expect(first).toMatchObject({ number: '2026-0001', seq: 1, status: 'RAISED', raisedBy: expect.any(String) });
    const racing = await Promise.all(Array.from({ length: 8 }, (_, i) => raise(admin, i % 2 ? school.id : community.id, { title: `事项${i}` })));
    expect(racing.map((item) => item.seq).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(racing.map((item) => item.number)).size).toBe(8);
    expect((await ledgerYear(admin, { year: 2026 }, ports)).total).toBe(9);
    ports.clock.set('2027-01-02T08:00:00.000Z');
    expect((await raise(admin, school.id)).number).toBe('2027-0001');
  });

  it('a liaison raises only for its own unit; bad input names the field', async () => {
    await expect(attempt(() => raise(unitLiaison(regionId, school.id), community.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => raise(admin, school.id, { title: ' ' }))).rejects.toMatchObject({ field: 'title' });
    await expect(attempt(() => raise(admin, school.id, { kind: 'COMPLAINT' }))).rejects.toMatchObject({ field: 'kind' });
    await expect(attempt(() => raise(admin, 'no-such-unit'))).rejects.toMatchObject({ field: 'raisedByUnitId' });
  });
});

describe('the issue ledger: 一办一销', () => {
  it('assign → progress → resolve → the raising unit signs off; only then it is closed', async () => {
    const schoolLiaison = unitLiaison(regionId, school.id);
    const bureauLiaison = unitLiaison(regionId, bureau.id);
    let item = await raise(schoolLiaison, school.id);
    expect(allowedLedgerActions(admin, item)).toEqual(['ASSIGN', 'DECLINE']);
    expect(allowedLedgerActions(schoolLiaison, item)).toEqual([]);

    await expect(attempt(() => assignLedgerItem(admin, { id: item.id, version: 1, dueOn: '2026-04-01' }, ports))).rejects.toMatchObject({ field: 'handlerUnitId' });
    await expect(attempt(() => assignLedgerItem(admin, { id: item.id, version: 1, handlerUnitId: bureau.id, dueOn: '2026-02-01' }, ports))).rejects.toMatchObject({ field: 'dueOn' });
    await expect(attempt(() => assignLedgerItem(schoolLiaison, { id: item.id, version: 1, handlerUnitId: bureau.id, dueOn: '2026-04-01' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    item = await assignLedgerItem(admin, { id: item.id, version: 1, handlerUnitId: bureau.id, handlerDepartment: '区交警大队', dueOn: '2026-04-01', note: '请会同学校制定方案' }, ports);
    expect(item).toMatchObject({ status: 'ASSIGNED', handlerUnitId: bureau.id, handlerDepartment: '区交警大队', version: 2 });
    expect(allowedLedgerActions(bureauLiaison, item)).toEqual(['PROGRESS', 'RESOLVE']);

    // The raising unit cannot resolve its own item; the handler can; progress keeps files.
    await expect(attempt(() => resolveLedgerItem(schoolLiaison, { id: item.id, version: 2, resolution: '已解决' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const photo = await givenUpload(ports, bureauLiaison, { fileName: '现场.pdf' });
    item = await reportLedgerProgress(bureauLiaison, { id: item.id, note: '已现场查看', fileUploadIds: [photo] }, ports);
    expect(item.history.at(-1)).toMatchObject({ action: 'PROGRESS', note: '已现场查看', files: [expect.objectContaining({ name: '现场.pdf' })] });
    // Filed into the archive with the step: the same object, under the raising unit.
    expect(await ports.archive.document(regionId, `upload-${photo}`)).toMatchObject({
      title: `意见台账 ${item.number}：现场.pdf`, folder: 'OTHER', unitId: school.id, current: { file: item.history.at(-1)!.files[0], sharedWithRecord: true },
    });
    item = await resolveLedgerItem(bureauLiaison, { id: item.id, version: item.version, resolution: '增设临时停车区，早晚高峰设护学岗' }, ports);
    expect(item.status).toBe('RESOLVED');

    // Only the raising unit answers: the handler cannot close what it resolved.
    await expect(attempt(() => signOffLedgerItem(bureauLiaison, { id: item.id, version: item.version }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => reopenLedgerItem(schoolLiaison, { id: item.id, version: item.version, reason: '' }, ports))).rejects.toMatchObject({ field: 'reason' });
    item = await reopenLedgerItem(schoolLiaison, { id: item.id, version: item.version, reason: '护学岗只设了早高峰' }, ports);
    expect(item).toMatchObject({ status: 'ASSIGNED', reopenCount: 1, resolution: null });
    item = await resolveLedgerItem(bureauLiaison, { id: item.id, version: item.version, resolution: '早晚高峰均设护学岗' }, ports);
    item = await signOffLedgerItem(schoolLiaison, { id: item.id, version: item.version, note: '满意' }, ports);
    expect(item).toMatchObject({ status: 'CLOSED', signedOffBy: schoolLiaison.displayName });
    expect(item.history.map((e) => e.action)).toEqual(['RAISE', 'ASSIGN', 'PROGRESS', 'RESOLVE', 'REOPEN', 'RESOLVE', 'SIGN_OFF']);
    await expect(attempt(() => reopenLedgerItem(schoolLiaison, { id: item.id, version: item.version, reason: '又坏了' }, ports))).rejects.toMatchObject({ field: 'id' });
    expect(ports.memory.auditEntries().filter((e) => e.recordId === item.id).map((e) => e.operation)).toContain('signOffLedgerItem');
  });

  it('the secretariat records a paper sign-off naming who signed; declines need the reason', async () => {
    let item = await raise(admin, school.id);
    item = await assignLedgerItem(admin, { id: item.id, version: 1, handlerDepartment: '区城管局', dueOn: '2026-04-01' }, ports);
    item = await resolveLedgerItem(admin, { id: item.id, version: item.version, resolution: '已处理' }, ports);
    await expect(attempt(() => signOffLedgerItem(admin, { id: item.id, version: item.version }, ports))).rejects.toMatchObject({ field: 'signedOffBy' });
    expect(await signOffLedgerItem(admin, { id: item.id, version: item.version, signedOffBy: '王建国' }, ports)).toMatchObject({ status: 'CLOSED', signedOffBy: '王建国' });

    const other = await raise(admin, school.id);
    await expect(attempt(() => declineLedgerItem(admin, { id: other.id, version: 1, reason: '' }, ports))).rejects.toMatchObject({ field: 'reason' });
    expect(await declineLedgerItem(admin, { id: other.id, version: 1, reason: '不属协调范围' }, ports)).toMatchObject({ status: 'DECLINED', declineReason: '不属协调范围' });
    const year = await ledgerYear(admin, { year: 2026 }, ports);
    expect(year.byStatus).toEqual(expect.arrayContaining([{ status: 'CLOSED', count: 1 }, { status: 'DECLINED', count: 1 }, { status: 'RAISED', count: 0 }]));
  });

  it('overdue items are listed earliest due first and counted; a liaison reads only its unit’s items', async () => {
    const late = await raise(admin, school.id, { title: '迟办' });
    await assignLedgerItem(admin, { id: late.id, version: 1, handlerUnitId: bureau.id, dueOn: '2026-03-10' }, ports);
    const onTime = await raise(admin, community.id, { title: '按期' });
    await assignLedgerItem(admin, { id: onTime.id, version: 1, handlerUnitId: bureau.id, dueOn: '2026-06-10' }, ports);
    ports.clock.set('2026-03-20T08:00:00.000Z');
    const overdue = await listLedgerItems(admin, { filter: { year: 2026, overdue: true } }, ports);
    expect(overdue.edges.map((e) => e.node.title)).toEqual(['迟办']);
    expect((await ledgerYear(admin, { year: 2026 }, ports)).overdue).toBe(1);

    const schoolLiaison = unitLiaison(regionId, school.id);
    const own = await listLedgerItems(schoolLiaison, { filter: { year: 2026, raisedByUnitId: school.id } }, ports);
    expect(own.edges.map((e) => e.node.title)).toEqual(['迟办']);
    await expect(attempt(() => listLedgerItems(schoolLiaison, { filter: { year: 2026 } }, ports))).rejects.toMatchObject({ field: 'raisedByUnitId' });
    await expect(attempt(() => listLedgerItems(schoolLiaison, { filter: { year: 2026, raisedByUnitId: community.id } }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => getLedgerItem(schoolLiaison, onTime.id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getLedgerItem(unitLiaison(regionId, bureau.id), onTime.id, ports)).toMatchObject({ title: '按期' });
    const handled = await listLedgerItems(unitLiaison(regionId, bureau.id), { filter: { year: 2026, handlerUnitId: bureau.id } }, ports);
    expect(handled.edges).toHaveLength(2);
  });
});
