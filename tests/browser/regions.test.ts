import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken } from './api';
import { fieldError, graphqlRequest, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

/** The header that puts a query into the platform admin's visit (functions/src/auth/region-gate.ts). */
const VISIT_HEADER = 'x-gongjian-act-in-region';

/** A region of this test's own, made through the API as the platform admin (the demo region is the other files'). */
async function createRegion(): Promise<{ id: string; name: string }> {
  const { createRegion: region } = await graphqlRequest<{ createRegion: { id: string; name: string } }>(
    baseUrl,
    `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { id name } }`,
    { input: { name: uniqueName('停用测试街道'), level: 'STREET', slug: uniqueName('ty') } },
    await accessToken(baseUrl, 'platform'),
  );
  return region;
}

describe('Regions: the platform admin’s 代管查看 (read-only visit), and 修改 / 停用 / 恢复 of a region', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = (page: Page) => page.locator('.ant-modal:visible');
  const rowOf = (page: Page, text: string) => page.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });
  const banner = (page: Page) => page.getByTestId('visit-banner');

  it('visits the demo region read-only under a banner (queries only carry the visit), leaves it, and suspends, reinstates and renames a region', async () => {
    // Prepare: a region of the test's own, and every GraphQL request the page sends
    const region = await createRegion();
    const { context, page } = await openPage(browser, baseUrl);
    const sent: { mutation: boolean; visit: string | undefined }[] = [];
    page.on('request', (request: Request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      sent.push({ mutation: /^\s*mutation\b/.test(JSON.parse(request.postData() ?? '{}').query ?? ''), visit: request.headers()[VISIT_HEADER] });
    });
    try {
      await signIn(page, 'platform');
      await page.waitForURL((url) => url.pathname === '/regions');
      await rowOf(page, '长安街道').waitFor();
      expect(await rowOf(page, '长安街道').getByTestId('region-state').innerText()).toBe('正常');
      // Its figures: the 党员 column shows the roster the demo data made (kept on write).
      const { regions } = await graphqlRequest<{ regions: { edges: { node: { name: string; memberCount: number } }[] } }>(
        baseUrl, '{ regions(first: 50) { edges { node { name memberCount } } } }', {}, await accessToken(baseUrl, 'platform'),
      );
      const demoMembers = regions.edges.find((e) => e.node.name === '长安街道')!.node.memberCount;
      expect(demoMembers).toBeGreaterThan(100);
      expect(await rowOf(page, '长安街道').locator('td').allInnerTexts()).toContain(String(demoMembers));

      // Act: 代管查看 of the demo region, with a reason
      await rowOf(page, '长安街道').getByRole('button', { name: /代管查看/ }).click();
      await modal(page).getByLabel('代管原因', { exact: true }).fill('核查联盟成员单位数据');
      await modal(page).getByRole('button', { name: /进入代管查看/ }).click();

      // Assess: the region's console (its units) under the banner, which a reload keeps
      await page.waitForURL((url) => url.pathname === '/units');
      await expect.poll(() => banner(page).innerText()).toMatch(/正在代管查看 长安街道（只读，至 \d{2}:\d{2}）· 原因：核查联盟成员单位数据/);
      await page.getByText(/本区域共 \d+ 个成员单位/).waitFor();
      await rowOf(page, '长安街道党工委').first().waitFor();
      await page.reload();
      await rowOf(page, '长安街道党工委').first().waitFor();
      await banner(page).waitFor();
      expect(await page.getByTestId('viewer-region').innerText()).toBe('长安街道');
      // Queries went in the visit; mutations (actInRegion) never
      expect(sent.some((r) => !r.mutation && r.visit === 'demo')).toBe(true);
      expect(sent.filter((r) => r.mutation).every((r) => r.visit === undefined)).toBe(true);

      // Act: 退出代管
      await banner(page).getByRole('button', { name: label('退出代管') }).click();

      // Assess: back on the platform console, out of the visit, and the API agrees (a query in it is refused)
      await page.waitForURL((url) => url.pathname === '/regions');
      await rowOf(page, region.name).waitFor();
      await banner(page).waitFor({ state: 'detached' });
      expect(await page.getByTestId('viewer-region').count()).toBe(0);
      const refused = await fetch(new URL('/graphql', baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await accessToken(baseUrl, 'platform')}`, [VISIT_HEADER]: 'demo' },
        body: JSON.stringify({ query: '{ viewer { userId } }' }),
      });
      expect(await refused.text()).toContain('代管查看未开启或已结束');

      // Act: 停用 the test's region: the reason is required (the API says so at the field), then given
      await rowOf(page, region.name).getByRole('button', { name: label('停用') }).click();
      await modal(page).getByText('将不能再登录').waitFor();
      await modal(page).getByRole('button', { name: label('停用') }).click();
      await fieldError(page, '停用原因').waitFor();
      await modal(page).getByLabel('停用原因', { exact: true }).fill('区划调整，暂停使用');
      await modal(page).getByRole('button', { name: label('停用') }).click();

      // Assess: 已停用, the reason under the tag
      await expect.poll(() => rowOf(page, region.name).getByTestId('region-state').innerText()).toBe('已停用');
      await rowOf(page, region.name).getByTestId('region-state').hover();
      await page.getByRole('tooltip').filter({ hasText: '停用原因：区划调整，暂停使用' }).waitFor();

      // Act / Assess: 恢复, after a confirm
      await rowOf(page, region.name).getByRole('button', { name: label('恢复') }).click();
      await page.locator('.ant-modal-confirm').getByRole('button', { name: label('恢复') }).click();
      await expect.poll(() => rowOf(page, region.name).getByTestId('region-state').innerText()).toBe('正常');

      // Act / Assess: 修改 (its name; the superior organisation too)
      const renamed = `${region.name}（更名）`;
      await rowOf(page, region.name).getByRole('button', { name: label('修改') }).click();
      await modal(page).getByLabel('区域名称', { exact: true }).fill(renamed);
      await modal(page).getByLabel('上级党组织', { exact: true }).fill('测试区委');
      await modal(page).getByRole('button', { name: label('保存') }).click();
      await expect.poll(() => rowOf(page, renamed).innerText()).toContain('测试区委');
    } finally {
      await context.close();
    }
  });
});
