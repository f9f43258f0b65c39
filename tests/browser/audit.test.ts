import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { createPairing, createUnit, deleteUnit, findUnitByName, updateUnit } from './api';
import { label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const LIAISON_UNIT = '长安实验小学党支部';
const ADMIN_NAME = '秘书处管理员';
const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

describe('Audit trail: a unit’s 审计记录, the region’s 审计日志, and who sees them', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const rowsIn = (scope: Page | Locator) => scope.locator('.ant-table-tbody tr.ant-table-row');
  /** The 时间 column of each row on screen. */
  const timesIn = (scope: Page | Locator) => rowsIn(scope).locator('td:first-child').allInnerTexts();
  const menuItems = (p: Page) => p.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');
  const nonIncreasing = (times: string[]) => times.every((time, i) => i === 0 || time <= times[i - 1]!);

  it('shows the 修改单位 entry with the old → new address at the top of the unit’s 审计记录 after an edit', async () => {
    // Prepare: a unit with an address
    const created = await createUnit(baseUrl, { name: uniqueName('审计测试党支部') });
    const oldAddress = uniqueName('长安街 1 号');
    const newAddress = uniqueName('长安街 2 号');
    const unit = await updateUnit(baseUrl, { id: created.id, version: created.version, address: oldAddress });

    // Act: edit the address through the form
    await page.goto(`/units/${unit.id}/edit`);
    await expect.poll(() => page.getByLabel('单位名称', { exact: true }).inputValue()).toBe(unit.name);
    await page.getByLabel('地址', { exact: true }).fill(newAddress);
    await page.getByRole('button', { name: label('保存') }).click();
    await page.waitForURL(new RegExp(`/units/${unit.id}$`));

    // Assess: the card's top row is this edit, by this user, at version 3
    const card = page.getByTestId('audit-trail');
    await card.getByText('审计记录', { exact: true }).waitFor();
    const top = rowsIn(card).first();
    await top.getByText('修改单位', { exact: true }).waitFor();
    const addressLine = top.locator('li[data-field="address"]');
    await expect.poll(() => addressLine.innerText()).toBe(`地址: ${oldAddress} → ${newAddress}`);
    expect(await top.locator('li').count()).toBe(1); // only the changed field
    const cells = await top.locator('td').allInnerTexts();
    expect(cells[0]).toMatch(TIME);
    expect(cells[1]).toBe(ADMIN_NAME);
    expect(cells.at(-1)).toBe('3');

    // The older entries follow, newest first: the API's address change, then 新建单位 with the translated fields
    await expect.poll(() => rowsIn(card).count()).toBe(3);
    expect(await rowsIn(card).locator('td:nth-child(3)').allInnerTexts()).toEqual(['修改单位', '修改单位', '新建单位']);
    expect(nonIncreasing(await timesIn(card))).toBe(true);
    const creation = rowsIn(card).nth(2);
    expect(await creation.locator('li[data-field="name"]').innerText()).toBe(`单位名称: — → ${unit.name}`);
    expect(await creation.locator('li[data-field="hostKind"]').innerText()).toBe('单位类别: — → 企业');
    await expectAccessible(page, 'a unit’s page with its 审计记录');
  });

  it('lists the region’s changes newest first on /audit, pages forward, and shows a deleted unit’s id without a link', async () => {
    // Prepare: a unit created and deleted, then a unit created and changed 21 times: 24 entries, more than a page of 20
    const doomed = await createUnit(baseUrl, { name: uniqueName('审计删除党小组'), level: 'GROUP' });
    await deleteUnit(baseUrl, doomed);
    const prefix = uniqueName('审计分页');
    let unit = await createUnit(baseUrl, { name: `${prefix}党支部` });
    for (let n = 1; n <= 21; n++) {
      unit = await updateUnit(baseUrl, { id: unit.id, version: unit.version, address: `${prefix}-${String(n).padStart(2, '0')}` });
    }

    // Act: from the menu
    await page.goto('/units');
    await page.getByRole('menuitem', { name: /审计日志/ }).click();
    await page.waitForURL((url) => url.pathname === '/audit');

    // Assess: page 1, newest first: the 21st change at the top, linked to the unit, down to the 2nd
    await page.getByText('第 1 页').waitFor();
    await expect.poll(() => rowsIn(page).count()).toBe(20);
    const top = rowsIn(page).first();
    await top.getByText('修改单位', { exact: true }).waitFor();
    await top.getByRole('link', { name: unit.name }).waitFor();
    expect(await top.locator('li[data-field="address"]').innerText()).toBe(`地址: ${prefix}-20 → ${prefix}-21`);
    expect(await rowsIn(page).last().locator('li[data-field="address"]').innerText()).toBe(`地址: ${prefix}-01 → ${prefix}-02`);
    const pageOne = await timesIn(page);
    expect(pageOne.every((time) => TIME.test(time))).toBe(true);
    expect(nonIncreasing(pageOne)).toBe(true);
    await expectAccessible(page, '/audit');

    // Act: forward
    await page.getByRole('button', { name: /下一页/ }).click();

    // Assess: page 2 goes on where page 1 stopped: the 1st change, the creation, then the deleted unit (its id, no link)
    await page.getByText('第 2 页').waitFor();
    const pageTwoFirst = rowsIn(page).first().locator('li[data-field="address"]');
    await expect.poll(() => pageTwoFirst.innerText()).toBe(`地址: — → ${prefix}-01`);
    expect(await rowsIn(page).nth(1).locator('td:nth-child(3)').innerText()).toBe('新建单位');
    const deletion = rowsIn(page).nth(2);
    await deletion.getByText('删除单位', { exact: true }).waitFor();
    await deletion.getByText(/已删除/).waitFor();
    await deletion.getByText(doomed.id).waitFor();
    expect(await deletion.getByRole('link').count()).toBe(0);
    expect(await deletion.locator('td:last-child').innerText()).toBe('—'); // no version after a delete
    expect(nonIncreasing([...pageOne, ...(await timesIn(page))])).toBe(true);

    // And back
    await page.getByRole('button', { name: /上一页/ }).click();
    await page.getByText('第 1 页').waitFor();
    await expect.poll(() => rowsIn(page).first().locator('li[data-field="address"]').innerText()).toBe(`地址: ${prefix}-20 → ${prefix}-21`);
  });

  it('names a pairing on /audit by its two units, linked to their pages, not by its id', async () => {
    // Prepare: a pairing made through the API
    const community = await createUnit(baseUrl, {
      name: uniqueName('审计结对社区党委'),
      hostKind: 'COMMUNITY',
      level: 'COMMITTEE',
      allianceRole: 'COMMUNITY_ORGANIZATION',
    });
    const unit = await createUnit(baseUrl, { name: uniqueName('审计结对企业党支部') });
    const pairing = await createPairing(baseUrl, { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', content: '共建文明楼道' });

    // Act
    await page.goto('/audit');

    // Assess: the pairing's creation (among the newest: other tests of this stack write too), named by its two sides
    const top = rowsIn(page).filter({ hasText: '新建结对' }).filter({ hasText: unit.name }).first();
    await top.waitFor();
    const record = top.locator('td:nth-child(4)');
    await expect.poll(() => record.innerText()).toBe(`结对 · ${unit.name} ↔ ${community.name}`);
    expect(await record.getByRole('link', { name: unit.name }).getAttribute('href')).toBe(`/units/${unit.id}`);
    expect(await record.getByRole('link', { name: community.name }).getAttribute('href')).toBe(`/units/${community.id}`);
    expect(await record.innerText()).not.toContain(pairing.id);
    await expectAccessible(page, '/audit with a pairing');
  });

  it('gives a unit liaison no 审计日志 menu item, no 审计记录 card, and 无权访问 on /audit', async () => {
    // Prepare: a tab of the liaison's own
    const own = await findUnitByName(baseUrl, LIAISON_UNIT);
    const liaison = await openPage(browser, baseUrl);
    try {
      // Act
      await signIn(liaison.page, 'liaison');

      // Assess: its unit page, with the profile and pairings but no audit card; its unit and roster in the menu
      await liaison.page.waitForURL((url) => url.pathname === `/units/${own.id}`);
      await liaison.page.getByRole('heading', { name: LIAISON_UNIT }).waitFor();
      await liaison.page.getByText('结对共建', { exact: true }).waitFor();
      expect(await menuItems(liaison.page).allInnerTexts()).toEqual(LIAISON_MENU);
      expect(await liaison.page.getByText('审计记录').count()).toBe(0);
      expect(await liaison.page.getByTestId('audit-trail').count()).toBe(0);

      // Act / Assess: the route itself
      await liaison.page.goto('/audit');
      await liaison.page.getByText('无权访问').waitFor();
      await liaison.page.getByRole('button', { name: '返回首页' }).waitFor();
      await expectAccessible(liaison.page, '无权访问 on /audit');
      expect(await menuItems(liaison.page).allInnerTexts()).toEqual(LIAISON_MENU);
    } finally {
      await liaison.context.close();
    }
  });
});
