import { createHash, randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { createUnit, type CreatedUnit } from './api';
import { chooseOption, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

describe('Unit page: registration with a file, pairings, status', () => {
  let browser: Browser;
  let page: Page;
  let unit: CreatedUnit;
  let community: CreatedUnit;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    community = await createUnit(baseUrl, {
      name: uniqueName('测试社区党委'),
      hostKind: 'COMMUNITY',
      level: 'COMMITTEE',
      allianceRole: 'COMMUNITY_ORGANIZATION',
    });
    unit = await createUnit(baseUrl, { name: uniqueName('报到测试企业党支部') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal:visible');

  it('shows the member counts as the roster’s, and the level check they give: a new 党支部 has no full members', async () => {
    // Act
    await page.goto(`/units/${unit.id}`);
    await page.getByRole('heading', { name: unit.name }).waitFor();

    // Assess: no member on the roster yet, so too few full members for a branch of its own
    const value = (text: string) =>
      page.locator('th.ant-descriptions-item-label').getByText(text, { exact: true }).locator('xpath=ancestor::th[1]/following-sibling::td[1]');
    await expect.poll(() => value('党员人数（按党员名册统计）').innerText()).toMatch(/^0\b/);
    expect(await value('正式党员人数（按党员名册统计）').innerText()).toBe('0');
    await expect.poll(() => value('组织设置').innerText()).toBe('正式党员不足 3 人，不能单独成立党支部，宜组建联合党支部');
  });

  it('registers the unit with its signed form, and the download link returns the same bytes', async () => {
    // Prepare: a small "PDF" with random content
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(4096)]);
    await page.goto(`/units/${unit.id}`);
    await page.getByRole('heading', { name: unit.name }).waitFor();
    await page.getByText('尚未报到登记').waitFor();
    await expectAccessible(page, 'a unit’s page');

    // Act
    await page.getByRole('button', { name: '报到登记' }).click();
    await modal().getByLabel('备注').waitFor();
    await expectAccessible(page, 'the registration dialog');
    await chooseOption(page, modal().getByLabel('报到社区（村）'), community.name, community.name);
    await modal().getByLabel('备注').fill('浏览器测试报到');
    await modal().locator('input[type=file]').setInputFiles({ name: '报到登记表.pdf', mimeType: 'application/pdf', buffer: bytes });
    await modal().getByText('上传完成').waitFor();
    await modal().getByRole('button', { name: label('保存') }).click();

    // Assess
    await modal().waitFor({ state: 'detached' });
    // The registration card by its title (the 审计记录 card below also says 报到日期 and names the community)
    const card = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: /^报到登记$/ }) });
    await card.getByRole('link', { name: community.name }).waitFor();
    await page.locator('.ant-tag', { hasText: '已报到' }).first().waitFor();
    const link = card.getByRole('link', { name: '报到登记表.pdf' });
    const href = await link.getAttribute('href');
    const download = await fetch(new URL(href!, baseUrl));
    expect(download.status).toBe(200);
    const downloaded = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('creates a pairing with a community and ends it', async () => {
    await page.goto(`/units/${unit.id}`);
    const pairings = page.locator('.ant-card', { has: page.getByText('结对共建', { exact: true }) });
    await pairings.getByText('尚无结对共建记录').waitFor();
    await page.getByText('未结对').first().waitFor();

    // Act: create
    await pairings.getByRole('button', { name: /新建结对/ }).click();
    await modal().getByLabel('共建内容').waitFor();
    await expectAccessible(page, 'the new-pairing dialog');
    await chooseOption(page, modal().getByLabel('结对村（社区）'), community.name, community.name);
    await modal().getByLabel('共建内容').fill('共建文明楼道，开展志愿服务');
    await modal().getByRole('button', { name: label('保存') }).click();

    // Assess: the row, and the unit no longer flagged
    await modal().waitFor({ state: 'detached' });
    const row = pairings.locator('tr.ant-table-row', { hasText: community.name });
    await row.getByText('结对中').waitFor();
    await page.getByText('结对 1 个').waitFor();

    // Act: end it
    await row.getByRole('button', { name: '结束结对' }).click();
    await modal().getByLabel('结束原因').fill('协议期满');
    await modal().getByRole('button', { name: '结束结对' }).click();

    // Assess
    await modal().waitFor({ state: 'detached' });
    await row.getByText('已结束').waitFor();
    await row.getByText(/协议期满/).waitFor();
    expect(await row.getByRole('button', { name: '结束结对' }).count()).toBe(0);
  });

  it('suspends the unit after confirmation and reinstates it', async () => {
    await page.goto(`/units/${unit.id}`);
    await page.getByRole('heading', { name: unit.name }).waitFor();

    await page.getByRole('button', { name: label('暂停') }).click();
    await modal().getByLabel('原因（选填）').fill('单位搬迁');
    await expectAccessible(page, 'the status-change dialog');
    await modal().getByRole('button', { name: label('确定') }).click();
    await page.locator('.ant-tag', { hasText: '已暂停' }).waitFor();

    await page.getByRole('button', { name: label('恢复') }).click();
    await modal().getByRole('button', { name: label('确定') }).click();
    await page.locator('.ant-tag', { hasText: '已报到' }).first().waitFor();
  });
});
