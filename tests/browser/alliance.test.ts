import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './a11y';
import { chooseOption, label, launchBrowser, openPage, signIn, uniqueName } from './browser';

const baseUrl = inject('baseUrl');

describe('联盟组织: officers, 历任 and the committees', () => {
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

  const modal = () => page.locator('.ant-modal:visible');
  const current = () => page.getByTestId('alliance-current-officers');
  const past = () => page.getByTestId('alliance-past-officers');

  it('appoints a new 会长 (the previous one moves to 历任) and forms a committee', async () => {
    // Prepare: the demo region's page, its 会长 李明华
    await page.goto('/alliance');
    await current().getByText('李明华', { exact: true }).waitFor();
    await expectAccessible(page, 'the alliance page');

    // Act: 任命 a 会长 from today
    const president = uniqueName('新会长');
    await page.getByRole('button', { name: label('任命') }).click();
    await modal().getByLabel('姓名', { exact: true }).fill(president);
    await modal().getByLabel('单位职务', { exact: true }).fill('街道党工委书记');
    await chooseOption(page, modal().getByLabel('所在单位', { exact: true }), /^长安街道党工委/, '长安街道党工委');
    const start = modal().getByLabel('任期开始', { exact: true });
    await start.click();
    await start.fill(dayjs().format('YYYY-MM-DD'));
    await start.press('Enter');
    await modal().getByRole('button', { name: label('任命') }).click();

    // Assess: the new 会长 is current; 李明华 is in 历任, term ended yesterday, 由新任接替
    await expect.poll(() => modal().count()).toBe(0);
    const newRow = current().locator('tr', { hasText: president });
    await newRow.waitFor();
    expect(await newRow.innerText()).toContain('会长');
    expect(await current().getByText('李明华', { exact: true }).count()).toBe(0);
    const previous = past().locator('tr', { hasText: '李明华' });
    await previous.waitFor();
    expect(await previous.innerText()).toContain(dayjs().subtract(1, 'day').format('YYYY-MM-DD'));
    expect(await previous.innerText()).toContain('由新任接替');

    // Act: a research committee convened by a council unit
    const committee = uniqueName('文化产业专业研究委员会');
    await page.getByRole('button', { name: label('新建') }).click();
    await modal().getByLabel('名称', { exact: true }).fill(committee);
    await chooseOption(page, modal().getByLabel('牵头单位', { exact: true }), /^区文化馆党支部/, '区文化馆');
    await modal().getByRole('button', { name: label('保存') }).click();

    // Assess: listed with its kind and convener
    await expect.poll(() => modal().count()).toBe(0);
    const row = page.getByTestId('alliance-sub-bodies').locator('tr', { hasText: committee });
    await row.waitFor();
    expect(await row.innerText()).toContain('区文化馆党支部');
  });
});
