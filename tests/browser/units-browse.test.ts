import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { createUnit, findUnitByName } from './api';
import { chooseOption, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const ROOT = '长安街道党工委';

describe('Units: table, filters, tree, language', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
  const firstName = () => rows().first().locator('td').first().innerText();
  const hostKindCells = () => rows().locator('td:nth-child(2)').allInnerTexts();

  it('loads the seeded units and pages forward and back', async () => {
    // Prepare / Act
    await page.goto('/units');
    const total = page.getByText(/本区域共 \d+ 个成员单位/);
    await total.waitFor();

    // Assess
    expect(Number((await total.innerText()).match(/\d+/)![0])).toBeGreaterThanOrEqual(30);
    await expect.poll(() => rows().count()).toBe(20);
    await expectAccessible(page, '/units');
    const onPageOne = await firstName();

    await page.getByRole('button', { name: /下一页/ }).click();
    await page.getByText('第 2 页').waitFor();
    await expect.poll(firstName).not.toBe(onPageOne);
    expect(await rows().count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: /上一页/ }).click();
    await page.getByText('第 1 页').waitFor();
    await expect.poll(firstName).toBe(onPageOne);
  });

  it('narrows the rows with a host-kind filter and a name prefix', async () => {
    const prefix = uniqueName('筛选');
    await createUnit(baseUrl, { name: `${prefix}学校党支部`, hostKind: 'SCHOOL' });
    await createUnit(baseUrl, { name: `${prefix}企业党支部`, hostKind: 'ENTERPRISE' });
    await page.goto('/units');
    await expect.poll(() => rows().count()).toBe(20);
    await page.getByRole('combobox', { name: '组织层级' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await expectAccessible(page, '/units with a filter open');
    await page.keyboard.press('Escape');

    await chooseOption(page, page.getByRole('combobox', { name: '单位类别' }), /^学校$/);
    await page.waitForURL(/hostKind=SCHOOL/);
    await expect.poll(hostKindCells).toEqual(expect.arrayContaining(['学校']));
    await expect.poll(async () => new Set(await hostKindCells())).toEqual(new Set(['学校']));

    const search = page.getByLabel('按单位名称开头搜索');
    await search.fill(prefix);
    await search.press('Enter');
    await expect.poll(() => rows().locator('td:first-child').allInnerTexts()).toEqual([`${prefix}学校党支部`]);
    await expectAccessible(page, '/units filtered');
  });

  it('counts the matches of a filter only when they fit on one page, and never passes the region’s figure off as them', async () => {
    // Prepare: 21 units sharing a name prefix, one more than a page (under a parent: the tree's first page of
    // roots stays as it was)
    const prefix = uniqueName('计数');
    const parent = await createUnit(baseUrl, { name: uniqueName('计数上级党委'), level: 'COMMITTEE' });
    await Promise.all(
      Array.from({ length: 21 }, (_, n) => createUnit(baseUrl, { name: `${prefix}${String(n).padStart(2, '0')}党支部`, parentId: parent.id })),
    );
    const count = page.getByTestId('units-count');

    // Act / Assess: unfiltered, the region's figure
    await page.goto('/units');
    await expect.poll(() => count.innerText()).toMatch(/^本区域共 \d+ 个成员单位$/);

    // Act / Assess: a filter matching 10 of them (one page): counted
    await page.goto(`/units?q=${encodeURIComponent(`${prefix}1`)}`);
    await expect.poll(() => rows().count()).toBe(10);
    await expect.poll(() => count.innerText()).toMatch(/^符合条件的成员单位共 10 个（本区域共 \d+ 个）$/);

    // Act / Assess: a filter matching all 21 (more than a page): not counted, and said so
    await page.goto(`/units?q=${encodeURIComponent(prefix)}`);
    await expect.poll(() => rows().count()).toBe(20);
    await expect.poll(() => count.innerText()).toMatch(/^本页 20 个符合条件的成员单位（符合条件的总数未统计；本区域共 \d+ 个）$/);
    await page.getByRole('button', { name: /下一页/ }).click();
    await page.getByText('第 2 页').waitFor();
    await expect.poll(() => count.innerText()).toMatch(/^本页 1 个符合条件的成员单位/);
  });

  it('expands a root of the tree to its children', async () => {
    const root = await findUnitByName(baseUrl, ROOT);
    const child = await createUnit(baseUrl, { name: uniqueName('树测试网格党支部'), level: 'GRID_BRANCH', hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION', parentId: root.id });
    await page.goto('/units/tree');
    const rootNode = page.locator('.ant-tree-treenode', { has: page.getByRole('link', { name: ROOT, exact: true }) });
    await rootNode.waitFor();
    expect(await page.getByRole('link', { name: child.name }).count()).toBe(0);

    await rootNode.locator('.ant-tree-switcher').click();

    await page.getByRole('link', { name: child.name }).waitFor();
    await expectAccessible(page, '/units/tree');
  });

  it('switches to English and back', async () => {
    await page.goto('/units');
    await page.getByText(/本区域共/).waitFor();

    await page.getByText('English', { exact: true }).click();

    await page.getByRole('columnheader', { name: 'Host kind' }).waitFor();
    await page.getByText(/\d+ units in this region/).waitFor();
    await page.getByRole('menuitem', { name: /Member units/ }).waitFor();
    await page.getByText('Coming soon').first().waitFor();
    expect(await page.getByRole('button', { name: /Next/ }).isVisible()).toBe(true);
    await expect.poll(() => rows().locator('td:nth-child(5)').allInnerTexts()).toEqual(
      expect.arrayContaining(['Registered']),
    );
    await expectAccessible(page, '/units in English');

    // The choice is remembered across a reload.
    await page.reload();
    await page.getByRole('columnheader', { name: 'Host kind' }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('columnheader', { name: '单位类别' }).waitFor();
  });
});
