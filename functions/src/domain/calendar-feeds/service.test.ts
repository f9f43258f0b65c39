import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenMember, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partnerClient, platformAdmin, regionAdmin, unitLiaison } from '../testing/principals';
import type { Meeting } from '../meetings/meeting';
import { cancelMeeting, createMeeting, postponeMeeting, sendMeetingNotice } from '../meetings/service';
import { suspendRegion } from '../regions/service';
import { feedSecretHash, parseFeedPath } from './feed';
import { calendarFeed, createCalendarFeed, feedCalendar, revokeCalendarFeed } from './service';

const ORIGIN = 'https://gongjian.example.cn';
const REGION = '和平街道区域化党建联合会';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let hospital: string;
let company: string;
let noticed: Meeting;
let cancelled: Meeting;
let postponed: Meeting;
let draft: Meeting;

/** The secret in a feed URL. */
const secretOf = (url: string) => parseFeedPath(new URL(url).pathname)!;
/** The feed's text with folded lines joined (RFC 5545 folds at 75 octets). */
const fetchFeed = async (url: string) => (await feedCalendar(secretOf(url), ports))?.replace(/\r\n[ \t]/g, '') ?? null;
const eventOf = (text: string, meetingId: string) => text.split('BEGIN:VEVENT').find((event) => event.includes(`UID:${meetingId}@gongjian`));

const meetingFor = async (title: string, unitId: string, startsAt: string) =>
  createMeeting(admin, { title, kind: 'JOINT_MEETING', startsAt, endsAt: startsAt.replace('T01:', 'T03:'), place: '街道党群服务中心', invitedUnitIds: [unitId], agenda: [{ title: '通报' }] }, ports);

beforeEach(async () => {
  // Prepare: a region, two units; meetings inviting the hospital (noticed, cancelled after notice, postponed, a draft)
  // and one inviting only the company.
  ports = createMemoryPorts({ now: '2026-12-01T02:00:00Z' });
  await ports.regions.createIfAbsent({ id: 'r-cal', name: REGION, level: 'STREET', createdAt: ports.now().toISOString() });
  admin = regionAdmin('r-cal');
  hospital = (await givenUnit(ports, admin, { name: '市第一医院党委', hostKind: 'HOSPITAL' })).id;
  company = (await givenUnit(ports, admin, { name: '华兴科技有限公司党支部' })).id;
  const notice = (meeting: Meeting) => sendMeetingNotice(admin, { meetingId: meeting.id, version: meeting.version }, ports);
  noticed = await notice(await meetingFor('第四季度党建联席会议', hospital, '2026-12-20T01:30:00Z'));
  cancelled = await notice(await meetingFor('临时联席会议', hospital, '2026-12-21T01:30:00Z'));
  cancelled = await cancelMeeting(admin, { id: cancelled.id, version: cancelled.version, reason: '与区委会议冲突' }, ports);
  postponed = await notice(await meetingFor('共建项目推进会', hospital, '2026-12-22T01:30:00Z'));
  postponed = await postponeMeeting(admin, { id: postponed.id, version: postponed.version, reason: '场地检修', startsAt: '2027-01-05T01:30:00Z', endsAt: '2027-01-05T03:30:00Z' }, ports);
  draft = await meetingFor('草拟中的会议', hospital, '2026-12-28T01:30:00Z');
  await notice(await meetingFor('企业专场会议', company, '2026-12-23T01:30:00Z'));
});

