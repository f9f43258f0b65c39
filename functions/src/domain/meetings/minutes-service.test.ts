import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import type { Meeting } from './meeting';
import {
  acknowledgeResolutions, ownReceipt, receiptsOfMeeting, receiptSummaryOfMeeting,
  addActionItem, addMinutesAddendum, approveMinutes, consensusOfMeeting, listActionItems, minutesOfMeeting, minutesVersions, previousActionItems,
  recordConsensus, recordConsensusForAll, reportActionItem, resolutionsOfMeeting, saveMinutes, viewerActionItems,
} from './minutes-service';
import { meetingFollowUpSummary } from './documents-service';
import { followUpBlocks, type FollowUpSummary } from './follow-up-summary';
import { receiptRefusal } from './minutes-rules';
import { invitedAttendance, receiptSummary, type AttendanceStatus } from './proceedings';
import { createMeeting, sendMeetingNotice } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let school: Unit;
let hospital: Unit;
let community: Unit;
let absent: Unit;

// The clock starts at 2026-03-01T08:00:00Z; meetings start on the 20th at 01:30Z (09:30 in Beijing).
beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  school = await givenUnit(ports, admin);
  hospital = await givenUnit(ports, admin);
  community = await givenUnit(ports, admin, COMMUNITY);
  absent = await givenUnit(ports, admin);
});

/** A noticed meeting of `kind` on `day` of March 2026 with two agenda items, inviting every unit; the clock then after its start. */
async function heldMeeting(day = 20, kind = 'JOINT_MEETING'): Promise<Meeting> {
  const startsAt = `2026-03-${String(day).padStart(2, '0')}T01:30:00Z`;
  ports.clock.set('2026-03-01T08:00:00Z');
  const created = await createMeeting(admin, {
    title: `3月${day}日联席会议`, kind, startsAt, endsAt: startsAt.replace('01:30', '04:00'),
    invitedUnitIds: [school.id, hospital.id, community.id, absent.id],
    agenda: [{ title: '审议共建项目清单' }, { title: '研究停车难问题' }],
  }, ports);
  const noticed = await sendMeetingNotice(admin, { meetingId: created.id, version: 1, lateReason: day < 9 ? '工作需要' : undefined }, ports);
  ports.clock.set(startsAt.replace('01:30', '02:00'));
  return noticed;
}

/** Attendance written through the port (attendance-service.ts records it in the product). */
async function attend(meeting: Meeting, unitId: string, status: AttendanceStatus, delegate: string | null = null) {
  const next = { ...invitedAttendance(meeting, unitId), status, delegate, recordedBy: admin.displayName, version: 1, updatedAt: ports.now().toISOString() };
  await ports.proceedings.saveAttendance({ current: null, next }, { audit: { id: ports.newId(), regionId, at: ports.now().toISOString(), actorId: 'x', actorName: 'x', operation: 'recordAttendance', recordType: 'MeetingAttendance', recordId: unitId, version: 1, outcome: 'SUCCESS', changes: [] } });
}

/** school and hospital present, community on leave with a delegate; `absent` on leave without one. */
async function withAttendance(meeting: Meeting) {
  await attend(meeting, school.id, 'PRESENT');
  await attend(meeting, hospital.id, 'PRESENT');
  await attend(meeting, community.id, 'LEAVE', '社区副书记');
  await attend(meeting, absent.id, 'LEAVE');
}

const minutesInput = (meeting: Meeting, item: number, overrides: Record<string, unknown> = {}) => ({
  meetingId: meeting.id, agendaItemId: meeting.agenda[item]!.id, version: 0, text: '与会单位逐项讨论了项目清单。', decision: '通过2026年共建项目清单', ...overrides,
});

/** Minutes of both items (with decisions), every attending unit concurring on the first (the school with a reserved view), the hospital objecting to the second. */
async function readyToApprove(meeting: Meeting) {
  await withAttendance(meeting);
  await saveMinutes(admin, minutesInput(meeting, 0), ports);
  await saveMinutes(admin, minutesInput(meeting, 1, { text: '讨论停车难问题', decision: '在小区北侧增设停车位' }), ports);
  await recordConsensus(admin, { meetingId: meeting.id, agendaItemId: meeting.agenda[0]!.id, unitId: school.id, position: 'RESERVE', view: '资金安排应再细化' }, ports);
  await recordConsensusForAll(admin, { meetingId: meeting.id, agendaItemId: meeting.agenda[0]!.id }, ports);
  await recordConsensus(admin, { meetingId: meeting.id, agendaItemId: meeting.agenda[1]!.id, unitId: hospital.id, position: 'OBJECT', view: '占用消防通道' }, ports);
  return (await ports.meetings.get(regionId, meeting.id))!;
}

