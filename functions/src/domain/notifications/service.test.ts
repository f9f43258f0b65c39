import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { cancelMeeting, createMeeting, postponeMeeting, sendMeetingNotice, setMeetingReminderOffsets } from '../meetings/service';
import type { Member } from '../members/member';
import { attempt, givenMember, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { markAllNotificationsRead, markNotificationsRead, notificationFeed } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let liaison: RegionPrincipal;
let member: Member;

// The clock starts at 2026-03-01T08:00:00Z; the meeting starts on 2026-03-20 at 01:30Z (09:30 in Beijing).
const STARTS = '2026-03-20T01:30:00.000Z';
const before = (minutes: number) => new Date(Date.parse(STARTS) - minutes * 60_000);

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin);
  liaison = unitLiaison(regionId, unit.id);
  member = await givenMember(ports, admin, unit.id);
});

const loadMember = (id: string) => ports.members.get(regionId, id);
const feed = (principal: RegionPrincipal) => notificationFeed(principal, 20, ports, loadMember);
const kinds = async (principal: RegionPrincipal) => (await feed(principal))!.items.map((n) => [n.kind, n.body.split('（')[0]]);

async function noticedMeeting(lateReason?: string) {
  const meeting = await createMeeting(admin, {
    title: '第一季度党建联席会议', kind: 'JOINT_MEETING', startsAt: STARTS, endsAt: '2026-03-20T04:00:00.000Z', place: '街道党群服务中心',
    invitedUnitIds: [unit.id], agenda: [{ title: '通报共建项目进展' }],
  }, ports);
  return sendMeetingNotice(admin, { meetingId: meeting.id, version: 1, lateReason }, ports);
}

describe('Method: notificationFeed', () => {
  it('shows the notice at once, then each reminder as it falls due, newest first, for the liaison and the unit’s member', async () => {
    // Prepare
    await noticedMeeting();
    const asMember: RegionPrincipal = { userId: `member@${member.id}`, displayName: member.name, regionId, roles: ['MEMBER'], memberId: member.id };
    // Assess: the notice only (the first reminder is 7 days before)
    expect((await feed(liaison))!.items.map((n) => [n.kind, n.title, n.body])).toEqual([
      ['MEETING_NOTICE', '会议通知：第一季度党建联席会议', '2026年3月20日（星期五）9:30—12:00，街道党群服务中心'],
    ]);
    expect((await feed(liaison))!.unreadCount).toBe(1);
    // Act: a day before the start
    ports.clock.set(before(24 * 60));
    // Assess
    expect(await kinds(liaison)).toEqual([['MEETING_REMINDER', '明天召开'], ['MEETING_REMINDER', '7 天后召开'], ['MEETING_NOTICE', expect.any(String)]]);
    expect(await kinds(asMember)).toEqual(await kinds(liaison));
    expect(await feed(admin)).toBeNull();
  });

  it('follows the region’s offsets; a reminder the notice came too late for is not sent', async () => {
    await setMeetingReminderOffsets(admin, [3 * 24 * 60, 30], ports);
    ports.clock.set(before(2 * 24 * 60)); // noticed 2 days before: the 3-day reminder never falls due
    await noticedMeeting('上级临时部署');
    ports.clock.set(before(10));
    expect(await kinds(liaison)).toEqual([['MEETING_REMINDER', '30 分钟后召开'], ['MEETING_NOTICE', expect.any(String)]]);
    await expect(attempt(() => setMeetingReminderOffsets(admin, [60, 60], ports))).rejects.toMatchObject({ field: 'offsetsMinutes' });
    await expect(attempt(() => setMeetingReminderOffsets(admin, [1], ports))).rejects.toMatchObject({ field: 'offsetsMinutes.0' });
    await expect(attempt(() => setMeetingReminderOffsets(liaison, [60], ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('tells of a postponement and a cancellation, with the reason, and sends no more reminders', async () => {
    const meeting = await noticedMeeting();
    ports.clock.set(before(8 * 24 * 60));
    const postponed = await postponeMeeting(admin, { id: meeting.id, version: meeting.version, reason: '与区委会议冲突', startsAt: '2026-03-27T01:30:00.000Z', endsAt: '2026-03-27T04:00:00.000Z' }, ports);
    expect((await feed(liaison))!.items[0]).toMatchObject({ kind: 'MEETING_POSTPONED', body: '与区委会议冲突' });
    ports.clock.advance(60_000);
    await cancelMeeting(admin, { id: meeting.id, version: postponed.version, reason: '上级统一部署' }, ports);
    ports.clock.set(before(60));
    expect(await kinds(liaison)).toEqual([['MEETING_CANCELLED', '上级统一部署'], ['MEETING_NOTICE', expect.any(String)]]);
  });
});

describe('Method: markNotificationsRead and markAllNotificationsRead', () => {
  it('marks one read, then everything due until now; a later reminder is unread again', async () => {
    // Prepare
    await noticedMeeting();
    ports.clock.set(before(7 * 24 * 60));
    const [reminder, notice] = (await feed(liaison))!.items;
    // Act
    const afterOne = await markNotificationsRead(liaison, [notice!.id], ports, loadMember);
    // Assess
    expect(afterOne!.unreadCount).toBe(1);
    expect(afterOne!.items.map((n) => n.read)).toEqual([false, true]);
    expect((await markAllNotificationsRead(liaison, ports, loadMember))!.unreadCount).toBe(0);
    expect(reminder!.kind).toBe('MEETING_REMINDER');
    ports.clock.set(before(24 * 60));
    expect((await feed(liaison))!).toMatchObject({ unreadCount: 1, items: [{ kind: 'MEETING_REMINDER', read: false }, { read: true }, { read: true }] });
    // Another person's reads are its own
    expect((await feed({ ...liaison, userId: 'other-liaison' }))!.unreadCount).toBe(3);
    await expect(attempt(() => markNotificationsRead(admin, ['x'], ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => markNotificationsRead(liaison, [], ports))).rejects.toMatchObject({ field: 'ids' });
  });
});
