import dayjs from 'dayjs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { createMeeting, createUnit, type CreatedUnit } from './api';
import { chooseOption, fieldError, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

describe('Meetings: the list, the form with its agenda, the notice and its 7-day rule, the cadence', () => {
  let browser: Browser;
  let page: Page;
  let invited: CreatedUnit;
  let presenter: CreatedUnit;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    [invited, presenter] = await Promise.all([
      createUnit(baseUrl, { name: uniqueName('参会测试党支部') }),
      createUnit(baseUrl, { name: uniqueName('汇报测试党支部') }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal:visible');
  /** A date and time typed into an antd DatePicker with a time, confirmed with Enter. */
  async function fillDateTime(field: Locator, value: string) {
    // Typed, then 确定 (Enter would also send the form)
    await field.click();
    await field.fill(value);
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
    await expect.poll(() => field.inputValue()).toBe(value);
  }
  /** The value beside a label of a bordered Descriptions. */
  const descriptionValue = (scope: Page | Locator, text: string) =>
    scope.locator('th.ant-descriptions-item-label').getByText(text, { exact: true }).locator('xpath=ancestor::th[1]/following-sibling::td[1]');

  let meetingUrl = '';
  const title = uniqueName('第四季度党建联席会议');

  it('creates a meeting through the form, with two 议题 and an invited unit', async () => {
    // Prepare: the list, then the empty form
    await page.goto('/meetings');
    await page.getByRole('button', { name: /新建会议/ }).waitFor();
    await expectAccessible(page, 'the meeting list');
    await page.getByRole('button', { name: /新建会议/ }).click();
    await page.waitForURL('**/meetings/new');
    await page.getByLabel('会议名称', { exact: true }).waitFor();
    await expectAccessible(page, 'the new-meeting form');

    // Act: a meeting three days from now; the end first set before the start
    const start = dayjs().add(3, 'day').hour(9).minute(0);
    await page.getByLabel('会议名称', { exact: true }).fill(title);
    await chooseOption(page, page.getByLabel('类型', { exact: true }), /^党建联席会议$/);
    await fillDateTime(page.getByLabel('开始时间', { exact: true }), start.format(PICKER_FORMAT));
    await fillDateTime(page.getByLabel('结束时间', { exact: true }), start.subtract(1, 'hour').format(PICKER_FORMAT));
    await page.getByLabel('地点', { exact: true }).fill('街道党群服务中心三楼会议室');
    await page.getByLabel('主持人', { exact: true }).fill('王书记');
    await page.getByLabel('记录人', { exact: true }).fill('李干事');
    // A multiple select stays open after a choice
    const invitedField = page.getByLabel('参会单位', { exact: true });
    await invitedField.click();
    await invitedField.fill(invited.name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: invited.name }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-form-item', { has: invitedField }).innerText()).toContain(invited.name);
    await page.getByRole('button', { name: /添加议题/ }).click();
    await page.getByRole('button', { name: /添加议题/ }).click();
    const agendaTitles = page.getByLabel('议题名称', { exact: true });
    await agendaTitles.nth(0).fill('传达学习区域化党建工作要点');
    await chooseOption(page, page.getByLabel('汇报单位', { exact: true }).nth(0), presenter.name, presenter.name);
    await page.getByLabel('计划时长（分钟）', { exact: true }).nth(0).fill('30');
    await agendaTitles.nth(1).fill('审议共建项目清单');
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the end before the start is refused in the form
    await fieldError(page, '结束时间').getByText('结束时间须晚于开始时间').waitFor();
    expect(new URL(page.url()).pathname).toBe('/meetings/new');

    // Act: the right end, and save
    await fillDateTime(page.getByLabel('结束时间', { exact: true }), start.add(2, 'hour').format(PICKER_FORMAT));
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the meeting's page, a 草稿 with its two 议题 in order and the invited unit linked
    await page.waitForURL((url) => /^\/meetings\/[^/]+$/.test(url.pathname) && url.pathname !== '/meetings/new');
    meetingUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: title }).waitFor();
    await expect.poll(() => page.getByTestId('meeting-status').innerText()).toBe('草稿');
    await expect.poll(() => page.getByTestId('agenda').locator('.agenda-title').allInnerTexts()).toEqual([
      '传达学习区域化党建工作要点',
      '审议共建项目清单',
    ]);
    await page.getByTestId('agenda').getByRole('link', { name: presenter.name }).waitFor();
    await page.getByTestId('invited-units').getByRole('link', { name: invited.name }).waitFor();
    expect(await descriptionValue(page, '主持人').innerText()).toBe('王书记');
    await expectAccessible(page, 'a meeting’s page');

    // And the list shows it, filtered by kind through the URL
    await page.goto('/meetings?kind=JOINT_MEETING');
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title });
    await row.waitFor();
    expect(await row.locator('td').nth(6).innerText()).toBe('2');
  });

  it('asks for the 补发原因 of a notice less than 7 days before the start, and shows it once sent', async () => {
    // Prepare
    expect(meetingUrl).not.toBe('');
    await page.goto(meetingUrl);
    await page.getByRole('heading', { name: title }).waitFor();

    // Act: 发送会议通知 without a reason
    await page.getByRole('button', { name: /发送会议通知/ }).first().click();
    await modal().getByText('会议通知应至少提前一周发出（001 附件1 §1.2）。').waitFor();
    await expectAccessible(page, 'the notice dialog');
    await modal().getByRole('button', { name: /发送会议通知/ }).click();

    // Assess: the server's refusal at the 补发原因 field, the meeting still a draft
    const refusal = fieldError(page, '补发原因');
    await refusal.getByText('距开会不足 7 天，请填写补发原因', { exact: false }).waitFor();
    expect(await page.getByTestId('meeting-status').innerText()).toBe('草稿');
    await expectAccessible(page, 'the notice dialog with the server’s refusal');

    // Act: with the reason
    const reason = '区委临时部署专项工作，需尽快召开';
    await modal().getByLabel('补发原因', { exact: true }).fill(reason);
    await expect.poll(() => refusal.count()).toBe(0);
    await modal().getByRole('button', { name: /发送会议通知/ }).click();

    // Assess: 已通知, and the notice with its late reason
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('meeting-status').innerText()).toBe('已通知');
    const notice = page.getByTestId('meeting-notice');
    await expect.poll(() => descriptionValue(notice, '补发原因').innerText()).toBe(reason);
    expect(await descriptionValue(notice, '距开始').innerText()).toMatch(/^[23] 天/);
    expect(await descriptionValue(notice, '接收单位').innerText()).toBe('1 个单位');
    await expect.poll(() => page.getByRole('button', { name: /发送会议通知/ }).count()).toBe(0);
    await expectAccessible(page, 'a noticed meeting’s page');
  });

  it('postpones a noticed meeting, notices it again in time, then cancels it, each with its reason', async () => {
    // Prepare
    expect(meetingUrl).not.toBe('');
    await page.goto(meetingUrl);
    await page.getByRole('heading', { name: title }).waitFor();

    // Act: 延期 by ten days
    const start = dayjs().add(10, 'day').hour(14).minute(30);
    await page.getByRole('button', { name: /延期/ }).click();
    await modal().getByLabel('新的开始时间', { exact: true }).waitFor();
    await expectAccessible(page, 'the postpone dialog');
    await fillDateTime(modal().getByLabel('新的开始时间', { exact: true }), start.format(PICKER_FORMAT));
    await fillDateTime(modal().getByLabel('新的结束时间', { exact: true }), start.add(90, 'minute').format(PICKER_FORMAT));
    await modal().getByLabel('原因', { exact: true }).fill('主要参会单位集中开展防汛工作');
    await modal().getByRole('button', { name: label('延期') }).click();

    // Assess: 已延期 with its reason; the earlier notice marked as such, and the notice to send again
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('meeting-status').innerText()).toBe('已延期');
    await page.getByText('会议已延期：主要参会单位集中开展防汛工作。请重新发送会议通知。').waitFor();
    await page.getByTestId('meeting-notice').getByText('以下是延期前发出的通知', { exact: false }).waitFor();
    await expectAccessible(page, 'a postponed meeting’s page');

    // Act: the notice again, ten days ahead: no reason asked
    await page.getByRole('button', { name: /发送会议通知/ }).first().click();
    await modal().getByText('会议通知将发送给 1 个参会单位。').waitFor();
    expect(await modal().getByLabel('补发原因', { exact: true }).count()).toBe(0);
    await modal().getByRole('button', { name: /发送会议通知/ }).click();

    // Assess: noticed in time, without a late reason
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('meeting-status').innerText()).toBe('已通知');
    const notice = page.getByTestId('meeting-notice');
    await expect.poll(() => descriptionValue(notice, '距开始').innerText()).toMatch(/^(9|10) 天$/);
    expect(await notice.getByText('补发原因', { exact: true }).count()).toBe(0);

    // Act: 取消会议, first without a reason
    await page.getByRole('button', { name: /取消会议/ }).click();
    await modal().getByLabel('原因', { exact: true }).waitFor();
    await modal().getByRole('button', { name: /取消会议/ }).click();
    await fieldError(page, '原因').getByText('请填写原因').waitFor();
    await modal().getByLabel('原因', { exact: true }).fill('上级通知另行安排');
    await modal().getByRole('button', { name: /取消会议/ }).click();

    // Assess: 已取消 with its reason, and nothing left to do with it
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('meeting-status').innerText()).toBe('已取消');
    await page.getByText('会议已取消：上级通知另行安排').waitFor();
    for (const action of [/发送会议通知/, /延期/, /取消会议/, /编辑/]) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }
  });

  it('个人受邀党员: invites a demo member in person through the form and shows them, with their unit, on the page', async () => {
    // Prepare: a draft meeting with no one invited
    const start = dayjs().add(20, 'day').hour(15).minute(0);
    const meeting = await createMeeting(baseUrl, {
      title: uniqueName('个人受邀测试会议'),
      kind: 'JOINT_MEETING',
      startsAt: start.toISOString(),
      endsAt: start.add(1, 'hour').toISOString(),
    });

    // Act: the demo member (local/seed.ts) searched by name in the form; a multiple select stays open after a choice
    await page.goto(`/meetings/${meeting.id}/edit`);
    const membersField = page.getByLabel('个人受邀党员', { exact: true });
    await membersField.click();
    await membersField.fill('张三');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '长安实验小学党支部' }).filter({ hasText: '张三' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-form-item', { has: membersField }).innerText()).toContain('张三');
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: on the meeting's page, below the (no) units, the member linked with their unit
    await page.waitForURL(`**/meetings/${meeting.id}`);
    const invitedMembers = page.getByTestId('invited-members');
    await invitedMembers.getByRole('link', { name: '张三' }).waitFor();
    expect(await invitedMembers.innerText()).toContain('长安实验小学党支部');
    await expectAccessible(page, 'a meeting’s page with a member invited in person');

    // And the form again names the member before any search
    await page.goto(`/meetings/${meeting.id}/edit`);
    await expect.poll(() => page.locator('.ant-form-item', { has: page.getByLabel('个人受邀党员', { exact: true }) }).innerText()).toContain('张三');
  });

  it('shows the cadence, with a kind overdue, and changes a kind’s rule', async () => {
    // Act
    await page.goto('/meetings/cadence');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(7);

    // Assess: some kind with a rule and no meeting held is 逾期
    await expect.poll(() => rows.filter({ hasText: '逾期' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the cadence page');

    // Act: 地区事务协调会 every 2 months
    const row = rows.filter({ hasText: '地区事务协调会' });
    await row.getByRole('button', { name: '编辑 地区事务协调会 的频次' }).click();
    await modal().getByLabel('每几个月召开一次', { exact: true }).fill('2');
    await expectAccessible(page, 'the cadence dialog');
    await modal().getByRole('button', { name: label('保存') }).click();

    // Assess: the rule, and the kind (never held) overdue
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe('每 2 个月');
    await expect.poll(() => row.locator('td').nth(4).innerText()).toBe('逾期');
  });

  it('日历: shows a month’s meetings in their days’ cells, linked to their pages, month by month', async () => {
    // Prepare: a meeting today at 08:30 (always this month)
    const start = dayjs().startOf('day').hour(8).minute(30);
    const meeting = await createMeeting(baseUrl, {
      title: uniqueName('日历测试会议'),
      kind: 'JOINT_MEETING',
      startsAt: start.toISOString(),
      endsAt: start.add(1, 'hour').toISOString(),
    });

    // Act: 日历 on the list
    await page.goto('/meetings');
    await page.getByText('日历', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'calendar');

    // Assess: this month, the meeting in today's cell by time and title
    const month = page.getByTestId('calendar-month');
    await expect.poll(() => month.innerText()).toBe(`${start.year()} 年 ${start.month() + 1} 月`);
    const entry = page.getByTestId(`calendar-day-${start.format('YYYY-MM-DD')}`).getByRole('link', { name: new RegExp(`^08:30 ${meeting.title}\\s?（草稿）$`) });
    await entry.waitFor();
    await expectAccessible(page, 'the meetings calendar');

    // Act: the next month, then back
    const next = start.add(1, 'month');
    await page.getByRole('button', { name: '下个月' }).click();
    await expect.poll(() => month.innerText()).toBe(`${next.year()} 年 ${next.month() + 1} 月`);
    expect(new URL(page.url()).searchParams.get('month')).toBe(next.format('YYYY-MM'));
    await page.getByTestId('calendar-count').waitFor();
    expect(await page.getByTestId('calendar-meeting').filter({ hasText: meeting.title }).count()).toBe(0);
    await page.getByRole('button', { name: '上个月' }).click();

    // Assess: the meeting again, and its link leads to its page
    await entry.click();
    await page.waitForURL(`**/meetings/${meeting.id}`);
    await page.getByRole('heading', { name: meeting.title }).waitFor();
  });

  it('订阅日历: generates the personal URL once, and a calendar app reads the region’s meetings from it', async () => {
    // Act
    await page.goto('/meetings');
    await page.getByTestId('calendar-feed-open').click();
    await modal().getByText('Outlook', { exact: false }).first().waitFor();
    await modal().getByTestId('calendar-feed-generate').click();

    // Assess: the URL, shown once with its warning; fetched without signing in, it lists the cancelled meeting as such
    const url = await modal().getByTestId('calendar-feed-url').innerText();
    expect(url).toMatch(new RegExp(`^${baseUrl}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await modal().getByText('任何拿到它的人都能看到其中的会议', { exact: false }).waitFor();
    await modal().getByTestId('calendar-feed-revoke').waitFor();
    const feed = (await (await fetch(url)).text()).replace(/\r\n[ \t]/g, '');
    const event = feed.split('BEGIN:VEVENT').find((e) => e.includes(`SUMMARY:${title}`));
    expect(event).toContain('STATUS:CANCELLED');
    expect(event).toContain(`URL:${baseUrl}${meetingUrl}`);
  });
});
