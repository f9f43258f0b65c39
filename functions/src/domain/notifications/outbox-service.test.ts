import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { cancelMeeting, createMeeting, postponeMeeting, sendMeetingNotice } from '../meetings/service';
import type { Member } from '../members/member';
import { attempt, givenMember, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { offsetLabel } from './outbox';
import { dispatchDueReminders, dispatchDueRemindersNow, dispatchRemindersForAllRegions, meetingOutbox } from './outbox-service';
import { markAllNotificationsRead, markNotificationsRead, notificationFeed } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let other: Unit;
let liaison: RegionPrincipal;
let expert: Member;

// The clock starts at 2026-03-01T08:00:00Z; the meeting starts on 2026-03-20 at 01:30Z.
const STARTS = '2026-03-20T01:30:00.000Z';
const before = (minutes: number) => new Date(Date.parse(STARTS) - minutes * 60_000);
const DAY = 24 * 60;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin);
  other = await givenUnit(ports, admin);
  liaison = unitLiaison(regionId, unit.id);
  // A member of another (not invited) unit, invited in person.
  expert = await givenMember(ports, admin, other.id);
});

async function noticedMeeting() {
  const meeting = await createMeeting(admin, {
    title: '第一季度党建联席会议', kind: 'TOPIC_MEETING', startsAt: STARTS, endsAt: '2026-03-20T04:00:00.000Z', place: '街道党群服务中心',
    invitedUnitIds: [unit.id], invitedMemberIds: [expert.id], agenda: [{ title: '通报共建项目进展' }],
  }, ports);
  return sendMeetingNotice(admin, { meetingId: meeting.id, version: 1 }, ports);
}

const dispatchAt = (at: Date) => {
  ports.clock.set(at);
  return dispatchDueReminders(regionId, at, ports);
};
const entries = async (meetingId: string) => (await meetingOutbox(admin, meetingId, { first: 100 }, ports)).edges.map((e) => e.node);
const rows = async (meetingId: string) => (await entries(meetingId)).map((e) => [offsetLabel(e.offsetMinutes), e.recipient.kind, e.recipient.id === unit.id || e.recipient.id === expert.id, e.sentAt, e.readAt]);

