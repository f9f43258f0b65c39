import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { chooseOption, graphqlRequest, label, launchBrowser, openPage, signIn, uniqueName, stackUrl, clickUntil } from './browser';

const baseUrl = stackUrl();

/** 合作系统: the platform admin registers a partner system in the console; the secret shown once works at /oauth2/token. */
describe('Partner systems (合作系统): register, use, rotate, revoke', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await openPage(browser, baseUrl));
    await signIn(page, 'platform');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const token = async (clientId: string, clientSecret: string) => {
    const response = await fetch(new URL('/oauth2/token', baseUrl), {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    return { status: response.status, body: (await response.json()) as { access_token?: string } };
  };

  it('registers a system for 长安街道 and shows its id and secret once; the secret gets a PARTNER token of that region', async () => {
    await page.locator('.ant-layout-sider').getByText('合作系统', { exact: true }).click();
    await page.waitForURL(/\/partner-clients/);
    await chooseOption(page, page.getByLabel('区域', { exact: true }), '长安街道');
    const name = uniqueName('掌上长安');
    await page.getByRole('button', { name: label('登记合作系统') }).click();
    const dialog = page.getByRole('dialog', { name: '登记合作系统' });
    await dialog.getByLabel('系统名称', { exact: true }).fill(name);
    const secretDialog = page.getByRole('dialog', { name: '请保存客户端凭据' });
    await clickUntil(dialog.getByRole('button', { name: label('登记合作系统') }), () => secretDialog.isVisible());

    const clientId = await secretDialog.getByTestId('partner-client-id').innerText();
    const clientSecret = await secretDialog.getByTestId('partner-client-secret').innerText();
    await expectAccessible(page, 'the secret dialog');
    await secretDialog.getByRole('button', { name: label('我已保存') }).click();
    await expect.poll(() => page.locator('.ant-table-row', { hasText: name }).count()).toBe(1);

    const issued = await token(clientId.trim(), clientSecret.trim());
    expect(issued.status).toBe(200);
    const viewer = await graphqlRequest<{ viewer: { roles: string[]; region: { name: string } } }>(baseUrl, '{ viewer { roles region { name } } }', {}, issued.body.access_token);
    expect(viewer.viewer).toEqual({ roles: ['PARTNER'], region: { name: '长安街道' } });

    // 轮换密钥: a new secret, the old one refused.
    const row = page.locator('.ant-table-row', { hasText: name });
    await row.getByRole('button', { name: label('轮换密钥') }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: label('轮换密钥') }).click();
    const rotated = (await page.getByRole('dialog', { name: '请保存客户端凭据' }).getByTestId('partner-client-secret').innerText()).trim();
    expect(rotated).not.toBe(clientSecret.trim());
    await page.getByRole('dialog', { name: '请保存客户端凭据' }).getByRole('button', { name: label('我已保存') }).click();
    expect((await token(clientId.trim(), clientSecret.trim())).status).toBe(401);
    expect((await token(clientId.trim(), rotated)).status).toBe(200);

    // 停用: confirmed, then no token.
    await row.getByRole('button', { name: label('停用') }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: label('停用') }).click();
    await row.getByText('已停用', { exact: true }).waitFor();
    expect((await token(clientId.trim(), rotated)).status).toBe(401);
  });
});
