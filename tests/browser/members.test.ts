import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { createMember, createUnit, findUnitByName, idNumberFor, type CreatedUnit } from './api';
import { chooseOption, fieldError, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const LIAISON_UNIT = '长安实验小学党支部';
/** Masked as every answer carries it: the first 6 and the last 4 characters. */
const MASKED = /^\d{6}\*{8}\d{3}[\dX]$/;

describe('Members: the roster, the member form, the ID number’s reveal', () => {
  let browser: Browser;
  let page: Page;
  let unit: CreatedUnit;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    unit = await createUnit(baseUrl, { name: uniqueName('名册测试党支部') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal:visible');
  const rowsIn = (scope: Page | Locator) => scope.locator('.ant-table-tbody tr.ant-table-row');
  const names = () => rowsIn(page).locator('td:first-child').allInnerTexts();
  /** The value beside a label of a bordered Descriptions (a unit's or a member's profile). */
  const descriptionValue = (text: string) =>
    page.locator('th.ant-descriptions-item-label').getByText(text, { exact: true }).locator('xpath=ancestor::th[1]/following-sibling::td[1]');
  /** A date typed into an antd DatePicker, confirmed with Enter. */
  async function fillDate(field: Locator, date: string) {
    await field.click();
    await field.fill(date);
    await field.press('Enter');
  }

  it('lists a unit’s members from its page, and narrows them by category', async () => {
    // Prepare: three members of a new unit, two of them retired
    const [retiredA, working, retiredB] = await Promise.all([
      createMember(baseUrl, { name: '安卫国', unitId: unit.id, category: 'RETIRED' }),
      createMember(baseUrl, { name: '白雪梅', unitId: unit.id, category: 'IN_SERVICE', status: 'PROBATIONARY' }),
      createMember(baseUrl, { name: '陈建华', unitId: unit.id, category: 'RETIRED' }),
    ]);

    // Act: the unit's page counts them (from the roster) and links to its roster
    await page.goto(`/units/${unit.id}`);
    await page.getByRole('heading', { name: unit.name }).waitFor();
    const countCell = descriptionValue('党员人数（按党员名册统计）');
    await expect.poll(() => countCell.innerText()).toMatch(/^3\b/);
    await countCell.getByRole('link', { name: '查看党员名册' }).click();

    // Assess: the roster of that unit, by name in pinyin order, ID numbers masked
    await page.waitForURL((url) => url.pathname === '/members' && url.searchParams.get('unit') === unit.id);
    await expect.poll(names).toEqual([retiredA.name, working.name, retiredB.name]);
    const idNumbers = await rowsIn(page).locator('td:nth-child(3)').allInnerTexts();
    expect(idNumbers.every((n) => MASKED.test(n))).toBe(true);
    await page.getByTestId('members-count').getByText('符合条件的党员共 3 名').waitFor();
    await expectAccessible(page, 'the roster filtered by a unit');

    // Act: and by category
    await chooseOption(page, page.getByRole('combobox', { name: '党员类别' }), /^离退休党员$/);

    // Assess: the URL keeps both filters; only the retired members are left
    await page.waitForURL((url) => url.searchParams.get('category') === 'RETIRED' && url.searchParams.get('unit') === unit.id);
    await expect.poll(names).toEqual([retiredA.name, retiredB.name]);
    expect(await rowsIn(page).locator('td:nth-child(6)').allInnerTexts()).toEqual(['离退休党员', '离退休党员']);
    await expectAccessible(page, 'the roster filtered by unit and category');

    // The filters survive a reload (they are the URL's)
    await page.reload();
    await expect.poll(names).toEqual([retiredA.name, retiredB.name]);
  });

  it('shows the server’s error on a wrong check digit at the 身份证号码 field, then saves with the right number', async () => {
    // Prepare
    const name = uniqueName('表单党员');
    await page.goto(`/members/new?unit=${unit.id}`);
    await page.getByLabel('姓名', { exact: true }).waitFor();
    await expectAccessible(page, 'the new-member form');

    // Act: a number whose check character is wrong (the form hints, but does not stop the save)
    await page.getByLabel('姓名', { exact: true }).fill(name);
    await page.getByLabel('身份证号码', { exact: true }).fill('110105198001011234');
    await chooseOption(page, page.getByLabel('性别', { exact: true }), /^男$/);
    await fillDate(page.getByLabel('出生日期', { exact: true }), '1980-01-01');
    await chooseOption(page, page.getByLabel('党员状态', { exact: true }), /^正式党员$/);
    await fillDate(page.getByLabel('入党日期', { exact: true }), '2005-07-01');
    await chooseOption(page, page.getByLabel('党员类别', { exact: true }), /^在职党员$/);
    await expect.poll(() => page.getByLabel('组织关系所在单位', { exact: true }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText()).toContain(unit.name);
    // Roles: a multiple select stays open after a choice
    await page.getByLabel('担任职务', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^联络员$/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the API's words under the field (beside the form's own hint), nothing saved
    await fieldError(page, '身份证号码').getByText('身份证号码校验位不正确，请核对').waitFor();
    const hint = page.locator('.ant-form-item', { has: page.getByLabel('身份证号码', { exact: true }) }).locator('.ant-form-item-explain-warning');
    expect(await hint.innerText()).toContain('校验位应为 8');
    expect(new URL(page.url()).pathname).toBe('/members/new');
    await expectAccessible(page, 'the new-member form with a server error');

    // Act: the right number (as the hint says); the save goes through
    const idNumber = idNumberFor('1980-01-01', '123');
    await page.getByLabel('身份证号码', { exact: true }).fill(idNumber);
    await expect.poll(() => fieldError(page, '身份证号码').count()).toBe(0);
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the member's page, its number masked, its unit linked
    await page.waitForURL(/\/members\/[^/]+$/);
    await page.getByRole('heading', { name }).waitFor();
    await expect.poll(() => page.getByTestId('member-id-number').innerText()).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    await descriptionValue('组织关系所在单位').getByRole('link', { name: unit.name }).waitFor();
  });

  it('reveals the full ID number to a region admin after a confirmation, and records the view', async () => {
    // Prepare
    const member = await createMember(baseUrl, {
      name: uniqueName('查看测试'),
      unitId: unit.id,
      birthDate: '1949-12-31',
      idNumber: '11010519491231002X',
      joinedOn: '1975-07-01',
      category: 'RETIRED',
    });
    await page.goto(`/members/${member.id}`);
    const number = page.getByTestId('member-id-number');
    await expect.poll(() => number.innerText()).toBe('110105********002X');
    await expectAccessible(page, 'a member’s page');

    // Act: ask, and the dialog says the view is audited
    await page.getByRole('button', { name: '查看完整身份证号' }).click();
    await modal().getByText('查看将记入审计日志', { exact: false }).waitFor();
    await expectAccessible(page, 'the reveal dialog');
    await modal().getByRole('button', { name: label('查看') }).click();

    // Assess: the whole number, and the view at the top of the member's 审计记录
    await modal().waitFor({ state: 'hidden' });
    await expect.poll(() => number.innerText()).toBe('11010519491231002X');
    const trail = page.getByTestId('audit-trail');
    await rowsIn(trail).first().getByText('查看身份证号', { exact: true }).waitFor();
    expect(await rowsIn(trail).last().locator('td:nth-child(3)').innerText()).toBe('新增党员');
  });

  it('records a transfer to another unit of the region: the member’s unit, its history, the receiving unit’s count', async () => {
    // Prepare
    const target = await createUnit(baseUrl, { name: uniqueName('转入测试党支部') });
    const member = await createMember(baseUrl, { name: uniqueName('转接测试'), unitId: unit.id });
    await page.goto(`/members/${member.id}`);
    const history = page.getByTestId('member-transfers');
    await history.getByText('暂无组织关系转接记录').waitFor();

    // Act
    await page.getByRole('button', { name: /组织关系转接/ }).click();
    await modal().getByLabel('介绍信编号').waitFor();
    await expectAccessible(page, 'the transfer dialog');
    await chooseOption(page, modal().getByLabel('转入单位', { exact: true }), target.name, target.name);
    await modal().getByLabel('介绍信编号').fill('京组转字第 2026001 号');
    await modal().getByRole('button', { name: label('保存') }).click();

    // Assess: the history row, and the member now in the receiving unit
    await modal().waitFor({ state: 'hidden' });
    const row = rowsIn(history).first();
    await row.getByText('京组转字第 2026001 号').waitFor();
    expect(await row.getByRole('link', { name: unit.name }).count()).toBe(1);
    expect(await row.getByRole('link', { name: target.name }).count()).toBe(1);
    await expect.poll(() => descriptionValue('组织关系所在单位').innerText()).toBe(target.name);
    await expectAccessible(page, 'a member’s page with a transfer');

    // The receiving unit counts the member now
    await page.getByRole('link', { name: target.name }).first().click();
    await page.getByRole('heading', { name: target.name }).waitFor();
    await expect.poll(() => descriptionValue('党员人数（按党员名册统计）').innerText()).toMatch(/^1\b/);
  });

  it('removes a member from the roster with a reason, asking for a note when the reason is 其他', async () => {
    // Prepare
    const member = await createMember(baseUrl, { name: uniqueName('移出测试'), unitId: unit.id });
    await page.goto(`/members/${member.id}`);
    await page.getByRole('heading', { name: member.name }).waitFor();

    // Act: 其他 without a note is refused in the form
    await page.getByRole('button', { name: /移出名册/ }).click();
    await modal().getByLabel('离开原因', { exact: true }).waitFor();
    await expectAccessible(page, 'the removal dialog');
    await chooseOption(page, modal().getByLabel('离开原因', { exact: true }), /^其他$/);
    await modal().getByRole('button', { name: /移出名册/ }).click();
    await fieldError(page, '说明').getByText('原因为“其他”时请填写说明').waitFor();
    await expectAccessible(page, 'the removal dialog with an error');

    // Act: with a note
    await modal().getByLabel('说明', { exact: true }).fill('迁居外省，组织关系待转');
    await modal().getByRole('button', { name: /移出名册/ }).click();

    // Assess: the page says so, the actions are gone, the roster no longer lists it
    await modal().waitFor({ state: 'hidden' });
    await page.getByText(/该党员已于 \d{4}-\d{2}-\d{2} 离开党员名册（其他）/).waitFor();
    expect(await page.getByRole('button', { name: /组织关系转接/ }).count()).toBe(0);
    await page.goto(`/members?unit=${unit.id}&q=${encodeURIComponent(member.name)}`);
    await page.getByText('没有符合条件的党员').waitFor();
  });

  it('gives a unit liaison its own unit’s roster, without a unit filter or the reveal', async () => {
    const own = await findUnitByName(baseUrl, LIAISON_UNIT);
    const member = await createMember(baseUrl, { name: uniqueName('联络员名册'), unitId: own.id });
    const liaison = await openPage(browser, baseUrl);
    try {
      // Act
      await signIn(liaison.page, 'liaison');
      await liaison.page.getByRole('menuitem', { name: /党员管理/ }).click();

      // Assess: its unit's members only, no unit filter, said so
      await liaison.page.waitForURL((url) => url.pathname === '/members');
      await liaison.page.getByText('仅显示本单位的党员').waitFor();
      expect(await liaison.page.getByRole('combobox', { name: '所在单位' }).count()).toBe(0);
      await liaison.page.getByRole('link', { name: member.name, exact: true }).waitFor();
      const units = await rowsIn(liaison.page).locator('td:nth-child(4)').allInnerTexts();
      expect(new Set(units)).toEqual(new Set([LIAISON_UNIT]));
      await expectAccessible(liaison.page, 'a liaison’s roster');

      // The member's page: masked, no reveal
      await liaison.page.getByRole('link', { name: member.name, exact: true }).click();
      await liaison.page.getByRole('heading', { name: member.name }).waitFor();
      expect(await liaison.page.getByTestId('member-id-number').innerText()).toMatch(MASKED);
      expect(await liaison.page.getByRole('button', { name: '查看完整身份证号' }).count()).toBe(0);
    } finally {
      await liaison.context.close();
    }
  });
});
