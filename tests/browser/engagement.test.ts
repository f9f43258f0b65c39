import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIAISON_UNIT } from '../../local/seed';
import { expectAccessible } from './a11y';
import { accessToken, createMember, findUnitByName, type CreatedMember, type CreatedUnit } from './api';
import { chooseOption, fieldError, graphqlRequest, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

/** The community of these tests (seeded with reports and posts). */
const COMMUNITY = '春晖社区党委';

const asAdmin = async <T>(query: string, variables: Record<string, unknown>) => graphqlRequest<T>(baseUrl, query, variables, await accessToken(baseUrl));

/** A member of `unitId` reports to `communityId` through the API (as the secretariat files it): PENDING. */
async function reportOf(member: CreatedMember, communityId: string) {
  const data = await asAdmin<{ reportToCommunity: { id: string } }>(
    'mutation ($input: ReportToCommunityInput!) { reportToCommunity(input: $input) { id } }',
    { input: { memberId: member.id, communityUnitId: communityId, note: '周末可参加志愿服务' } },
  );
  return data.reportToCommunity;
}

/** The names in a downloaded export, below its title, date line and header (column B, after 序号). */
async function namesIn(download: Download): Promise<{ header: unknown[]; names: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const names: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 3) names.push(row.getCell(2).text);
  });
  return { header: (sheet.getRow(3).values as unknown[]).slice(1), names };
}

