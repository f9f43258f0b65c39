import { readFile } from 'node:fs/promises';
import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIAISON_UNIT } from '../../local/seed';
import { expectAccessible } from './a11y';
import { accessToken, findUnitByName, type CreatedUnit } from './api';
import { chooseOption, graphqlRequest, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

/** A small PDF (its bytes are checked against the declared size and hash, not parsed). */
const PDF = Buffer.from('%PDF-1.4\n% 共建 督办事项\n%%EOF\n');

const asAdmin = async <T,>(query: string, variables: Record<string, unknown>) =>
  graphqlRequest<T>(baseUrl, query, variables, await accessToken(baseUrl));

interface ApiMeeting {
  id: string;
  version: number;
  startsAt: string;
  agenda: { id: string; title: string }[];
}
const MEETING = 'id version startsAt agenda { id title }';

/** A meeting inviting the units, noticed through the API (a notice later than 7 days before the start with its reason). */
async function noticedMeeting(input: { title: string; startsAt: dayjs.Dayjs; hours?: number; invited: string[]; agenda: string[] }): Promise<ApiMeeting> {
  const { createMeeting: created } = await asAdmin<{ createMeeting: ApiMeeting }>(
    `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING} } }`,
    {
      input: {
        title: input.title,
        kind: 'JOINT_MEETING',
        startsAt: input.startsAt.toISOString(),
        endsAt: input.startsAt.add(input.hours ?? 2, 'hour').toISOString(),
        place: '街道党群服务中心三楼会议室',
        chair: '王书记',
        invitedUnitIds: input.invited,
        agenda: input.agenda.map((title) => ({ title })),
      },
    },
  );
  const late = input.startsAt.diff(dayjs(), 'day', true) < 7;
  const { sendMeetingNotice: noticed } = await asAdmin<{ sendMeetingNotice: ApiMeeting }>(
    `mutation ($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { ${MEETING} } }`,
    { input: { meetingId: created.id, version: created.version, lateReason: late ? '区委部署专项工作，需尽快研究' : null } },
  );
  return noticed;
}

/**
 * How far ahead the meetings that must have started begin. The stack runs on the real clock: a meeting that has started
 * can no longer be noticed, while check-in after the start (迟到), attendance and minutes wait for it. They are noticed
 * (late, with the reason) in beforeAll, and the first test's walk takes longer than this lead.
 */
const LEAD_MS = 15_000;

/** Waits for a meeting's start on the real clock (once; usually already past). */
async function started(meeting: { startsAt: string }) {
  const wait = Date.parse(meeting.startsAt) - Date.now() + 500;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * The started meeting held: the unit attended (the secretariat's entry) and concurred, the approved minutes made a
 * resolution, and its action items for the unit: one already past its due date (overdue), one due in a month.
 */
async function resolutionWithActionItems(meeting: ApiMeeting, unit: CreatedUnit, titles: { overdue: string; due: string }) {
  const item = meeting.agenda[0]!;
  await asAdmin(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { version } }`, {
    input: { meetingId: meeting.id, unitId: unit.id, version: 0, status: 'PRESENT', attendee: '张联络员' },
  });
  const { meeting: noticed } = await asAdmin<{ meeting: { version: number } }>(`query ($id: ID!) { meeting(id: $id) { version } }`, { id: meeting.id });
  await asAdmin(`mutation ($id: ID!, $version: Int!) { markMeetingHeld(id: $id, version: $version) { version } }`, { id: meeting.id, version: noticed.version });
  await asAdmin(`mutation ($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }`, {
    input: { meetingId: meeting.id, agendaItemId: item.id, version: 0, text: '与会单位一致同意开展整治。', decision: '开展背街小巷环境整治' },
  });
  await asAdmin(`mutation ($m: ID!, $a: ID!) { recordConsensusForAll(meetingId: $m, agendaItemId: $a) { outcome } }`, { m: meeting.id, a: item.id });
  const { meeting: drafted } = await asAdmin<{ meeting: { version: number } }>(`query ($id: ID!) { meeting(id: $id) { version } }`, { id: meeting.id });
  const { approveMinutes: approved } = await asAdmin<{ approveMinutes: { resolutions: { id: string }[] } }>(
    `mutation ($id: ID!, $version: Int!) { approveMinutes(meetingId: $id, version: $version) { resolutions { id } } }`,
    { id: meeting.id, version: drafted.version },
  );
  const resolutionId = approved.resolutions[0]!.id;
  const add = (title: string, dueOn: string) =>
    asAdmin<{ addActionItem: { id: string } }>(`mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`, {
      input: { resolutionId, title, responsibleUnitIds: [unit.id], dueOn, doneWhen: '整治完成并经社区验收' },
    });
  await add(titles.overdue, dayjs().subtract(2, 'day').format('YYYY-MM-DD'));
  await add(titles.due, dayjs().add(30, 'day').format('YYYY-MM-DD'));
}

describe('A liaison’s meetings (会议通知: 请假, 书面意见, 签到, 签收) and 督办事项', () => {
  let browser: Browser;
  let admin: Page;
  let liaison: Page;
  let unit: CreatedUnit;
  /** Meetings that start LEAD_MS after beforeAll: one to check in late, one to hold and resolve. */
  let checkInMeeting: ApiMeeting;
  let resolvedMeeting: ApiMeeting;
  const checkInTitle = uniqueName('专题协调会');

  beforeAll(async () => {
    browser = await launchBrowser();
    [{ page: admin }, { page: liaison }] = await Promise.all([openPage(browser, baseUrl), openPage(browser, baseUrl)]);
    unit = await findUnitByName(baseUrl, DEMO_LIAISON_UNIT);
    const soon = dayjs().add(LEAD_MS, 'millisecond');
    [checkInMeeting, resolvedMeeting] = await Promise.all([
      noticedMeeting({ title: checkInTitle, startsAt: soon, invited: [unit.id], agenda: ['协调停车难问题'] }),
      noticedMeeting({ title: uniqueName('督办测试联席会议'), startsAt: soon, invited: [unit.id], agenda: ['研究背街小巷环境整治'] }),
    ]);
    await signIn(admin, 'admin');
    await signIn(liaison, 'liaison');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = (p: Page) => p.locator('.ant-modal:visible');
  const row = (p: Page, text: string) => p.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });
  const menu = (p: Page) => p.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');

  it('shows the liaison its unit’s notice; it asks for leave with a 代参会人 and sends a 书面意见 on an agenda item', async () => {
    // Prepare: a meeting in ten days inviting the liaison's unit, noticed
    const title = uniqueName('第一季度党建联席会议');
    const meeting = await noticedMeeting({
      title,
      startsAt: dayjs().add(10, 'day').hour(9).minute(0).second(0),
      invited: [unit.id],
      agenda: ['传达学习区域化党建工作要点', '审议年度共建项目清单'],
    });

    // Act: the liaison's 会议通知
    await liaison.goto('/notices');
    await row(liaison, title).waitFor();
    await expect.poll(() => menu(liaison).allInnerTexts()).toEqual(LIAISON_MENU);
    expect(await row(liaison, title).getByTestId('meeting-status').innerText()).toBe('已通知');
    expect(await row(liaison, title).getByTestId('notice-attendance').innerText()).toBe('未签到');
    await expectAccessible(liaison, 'the liaison’s meeting notices');
    await row(liaison, title).getByRole('link', { name: title }).click();

    // Assess: the notice's page
    await liaison.waitForURL((url) => url.pathname === `/notices/${meeting.id}`);
    await expect.poll(() => liaison.getByTestId('notice-title').innerText()).toBe(title);
    await liaison.getByText('街道党群服务中心三楼会议室').waitFor();
    expect(await liaison.getByTestId('notice-agenda-item').count()).toBe(2);
    await liaison.getByText('议题 2：审议年度共建项目清单').waitFor();
    // Check-in opens 30 minutes before the start
    await liaison.getByTestId('notice-check-in-closed').getByText('尚未到签到时间').waitFor();
    await expectAccessible(liaison, 'a notice, as the liaison');

    // Act: 请假, first with no reason, then with a reason and a delegate
    await liaison.getByRole('button', { name: label('请假') }).click();
    await modal(liaison).getByRole('button', { name: /提交请假/ }).click();
    await modal(liaison).getByText('请填写请假原因').waitFor();
    await modal(liaison).getByLabel('请假原因', { exact: true }).fill('支部书记参加区委党校培训');
    await modal(liaison).getByLabel('代参会人', { exact: true }).fill('李明 组织委员');
    await expectAccessible(liaison, 'the 请假 dialog');
    await modal(liaison).getByRole('button', { name: /提交请假/ }).click();
    await modal(liaison).waitFor({ state: 'hidden' });

    // Assess: 请假 with the delegate, on the page and in the API
    await expect.poll(() => liaison.getByTestId('notice-delegate').innerText()).toBe('李明 组织委员');
    expect(await liaison.getByTestId('notice-leave-reason').innerText()).toBe('支部书记参加区委党校培训');
    expect(await liaison.getByTestId('notice-attendance').first().innerText()).toContain('请假');
    await liaison.getByRole('button', { name: /修改请假/ }).waitFor();

    // Act: a written opinion on the second item
    await liaison.getByRole('button', { name: '就议题 2 提交书面意见' }).click();
    await modal(liaison).getByLabel('意见内容', { exact: true }).fill('建议将老旧小区加装电梯纳入年度共建项目。');
    await modal(liaison).getByRole('button', { name: /提交意见/ }).click();
    await modal(liaison).waitFor({ state: 'hidden' });

    // Assess: the opinion under its item, and the secretariat reads both
    await expect.poll(() => liaison.getByTestId('notice-opinion').innerText()).toContain('建议将老旧小区加装电梯纳入年度共建项目。');
    await liaison.getByRole('button', { name: '就议题 2 提交书面意见' }).getByText('修改书面意见').waitFor();
    const { meeting: read } = await asAdmin<{
      meeting: { attendance: { unitId: string; status: string; delegate: string | null }[]; opinions: { edges: { node: { agendaItemId: string; unitId: string; text: string } }[] } };
    }>(`query ($id: ID!) { meeting(id: $id) { attendance { unitId status delegate } opinions { edges { node { agendaItemId unitId text } } } } }`, {
      id: meeting.id,
    });
    expect(read.attendance.find((a) => a.unitId === unit.id)).toMatchObject({ status: 'LEAVE', delegate: '李明 组织委员' });
    expect(read.opinions.edges.map((e) => e.node)).toContainEqual({
      agendaItemId: meeting.agenda[1]!.id,
      unitId: unit.id,
      text: '建议将老旧小区加装电梯纳入年度共建项目。',
    });

    // Act: 加入日历 — the notice as an .ics invitation
    const download = liaison.waitForEvent('download');
    await liaison.getByTestId('calendar-download').click();
    // Assess: an iCalendar event of this meeting
    const invitation = await download;
    expect(invitation.suggestedFilename()).toMatch(/\.ics$/);
    const ics = (await readFile(await invitation.path())).toString('utf8').replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`SUMMARY:${title}`);

    // The notice's list shows 请假
    await liaison.getByRole('link', { name: '会议通知' }).first().click();
    await expect.poll(() => row(liaison, title).getByTestId('notice-attendance').innerText()).toContain('请假');
  });

  it('shows the liaison an agenda item\'s 会议材料 on its notice, as a download link', async () => {
    // The demo's next-quarter meeting has a material on its first item.
    await liaison.goto('/notices');
    await row(liaison, '第四季度党建联席会议').getByRole('link', { name: '第四季度党建联席会议' }).click();
    const materials = liaison.getByTestId('notice-materials');
    await materials.getByRole('link', { name: /2026年度共建项目完成情况表\.pdf/ }).waitFor();
    expect(await materials.count()).toBe(1);
  });

  it('checks the liaison in with the six-digit code after the start: 已签到, 迟到; a wrong code is refused', async () => {
    // Prepare: the meeting noticed late (its reason) has started; its code is the secretariat's
    await started(checkInMeeting);
    const { meeting: withCode } = await asAdmin<{ meeting: { checkInCode: string } }>(`query ($id: ID!) { meeting(id: $id) { checkInCode } }`, {
      id: checkInMeeting.id,
    });
    expect(withCode.checkInCode).toMatch(/^\d{6}$/);

    // Act: the notice, from the list; the late notice's reason shows
    await liaison.goto('/notices');
    await row(liaison, checkInTitle).getByRole('link', { name: checkInTitle }).click();
    await liaison.getByTestId('notice-late-reason').getByText(/区委部署专项工作/).waitFor();
    // No opinions after the start
    expect(await liaison.getByRole('button', { name: '就议题 1 提交书面意见' }).count()).toBe(0);
    const code = liaison.getByLabel('签到码', { exact: true });
    await code.fill('12345');
    await liaison.getByRole('button', { name: label('签到') }).click();
    await liaison.getByText('请输入 6 位数字签到码').waitFor();
    const wrong = withCode.checkInCode === '000000' ? '111111' : '000000';
    await code.fill(wrong);
    await liaison.getByRole('button', { name: label('签到') }).click();
    await liaison.locator('.ant-form-item-explain-error, .ant-alert').first().waitFor();
    expect(await liaison.getByTestId('notice-checked-in').count()).toBe(0);
    await code.fill(withCode.checkInCode);
    await liaison.getByRole('button', { name: label('签到') }).click();

    // Assess: 已签到, 迟到
    await expect.poll(() => liaison.getByTestId('notice-checked-in').innerText()).toContain('已签到');
    expect(await liaison.getByTestId('notice-checked-in').innerText()).toContain('迟到');
    await expectAccessible(liaison, 'a notice after check-in');
  });

  const overdueTitle = uniqueName('背街小巷整治逾期事项');
  const dueTitle = uniqueName('背街小巷整治长效管理');

  it('shows the secretariat the action items, the overdue one in red, filtered by 只看超期, status and unit', async () => {
    // Prepare: the started meeting held and resolved, with two action items for the liaison's unit
    await started(resolvedMeeting);
    await resolutionWithActionItems(resolvedMeeting, unit, { overdue: overdueTitle, due: dueTitle });

    // Act: 会议管理 → 督办事项, this unit's items
    await admin.goto('/meetings');
    await admin.getByRole('link', { name: '督办事项' }).click();
    await admin.waitForURL('**/meetings/actions');
    await chooseOption(admin, admin.getByLabel('责任单位', { exact: true }), DEMO_LIAISON_UNIT, DEMO_LIAISON_UNIT.slice(0, 4));
    await row(admin, overdueTitle).waitFor();
    await row(admin, dueTitle).waitFor();

    // Assess: the overdue row in red with 超期; the other not
    await expect.poll(() => row(admin, overdueTitle).getAttribute('class')).toContain('action-row-overdue');
    expect(await row(admin, overdueTitle).locator('td').first().evaluate((td) => getComputedStyle(td).color)).toBe('rgb(168, 7, 26)');
    await row(admin, overdueTitle).getByTestId('action-overdue').waitFor();
    expect(await row(admin, dueTitle).getAttribute('class')).not.toContain('action-row-overdue');
    expect(await row(admin, dueTitle).getByTestId('action-status').innerText()).toBe('落实中');
    expect(await row(admin, dueTitle).getByTestId('action-report-count').innerText()).toBe('0');
    await expectAccessible(admin, 'the secretariat’s action items');

    // Act: 只看超期
    await admin.getByText('只看超期', { exact: true }).click();
    await expect.poll(() => row(admin, dueTitle).count()).toBe(0);
    await row(admin, overdueTitle).waitFor();
    expect(new URL(admin.url()).searchParams.get('overdue')).toBe('1');
    // … and 已落实: none yet
    await chooseOption(admin, admin.getByLabel('状态', { exact: true }), '已落实');
    await expect.poll(() => row(admin, overdueTitle).count()).toBe(0);
    await admin.getByRole('button', { name: label('重置') }).click();

    // The item's drawer: its meeting and no report yet
    await chooseOption(admin, admin.getByLabel('责任单位', { exact: true }), DEMO_LIAISON_UNIT, DEMO_LIAISON_UNIT.slice(0, 4));
    await row(admin, dueTitle).getByRole('button', { name: dueTitle }).click();
    const drawer = admin.locator('.ant-drawer:visible');
    await drawer.getByText('尚未报告落实情况').waitFor();
    await drawer.getByText('整治完成并经社区验收').waitFor();
    expect(await drawer.getByRole('button', { name: /报告落实情况/ }).count()).toBe(0);
  });

  it('lets the liaison report on its action item with a file and 已完成; the secretariat sees the report; the liaison 签收 the resolutions notice', async () => {
    // Act: the liaison's 督办事项
    await liaison.goto('/notices');
    await liaison.getByRole('link', { name: '督办事项' }).click();
    await liaison.waitForURL('**/meetings/actions');
    await row(liaison, dueTitle).waitFor();
    // Its unit's only: no unit filter
    expect(await liaison.getByLabel('责任单位', { exact: true }).count()).toBe(0);
    await expectAccessible(liaison, 'the liaison’s action items');
    await row(liaison, dueTitle).getByRole('button', { name: dueTitle }).click();
    const drawer = liaison.locator('.ant-drawer:visible');
    await drawer.getByRole('button', { name: /报告落实情况/ }).click();
    // Nothing written: refused at the field
    await modal(liaison).getByRole('button', { name: /提交报告/ }).click();
    await modal(liaison).getByText('请填写落实情况').waitFor();
    await modal(liaison).getByLabel('落实情况', { exact: true }).fill('已清理背街小巷乱堆物 12 处，建立门前三包责任制。');
    await modal(liaison).getByRole('button', { name: /添加附件/ }).click();
    await modal(liaison).locator('input[type=file]').setInputFiles({ name: '整治前后对比照片.pdf', mimeType: 'application/pdf', buffer: PDF });
    await modal(liaison).getByText('上传完成').waitFor();
    await modal(liaison).getByText('已完成', { exact: true }).click();
    await expectAccessible(liaison, 'the 报告落实情况 dialog');
    await modal(liaison).getByRole('button', { name: /提交报告/ }).click();
    await modal(liaison).waitFor({ state: 'hidden' });

    // Assess: the report in the drawer, the item 已落实
    await expect.poll(() => drawer.getByTestId('action-report').innerText()).toContain('已清理背街小巷乱堆物 12 处');
    await drawer.getByText('整治前后对比照片.pdf').waitFor();
    await expect.poll(() => row(liaison, dueTitle).getByTestId('action-status').innerText()).toBe('已落实');
    expect(await row(liaison, dueTitle).getByTestId('action-report-count').innerText()).toBe('1');

    // The secretariat: 已落实 lists it with its report
    await admin.goto('/meetings/actions?status=DONE');
    await row(admin, dueTitle).waitFor();
    expect(await row(admin, dueTitle).getByTestId('action-report-count').innerText()).toBe('1');
    await row(admin, dueTitle).getByRole('button', { name: dueTitle }).click();
    await admin.locator('.ant-drawer:visible').getByTestId('action-report').getByText(DEMO_LIAISON_UNIT).waitFor();

    // 签收: the resolved meeting's notice asks the liaison to acknowledge the resolutions notice; once done, who and when
    await liaison.goto(`/notices/${resolvedMeeting.id}?at=${encodeURIComponent(resolvedMeeting.startsAt)}`);
    await liaison.getByTestId('notice-receipt').getByRole('button', { name: label('签收') }).click();
    await expect.poll(() => liaison.getByTestId('notice-receipt-done').innerText()).toContain('本单位已签收');
    const { meeting: receipts } = await asAdmin<{ meeting: { receiptSummary: { acknowledged: number; expected: number } } }>(
      `query ($id: ID!) { meeting(id: $id) { receiptSummary { acknowledged expected } } }`,
      { id: resolvedMeeting.id },
    );
    expect(receipts.receiptSummary).toEqual({ acknowledged: 1, expected: 1 });
  });

  it('lets the liaison reply to a 议题征集 on its 会议通知 page, before the meeting is noticed', async () => {
    // Prepare: a draft meeting inviting the liaison's unit, with an open round asking it
    const question = uniqueName('请提出背街小巷整治专题会议的议题');
    const { createMeeting: draft } = await asAdmin<{ createMeeting: ApiMeeting }>(
      `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING} } }`,
      { input: { title: uniqueName('背街小巷整治专题会议'), kind: 'TOPIC_MEETING', startsAt: dayjs().add(20, 'day').toISOString(), endsAt: dayjs().add(20, 'day').add(2, 'hour').toISOString(), invitedUnitIds: [unit.id] } },
    );
    await asAdmin(`mutation ($input: OpenAgendaSolicitationInput!) { openAgendaSolicitation(input: $input) { id } }`, {
      input: { meetingId: draft.id, question, closesAt: dayjs().add(10, 'day').toISOString() },
    });

    // Act: the liaison's reply, a proposed item and an opinion
    await liaison.goto('/notices');
    // The demo round (local/seed-meetings.ts) asks the unit too, still unanswered
    await liaison.getByTestId('solicitation-round').filter({ hasText: '老旧小区加装电梯专题会议' }).getByRole('button', { name: /提交回复/ }).waitFor();
    const round = liaison.getByTestId('solicitation-round').filter({ hasText: question });
    await round.getByLabel('建议议题 1', { exact: true }).fill('背街小巷停车秩序整治');
    await round.getByLabel('意见', { exact: true }).fill('建议请交警中队列席。');
    await round.getByRole('button', { name: /提交回复/ }).click();

    // Assess: 已回复 on the page, and the secretariat reads the reply
    await round.getByText('已回复', { exact: true }).waitFor();
    const { meeting } = await asAdmin<{ meeting: { agendaSolicitation: { replies: { unitId: string; opinion: string; proposals: { title: string }[] }[] } } }>(
      `query ($id: ID!) { meeting(id: $id) { agendaSolicitation { replies { unitId opinion proposals { title } } } } }`,
      { id: draft.id },
    );
    expect(meeting.agendaSolicitation.replies).toEqual([{ unitId: unit.id, opinion: '建议请交警中队列席。', proposals: [{ title: '背街小巷停车秩序整治' }] }]);
  });

  it('rings the liaison’s bell (消息提醒) with a new notice; opening it goes to the notice, 全部已读 clears the badge', async () => {
    // Prepare: a meeting in ten days inviting the liaison's unit, noticed
    const title = uniqueName('第二季度党建联席会议');
    const meeting = await noticedMeeting({ title, startsAt: dayjs().add(10, 'day').hour(9).minute(0).second(0), invited: [unit.id], agenda: ['通报共建项目'] });
    await liaison.goto('/notices');
    const bell = liaison.getByTestId('notification-bell');
    const badge = liaison.locator('.ant-badge', { has: bell }).locator('.ant-badge-count');

    // Act: open the bell, the new notice at the top, unread
    await expect.poll(async () => Number(await badge.getAttribute('title'))).toBeGreaterThan(0);
    await bell.click();
    const list = liaison.getByTestId('notification-list');
    const item = list.locator('.ant-list-item', { hasText: `会议通知：${title}` });
    await item.waitFor();
    await expectAccessible(liaison, 'the bell');
    await item.click();

    // Assess: the notice's page; then 全部已读 leaves no badge
    await liaison.waitForURL(`**/notices/${meeting.id}`);
    await bell.click();
    await liaison.locator('.ant-popover:visible').getByRole('button', { name: '全部已读' }).click();
    await expect.poll(() => badge.count()).toBe(0);
  });
});
