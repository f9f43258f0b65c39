import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { createMember, createUnit, findUnitByName } from './api';
import { PHONE, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const ROOT = '长安街道党工委';

/**
 * Every text in the header sits on one line (the region's name once stood one character per line) and inside
 * the header's box; nothing pushes the page wider than the screen. Returns what breaks the rule.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const header = document.querySelector('.ant-layout-header')!.getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLElement>('.ant-layout-header *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${el.innerText ?? ''}"`;
      if (box.top < header.top - 1 || box.bottom > header.bottom + 1 || box.left < 0 || box.right > window.innerWidth + 1) {
        problems.push(`${name} is outside the header`);
      }
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
      const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (hasText && Number.isFinite(lineHeight) && box.height > lineHeight * 1.5) problems.push(`${name} wraps (${box.height}px high)`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${window.innerWidth}px screen`);
    }
    return problems;
  });
}

describe('On a phone (390×844): the header, the menu drawer, the account menu, the pages', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl, PHONE));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the header on one row, and opens the menu from it as a drawer', async () => {
    // Prepare
    await page.goto('/login');
    await page.getByLabel('用户名', { exact: true }).waitFor();
    await expectAccessible(page, 'the login page on a phone');
    await signIn(page, 'admin');

    // Act
    await page.goto('/units');
    await page.getByText(/本区域共 \d+ 个成员单位/).waitFor();

    // Assess: one row, nothing wider than the screen; no side bar taking the width
    expect(await layoutProblems(page)).toEqual([]);
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await expectAccessible(page, '/units on a phone');

    // Act / Assess: the account menu says who and where, each on one line
    await page.getByRole('button', { name: '账号菜单' }).click();
    const who = page.getByTestId('viewer-who');
    await who.getByText('秘书处管理员').waitFor();
    const region = page.getByTestId('viewer-region');
    const regionLines = await region.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(regionLines).toBeLessThan(1.5);
    await page.getByRole('menuitem', { name: /退出登录/ }).waitFor();
    await expectAccessible(page, 'the account menu on a phone');
    await page.keyboard.press('Escape');

    // Act: the menu, from the header
    await page.getByRole('button', { name: '打开菜单' }).click();
    const drawer = page.getByRole('dialog', { name: '菜单' });
    await drawer.getByRole('menuitem', { name: /审计日志/ }).waitFor();
    await expectAccessible(page, 'the menu drawer on a phone');
    await drawer.getByRole('menuitem', { name: /组织架构/ }).click();

    // Assess: the page chosen, the drawer closed
    await page.waitForURL((url) => url.pathname === '/units/tree');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: ROOT, exact: true }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await expectAccessible(page, '/units/tree on a phone');
  });

  it('fits a unit’s page and its edit form on the screen, in both languages', async () => {
    const root = await findUnitByName(baseUrl, ROOT);

    await page.goto(`/units/${root.id}`);
    await page.getByRole('heading', { name: ROOT }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await expectAccessible(page, 'a unit’s page on a phone');

    await page.getByRole('button', { name: label('编辑') }).click();
    await expect.poll(() => page.getByLabel('单位名称', { exact: true }).inputValue()).toBe(ROOT);
    expect(await layoutProblems(page)).toEqual([]);
    await expectAccessible(page, 'the edit form on a phone');

    await page.getByText('English', { exact: true }).click();
    await page.getByText('Edit unit:', { exact: false }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await expectAccessible(page, 'the edit form on a phone, in English');
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('编辑成员单位').waitFor();
  });

  it('fits the roster, a member’s page and the member form on the screen', async () => {
    const unit = await createUnit(baseUrl, { name: uniqueName('手机名册党支部') });
    const member = await createMember(baseUrl, { name: uniqueName('手机党员'), unitId: unit.id, roles: ['LIAISON', 'SECRETARY'] });

    await page.goto(`/members?unit=${unit.id}`);
    await page.getByRole('link', { name: member.name, exact: true }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await expectAccessible(page, 'the roster on a phone');

    await page.getByRole('link', { name: member.name, exact: true }).click();
    await page.getByRole('heading', { name: member.name }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await expectAccessible(page, 'a member’s page on a phone');

    await page.getByRole('button', { name: label('编辑') }).click();
    await expect.poll(() => page.getByLabel('姓名', { exact: true }).inputValue()).toBe(member.name);
    expect(await layoutProblems(page)).toEqual([]);
    await expectAccessible(page, 'the member form on a phone');
  });
});