describe('Member engagement: the community inbox, posts and 认岗, a unit’s view with its Excel export', () => {
  let browser: Browser;
  let page: Page;
  let community: CreatedUnit;
  let school: CreatedUnit;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    [community, school] = await Promise.all([findUnitByName(baseUrl, COMMUNITY), findUnitByName(baseUrl, DEMO_LIAISON_UNIT)]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = (p: Page = page) => p.locator('.ant-modal:visible');
  const row = (p: Page, text: string) => p.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });

  it('confirms a pending report in the community’s inbox (it leaves the pending list) and ends it; declining and ending need a reason, said at its field', async () => {
    // Prepare: two of the school's members report to the community
    const [toConfirm, toDecline] = await Promise.all([
      createMember(baseUrl, { name: uniqueName('报到确认'), unitId: school.id }),
      createMember(baseUrl, { name: uniqueName('报到退回'), unitId: school.id }),
    ]);
    await reportOf(toConfirm, community.id);
    await reportOf(toDecline, community.id);

    // Act: 报到确认, the community picked as the secretariat does
    await page.goto('/engagement/inbox');
    await page.getByText('请先选择一个村或社区。').waitFor();
    await chooseOption(page, page.getByLabel('社区', { exact: true }), COMMUNITY, '春晖');
    await page.waitForURL((url) => url.searchParams.get('community') === community.id);

    // Assess: both pending, with their unit and note
    const pending = row(page, toConfirm.name);
    await pending.waitFor();
    expect(await pending.innerText()).toContain(DEMO_LIAISON_UNIT);
    expect(await pending.innerText()).toContain('周末可参加志愿服务');
    await row(page, toDecline.name).waitFor();
    await expectAccessible(page, 'the community inbox');

    // Act: 确认
    await pending.getByRole('button', { name: label('确认') }).click();

    // Assess: gone from 待确认, listed under 已报到
    await expect.poll(() => row(page, toConfirm.name).count()).toBe(0);
    await chooseOption(page, page.getByLabel('状态', { exact: true }), /^已报到$/);
    await page.waitForURL((url) => url.searchParams.get('status') === 'CONFIRMED');
    const confirmed = row(page, toConfirm.name);
    await confirmed.waitFor();
    expect(await confirmed.getByTestId('report-status').innerText()).toBe('已报到');

    // Act: 结束 the confirmed report — first without a reason, then with one
    await confirmed.getByRole('button', { name: label('结束') }).click();
    await modal().getByLabel('结束原因', { exact: true }).waitFor();
    await modal().getByRole('button', { name: label('结束') }).click();
    await fieldError(page, '结束原因').getByText('结束原因不能为空').waitFor();
    await modal().getByLabel('结束原因', { exact: true }).fill('已搬离本社区');
    await modal().getByRole('button', { name: label('结束') }).click();

    // Assess: no longer 已报到; 已结束 with its reason
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => row(page, toConfirm.name).count()).toBe(0);
    await page.goto(`/engagement/inbox?community=${community.id}&status=ENDED`);
    const ended = row(page, toConfirm.name);
    await ended.waitFor();
    expect(await ended.innerText()).toContain('已搬离本社区');

    // Act: 不通过 without a reason
    await page.goto(`/engagement/inbox?community=${community.id}`);
    await row(page, toDecline.name).getByRole('button', { name: '不通过' }).click();
    await modal().getByLabel('不通过原因', { exact: true }).waitFor();
    await modal().getByRole('button', { name: '不通过' }).click();

    // Assess: the API's refusal at the reason; still pending
    await fieldError(page, '不通过原因').getByText('请填写不通过的原因').waitFor();
    await expectAccessible(page, 'the decline dialog with the server’s field error');

    // Act: with the reason
    await modal().getByLabel('不通过原因', { exact: true }).fill('经核实不在本社区居住');
    await expect.poll(() => fieldError(page, '不通过原因').count()).toBe(0);
    await modal().getByRole('button', { name: '不通过' }).click();

    // Assess: gone from 待确认, 未通过 with its reason
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => row(page, toDecline.name).count()).toBe(0);
    await page.goto(`/engagement/inbox?community=${community.id}&status=DECLINED`);
    const declined = row(page, toDecline.name);
    await declined.waitFor();
    expect(await declined.innerText()).toContain('经核实不在本社区居住');
  });

  it('creates a post of one place; refuses to put a member on it when full, saying 已满 in the dialog; once the holder leaves, the member takes it', async () => {
    // Prepare: a post of one place, taken by a resident; another resident to put on it
    const [holder, next] = await Promise.all([
      createMember(baseUrl, { name: uniqueName('认岗住户'), unitId: school.id, communityId: community.id }),
      createMember(baseUrl, { name: uniqueName('认岗候补'), unitId: school.id, communityId: community.id }),
    ]);
    const title = uniqueName('垃圾分类督导岗');

    // Act: 岗位 → 新增岗位, a post of one place (the name is checked before sending)
    await page.goto(`/engagement/posts?community=${community.id}`);
    await page.getByRole('button', { name: /新增岗位/ }).click();
    await modal().getByLabel('岗位名称', { exact: true }).waitFor();
    await modal().getByRole('button', { name: label('保存') }).click();
    await fieldError(page, '岗位名称').getByText('请填写岗位名称').waitFor();
    await expectAccessible(page, 'the post form');
    await modal().getByLabel('岗位名称', { exact: true }).fill(title);
    await modal().getByLabel('岗位职责', { exact: true }).fill('早晚高峰在投放点值守');
    await modal().getByLabel('岗位人数', { exact: true }).fill('1');
    await modal().getByRole('button', { name: label('保存') }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess: listed, open, no holder yet; a resident takes it (through the API)
    const postRow = row(page, title);
    await postRow.waitFor();
    expect(await postRow.getByTestId('post-holders').innerText()).toBe('0/1');
    const postId = new URL(await postRow.getByRole('link', { name: title }).getAttribute('href') ?? '', baseUrl).pathname.split('/').at(-1)!;
    await asAdmin('mutation ($p: ID!, $m: ID) { claimPost(postId: $p, memberId: $m) { memberId } }', { p: postId, m: holder.id });
    const post = { id: postId };
    await page.reload();
    await postRow.waitFor();
    expect(await postRow.getByTestId('post-holders').innerText()).toBe('1/1');
    expect(await postRow.innerText()).toContain('已满');
    await expectAccessible(page, 'the posts list');
    await postRow.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/engagement/posts/${post.id}`);
    await row(page, holder.name).waitFor();
    await expectAccessible(page, 'a post’s page');

    // Act: 认岗 for the other resident
    await page.getByRole('button', { name: /认\s?岗/ }).click();
    await chooseOption(page, modal().getByLabel('党员', { exact: true }), next.name, next.name);
    await expectAccessible(page, 'the 认岗 dialog');
    await modal().getByRole('button', { name: label('认岗') }).click();

    // Assess: the API's refusal, plainly in the dialog; nobody added
    await modal().getByRole('alert').getByText(`岗位“${title}”已满（1 人）`).waitFor();
    await expectAccessible(page, 'the 认岗 dialog refused');
    await modal().getByRole('button', { name: label('取消') }).click();
    await modal().waitFor({ state: 'hidden' });
    expect(await row(page, next.name).count()).toBe(0);

    // Act: the holder leaves (离岗), then 认岗 again
    await row(page, holder.name).getByRole('button', { name: label('离岗') }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: label('离岗') }).click();
    await expect.poll(() => row(page, holder.name).count()).toBe(0);
    await page.getByRole('button', { name: /认\s?岗/ }).click();
    await chooseOption(page, modal().getByLabel('党员', { exact: true }), next.name, next.name);
    await modal().getByRole('button', { name: label('认岗') }).click();

    // Assess: the other resident holds it
    await modal().waitFor({ state: 'hidden' });
    await row(page, next.name).waitFor();
    await expect.poll(() => page.getByTestId('post-holders').innerText()).toBe('1/1');
  });

  it('shows the liaison its unit’s members’ reports, also in English, and exports them to Excel; its unit is no community, so no inbox', async () => {
    // Prepare: a member of the liaison's unit reports to the community
    const member = await createMember(baseUrl, { name: uniqueName('报到导出'), unitId: school.id });
    await reportOf(member, community.id);
    const liaison = await openPage(browser, baseUrl);
    try {
      const lp = liaison.page;
      await signIn(lp, 'liaison');

      // Act: 本单位党员报到情况 from the menu
      await lp.getByRole('menuitem', { name: /本单位党员报到情况/ }).click();
      await lp.waitForURL('**/engagement/unit-reports');

      // Assess: its own unit, its member's report to the community, 待确认
      const menu = lp.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');
      await expect.poll(() => menu.allInnerTexts()).toEqual(LIAISON_MENU);
      await expect.poll(() => lp.getByTestId('engagement-scope').innerText()).toBe(DEMO_LIAISON_UNIT);
      const reported = row(lp, member.name);
      await reported.waitFor();
      expect(await reported.innerText()).toContain(COMMUNITY);
      expect(await reported.getByTestId('report-status').innerText()).toBe('待确认');
      await expectAccessible(lp, 'the unit’s reports, as its liaison');

      // Act: 导出 Excel
      const [download] = await Promise.all([lp.waitForEvent('download'), lp.getByRole('button', { name: /导出 Excel/ }).click()]);

      // Assess: the file, its header and the reports the page lists
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${DEMO_LIAISON_UNIT}党员报到情况-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
      const { header, names } = await namesIn(download);
      expect(header).toEqual(['序号', '姓名', '所在单位', '报到社区', '状态', '报到时间', '确认时间', '认领岗位数', '报到说明']);
      expect(names).toContain(member.name);
      const shown = await lp.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();
      expect(names.slice(0, shown.length)).toEqual(shown);

      // The page in English, and back
      await lp.getByText('English', { exact: true }).click();
      await lp.getByText('Our members’ reports to communities', { exact: true }).waitFor();
      expect(await row(lp, member.name).getByTestId('report-status').innerText()).toBe('Pending');
      await expectAccessible(lp, 'the unit’s reports in English');
      await lp.getByText('中文', { exact: true }).click();
      await lp.getByText('本单位党员报到情况', { exact: true }).first().waitFor();

      // And the community pages say they are for communities
      await lp.goto('/engagement/inbox');
      await lp.getByText(/本页面供村（社区）党组织使用/).waitFor();
      await expectAccessible(lp, 'the inbox, as a school’s liaison');
    } finally {
      await liaison.context.close();
    }
  });
});