describe('Method: saveMinutes', () => {
  it('saves versions with what changed, keeps files by name, and moves the meeting to MINUTES_DRAFTED once', async () => {
    const meeting = await heldMeeting();
    const uploadId = await givenUpload(ports, admin, { fileName: '签到表.pdf' });
    const first = await saveMinutes(admin, minutesInput(meeting, 0, { decision: null, fileUploadIds: [uploadId] }), ports);
    expect(first).toMatchObject({ version: 1, decision: null, savedBy: admin.displayName, addenda: [] });
    expect(first.files.map((f) => f.name)).toEqual(['签到表.pdf']);
    const drafted = (await ports.meetings.get(regionId, meeting.id))!;
    expect(drafted).toMatchObject({ status: 'MINUTES_DRAFTED', version: meeting.version + 1 });

    const second = await saveMinutes(admin, minutesInput(meeting, 0, { version: 1, text: '修改后的讨论情况', keepFileNames: ['签到表.pdf'] }), ports);
    const kept = await saveMinutes(admin, minutesInput(meeting, 0, { version: 2, text: '修改后的讨论情况。' }), ports);
    expect(kept.files.map((f) => f.name)).toEqual(['签到表.pdf']);
    const third = await saveMinutes(admin, minutesInput(meeting, 0, { version: 3, text: '修改后的讨论情况。', keepFileNames: [] }), ports);
    expect([second.version, third.files]).toEqual([2, []]);
    expect((await ports.meetings.get(regionId, meeting.id))!.version).toBe(drafted.version);
    const versions = await minutesVersions(admin, third, {}, ports);
    expect(versions.edges.map((e) => [e.node.version, e.node.changed, e.node.fileNames])).toEqual([
      [4, ['files'], []],
      [3, ['text'], ['签到表.pdf']],
      [2, ['text', 'decision'], ['签到表.pdf']],
      [1, ['text', 'files'], ['签到表.pdf']],
    ]);
    expect(ports.memory.auditEntries().filter((e) => e.operation === 'saveMinutes').map((e) => e.recordType)).toEqual(['Minutes', 'Meeting', 'Minutes', 'Minutes', 'Minutes']);
  });

  it('refuses a stale version, an item not on the agenda, a file it did not have, an empty text and a meeting not yet started', async () => {
    const meeting = await heldMeeting();
    await saveMinutes(admin, minutesInput(meeting, 0), ports);
    await expect(attempt(() => saveMinutes(admin, minutesInput(meeting, 0), ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => saveMinutes(admin, minutesInput(meeting, 0, { agendaItemId: 'nope' }), ports))).rejects.toMatchObject({ field: 'agendaItemId' });
    await expect(attempt(() => saveMinutes(admin, minutesInput(meeting, 0, { version: 1, keepFileNames: ['x.pdf'] }), ports))).rejects.toMatchObject({
      field: 'keepFileNames.0', message: '原有纪要附件中没有“x.pdf”',
    });
    await expect(attempt(() => saveMinutes(admin, minutesInput(meeting, 1, { text: ' ' }), ports))).rejects.toMatchObject({ field: 'text', message: '讨论情况不能为空' });
    const later = await heldMeeting(25);
    ports.clock.set('2026-03-24T00:00:00Z');
    await expect(attempt(() => saveMinutes(admin, minutesInput(later, 0), ports))).rejects.toMatchObject({ field: 'meetingId', message: '会议尚未开始，不能记录纪要' });
  });

  it('is the secretariat’s only', async () => {
    const meeting = await heldMeeting();
    await expect(attempt(() => saveMinutes(unitLiaison(regionId, school.id), minutesInput(meeting, 0), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a second save racing to move the meeting finds it moved and still lands', async () => {
    const meeting = await heldMeeting();
    await saveMinutes(admin, minutesInput(meeting, 0), ports);
    // The other item's save read the meeting as NOTICED before the first moved it.
    const get = ports.meetings.get.bind(ports.meetings);
    let reads = 0;
    ports.meetings.get = async (r, id) => (reads++ === 0 ? meeting : get(r, id));
    await expect(saveMinutes(admin, minutesInput(meeting, 1), ports)).resolves.toMatchObject({ version: 1 });
  });
});

describe('Method: recordConsensus / recordConsensusForAll', () => {
  it('counts the units that take part: present, or on leave with a delegate; fills the rest with CONCUR', async () => {
    const meeting = await heldMeeting();
    await withAttendance(meeting);
    const item = meeting.agenda[0]!.id;
    const reserved = await recordConsensus(admin, { meetingId: meeting.id, agendaItemId: item, unitId: school.id, position: 'RESERVE', view: '资金安排应再细化' }, ports);
    expect(reserved).toMatchObject({ outcome: 'PENDING', missingUnitIds: [hospital.id, community.id] });
    const all = await recordConsensusForAll(admin, { meetingId: meeting.id, agendaItemId: item }, ports);
    expect(all.outcome).toBe('CONSENSUS');
    expect(all.positions.map((p) => [p.unitId, p.position])).toEqual([[school.id, 'RESERVE'], [hospital.id, 'CONCUR'], [community.id, 'CONCUR']]);
    const objected = await recordConsensus(admin, { meetingId: meeting.id, agendaItemId: item, unitId: hospital.id, position: 'OBJECT', view: '经费来源不明' }, ports);
    expect(objected.outcome).toBe('UNDER_CONSULTATION');
    const consensus = await consensusOfMeeting(admin, meeting, ports);
    expect(consensus.map((c) => c.outcome)).toEqual(['UNDER_CONSULTATION', 'PENDING']);
  });

  it('refuses RESERVE and OBJECT without a view, and a unit that does not take part', async () => {
    const meeting = await heldMeeting();
    await withAttendance(meeting);
    const item = meeting.agenda[0]!.id;
    await expect(attempt(() => recordConsensus(admin, { meetingId: meeting.id, agendaItemId: item, unitId: school.id, position: 'OBJECT' }, ports))).rejects.toMatchObject({
      field: 'view', message: '反对须写明理由',
    });
    await expect(attempt(() => recordConsensus(admin, { meetingId: meeting.id, agendaItemId: item, unitId: absent.id, position: 'CONCUR' }, ports))).rejects.toMatchObject({ field: 'unitId' });
  });
});

describe('Method: approveMinutes', () => {
  it('needs minutes for every item and every position stated', async () => {
    const meeting = await heldMeeting();
    await withAttendance(meeting);
    await saveMinutes(admin, minutesInput(meeting, 0), ports);
    let current = (await ports.meetings.get(regionId, meeting.id))!;
    await expect(attempt(() => approveMinutes(admin, { meetingId: meeting.id, version: current.version }, ports))).rejects.toMatchObject({
      field: 'meetingId', message: '议题“研究停车难问题”尚未记录纪要，不能审定',
    });
    await saveMinutes(admin, minutesInput(meeting, 1, { decision: null }), ports);
    await recordConsensus(admin, { meetingId: meeting.id, agendaItemId: meeting.agenda[0]!.id, unitId: school.id, position: 'CONCUR' }, ports);
    current = (await ports.meetings.get(regionId, meeting.id))!;
    await expect(attempt(() => approveMinutes(admin, { meetingId: meeting.id, version: current.version }, ports))).rejects.toMatchObject({
      message: '议题“审议共建项目清单”尚有 2 个出席单位未表态，不能审定',
    });
    await expect(attempt(() => approveMinutes(admin, { meetingId: meeting.id, version: current.version - 1 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('locks the minutes and writes a resolution for each item agreed by consensus only, with the reserved views', async () => {
    const meeting = await readyToApprove(await heldMeeting());
    const approved = await approveMinutes(admin, { meetingId: meeting.id, version: meeting.version }, ports);
    expect(approved).toMatchObject({ status: 'MINUTES_APPROVED', approvedAt: '2026-03-20T02:00:00.000Z', approvedBy: admin.displayName, version: meeting.version + 1 });
    const resolutions = await resolutionsOfMeeting(admin, approved, ports);
    expect(resolutions).toEqual([expect.objectContaining({
      number: '2026-03-20-1', title: '审议共建项目清单', text: '通过2026年共建项目清单', reservedViews: [{ unitId: school.id, view: '资金安排应再细化' }],
    })]);
    expect((await consensusOfMeeting(admin, approved, ports))[1]!.outcome).toBe('UNDER_CONSULTATION');
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'approveMinutes', recordType: 'Meeting' });

    await expect(attempt(() => saveMinutes(admin, minutesInput(meeting, 0, { version: 1 }), ports))).rejects.toMatchObject({
      field: 'meetingId', message: '会议纪要已审定并锁定，不能再修改；如需更正，请添加补充说明',
    });
    await expect(attempt(() => recordConsensusForAll(admin, { meetingId: meeting.id, agendaItemId: meeting.agenda[1]!.id }, ports))).rejects.toMatchObject({ field: 'meetingId' });
    await expect(attempt(() => approveMinutes(admin, { meetingId: meeting.id, version: approved.version }, ports))).rejects.toMatchObject({ field: 'meetingId' });
  });
});

describe('Method: addMinutesAddendum', () => {
  it('only after approval; appends a version whose change is the addenda, the locked text unchanged', async () => {
    const meeting = await readyToApprove(await heldMeeting());
    const item = meeting.agenda[0]!.id;
    await expect(attempt(() => addMinutesAddendum(admin, { meetingId: meeting.id, agendaItemId: item, text: '更正' }, ports))).rejects.toMatchObject({ field: 'meetingId' });
    const approved = await approveMinutes(admin, { meetingId: meeting.id, version: meeting.version }, ports);
    const minutes = await addMinutesAddendum(admin, { meetingId: meeting.id, agendaItemId: item, text: '更正：项目数量为 12 个' }, ports);
    expect(minutes).toMatchObject({ version: 2, text: '与会单位逐项讨论了项目清单。', addenda: [{ text: '更正：项目数量为 12 个', addedBy: admin.displayName }] });
    expect((await minutesOfMeeting(admin, approved, ports)).map((m) => m.addenda.length)).toEqual([1, 0]);
    const versions = await minutesVersions(admin, minutes, { first: 1 }, ports);
    expect(versions.edges[0]!.node).toMatchObject({ version: 2, changed: ['addenda'], text: '与会单位逐项讨论了项目清单。' });
  });
});

describe('Method: action items', () => {
  async function adopted() {
    const meeting = await readyToApprove(await heldMeeting());
    const approved = await approveMinutes(admin, { meetingId: meeting.id, version: meeting.version }, ports);
    return { meeting: approved, resolution: (await resolutionsOfMeeting(admin, approved, ports))[0]! };
  }

  it('adds an item for units of the region, copying the meeting; refuses unknown units at their place', async () => {
    const { meeting, resolution } = await adopted();
    const item = await addActionItem(admin, { resolutionId: resolution.id, title: '完成项目立项', responsibleUnitIds: [school.id, hospital.id, school.id], dueOn: '2026-04-30' }, ports);
    expect(item).toMatchObject({ status: 'OPEN', responsibleUnitIds: [school.id, hospital.id], meetingKind: 'JOINT_MEETING', meetingStartsAt: meeting.startsAt, version: 1 });
    await expect(attempt(() => addActionItem(admin, { resolutionId: resolution.id, title: 'x', responsibleUnitIds: [school.id, 'nope'], dueOn: '2026-04-30' }, ports))).rejects.toMatchObject({
      field: 'responsibleUnitIds.1',
    });
    await expect(attempt(() => addActionItem(admin, { resolutionId: resolution.id, title: 'x', responsibleUnitIds: [], dueOn: '2026-04-30' }, ports))).rejects.toMatchObject({
      field: 'responsibleUnitIds',
    });
    await expect(attempt(() => addActionItem(admin, { resolutionId: 'nope', title: 'x', responsibleUnitIds: [school.id], dueOn: '2026-04-30' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => addActionItem(unitLiaison(regionId, school.id), { resolutionId: resolution.id, title: 'x', responsibleUnitIds: [school.id], dueOn: '2026-04-30' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is done once every responsible unit reported done; reports racing each other both land', async () => {
    const { resolution } = await adopted();
    const item = await addActionItem(admin, { resolutionId: resolution.id, title: '完成项目立项', responsibleUnitIds: [school.id, hospital.id], dueOn: '2026-04-30' }, ports);
    const schoolLiaison = unitLiaison(regionId, school.id);
    await expect(attempt(() => reportActionItem(schoolLiaison, { actionItemId: item.id, unitId: hospital.id, text: 'x' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => reportActionItem(admin, { actionItemId: item.id, unitId: community.id, text: 'x' }, ports))).rejects.toMatchObject({ field: 'unitId' });
    const uploadId = await givenUpload(ports, schoolLiaison, { fileName: '立项批复.pdf' });
    // The hospital's report lands between the school's read and its write: the school's reads again and appends.
    ports.memory.beforeNextWrite(() => reportActionItem(admin, { actionItemId: item.id, unitId: hospital.id, text: '已完成选址', done: true }, ports));
    const reported = await reportActionItem(schoolLiaison, { actionItemId: item.id, text: '已立项', done: true, fileUploadIds: [uploadId] }, ports);
    expect(reported).toMatchObject({ status: 'DONE', version: 3 });
    expect(reported.reports.map((r) => [r.unitId, r.done, r.files.map((f) => f.name)])).toEqual([[hospital.id, true, []], [school.id, true, ['立项批复.pdf']]]);
    // The report's file is filed into the archive with it (after the retry, once).
    expect(await ports.archive.document(regionId, `upload-${uploadId}`)).toMatchObject({
      title: '完成项目立项 落实情况：立项批复.pdf', folder: 'MEETING_RECORDS', unitId: school.id, current: { file: reported.reports[1]!.files[0], sharedWithRecord: true },
    });
  });

  it('lists by filter: a liaison its own unit’s only; overdue ones past their date; viewer.actionItems; the next meeting of the kind shows them', async () => {
    const { resolution } = await adopted();
    const early = await addActionItem(admin, { resolutionId: resolution.id, title: '排查停车位', responsibleUnitIds: [school.id], dueOn: '2026-03-25' }, ports);
    const late = await addActionItem(admin, { resolutionId: resolution.id, title: '完成项目立项', responsibleUnitIds: [hospital.id], dueOn: '2026-04-30' }, ports);
    ports.clock.set('2026-04-01T02:00:00Z');
    const ids = async (principal: RegionPrincipal, filter: Record<string, unknown>) => (await listActionItems(principal, { filter }, ports)).edges.map((e) => e.node.id);
    expect(await ids(admin, {})).toEqual([early.id, late.id]);
    expect(await ids(admin, { overdue: true })).toEqual([early.id]);
    expect(await ids(unitLiaison(regionId, hospital.id), { unitId: hospital.id })).toEqual([late.id]);
    await expect(attempt(() => ids(unitLiaison(regionId, hospital.id), { unitId: school.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => ids(unitLiaison(regionId, hospital.id), {}))).rejects.toMatchObject({ field: 'filter.unitId' });
    expect((await viewerActionItems(unitLiaison(regionId, school.id), {}, ports))!.edges.map((e) => e.node.id)).toEqual([early.id]);
    expect(await viewerActionItems(admin, {}, ports)).toBeNull();

    const next = await heldMeeting(28);
    ports.clock.set('2026-04-01T02:00:00Z');
    expect((await previousActionItems(admin, next, ports)).map((i) => i.title)).toEqual(['排查停车位', '完成项目立项']);
    const other = await heldMeeting(29, 'COUNCIL');
    expect(await previousActionItems(admin, other, ports)).toEqual([]);
  });
});

describe('Rules: 签收 of the resolutions notice (receiptRefusal, receiptSummary)', () => {
  const invited = ['u1', 'u2', 'u3'];
  it('refuses before approval naming the state, without resolutions, and a unit not invited; allows an invited unit after approval', () => {
    expect(receiptRefusal({ status: 'MINUTES_DRAFTED', invitedUnitIds: invited }, 0, 'u1')).toEqual({
      field: 'meetingId', message: '会议纪要审定并形成决议后才能签收决议通知（会议当前状态：纪要起草中）',
    });
    expect(receiptRefusal({ status: 'HELD', invitedUnitIds: invited }, 2, 'u1')?.message).toContain('已召开');
    expect(receiptRefusal({ status: 'MINUTES_APPROVED', invitedUnitIds: invited }, 0, 'u1')?.message).toBe('本次会议未形成决议，没有需要签收的决议通知');
    expect(receiptRefusal({ status: 'MINUTES_APPROVED', invitedUnitIds: invited }, 1, 'u9')?.field).toBe('unitId');
    expect(receiptRefusal({ status: 'MINUTES_APPROVED', invitedUnitIds: invited }, 1, 'u2')).toBeNull();
    expect(receiptRefusal({ status: 'ARCHIVED', invitedUnitIds: invited }, 1, 'u3')).toBeNull();
  });
  it('counts every invited unit, attending or not; receipts of units no longer invited do not count', () => {
    const at = '2026-03-21T00:00:00Z';
    expect(receiptSummary(invited, [])).toEqual({ expected: 3, acknowledged: 0, pending: 3 });
    expect(receiptSummary(invited, [{ unitId: 'u1', acknowledgedAt: at }, { unitId: 'u3', acknowledgedAt: null }, { unitId: 'gone', acknowledgedAt: at }])).toEqual({
      expected: 3, acknowledged: 1, pending: 2,
    });
  });
});

describe('Method: acknowledgeResolutions (签收)', () => {
  it('not before approval; a liaison its own unit only; the secretariat on behalf with a note; once per unit; counts and a liaison\'s own', async () => {
    const meeting = await readyToApprove(await heldMeeting());
    const schoolLiaison = unitLiaison(regionId, school.id);
    await expect(attempt(() => acknowledgeResolutions(schoolLiaison, { meetingId: meeting.id }, ports))).rejects.toMatchObject({
      field: 'meetingId', message: expect.stringContaining('纪要起草中'),
    });
    const approved = await approveMinutes(admin, { meetingId: meeting.id, version: meeting.version }, ports);
    expect(approved.resolutionCount).toBe(1);

    await expect(attempt(() => acknowledgeResolutions(schoolLiaison, { meetingId: meeting.id, unitId: hospital.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const own = await acknowledgeResolutions(schoolLiaison, { meetingId: meeting.id }, ports);
    expect(own).toMatchObject({ unitId: school.id, onBehalf: false, acknowledgedBy: schoolLiaison.displayName, acknowledgedAt: '2026-03-20T02:00:00.000Z' });
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'acknowledgeResolutions', recordType: 'ResolutionReceipt', recordId: `${meeting.id}/${school.id}` });
    const audits = ports.memory.auditEntries().length;
    ports.clock.set('2026-03-22T02:00:00Z');
    expect(await acknowledgeResolutions(schoolLiaison, { meetingId: meeting.id, note: '再次签收' }, ports)).toEqual(own);
    expect(ports.memory.auditEntries()).toHaveLength(audits);

    await expect(attempt(() => acknowledgeResolutions(admin, { meetingId: meeting.id, unitId: absent.id }, ports))).rejects.toMatchObject({ field: 'note' });
    const paper = await acknowledgeResolutions(admin, { meetingId: meeting.id, unitId: absent.id, note: '纸质签收' }, ports);
    expect(paper).toMatchObject({ unitId: absent.id, onBehalf: true, note: '纸质签收', acknowledgedBy: admin.displayName });

    expect(await receiptSummaryOfMeeting(admin, approved, ports)).toEqual({ expected: 4, acknowledged: 2, pending: 2 });
    expect((await receiptsOfMeeting(admin, approved, ports)).map((r) => [r.unitId, r.acknowledgedAt !== null])).toEqual([
      [school.id, true], [hospital.id, false], [community.id, false], [absent.id, true],
    ]);
    const load = async (ref: { meetingId: string; unitId: string }) => (await ports.proceedings.getReceipts(regionId, [ref]))[0] ?? null;
    expect(await ownReceipt(unitLiaison(regionId, hospital.id), approved, ports, load)).toMatchObject({ unitId: hospital.id, acknowledgedAt: null });
    expect(await ownReceipt(schoolLiaison, approved, ports, load)).toEqual(own);
    expect(await ownReceipt(schoolLiaison, meeting, ports, load)).toBeNull();
  });

  it('a unit acknowledging twice at once keeps one receipt and one audit entry', async () => {
    const meeting = await readyToApprove(await heldMeeting());
    await approveMinutes(admin, { meetingId: meeting.id, version: meeting.version }, ports);
    const liaison = unitLiaison(regionId, hospital.id);
    ports.memory.beforeNextWrite(() => acknowledgeResolutions(admin, { meetingId: meeting.id, unitId: hospital.id, note: '纸质签收' }, ports));
    const receipt = await acknowledgeResolutions(liaison, { meetingId: meeting.id }, ports);
    expect(receipt).toMatchObject({ onBehalf: true, note: '纸质签收' });
    expect(await ports.proceedings.receipts(regionId, meeting.id)).toEqual([receipt]);
    expect(ports.memory.auditEntries().filter((e) => e.operation === 'acknowledgeResolutions')).toHaveLength(1);
  });
});

describe('Method: meetingFollowUpSummary (落实情况汇总)', () => {
  it('sums up the held meetings of the kind in the period: resolutions, action items with status, latest report and overdue, receipts; 主送 the superior organisation', async () => {
    const region = (await ports.regions.get(regionId))!;
    await ports.regions.update({ current: region, next: { ...region, superiorOrganization: '朝阳区委组织部', version: region.version + 1 } }, {
      audit: { id: ports.newId(), regionId, at: ports.now().toISOString(), actorId: 'x', actorName: 'x', operation: 'updateRegion', recordType: 'Region', recordId: regionId, version: 2, outcome: 'SUCCESS', changes: [] },
    });
    const first = await readyToApprove(await heldMeeting(10));
    const approved = await approveMinutes(admin, { meetingId: first.id, version: first.version }, ports);
    const [resolution] = await resolutionsOfMeeting(admin, approved, ports);
    const item = await addActionItem(admin, { resolutionId: resolution!.id, title: '完成项目立项', responsibleUnitIds: [school.id, hospital.id], dueOn: '2026-03-15' }, ports);
    await reportActionItem(unitLiaison(regionId, school.id), { actionItemId: item.id, text: '已提交立项申请' }, ports);
    await acknowledgeResolutions(unitLiaison(regionId, school.id), { meetingId: first.id }, ports);
    await heldMeeting(25, 'COUNCIL'); // another kind: not summed up
    const second = await heldMeeting(28); // held, minutes not yet approved
    ports.clock.set('2026-03-31T02:00:00Z');

    let summary: FollowUpSummary | undefined;
    const build = ports.meetingWorkbooks.followUpSummary;
    ports.meetingWorkbooks.followUpSummary = async (s) => build((summary = s));
    const file = await meetingFollowUpSummary(admin, { input: { kind: 'JOINT_MEETING', from: '2026-03-01', to: '2026-03-31', format: 'XLSX' } }, ports);
    expect(file.name).toBe('2026-03-01至2026-03-31 党建联席会议决议落实情况汇总.xlsx');
    expect(summary!.totals).toEqual({ meetings: 2, resolutions: 1, actionItems: 1, done: 0, open: 1, overdue: 1 });
    expect(summary!.meetings.map((m) => [m.title, m.approved, m.receipts])).toEqual([
      [approved.title, true, { expected: 4, acknowledged: 1, pending: 3 }],
      [second.title, false, null],
    ]);
    expect(summary!.meetings[0]!.resolutions[0]!.actionItems[0]).toMatchObject({
      title: '完成项目立项', dueOn: '2026-03-15', status: '落实中', overdue: true, latestReport: `${school.name}（2026年3月10日）：已提交立项申请`,
    });

    const blocks = followUpBlocks(summary!);
    expect(blocks[0]).toEqual({ kind: 'title', text: '关于党建联席会议决议落实情况的报告' });
    expect(blocks[1]).toEqual({ kind: 'addressee', names: ['朝阳区委组织部'] });
    expect(blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [['1', `${resolution!.number} 审议共建项目清单`, '完成项目立项', `${school.name}、${hospital.name}`, '2026年3月15日（逾期）', expect.stringContaining('落实中；')]] });
    expect(blocks.at(-1)).toMatchObject({ kind: 'signature', date: '2026年3月31日' });

    // A period of one day with none held: a report saying so. The earlier period only: the second meeting is left out.
    const none = await meetingFollowUpSummary(admin, { input: { kind: 'JOINT_MEETING', from: '2026-03-01', to: '2026-03-09', format: 'DOCX' } }, ports);
    expect(none.name.endsWith('.docx')).toBe(true);
    await expect(attempt(() => meetingFollowUpSummary(admin, { input: { kind: 'JOINT_MEETING', from: '2026-03-31', to: '2026-03-01', format: 'XLSX' } }, ports))).rejects.toMatchObject({ field: 'to' });
    await expect(attempt(() => meetingFollowUpSummary(unitLiaison(regionId, school.id), { input: { kind: 'JOINT_MEETING', from: '2026-03-01', to: '2026-03-31', format: 'XLSX' } }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
