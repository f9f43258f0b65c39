import { describe, expect, it } from 'vitest';
import { dispatchDueReminders } from '../../functions/src/domain/notifications/outbox-service';
import { createPorts } from '../../functions/src/store/ports';
import { CREATE_MEMBER, CREATE_UNIT, errorOf, memberInput, newRegion, testConfig, unitInput } from './harness';

/** The outbox (提醒发送记录) on DynamoDB Local: the dispatcher records due reminders once per invitee; the bell marks reads. */
const OUTBOX = `query($m: ID!, $first: Int, $after: String) { meetingOutbox(meetingId: $m, first: $first, after: $after) {
  edges { node { notificationId kind offsetMinutes reminderLabel recipientKind recipientId unit { name } member { name } channel dueAt sentAt readAt } }
  pageInfo { endCursor hasNextPage } } }`;
const DAY = 86_400_000;

/** Ports whose clock the test moves (the store's reads and writes are real). */
function clockedPorts(start: number) {
  let now = start;
  const ports = { ...createPorts(testConfig()), now: () => new Date(now) };
  return { ports, set: (at: number) => (now = at) };
}

async function givenNoticedMeeting() {
  const start = Date.now();
  const clock = clockedPorts(start);
  const env = await newRegion(clock.ports);
  const school = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '长安实验小学党支部' }) })).data.createUnit;
  const museum = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '区文化馆党支部' }) })).data.createUnit;
  const hospital = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '区人民医院党总支' }) })).data.createUnit;
  const expert = (await env.gql(CREATE_MEMBER, { input: memberInput(hospital.id, { name: '王专家' }) })).data.createMember;
  const startsAt = start + 3 * DAY;
  const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version } }', {
    input: {
      title: '专题会议', kind: 'TOPIC_MEETING', startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3_600_000).toISOString(),
      invitedUnitIds: [school.id, museum.id], invitedMemberIds: [expert.id], agenda: [{ title: '议题' }],
    },
  });
  const { id, version } = created.data.createMeeting;
  const noticed = await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { version } }', { input: { meetingId: id, version, lateReason: '临时召开' } });
  expect(noticed.errors, JSON.stringify(noticed.errors)).toBeUndefined();
  return { env, clock, meetingId: id as string, startsAt, school, museum, expert };
}

describe('successful: the outbox on DynamoDB Local', () => {
  it('two dispatches at once record each entry once; a third records nothing; the secretariat pages the entries', async () => {
    // Prepare: a day before the start
    const { env, clock, meetingId, startsAt, school, museum, expert } = await givenNoticedMeeting();
    const now = startsAt - DAY + 60_000;
    clock.set(now);
    // Act
    const runs = await Promise.all([dispatchDueReminders(env.regionId, new Date(now), env.ports), dispatchDueReminders(env.regionId, new Date(now), env.ports)]);
    const again = await env.gql('mutation { dispatchDueReminders { meetings reminders entries complete } }');
    // Assess
    expect(runs[0]!.entries + runs[1]!.entries).toBe(3);
    expect(again.data.dispatchDueReminders).toEqual({ meetings: 1, reminders: 0, entries: 0, complete: true });
    const all = (await env.gql(OUTBOX, { m: meetingId, first: 10 })).data.meetingOutbox;
    expect(all.pageInfo.hasNextPage).toBe(false);
    const nodes = all.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(3);
    expect(new Set(nodes.map((n: { recipientId: string }) => n.recipientId))).toEqual(new Set([school.id, museum.id, expert.id]));
    expect(nodes.find((n: { recipientId: string }) => n.recipientId === expert.id)).toMatchObject({
      kind: 'REMINDER', offsetMinutes: 1440, reminderLabel: '会前 1 天', recipientKind: 'MEMBER', member: { name: '王专家' }, unit: null, channel: 'IN_APP',
      dueAt: new Date(startsAt - DAY).toISOString(), sentAt: new Date(now).toISOString(), readAt: null,
    });
    expect(nodes.find((n: { recipientId: string }) => n.recipientId === school.id)).toMatchObject({ recipientKind: 'UNIT', unit: { name: '长安实验小学党支部' }, member: null });
    // Paged: 2, then the last one
    const first = (await env.gql(OUTBOX, { m: meetingId, first: 2 })).data.meetingOutbox;
    const rest = (await env.gql(OUTBOX, { m: meetingId, first: 2, after: first.pageInfo.endCursor })).data.meetingOutbox;
    expect([first.edges.length, first.pageInfo.hasNextPage, rest.edges.length, rest.pageInfo.hasNextPage]).toEqual([2, true, 1, false]);
  });

  it('a read in the bell sets readAt on the reader’s entry, once: the liaison its unit’s, the member in person its own', async () => {
    // Prepare
    const { env, clock, meetingId, startsAt, school, museum, expert } = await givenNoticedMeeting();
    clock.set(startsAt - DAY + 60_000);
    await env.gql('mutation { dispatchDueReminders { entries } }');
    const liaison = { userId: `liaison-${school.id}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON' as const], unitId: school.id };
    const asExpert = { userId: `member-${expert.id}`, displayName: '王专家', regionId: env.regionId, roles: ['MEMBER' as const], memberId: expert.id };
    const feed = (await env.gql('{ viewer { notifications { items { id kind } } } }', undefined, liaison)).data.viewer.notifications;
    const reminder = feed.items.find((n: { kind: string }) => n.kind === 'MEETING_REMINDER');
    // Act
    clock.set(startsAt - DAY + 120_000);
    const marked = await env.gql('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unreadCount } }', { ids: [reminder.id] }, liaison);
    clock.set(startsAt - DAY + 180_000);
    await env.gql('mutation { markAllNotificationsRead { unreadCount } }', undefined, { ...liaison, userId: 'another-liaison' });
    await env.gql('mutation { markAllNotificationsRead { unreadCount } }', undefined, asExpert);
    // Assess
    expect(marked.errors).toBeUndefined();
    const readAt = Object.fromEntries(
      (await env.gql(OUTBOX, { m: meetingId })).data.meetingOutbox.edges.map((e: { node: { recipientId: string; readAt: string | null } }) => [e.node.recipientId, e.node.readAt]),
    );
    expect(readAt).toEqual({
      [school.id]: new Date(startsAt - DAY + 120_000).toISOString(), // the first read stays
      [museum.id]: null,
      [expert.id]: new Date(startsAt - DAY + 180_000).toISOString(),
    });
  });
});

describe('failing: the outbox', () => {
  it('a liaison reads no outbox and runs no dispatcher; a bad page size or an unknown meeting is refused', async () => {
    const { env, meetingId, school } = await givenNoticedMeeting();
    const liaison = { userId: `liaison-${school.id}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON' as const], unitId: school.id };
    expect(errorOf(await env.gql(OUTBOX, { m: meetingId }, liaison))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await env.gql('mutation { dispatchDueReminders { entries } }', undefined, liaison))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await env.gql(OUTBOX, { m: meetingId, first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await env.gql(OUTBOX, { m: 'missing' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