describe('Method: feedCalendar', () => {
  it("gives the secretariat the region's meetings as events with their UID, cancelled ones CANCELLED, postponed ones at their new time, each linking its page", async () => {
    // Act
    const { url } = await createCalendarFeed(admin, ports, ORIGIN);
    const text = (await fetchFeed(url))!;
    // Assess
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain(`X-WR-CALNAME:${REGION} 会议`);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(eventOf(text, noticed.id)).toContain('STATUS:CONFIRMED');
    expect(eventOf(text, noticed.id)).toContain(`URL:${ORIGIN}/meetings/${noticed.id}`);
    expect(eventOf(text, noticed.id)).toContain(`会议详情：${ORIGIN}/meetings/${noticed.id}`);
    expect(eventOf(text, cancelled.id)).toContain('STATUS:CANCELLED');
    expect(eventOf(text, cancelled.id)).toContain(`SEQUENCE:${cancelled.version}`);
    expect(eventOf(text, postponed.id)).toContain('DTSTART:20270105T013000Z');
    expect(eventOf(text, draft.id)).toBeDefined();
  });

  it("gives a liaison its unit's noticed meetings only (not drafts, not other units'), linking its notice page", async () => {
    const { url } = await createCalendarFeed(unitLiaison('r-cal', hospital), ports, ORIGIN);
    const text = (await fetchFeed(url))!;
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(eventOf(text, noticed.id)).toContain(`URL:${ORIGIN}/notices/${noticed.id}`);
    expect(eventOf(text, cancelled.id)).toContain('STATUS:CANCELLED');
    expect(eventOf(text, draft.id)).toBeUndefined();
    expect(text).not.toContain('企业专场会议');
  });

  it("gives a member its unit's notices (the unit read from its record), without links: members have no admin page", async () => {
    const member = await givenMember(ports, admin, company);
    const principal: RegionPrincipal = { userId: 'member-1', displayName: '党员', regionId: 'r-cal', roles: ['MEMBER'], memberId: member.id };
    const text = (await fetchFeed((await createCalendarFeed(principal, ports, ORIGIN)).url))!;
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('企业专场会议');
    expect(text).not.toContain('URL:');
  });

  it('reaches back 30 days: a meeting that started earlier drops out', async () => {
    const { url } = await createCalendarFeed(admin, ports, ORIGIN);
    ports.clock.set('2027-01-20T02:00:00Z');
    const text = (await fetchFeed(url))!;
    expect(eventOf(text, noticed.id)).toBeUndefined();
    expect(eventOf(text, postponed.id)).toBeDefined();
  });

  it('answers an empty calendar when there is nothing to list', async () => {
    const other = await givenUnit(ports, admin, { name: '无会议单位党支部' });
    const text = (await fetchFeed((await createCalendarFeed(unitLiaison('r-cal', other.id), ports, ORIGIN)).url))!;
    expect(text).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(text).not.toContain('BEGIN:VEVENT');
  });

  it('answers null for an unknown secret, a replaced one, a revoked one, and a suspended region', async () => {
    const first = await createCalendarFeed(admin, ports, ORIGIN);
    expect(await feedCalendar('A'.repeat(43), ports)).toBeNull();
    const second = await createCalendarFeed(admin, ports, ORIGIN);
    expect(second.url).not.toBe(first.url);
    expect(await fetchFeed(first.url)).toBeNull();
    expect(await fetchFeed(second.url)).not.toBeNull();
    expect(await revokeCalendarFeed(admin, ports)).toBe(true);
    expect(await fetchFeed(second.url)).toBeNull();
    expect(await revokeCalendarFeed(admin, ports)).toBe(false);
    const third = await createCalendarFeed(admin, ports, ORIGIN);
    const region = (await ports.regions.get('r-cal'))!;
    await suspendRegion(platformAdmin(), { id: region.id, version: region.version, reason: '整改' }, ports);
    expect(await fetchFeed(third.url)).toBeNull();
  });

  it('notes the last fetch at most hourly', async () => {
    const { url } = await createCalendarFeed(admin, ports, ORIGIN);
    expect((await calendarFeed(admin, ports))!.lastUsedAt).toBeNull();
    await fetchFeed(url);
    expect((await calendarFeed(admin, ports))!.lastUsedAt).toBe('2026-12-01T02:00:00.000Z');
    ports.clock.advance(30 * 60_000);
    await fetchFeed(url);
    expect((await calendarFeed(admin, ports))!.lastUsedAt).toBe('2026-12-01T02:00:00.000Z');
    ports.clock.advance(31 * 60_000);
    await fetchFeed(url);
    expect((await calendarFeed(admin, ports))!.lastUsedAt).toBe('2026-12-01T03:01:00.000Z');
  });
});

describe('Method: createCalendarFeed', () => {
  it('returns a URL with a 32-byte base64url secret, stores only its SHA-256, and audits without either', async () => {
    const { url, feed } = await createCalendarFeed(admin, ports, ORIGIN);
    const secret = secretOf(url);
    expect(url).toBe(`${ORIGIN}/calendar/${secret}.ics`);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(feed).toEqual({ role: 'REGION_ADMIN', createdAt: '2026-12-01T02:00:00.000Z', lastUsedAt: null });
    expect(await ports.calendarFeeds.bySecretHash(feedSecretHash(secret))).toMatchObject({ regionId: 'r-cal', userId: admin.userId, role: 'REGION_ADMIN' });
    const entries = ports.memory.auditEntries('r-cal').filter((e) => e.recordType === 'CalendarFeed');
    expect(entries.map((e) => e.operation)).toEqual(['createCalendarFeed']);
    expect(JSON.stringify(entries)).not.toContain(secret);
    expect(JSON.stringify(entries)).not.toContain(feedSecretHash(secret));
  });

  it('gives a path when the request named no origin', async () => {
    const { url } = await createCalendarFeed(admin, ports, null);
    expect(url).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  });

  it('refuses partners, the platform admin and its read-only visit; each person reads only its own feed', async () => {
    await expect(attempt(() => createCalendarFeed(partnerClient('r-cal'), ports, ORIGIN))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => createCalendarFeed(platformAdmin(), ports, ORIGIN))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const visiting = { ...admin, acting: { regionId: 'r-cal', username: 'platform', reason: '检查', startedAt: '', until: '' } } as RegionPrincipal;
    await expect(attempt(() => createCalendarFeed(visiting, ports, ORIGIN))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await createCalendarFeed(admin, ports, ORIGIN);
    expect(await calendarFeed(unitLiaison('r-cal', hospital), ports)).toBeNull();
    expect(await calendarFeed(admin, ports)).toMatchObject({ role: 'REGION_ADMIN' });
  });
});
