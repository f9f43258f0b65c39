import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIAISON_UNIT } from '../../local/seed';
import { expectAccessible } from './a11y';
import { claimResource, createResource, findUnitByName, type CreatedResource } from './api';
import { chooseOption, fieldError, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

/** The demo liaison's unit is paired (结对) with 春晖社区 in the seed: it may claim that community's projects first. */
const COMMUNITY = '春晖社区党委';
/** Another unit paired with 春晖社区, offering the resources of these tests. */
const OFFERING_UNIT = '区住房和城乡建设局党总支';

describe('Three lists: a need matched into a project, approved, claimed in the 认领大厅; a claim beyond what is left refused', () => {
  let browser: Browser;
  let page: Page;
  let resource: CreatedResource;
  let spare: CreatedResource;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    const offering = await findUnitByName(baseUrl, OFFERING_UNIT);
    [resource, spare] = await Promise.all([
      createResource(baseUrl, { unitId: offering.id, title: uniqueName('党员志愿者陪诊服务'), type: 'TALENT', quantity: 5, quantityUnit: '名' }),
      createResource(baseUrl, { unitId: offering.id, title: uniqueName('社区活动室'), type: 'VENUE', quantity: 3, quantityUnit: '间' }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = (p: Page = page) => p.locator('.ant-modal:visible');
  const row = (p: Page, text: string) => p.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });

  let projectUrl = '';
  const needTitle = uniqueName('独居老人就医陪诊');

  it('lets the secretariat record a need, match it with a paired unit’s resource into a project, and approve it; the liaison claims it', async () => {
    // Prepare: 需求清单, then the need form
    await page.goto('/lists/needs');
    await page.getByRole('button', { name: /登记需求/ }).waitFor();
    await page.getByTestId('lists-count').waitFor();
    await expectAccessible(page, 'the needs list');
    await page.getByRole('button', { name: /登记需求/ }).click();
    await page.waitForURL('**/lists/needs/new**');
    await page.getByLabel('需求名称', { exact: true }).waitFor();
    await expectAccessible(page, 'the need form');

    // Act: a 养老 need of 春晖社区
    await page.getByLabel('需求名称', { exact: true }).fill(needTitle);
    await chooseOption(page, page.getByLabel('类别', { exact: true }), /^养老$/);
    await chooseOption(page, page.getByLabel('征集社区', { exact: true }), COMMUNITY, '春晖');
    await page.getByLabel('提出人', { exact: true }).fill('春晖1号网格');
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the need's page, 已征集
    await page.getByRole('heading', { name: needTitle }).waitFor();
    await expect.poll(() => page.getByTestId('need-status').innerText()).toBe('已征集');
    await expectAccessible(page, 'a need’s page');

    // Act: 对接 — the resource of a paired unit is suggested, marked 结对; use 2 of its 5
    await page.getByRole('button', { name: label('对接') }).click();
    await page.waitForURL(/\/lists\/needs\/[^/]+\/match$/);
    const suggestion = row(page, resource.title);
    await suggestion.waitFor();
    expect(await suggestion.innerText()).toContain('结对');
    await expectAccessible(page, 'the 对接 page');
    await suggestion.getByRole('button', { name: label('选用') }).click();
    const quantity = page.getByLabel(`${resource.title} 的使用数量`, { exact: true });
    await quantity.fill('6');
    await page.getByRole('button', { name: /创建项目/ }).click();
    // More than is left is refused at the field, before anything is sent
    await fieldError(page, `${resource.title} 的使用数量`).getByText('不能超过剩余数量 5 名').waitFor();
    await quantity.fill('2');
    await page.getByLabel('预算', { exact: true }).fill('6000');
    await page.getByLabel('志愿服务名额', { exact: true }).fill('4');
    await expectAccessible(page, 'the 对接 page with a resource picked');
    await page.getByRole('button', { name: /创建项目/ }).click();

    // Assess: the project's page, 申报, with the need and the resource's quantity
    await page.waitForURL(/\/lists\/projects\/[^/]+$/);
    projectUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: needTitle }).waitFor();
    await expect.poll(() => page.getByTestId('project-status').first().innerText()).toBe('申报');
    await page.getByTestId('project-needs').getByRole('link', { name: needTitle }).waitFor();
    await expect.poll(() => row(page, resource.title).innerText()).toContain('2 名');
    await expectAccessible(page, 'a submitted project’s page');

    // Act: 核准
    await page.getByRole('button', { name: label('核准') }).click();
    await modal().getByText('核准后项目进入认领大厅', { exact: false }).waitFor();
    await expectAccessible(page, 'the 核准 dialog');
    await modal().getByRole('button', { name: label('核准') }).click();

    // Assess: 核准, paired units first
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('project-status').first().innerText()).toBe('核准');
    await page.getByText(/^结对单位优先认领至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}，之后向全体单位开放。$/).waitFor();
    expect(await page.locator('.history-action').allInnerTexts()).toEqual(['申报', '核准']);

    // Act: the liaison, in its own tab, claims it in the 认领大厅
    const liaison = await openPage(browser, baseUrl);
    try {
      const lp = liaison.page;
      await signIn(lp, 'liaison');
      await lp.goto('/lists/hall');
      // The liaison's menu: its unit, its members, and the lists (no 清单设置: the secretariat's)
      const menu = lp.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');
      await expect.poll(() => menu.allInnerTexts()).toEqual(LIAISON_MENU);
      const hallRow = row(lp, needTitle);
      await hallRow.waitFor();
      await expectAccessible(lp, 'the 认领大厅');
      await hallRow.getByRole('button', { name: label('认领') }).click();
      await expect.poll(() => modal(lp).getByTestId('claim-unit').innerText()).toBe(DEMO_LIAISON_UNIT);
      await expectAccessible(lp, 'the claim dialog');
      await modal(lp).getByRole('button', { name: label('认领') }).click();
      await modal(lp).waitFor({ state: 'hidden' });

      // Assess: gone from the hall (claimed solo), and on the project's page the liaison's unit is responsible
      await expect.poll(() => hallRow.count()).toBe(0);
      await lp.goto(projectUrl);
      await lp.getByRole('heading', { name: needTitle }).waitFor();
      await expect.poll(() => lp.getByTestId('project-lead').innerText()).toBe(DEMO_LIAISON_UNIT);
      const claimRow = lp.getByTestId('claims-units').locator('tr.ant-table-row', { hasText: DEMO_LIAISON_UNIT });
      expect(await claimRow.innerText()).toContain('独立认领');
      expect(await lp.getByTestId('project-slots').innerText()).toBe('已认领 0 / 共 4');
      await claimRow.getByRole('button', { name: label('撤回') }).waitFor();
      await expectAccessible(lp, 'a claimed project’s page, as the liaison');

      // And a school's liaison reads the needs but files none; it offers its own unit's resources
      await lp.goto('/lists/needs');
      await lp.getByTestId('lists-count').waitFor();
      expect(await lp.getByRole('button', { name: /登记需求/ }).count()).toBe(0);
      await lp.goto('/lists/resources/new');
      await expect.poll(() => lp.getByTestId('resource-unit').innerText()).toBe(DEMO_LIAISON_UNIT);
    } finally {
      await liaison.context.close();
    }
  });

  it('refuses a resource quantity beyond what is left, at the 数量 field, also when someone took some meanwhile', async () => {
    // Prepare: the claimed project's page, 添加资源 with the spare room (3 间)
    expect(projectUrl).not.toBe('');
    const projectId = projectUrl.split('/').at(-1)!;
    await page.goto(projectUrl);
    await page.getByRole('heading', { name: needTitle }).waitFor();
    await expect.poll(() => page.getByTestId('project-lead').innerText()).toBe(DEMO_LIAISON_UNIT);
    await page.getByRole('button', { name: /添加资源/ }).click();
    await chooseOption(page, modal().getByLabel('资源', { exact: true }), spare.title, spare.title);
    await modal().getByText('剩余 3 间', { exact: true }).waitFor();
    await expectAccessible(page, 'the 添加资源 dialog');

    // Act: 4 of 3
    const quantity = modal().getByLabel('数量', { exact: true });
    await quantity.fill('4');
    await modal().getByRole('button', { name: label('添加') }).click();

    // Assess: refused here
    await fieldError(page, '数量').getByText('不能超过剩余数量 3 间').waitFor();

    // Act: 3 — but another project took 2 meanwhile
    await claimResource(baseUrl, { resourceId: spare.id, projectId, quantity: 2 });
    await quantity.fill('3');
    await modal().getByRole('button', { name: label('添加') }).click();

    // Assess: the server's refusal at the field, nothing added
    await fieldError(page, '数量').getByText(`资源“${spare.title}”仅剩 1间`).waitFor();
    await expectAccessible(page, 'the 添加资源 dialog with the server’s refusal');

    // Act: the 1 left
    await quantity.fill('1');
    await expect.poll(() => fieldError(page, '数量').count()).toBe(0);
    await modal().getByRole('button', { name: label('添加') }).click();

    // Assess: the project holds 2 + 1 of the room, and it is used up
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => row(page, spare.title).allInnerTexts()).toHaveLength(2);
    const quantities = (await row(page, spare.title).allInnerTexts()).map((text) => /(\d+) 间/.exec(text)?.[1]).sort();
    expect(quantities).toEqual(['1', '2']);
    await page.goto(`/lists/resources?status=USED_UP`);
    await row(page, spare.title).waitFor();
    await expectAccessible(page, 'the resources list');
  });
  it('shows the overview, the project list, the resource form and the 认领大厅 as the secretariat, accessibly, also in English', async () => {
    // 清单概况: the year's figures, each a link to its list
    await page.goto('/lists/overview');
    await page.getByRole('link', { name: '查看逾期项目' }).waitFor();
    await expectAccessible(page, 'the lists overview');
    await page.getByRole('link', { name: /^核准 \d+$/ }).click();
    await page.waitForURL((url) => url.pathname === '/lists/projects' && url.searchParams.get('status') === 'APPROVED');

    // The project list: the claimed project with its lead unit
    expect(projectUrl).not.toBe('');
    await page.goto('/lists/projects?status=APPROVED');
    const projectRow = row(page, needTitle);
    await projectRow.waitFor();
    expect(await projectRow.innerText()).toContain(DEMO_LIAISON_UNIT);
    await expectAccessible(page, 'the project list');
    // 导出公示表: the filtered list as .xlsx
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出公示表/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    // 导入需求: the dialog with its template
    await page.goto('/lists/needs');
    await page.getByRole('button', { name: /导入需求/ }).click();
    await modal().getByRole('button', { name: /下载导入模板/ }).waitFor();
    await expectAccessible(page, 'the needs import dialog');
    const template = page.waitForEvent('download');
    await modal().getByRole('button', { name: /下载导入模板/ }).click();
    expect((await template).suggestedFilename()).toMatch(/\.xlsx$/);
    await modal().getByRole('button', { name: label('取消') }).click();
    await modal().waitFor({ state: 'hidden' });

    // The resource form, with the quantity unit offered
    await page.goto('/lists/resources');
    await page.getByRole('button', { name: /登记资源/ }).click();
    await page.getByLabel('资源名称', { exact: true }).waitFor();
    await page.getByRole('button', { name: label('保存') }).click();
    await fieldError(page, '资源名称').getByText('请填写资源名称').waitFor();
    await expectAccessible(page, 'the resource form');

    // The hall as the secretariat: the claim dialog asks for the unit
    await page.goto('/lists/hall');
    // (the seed's 四点半课堂 waits there unclaimed)
    const hallRow = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await hallRow.waitFor();
    await hallRow.getByRole('button', { name: label('认领') }).click();
    await modal().getByLabel('认领单位', { exact: true }).waitFor();
    await expectAccessible(page, 'the claim dialog, as the secretariat');
    await modal().getByRole('button', { name: label('取消') }).click();
    await modal().waitFor({ state: 'hidden' });

    // The project's page in English, and back
    await page.goto(projectUrl);
    await page.getByRole('heading', { name: needTitle }).waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Responsible units', { exact: true }).waitFor();
    expect(await page.getByTestId('project-status').first().innerText()).toBe('Approved');
    await expectAccessible(page, 'a project’s page in English');
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('责任单位', { exact: true }).waitFor();
  });
  it('carries the claimed project through 实施 with a progress report to 验收, and its need is then 已解决', async () => {
    // Prepare
    expect(projectUrl).not.toBe('');
    await page.goto(projectUrl);
    await page.getByRole('heading', { name: needTitle }).waitFor();

    // Act: 开始实施
    await page.getByRole('button', { name: /开始实施/ }).click();
    await modal().getByRole('button', { name: /开始实施/ }).click();
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('project-status').first().innerText()).toBe('实施');
    // Claims can no longer be withdrawn
    await expect.poll(() => page.getByTestId('claims-units').getByRole('button', { name: label('撤回') }).count()).toBe(0);

    // Act: 报告进展
    const note = '已陪同 3 位独居老人到市第三人民医院复诊。';
    await page.getByRole('button', { name: /报告进展/ }).click();
    await modal().getByLabel('进展情况', { exact: true }).fill(note);
    await expectAccessible(page, 'the progress dialog');
    await modal().getByRole('button', { name: label('提交') }).click();
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.progress-note').allInnerTexts()).toEqual([note]);

    // Act: 验收, first without the 验收意见
    await page.getByRole('button', { name: label('验收') }).click();
    await modal().getByRole('button', { name: label('验收') }).click();
    await fieldError(page, '验收意见').getByText('请填写验收意见').waitFor();
    await modal().getByLabel('验收意见', { exact: true }).fill('服务到位，居民满意，同意验收。');
    await modal().getByRole('button', { name: label('验收') }).click();

    // Assess: 验收 with its note; the history of moves; the need met
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('project-status').first().innerText()).toBe('验收');
    await page.getByText(/验收意见：服务到位，居民满意，同意验收。/).waitFor();
    expect(await page.locator('.history-action').allInnerTexts()).toEqual(['申报', '核准', '实施', '验收']);
    await expect.poll(() => page.getByTestId('project-needs').getByTestId('need-status').innerText()).toBe('已解决');
    await expectAccessible(page, 'an accepted project’s page');

    // And 清单设置 opens for the secretariat
    await page.goto('/lists/settings');
    await page.getByLabel('结对优先认领天数', { exact: true }).waitFor();
    await expectAccessible(page, 'the list settings');
  });
});
