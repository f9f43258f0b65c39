import { describe, expect, it } from 'vitest';
import { CREATE_MEMBER, CREATE_UNIT, errorOf, memberInput, newRegion, unitInput } from './harness';

/** The bell (in-app notices) through GraphQL on DynamoDB Local: derived from the unit's notices, reads stored per person. */
const FEED = '{ viewer { notifications(first: 10) { unreadCount items { id kind title read } } } }';

describe('successful: in-app notices on DynamoDB Local', () => {
  it('a noticed meeting reaches the invited unit’s liaison; marked read one by one, then all, kept per person', async () => {
    // Prepare: a meeting in a month, noticed, inviting the unit
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '长安社区党支部' }) })).data.createUnit;
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version } }', {
      input: { title: '党建联席会议', kind: 'JOINT_MEETING', startsAt: at(30), endsAt: at(30.1), invitedUnitIds: [unit.id], agenda: [{ title: '议题' }] },
    });
    const { id, version } = created.data.createMeeting;
    await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { version } }', { input: { meetingId: id, version } });
    const liaison = { userId: `liaison-${unit.id}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON' as const], unitId: unit.id };
    const other = { ...liaison, userId: 'another-person' };
    // Act
    const before = (await env.gql(FEED, undefined, liaison)).data.viewer.notifications;
    const marked = await env.gql('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unreadCount items { read } } }', { ids: [before.items[0].id] }, liaison);
    // Assess
    expect(before).toMatchObject({ unreadCount: 1, items: [{ kind: 'MEETING_NOTICE', title: '会议通知：党建联席会议', read: false }] });
    expect(marked.data.markNotificationsRead).toEqual({ unreadCount: 0, items: [{ read: true }] });
    expect((await env.gql(FEED, undefined, other)).data.viewer.notifications.unreadCount).toBe(1);
    expect((await env.gql('mutation { markAllNotificationsRead { unreadCount } }', undefined, other)).data.markAllNotificationsRead.unreadCount).toBe(0);
    expect((await env.gql(FEED)).data.viewer.notifications).toBeNull();
  });

  it('a member invited in person gets the notice in its bell and 会议通知, its unit’s liaison does not', async () => {
    // Prepare: a topic meeting inviting another unit and a member of this one in person
    const env = await newRegion();
    const school = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '长安实验小学党支部' }) })).data.createUnit;
    const other = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '区文化馆党支部' }) })).data.createUnit;
    const member = (await env.gql(CREATE_MEMBER, { input: memberInput(school.id, { name: '王专家' }) })).data.createMember;
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version invitedMemberIds invitedMembers { name } } }', {
      input: { title: '专题会议', kind: 'TOPIC_MEETING', startsAt: at(30), endsAt: at(30.1), invitedUnitIds: [other.id], invitedMemberIds: [member.id], agenda: [{ title: '议题' }] },
    });
    expect(created.data.createMeeting).toMatchObject({ invitedMemberIds: [member.id], invitedMembers: [{ name: '王专家' }] });
    const { id, version } = created.data.createMeeting;
    const noticed = await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { notice { recipientCount } } }', { input: { meetingId: id, version } });
    expect(noticed.data.sendMeetingNotice.notice.recipientCount).toBe(2);
    const asMember = { userId: `member-${member.id}`, displayName: '王专家', regionId: env.regionId, roles: ['MEMBER' as const], memberId: member.id };
    const liaison = { userId: `liaison-${school.id}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON' as const], unitId: school.id };
    // Assess
    const seen = await env.gql('{ viewer { meetingNotices(first: 5) { edges { node { id title invitedMemberIds } } } notifications { unreadCount items { title } } } }', undefined, asMember);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.viewer.meetingNotices.edges).toEqual([{ node: { id, title: '专题会议', invitedMemberIds: [] } }]);
    expect(seen.data.viewer.notifications).toMatchObject({ unreadCount: 1, items: [{ title: '会议通知：专题会议' }] });
    expect((await env.gql('{ viewer { meetingNotices(first: 5) { edges { node { id } } } } }', undefined, liaison)).data.viewer.meetingNotices.edges).toEqual([]);
    expect(errorOf(await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input: { title: '专题会议', kind: 'TOPIC_MEETING', startsAt: at(30), endsAt: at(30.1), invitedMemberIds: [member.id, 'nobody'] },
    }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invitedMemberIds.1' });
  });

  it('the secretariat sets the region’s reminders; bad ones are refused at the field', async () => {
    const env = await newRegion();
    expect((await env.gql('{ meetingReminderOffsets }')).data.meetingReminderOffsets).toEqual([10080, 1440, 60]);
    const set = await env.gql('mutation($o: [Int!]!) { setMeetingReminderOffsets(offsetsMinutes: $o) }', { o: [60, 2880] });
    expect(set.data.setMeetingReminderOffsets).toEqual([2880, 60]);
    expect((await env.gql('{ meetingReminderOffsets }')).data.meetingReminderOffsets).toEqual([2880, 60]);
    expect(errorOf(await env.gql('mutation($o: [Int!]!) { setMeetingReminderOffsets(offsetsMinutes: $o) }', { o: [99999] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offsetsMinutes.0' });
    // The cadence rules kept the offsets
    await env.gql('mutation { setMeetingCadence(input: { kind: JOINT_MEETING, everyMonths: 3 }) { everyMonths } }');
    expect((await env.gql('{ meetingReminderOffsets }')).data.meetingReminderOffsets).toEqual([2880, 60]);
  });
});
