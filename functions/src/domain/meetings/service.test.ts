import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { meetingRecord } from '../testing/meeting-record';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { addMonths } from './rules';
import {
  addAgendaItem, cancelMeeting, createMeeting, listMeetings, meetingCadence, postponeMeeting, removeAgendaItem, sendMeetingNotice,
  setAgendaMaterials, setMeetingCadence, updateMeeting,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let community: Unit;

// The clock starts at 2026-03-01T08:00:00Z.
beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin);
  community = await givenUnit(ports, admin, COMMUNITY);
});

const meetingInput = (overrides: Record<string, unknown> = {}) => ({
  title: '2026年第一季度党建联席会议',
  kind: 'JOINT_MEETING',
  startsAt: '2026-03-20T01:30:00Z',
  endsAt: '2026-03-20T04:00:00Z',
  place: '街道党群服务中心三楼会议室',
  convenerUnitId: community.id,
  invitedUnitIds: [unit.id, community.id],
  agenda: [{ title: '通报一季度共建项目进展', presenterUnitId: community.id }, { title: '审议需求清单' }],
  ...overrides,
});

describe('Method: createMeeting / updateMeeting', () => {
  it('creates a draft with its agenda in order, audited, and lists meetings by start time', async () => {
    const later = await createMeeting(admin, meetingInput({ title: '区域党委会', kind: 'REGIONAL_COMMITTEE', startsAt: '2026-04-02T01:00:00Z', endsAt: '2026-04-02T02:00:00Z' }), ports);
    const meeting = await createMeeting(admin, meetingInput(), ports);
    expect(meeting).toMatchObject({ status: 'DRAFT', version: 1, notice: null, invitedUnitIds: [unit.id, community.id] });
    expect(meeting.agenda.map((a) => [a.order, a.title])).toEqual([[1, '通报一季度共建项目进展'], [2, '审议需求清单']]);
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'createMeeting', recordType: 'Meeting' });
    const listed = await listMeetings(admin, { filter: {} }, ports);
    expect(listed.edges.map((e) => e.node.id)).toEqual([meeting.id, later.id]);
    expect((await listMeetings(admin, { filter: { from: '2026-04-01T00:00:00Z' } }, ports)).edges.map((e) => e.node.id)).toEqual([later.id]);
    expect((await listMeetings(admin, { filter: { kind: 'REGIONAL_COMMITTEE' } }, ports)).edges.map((e) => e.node.id)).toEqual([later.id]);
  });

  it.each([
    ['an end before the start', { endsAt: '2026-03-20T01:00:00Z' }, 'endsAt'],
    ['a time that is no instant', { startsAt: '3月20日上午' }, 'startsAt'],
    ['an unknown invited unit', { invitedUnitIds: ['nope'] }, 'invitedUnitIds.0'],
    ['an agenda item without a title', { agenda: [{ title: ' ' }] }, 'agenda.0.title'],
    ['an unknown kind', { kind: 'PARTY' }, 'kind'],
  ])('refuses %s at its field', async (_, overrides, field) => {
    await expect(attempt(() => createMeeting(admin, meetingInput(overrides), ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('edits a draft with its version, and is the secretariat’s only', async () => {
    const meeting = await createMeeting(admin, meetingInput(), ports);
    await expect(updateMeeting(admin, { id: meeting.id, version: 1, place: '线上', onlineLink: 'https://meeting.example/123' }, ports)).resolves.toMatchObject({ place: '线上', version: 2 });
    await expect(attempt(() => updateMeeting(admin, { id: meeting.id, version: 1, place: 'x' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => createMeeting(unitLiaison(regionId, unit.id), meetingInput(), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: sendMeetingNotice', () => {
  it('sends a notice a week or more ahead without a reason, and then refuses edits', async () => {
    const meeting = await createMeeting(admin, meetingInput(), ports);
    const noticed = await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1 }, ports);
    expect(noticed.status).toBe('NOTICED');
    expect(noticed.notice).toEqual({ sentAt: '2026-03-01T08:00:00.000Z', sentBy: admin.displayName, daysBeforeStart: 18, lateReason: null, recipientCount: 2 });
    await expect(attempt(() => addAgendaItem(admin, { meetingId: meeting.id, version: 2, title: '临时议题' }, ports))).rejects.toMatchObject({
      field: 'meetingId', message: '会议当前状态为“已通知”，不能修改',
    });
  });

  it('refuses a late notice without its reason, at the field, and keeps the reason it is given', async () => {
    const meeting = await createMeeting(admin, meetingInput({ startsAt: '2026-03-04T01:30:00Z', endsAt: '2026-03-04T03:00:00Z' }), ports);
    await expect(attempt(() => sendMeetingNotice(admin, { meetingId: meeting.id, version: 1 }, ports))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'lateReason', message: expect.stringContaining('至少提前 7 天'),
    });
    const noticed = await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1, lateReason: '防汛工作需要，临时召开' }, ports);
    expect(noticed.notice).toMatchObject({ lateReason: '防汛工作需要，临时召开', daysBeforeStart: 2 });
  });

  it('needs an agenda, invitees and a start still to come', async () => {
    const bare = await createMeeting(admin, meetingInput({ agenda: [] }), ports);
    await expect(attempt(() => sendMeetingNotice(admin, { meetingId: bare.id, version: 1 }, ports))).rejects.toMatchObject({ message: '请先添加议题：会议通知须写明议题' });
    const past = await createMeeting(admin, meetingInput({ startsAt: '2026-02-20T01:30:00Z', endsAt: '2026-02-20T02:30:00Z' }), ports);
    await expect(attempt(() => sendMeetingNotice(admin, { meetingId: past.id, version: 1, lateReason: 'x' }, ports))).rejects.toMatchObject({ field: 'meetingId' });
  });
});

describe('Method: agenda, cancel, postpone', () => {
  it('adds and removes agenda items, renumbering them', async () => {
    const meeting = await createMeeting(admin, meetingInput(), ports);
    const added = await addAgendaItem(admin, { meetingId: meeting.id, version: 1, title: '研究结对共建事项', plannedMinutes: 20 }, ports);
    const removed = await removeAgendaItem(admin, { meetingId: meeting.id, version: 2, itemId: added.agenda[0]!.id }, ports);
    expect(removed.agenda.map((a) => [a.order, a.title])).toEqual([[1, '审议需求清单'], [2, '研究结对共建事项']]);
  });

  it('sets an item\'s 会议材料 after the notice too (kept by name, new uploads claimed), audited; refused once held, and for others', async () => {
    // Prepare: a noticed meeting and two uploaded files
    const meeting = await createMeeting(admin, meetingInput(), ports);
    const noticed = await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1 }, ports);
    const [item] = noticed.agenda;
    const plan = await givenUpload(ports, admin, { fileName: '共建项目清单.pdf' });
    const photo = await givenUpload(ports, admin, { fileName: '现场照片.png', contentType: 'image/png' });
    // Act
    const first = await setAgendaMaterials(admin, { meetingId: meeting.id, version: 2, itemId: item!.id, fileUploadIds: [plan, photo] }, ports);
    const kept = await setAgendaMaterials(admin, { meetingId: meeting.id, version: 3, itemId: item!.id, keepFileNames: ['现场照片.png'] }, ports);
    // Assess
    expect(first.agenda[0]!.materials.map((f) => f.name)).toEqual(['共建项目清单.pdf', '现场照片.png']);
    expect(first.agenda[1]!.materials).toEqual([]);
    expect(kept.agenda[0]!.materials.map((f) => f.name)).toEqual(['现场照片.png']);
    expect((await ports.meetings.get(regionId, meeting.id))!.agenda[0]!.materials).toEqual(kept.agenda[0]!.materials);
    expect(ports.memory.auditEntries(regionId).filter((e) => e.operation === 'setAgendaMaterials')).toHaveLength(2);
    // An upload is linked once; a name the item does not have, another item, a stale version, another caller: refused
    const again = { meetingId: meeting.id, version: 4, itemId: item!.id };
    await expect(attempt(() => setAgendaMaterials(admin, { ...again, fileUploadIds: [plan] }, ports))).rejects.toMatchObject({ field: 'fileUploadIds.0' });
    await expect(attempt(() => setAgendaMaterials(admin, { ...again, keepFileNames: ['没有.pdf'] }, ports))).rejects.toMatchObject({ field: 'keepFileNames.0', message: '原有会议材料中没有“没有.pdf”' });
    const twin = await givenUpload(ports, admin, { fileName: '现场照片.png', contentType: 'image/png' });
    await expect(attempt(() => setAgendaMaterials(admin, { ...again, fileUploadIds: [twin] }, ports))).rejects.toMatchObject({ field: 'fileUploadIds.0', message: expect.stringContaining('重名') });
    await expect(attempt(() => setAgendaMaterials(admin, { ...again, itemId: 'nope', keepFileNames: [] }, ports))).rejects.toMatchObject({ field: 'itemId' });
    await expect(attempt(() => setAgendaMaterials(admin, { ...again, version: 3, keepFileNames: [] }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => setAgendaMaterials(unitLiaison(regionId, unit.id), { ...again, keepFileNames: [] }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Held: no more changes, said in the meeting's state
    await meetingRecord(ports, admin, meeting.id).setStatus('HELD');
    await expect(attempt(() => setAgendaMaterials(admin, { ...again, version: 5, keepFileNames: [] }, ports))).rejects.toMatchObject({
      field: 'meetingId', message: '会议当前状态为“已召开”，会议召开后不能再修改会议材料',
    });
  });

  it('postpones a noticed meeting to a new time (to be noticed again) and cancels with a reason; a cancelled one moves no more', async () => {
    const meeting = await createMeeting(admin, meetingInput(), ports);
    await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1 }, ports);
    const postponed = await postponeMeeting(admin, { id: meeting.id, version: 2, reason: '与区委会议冲突', startsAt: '2026-03-27T01:30:00Z', endsAt: '2026-03-27T03:30:00Z' }, ports);
    expect(postponed).toMatchObject({ status: 'POSTPONED', statusReason: '与区委会议冲突', startsAt: '2026-03-27T01:30:00.000Z' });
    const cancelled = await cancelMeeting(admin, { id: meeting.id, version: 3, reason: '议题已另行协调' }, ports);
    expect(cancelled.status).toBe('CANCELLED');
    await expect(attempt(() => sendMeetingNotice(admin, { meetingId: meeting.id, version: 4 }, ports))).rejects.toMatchObject({ message: '会议当前状态为“已取消”，不能发送通知' });
  });
});

describe('Method: meetingCadence / setMeetingCadence', () => {
  it('shows each kind overdue until held, then due by its rule; a rule can change or go', async () => {
    const before = await meetingCadence(admin, ports);
    expect(before.find((c) => c.kind === 'JOINT_MEETING')).toEqual({ kind: 'JOINT_MEETING', everyMonths: 3, lastHeldOn: null, nextDueOn: '2026-03-01', overdue: true });
    expect(before.find((c) => c.kind === 'TOPIC_MEETING')).toMatchObject({ everyMonths: null, overdue: false });
    const meeting = await createMeeting(admin, meetingInput({ startsAt: '2026-03-10T01:30:00Z', endsAt: '2026-03-10T03:00:00Z' }), ports);
    await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1, lateReason: '临时' }, ports);
    ports.clock.set('2026-03-15T00:00:00Z');
    expect((await meetingCadence(admin, ports)).find((c) => c.kind === 'JOINT_MEETING')).toMatchObject({ lastHeldOn: '2026-03-10', nextDueOn: '2026-06-10', overdue: false });
    ports.clock.set('2026-06-11T00:00:00Z');
    expect((await meetingCadence(admin, ports)).find((c) => c.kind === 'JOINT_MEETING')).toMatchObject({ overdue: true });
    await expect(setMeetingCadence(admin, { kind: 'JOINT_MEETING', everyMonths: 6 }, ports)).resolves.toMatchObject({ everyMonths: 6, nextDueOn: '2026-09-10', overdue: false });
    await expect(setMeetingCadence(admin, { kind: 'JOINT_MEETING', everyMonths: null }, ports)).resolves.toMatchObject({ everyMonths: null, overdue: false });
    // The other kinds keep the defaults they had.
    expect((await meetingCadence(admin, ports)).find((c) => c.kind === 'REGIONAL_COMMITTEE')).toMatchObject({ everyMonths: 1 });
  });

  it('adds months clamped to the month’s end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