describe('Method: dispatchDueReminders', () => {
  it('records nothing before a reminder is due, then each due reminder once per invitee (unit, member in person), sent now', async () => {
    // Prepare
    const meeting = await noticedMeeting();
    // Act: 8 days before, the meeting is not yet within the largest offset (7 days)
    const early = await dispatchAt(before(8 * DAY));
    // Assess
    expect(early).toMatchObject({ meetings: 0, reminders: 0, entries: 0, complete: true });
    expect(await entries(meeting.id)).toEqual([]);
    // Act: 7 days before (5 minutes late)
    const sent = before(7 * DAY - 5);
    expect(await dispatchAt(sent)).toMatchObject({ reminders: 1, entries: 2 });
    // Assess
    expect(await rows(meeting.id)).toEqual([
      ['会前 7 天', expect.any(String), true, sent.toISOString(), null],
      ['会前 7 天', expect.any(String), true, sent.toISOString(), null],
    ]);
    const recorded = await entries(meeting.id);
    expect(recorded.map((e) => e.recipient).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([{ kind: 'MEMBER', id: expert.id }, { kind: 'UNIT', id: unit.id }]);
    expect(recorded[0]).toMatchObject({ kind: 'REMINDER', channel: 'IN_APP', dueAt: before(7 * DAY).toISOString(), notificationId: expect.stringContaining(`${meeting.id}:reminder:${7 * DAY}:`) });
  });

  it('is idempotent: a second run, and a run racing it, record nothing twice', async () => {
    const meeting = await noticedMeeting();
    await dispatchAt(before(DAY));
    // Act
    const again = await dispatchAt(before(DAY - 1));
    // Assess: the reminder is recorded whole
    expect(again).toMatchObject({ reminders: 0, entries: 0 });
    expect(await entries(meeting.id)).toHaveLength(2);

    // A run that lands between another's writes: each entry once, the first sentAt stays.
    const hourBefore = before(60);
    ports.clock.set(hourBefore);
    ports.memory.beforeNextWrite(() => dispatchDueReminders(regionId, new Date(hourBefore.getTime() + 1000), ports));
    const racing = await dispatchDueReminders(regionId, hourBefore, ports);
    const hour = (await entries(meeting.id)).filter((e) => e.offsetMinutes === 60);
    expect(hour).toHaveLength(2);
    expect(racing.entries).toBeLessThan(2);
  });

  it('sends only the latest due reminder when an earlier one was overtaken, and none after the start', async () => {
    const meeting = await noticedMeeting();
    await dispatchAt(before(30)); // the dispatcher did not run for 7 days and 1 day: only the 1-hour reminder
    expect((await rows(meeting.id)).map((r) => r[0])).toEqual(['会前 1 小时', '会前 1 小时']);
    const late = await createMeeting(admin, {
      title: '已开始的会议', kind: 'TOPIC_MEETING', startsAt: '2026-03-21T01:30:00.000Z', endsAt: '2026-03-21T02:30:00.000Z', invitedUnitIds: [unit.id],
      agenda: [{ title: '议题' }],
    }, ports);
    ports.clock.set('2026-03-10T00:00:00.000Z');
    await sendMeetingNotice(admin, { meetingId: late.id, version: 1 }, ports);
    expect(await dispatchAt(new Date('2026-03-21T01:31:00.000Z'))).toMatchObject({ meetings: 0, entries: 0 });
    expect(await entries(late.id)).toEqual([]);
  });

  it('a postponed meeting gets no reminders until noticed again, then at its new time; a cancelled one gets none', async () => {
    const meeting = await noticedMeeting();
    ports.clock.set(before(8 * DAY));
    const postponed = await postponeMeeting(admin, { id: meeting.id, version: meeting.version, reason: '与区委会议冲突', startsAt: '2026-03-27T01:30:00.000Z', endsAt: '2026-03-27T04:00:00.000Z' }, ports);
    expect(await dispatchAt(before(7 * DAY))).toMatchObject({ meetings: 0, entries: 0 });
    await sendMeetingNotice(admin, { meetingId: meeting.id, version: postponed.version }, ports);
    // At the old 1-day reminder's time (19 March) nothing is due
    expect(await dispatchAt(before(DAY))).toMatchObject({ entries: 0 });
    const newDay = new Date(Date.parse('2026-03-27T01:30:00.000Z') - DAY * 60_000);
    expect(await dispatchAt(newDay)).toMatchObject({ reminders: 1, entries: 2 });
    expect((await entries(meeting.id))[0]!.dueAt).toBe(newDay.toISOString());

    const current = (await ports.meetings.get(regionId, meeting.id))!;
    await cancelMeeting(admin, { id: meeting.id, version: current.version, reason: '上级统一部署' }, ports);
    expect(await dispatchAt(new Date(Date.parse('2026-03-27T01:30:00.000Z') - 60 * 60_000))).toMatchObject({ meetings: 0, entries: 0 });
    expect(await entries(meeting.id)).toHaveLength(2);
  });

  it('runs on for the other regions when one region’s run fails, reporting its error', async () => {
    await noticedMeeting();
    const broken = await givenRegion(ports, 'r-2');
    const list = ports.meetings.list.bind(ports.meetings);
    ports.meetings.list = (id, filter, page) => (id === broken.regionId ? Promise.reject(new Error('throttled')) : list(id, filter, page));
    const results = await dispatchRemindersForAllRegions(before(DAY), ports);
    expect(results).toEqual(expect.arrayContaining([
      expect.objectContaining({ regionId, entries: 2, complete: true }),
      expect.objectContaining({ regionId: 'r-2', complete: false, error: 'throttled' }),
    ]));
  });

  it('runs for every active region; the admin runs it for its own region; others may not', async () => {
    const meeting = await noticedMeeting();
    ports.clock.set(before(DAY));
    const results = await dispatchRemindersForAllRegions(before(DAY), ports);
    expect(results).toEqual([expect.objectContaining({ regionId, entries: 2 })]);
    expect(await dispatchDueRemindersNow(admin, ports)).toMatchObject({ entries: 0 });
    await expect(attempt(() => dispatchDueRemindersNow(liaison, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => meetingOutbox(liaison, meeting.id, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => meetingOutbox(admin, 'missing', {}, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => meetingOutbox(admin, meeting.id, { first: 0 }, ports))).rejects.toMatchObject({ field: 'first' });
  });
});

describe('Method: markNotificationsRead (the outbox side)', () => {
  it('a read in the bell marks the reader’s entry once: the liaison its unit’s, the member in person its own', async () => {
    // Prepare
    const meeting = await noticedMeeting();
    await dispatchAt(before(DAY));
    const loadMember = (id: string) => ports.members.get(regionId, id);
    const reminder = (await notificationFeed(liaison, 20, ports, loadMember))!.items.find((n) => n.kind === 'MEETING_REMINDER')!;
    // Act
    ports.clock.advance(60_000);
    const readAt = ports.now().toISOString();
    await markNotificationsRead(liaison, [reminder.id], ports, loadMember);
    // Assess
    const byKind = async () => Object.fromEntries((await entries(meeting.id)).map((e) => [e.recipient.kind, e.readAt]));
    expect(await byKind()).toEqual({ UNIT: readAt, MEMBER: null });
    // A later read keeps the first; the expert's 全部已读 marks its own entry
    ports.clock.advance(60_000);
    await markAllNotificationsRead({ ...liaison, userId: 'another-liaison' }, ports, loadMember);
    const asExpert: RegionPrincipal = { userId: `member@${expert.id}`, displayName: expert.name, regionId, roles: ['MEMBER'], memberId: expert.id };
    const feed = await markAllNotificationsRead(asExpert, ports, loadMember);
    expect(feed!.unreadCount).toBe(0);
    expect(await byKind()).toEqual({ UNIT: readAt, MEMBER: ports.now().toISOString() });
  });
});
