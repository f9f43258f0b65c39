import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIAISON_UNIT } from '../../local/seed';
import { expectAccessible } from './a11y';
import { accessToken, createMember, createUnit, findUnitByName, type CreatedMember, type CreatedUnit } from './api';
import { chooseOption, fieldError, graphqlRequest, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
/** A community of the seed (社区党委): the secretariat confirms its volunteers' hours here for it. */
const COMMUNITY = '春晖社区党委';
const YEAR = new Date().getFullYear();

const asAdmin = async <T,>(query: string, variables: Record<string, unknown>) =>
  graphqlRequest<T>(baseUrl, query, variables, await accessToken(baseUrl));

/** Today as the API's Date (the local stack's clock is the machine's). */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

describe('党员积分评议: evaluation grades, service hours confirmed into points, the rules and their recompute', () => {
  let browser: Browser;
  let page: Page;
  let unit: CreatedUnit;
  let members: CreatedMember[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    // A unit of its own, so that its grades and share start from nothing. Retired members: the seed's rule caps
    // only in-service members without a community report.
    unit = await createUnit(baseUrl, { name: uniqueName('评议测试党支部') });
    members = [];
    for (const name of ['艾青松', '白玉兰', '蔡文明']) members.push(await createMember(baseUrl, { name, unitId: unit.id, category: 'RETIRED' }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal:visible');
  const gradeSelect = (name: string) => page.getByLabel(`${name}的评议等次`, { exact: true });
  /** The grade a row's select shows (its placeholder 未评议 when none). */
  const shownGrade = (name: string) => page.locator('.ant-select', { has: gradeSelect(name) }).locator('.ant-select-content').innerText();
  const share = () => page.getByTestId('excellent-share').locator('.ant-statistic-content').innerText();
  const rowOf = (text: string): Locator => page.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });

  it('lets the secretariat grade a unit’s members in the grid: each grade kept, the 优秀 share updated, 不合格 only with a reason', async () => {
    const [a, b, c] = members as [CreatedMember, CreatedMember, CreatedMember];
    // Prepare: the grid of the new unit
    await page.goto(`/member-records/evaluation?unit=${unit.id}&year=${YEAR}`);
    await gradeSelect(a.name).waitFor();
    await expect.poll(share).toBe('—');
    await expectAccessible(page, 'the evaluation grid');

    // Act: 优秀 for the first, 合格 for the second (each saves on its own)
    await chooseOption(page, gradeSelect(a.name), /^优秀$/);
    await rowOf(a.name).getByLabel('已保存').waitFor();
    await chooseOption(page, gradeSelect(b.name), /^合格$/);
    await rowOf(b.name).getByLabel('已保存').waitFor();

    // Assess: one of two graded is 优秀
    await expect.poll(share).toBe('50%');

    // Act: a comment beside the first, saved on leaving the field (Tab, as a clerk goes on)
    const comment = page.getByLabel(`${a.name}的评语`, { exact: true });
    await comment.fill('带头参加社区志愿服务');
    await comment.press('Tab');

    // Act: 不合格 asks for the reason; without one it is refused with the message, and nothing is saved
    await chooseOption(page, gradeSelect(c.name), /^不合格$/);
    await modal().getByText('评为不合格须写明理由', { exact: false }).waitFor();
    await expectAccessible(page, 'the 不合格 reason dialog');
    await modal().getByRole('button', { name: /评为不合格/ }).click();
    await fieldError(page, '不合格理由').getByText('请填写评为不合格的理由').waitFor();
    await modal().getByRole('button', { name: label('取消') }).click();
    await modal().waitFor({ state: 'hidden' });
    expect(await shownGrade(c.name)).toBe('未评议');

    // Act: now with a reason
    await chooseOption(page, gradeSelect(c.name), /^不合格$/);
    await modal().getByLabel('不合格理由', { exact: true }).fill('连续六个月不参加组织生活');
    await modal().getByRole('button', { name: /评为不合格/ }).click();
    await modal().waitFor({ state: 'hidden' });
    await rowOf(c.name).getByText('不合格理由：连续六个月不参加组织生活').waitFor();
    await expect.poll(share).toBe('33.3%');

    // Assess: after a reload every grade and the comment are still there
    await page.reload();
    await gradeSelect(a.name).waitFor();
    await expect.poll(() => shownGrade(a.name)).toBe('优秀');
    await expect.poll(() => shownGrade(b.name)).toBe('合格');
    await expect.poll(() => shownGrade(c.name)).toBe('不合格');
    expect(await page.getByLabel(`${a.name}的评语`, { exact: true }).inputValue()).toBe('带头参加社区志愿服务');
    await expect.poll(share).toBe('33.3%');
  });

  it('lets a community’s pending service be confirmed, and the member’s points page shows the hours and points', async () => {
    // Prepare: a member of the new unit served 3.5 hours in 春晖社区 (filed through the API: pending)
    const member = members[0]!;
    const community = await findUnitByName(baseUrl, COMMUNITY);
    await asAdmin(
      `mutation ($input: LogServiceHoursInput!) { logServiceHours(input: $input) { id status } }`,
      { input: { memberId: member.id, communityUnitId: community.id, servedOn: today(), hours: 3.5, description: '协助社区开展消防安全宣传' } },
    );
    const { engagementRules: rules } = await asAdmin<{ engagementRules: { pointsPerServiceHour: number } }>(
      `query ($year: Int!) { engagementRules(year: $year) { pointsPerServiceHour } }`,
      { year: YEAR },
    );
    const before = await asAdmin<{ memberPoints: { points: number } }>(
      `query ($id: ID!, $year: Int!) { memberPoints(memberId: $id, year: $year) { points } }`,
      { id: member.id, year: YEAR },
    );

    // Act: the community's inbox (待确认), the record confirmed
    await page.goto(`/member-records/service?community=${community.id}`);
    const row = rowOf(member.name);
    await row.waitFor();
    expect(await row.innerText()).toContain('协助社区开展消防安全宣传');
    await expectAccessible(page, 'the service hours inbox');
    await row.getByRole('button', { name: `确认${member.name} ${today()} 的服务` }).click();

    // Assess: gone from the inbox; 已确认 under every status
    await expect.poll(() => row.count()).toBe(0);
    await chooseOption(page, page.getByLabel('状态', { exact: true }), '全部状态');
    await expect.poll(() => rowOf(member.name).getByTestId('service-status').innerText()).toBe('已确认');

    // Act: the 登记服务 form opens (checked for access, then closed)
    await page.getByRole('button', { name: /登记服务/ }).click();
    await modal().getByLabel('党员', { exact: true }).waitFor();
    await expectAccessible(page, 'the 登记服务 form');
    await modal().getByRole('button', { name: label('取消') }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess: the member's points page — 3.5 hours, the points at the year's rate, the ledger line
    await page.goto(`/member-records/points?member=${member.id}&year=${YEAR}`);
    await expect.poll(() => page.getByTestId('member-service-hours').innerText()).toContain('3.5');
    const expected = Math.round((before.memberPoints.points + 3.5 * rules.pointsPerServiceHour) * 10) / 10;
    await expect.poll(() => page.getByTestId('member-points').innerText()).toContain(String(expected));
    await rowOf('志愿服务').first().waitFor();
    await expectAccessible(page, 'a member’s points');

    // Act: 加减分 — a deduction without a reason is refused at the field, then made with one
    await page.getByRole('button', { name: /加减分/ }).click();
    await modal().getByLabel('分值', { exact: true }).fill('-1');
    await modal().getByRole('button', { name: label('保存') }).click();
    await fieldError(page, '事由').getByText('请填写加减分事由').waitFor();
    await modal().getByLabel('事由', { exact: true }).fill('未按时交纳党费');
    await modal().getByRole('button', { name: label('保存') }).click();
    await modal().waitFor({ state: 'hidden' });
    await rowOf('未按时交纳党费').waitFor();
    await expect.poll(() => page.getByTestId('member-points').innerText()).toContain(String(Math.round((expected - 1) * 10) / 10));
  });

  it('saves a year’s rules with their version and recomputes the points step by step until done', async () => {
    // Next year: its rules start as the defaults, and changing them moves no one else's points of this year.
    const year = YEAR + 1;
    await page.goto(`/member-records/rules?year=${year}`);
    const perMeeting = page.getByLabel('参加会议', { exact: true });
    await perMeeting.waitFor();
    await expectAccessible(page, 'the points rules');

    // Act: a star threshold not above the one below is refused before sending
    const third = page.getByLabel('3 星', { exact: true });
    await third.fill('30');
    await page.getByRole('button', { name: label('保存') }).click();
    await fieldError(page, '3 星').getByText('须大于上一级').waitFor();
    await third.fill('65');
    await perMeeting.fill('3');
    await page.getByRole('switch', { name: '未报到不得评为合格以上' }).click();
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: saved as a version; a reload reads it back
    await page.getByText(/^第 \d+ 版，/).waitFor();
    await page.reload();
    await perMeeting.waitFor();
    await expect.poll(() => perMeeting.inputValue()).toMatch(/^3(\.0)?$/);
    expect(await page.getByLabel('3 星', { exact: true }).inputValue()).toBe('65');

    // Act: 重新计算积分
    await page.getByRole('button', { name: /重新计算积分/ }).click();

    // Assess: it walks the members to the end
    await expect.poll(() => page.getByTestId('recompute-status').innerText(), { timeout: 30_000 }).toMatch(/^计算完成：共处理 \d+ 名党员，更正 \d+ 条$/);
    await expectAccessible(page, 'the points rules after a recompute');
  });

  it('shows a liaison its own unit’s grid and training, and no rules', async () => {
    const liaison = await openPage(browser, baseUrl);
    try {
      const lp = liaison.page;
      await signIn(lp, 'liaison');
      await lp.goto(`/member-records/training?year=${YEAR}`);
      // Its menu: the group with the four pages a liaison has (积分规则 is the secretariat's)
      const menu = lp.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');
      await expect.poll(() => menu.allInnerTexts()).toEqual(LIAISON_MENU);
      await expect.poll(() => lp.getByTestId('records-unit').innerText()).toBe(DEMO_LIAISON_UNIT);
      await lp.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      await expectAccessible(lp, 'the training page, as a liaison');
      // Those short of their minimum as .xlsx: every name in it is short (差额 > 0), none met.
      await lp.locator('#training-only-short').click();
      const [download] = await Promise.all([lp.waitForEvent('download'), lp.getByRole('button', { name: '导出未达标名单' }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${DEMO_LIAISON_UNIT}${YEAR}年度培训学时-.*\\.xlsx$`));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(3).values as unknown[]).slice(1);
      expect(header).toEqual(['序号', '姓名', '职务', '应学学时', '已学学时', '差额', '是否达标']);
      const rows = Array.from({ length: sheet.rowCount - 3 }, (_, i) => (sheet.getRow(i + 4).values as unknown[]).slice(1));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => Number(row[5]) > 0 && row[6] === '未达标')).toBe(true);
      await lp.goto(`/member-records/evaluation?year=${YEAR}`);
      await expect.poll(() => lp.getByTestId('records-unit').innerText()).toBe(DEMO_LIAISON_UNIT);
      await lp.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      await lp.goto('/member-records/rules');
      await lp.getByText('无权访问', { exact: false }).first().waitFor();
    } finally {
      await liaison.context.close();
    }
  });
});
