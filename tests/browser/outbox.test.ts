import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIAISON_UNIT } from '../../local/seed';
import { expectAccessible } from './a11y';
import { accessToken, createUnit, findUnitByName, type CreatedUnit } from './api';
import { graphqlRequest, launchBrowser, openPage, signIn, stackUrl, uniqueName } from './browser';

const baseUrl = stackUrl();

const as = async <T,>(username: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest<T>(baseUrl, query, variables, await accessToken(baseUrl, username));

/**
 * A meeting whose 1-hour reminder falls due a few seconds from now: it starts in an hour and `leadMs`, noticed now (late,
 * with the reason), inviting the units. The stack runs on the real clock.
 */
async function meetingWithReminderSoon(title: string, invited: string[], leadMs: number) {
  const startsAt = dayjs().add(1, 'hour').add(leadMs, 'millisecond');
  const { createMeeting: created } = await as<{ createMeeting: { id: string; version: number } }>(
    'admin',
    'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id version } }',
    {
      input: {
        title, kind: 'TOPIC_MEETING', startsAt: startsAt.toISOString(), endsAt: startsAt.add(1, 'hour').toISOString(), place: '街道党群服务中心',
        invitedUnitIds: invited, agenda: [{ title: '部署防汛值守' }],
      },
    },
  );
  await as('admin', 'mutation ($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { id } }', {
    input: { meetingId: created.id, version: created.version, lateReason: '汛情紧急，临时召开' },
  });
  return { id: created.id, dueAt: startsAt.subtract(1, 'hour').valueOf() };
}

describe('提醒发送记录: the outbox of a meeting’s reminders', () => {
  let browser: Browser;
  let page: Page;
  let school: CreatedUnit;
  let other: CreatedUnit;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    [school, other] = await Promise.all([findUnitByName(baseUrl, DEMO_LIAISON_UNIT), createUnit(baseUrl, { name: uniqueName('提醒测试党支部') })]);
    await signIn(page, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const card = () => page.getByTestId('meeting-outbox');
  const row = (name: string) => card().locator('.ant-table-tbody tr.ant-table-row', { hasText: name });
  const cells = (name: string) => row(name).locator('td').allInnerTexts();

  it('立即发送到期提醒 records the due reminder for each invited unit; the liaison’s read in the bell shows as 已读', async () => {
    // Prepare: the 1-hour reminder is due in 5 seconds
    const meeting = await meetingWithReminderSoon(uniqueName('防汛专题会议'), [school.id, other.id], 5_000);
    await page.goto(`/meetings/${meeting.id}?step=notice`);
    await card().getByText('暂无提醒发送记录', { exact: false }).waitFor();
    await expectAccessible(page, 'the outbox card');
    const wait = meeting.dueAt - Date.now() + 500;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));

    // Act: the region admin runs the dispatcher
    await card().getByRole('button', { name: '立即发送到期提醒' }).click();

    // Assess: one row per invited unit, unread
    await row(other.name).waitFor();
    expect(await cells(other.name)).toEqual([expect.stringContaining(other.name), '会前 1 小时', expect.any(String), expect.any(String), '站内', '未读']);
    expect(await cells(school.name)).toEqual([expect.stringContaining(school.name), '会前 1 小时', expect.any(String), expect.any(String), '站内', '未读']);
    expect((await cells(school.name))[0]).toContain('单位');

    // Act: the demo liaison reads the reminder in its bell
    const { viewer } = await as<{ viewer: { notifications: { items: { id: string; kind: string; meetingId: string }[] } } }>(
      'liaison', '{ viewer { notifications(first: 50) { items { id kind meetingId } } } }',
    );
    const reminder = viewer.notifications.items.find((n) => n.meetingId === meeting.id && n.kind === 'MEETING_REMINDER');
    expect(reminder).toBeDefined();
    await as('liaison', 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unreadCount } }', { ids: [reminder!.id] });
    await page.reload();

    // Assess: its unit's entry is read, the other unit's is not; a second run records nothing more
    await expect.poll(async () => (await cells(school.name))[5]).toMatch(/^已读 /);
    expect((await cells(other.name))[5]).toBe('未读');
    await card().getByRole('button', { name: '立即发送到期提醒' }).click();
    await page.getByText('暂无到期未发送的提醒').waitFor();
    expect(await card().locator('.ant-table-tbody tr.ant-table-row').count()).toBe(2);
  });
});
