import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { accessToken, createUnit, findUnitByName } from './api';
import { DEMO_PASSWORD, totpFor } from '../../local/issuer';
import { graphqlRequest, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const LIAISON_UNIT = '长安实验小学党支部';

describe('Sign-in, roles and sessions', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  /** Every test starts signed out, in a tab of its own (sessionStorage is per tab). */
  async function freshPage() {
    ({ context, page } = await openPage(browser, baseUrl));
  }
  afterEach(async () => {
    await context?.close();
  });

  /** Signed in as the admin, a new unit's edit form open with an address typed and not saved. */
  async function editWithUnsavedAddress(unitName: string, address: string) {
    const unit = await createUnit(baseUrl, { name: uniqueName(unitName) });
    const typed = uniqueName(address);
    await freshPage();
    await signIn(page, 'admin');
    await page.goto(`/units/${unit.id}/edit`);
    await expect.poll(() => page.getByLabel('单位名称', { exact: true }).inputValue()).toBe(unit.name);
    await page.getByLabel('地址', { exact: true }).fill(typed);
    return { unit, typed };
  }

  const menuItems = () => page.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');
  const pathOf = () => new URL(page.url()).pathname;

  it('refuses a wrong password with the issuer’s words and stays on /login', async () => {
    // Prepare: `member` is the account no other test needs (5 failures in a run lock it)
    await freshPage();
    await page.goto('/login');
    await page.getByLabel('用户名', { exact: true }).waitFor();
    await expectAccessible(page, 'the login page');

    // Act
    await page.getByLabel('用户名', { exact: true }).fill('member');
    await page.getByLabel('密码', { exact: true }).fill('Wrong-password-1');
    await page.getByRole('button', { name: label('登录') }).click();

    // Assess
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    expect(pathOf()).toBe('/login');
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    expect(await storedTokenKeys(page)).toEqual([]);
    await expectAccessible(page, 'the login page with a refusal');
  });

  it('sends a signed-out visit to /units to /login, and back to /units after signing in', async () => {
    await freshPage();

    await page.goto('/units');

    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/units');
    await signIn(page, 'admin');
    expect(pathOf()).toBe('/units');
    await page.getByText(/本区域共 \d+ 个成员单位/).waitFor();
    await page.getByTestId('viewer').getByText('秘书处管理员').waitFor();
  });

  it('gives a member a home page that says what its role can do today', async () => {
    await freshPage();

    await signIn(page, 'member');

    expect(pathOf()).toBe('/home');
    await page.getByText('欢迎，党员张三').waitFor();
    await page.getByText(/只能查看本人的账号信息/).waitFor();
    expect(await menuItems().allInnerTexts()).toEqual(['首页']);
    await expectAccessible(page, '/home');
    await page.goto('/units');
    await page.getByText('无权访问').waitFor();
    await expectAccessible(page, '无权访问');
    await page.goto('/no-such-page');
    await page.getByText('页面不存在').waitFor();
    await expectAccessible(page, 'the 404 page');
  });

  it('shows a unit liaison its own unit only, lets it edit the address, and refuses /units', async () => {
    // Prepare
    const unit = await findUnitByName(baseUrl, LIAISON_UNIT);
    const address = uniqueName('联络员修改的地址');
    await freshPage();

    // Act: sign in; the home is the liaison's unit
    await signIn(page, 'liaison');

    // Assess: its unit and its unit's roster in the menu, and none of the admin's actions
    expect(pathOf()).toBe(`/units/${unit.id}`);
    await page.getByRole('heading', { name: LIAISON_UNIT }).waitFor();
    expect(await menuItems().allInnerTexts()).toEqual(LIAISON_MENU);
    for (const action of ['删除', '暂停', '退出', '报到登记', '更新报到登记']) {
      expect(await page.getByRole('button', { name: label(action) }).count(), action).toBe(0);
    }
    expect(await page.getByRole('button', { name: /新建结对|结束结对/ }).count()).toBe(0);
    await expectAccessible(page, 'the liaison’s unit page');

    // Act: edit the address; the admin-only fields are shown locked
    await page.getByRole('button', { name: label('编辑') }).click();
    await page.waitForURL(new RegExp(`/units/${unit.id}/edit$`));
    const name = page.getByLabel('单位名称', { exact: true });
    await expect.poll(() => name.inputValue()).toBe(LIAISON_UNIT);
    expect(await name.isDisabled()).toBe(true);
    expect(await page.getByText('仅区域管理员可修改').count()).toBeGreaterThanOrEqual(5);
    await expectAccessible(page, 'the liaison’s edit form');
    await page.getByLabel('地址', { exact: true }).fill(address);
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: saved
    await page.waitForURL(new RegExp(`/units/${unit.id}$`));
    await page.getByText(address).waitFor();

    // Act / Assess: the units list is not the liaison's
    await page.goto('/units');
    await page.getByText('无权访问').waitFor();
    await page.getByRole('button', { name: '返回首页' }).waitFor();
  });

  it('sends an expired session to /login and brings the unsaved edit back after signing in again', async () => {
    // Prepare: a unit opened for editing, with an unsaved change
    const { unit, typed } = await editWithUnsavedAddress('会话过期党支部', '过期前未保存的地址');

    // Act: the token stops being good (as when it expires), then the form is submitted
    expect(await storedTokenKeys(page)).not.toEqual([]);
    await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage)) if (key.endsWith('.accessToken')) sessionStorage.setItem(key, 'not-a-valid-token');
    });
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the login page, saying why, remembering where to return
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/units/${unit.id}/edit`);
    await page.getByText('登录已过期，请重新登录').waitFor();

    // Act: sign in again
    await signIn(page, 'admin');

    // Assess: the same form, with what was typed, and it saves
    expect(pathOf()).toBe(`/units/${unit.id}/edit`);
    await page.getByText('已恢复登录过期前未保存的内容').waitFor();
    await expect.poll(() => page.getByLabel('地址', { exact: true }).inputValue()).toBe(typed);
    await page.getByRole('button', { name: label('保存') }).click();
    await page.waitForURL(new RegExp(`/units/${unit.id}$`));
    await page.getByText(typed).waitFor();
    const saved = await graphqlRequest<{ unit: { address: string | null } }>(
      baseUrl,
      'query ($id: ID!) { unit(id: $id) { address } }',
      { id: unit.id },
      await accessToken(baseUrl),
    );
    expect(saved.unit.address).toBe(typed);
  });

  it('signs out from the header menu back to /login, forgetting the session', async () => {
    await freshPage();
    await signIn(page, 'admin');
    await page.getByText(/本区域共 \d+ 个成员单位/).waitFor();

    await page.getByRole('button', { name: '账号菜单' }).click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();

    await page.waitForURL((url) => url.pathname === '/login' && url.search === '');
    await page.getByText('您已退出登录').waitFor();
    expect(await storedTokenKeys(page)).toEqual([]);
    await page.goto('/units');
    await page.waitForURL((url) => url.pathname === '/login');
  });

  it('ends a session after 15 minutes without activity, and brings the unsaved edit back after signing in', async () => {
    // Prepare: an edit form with an unsaved change
    const { unit, typed } = await editWithUnsavedAddress('长时间未操作党支部', '闲置前未保存的地址');

    // Act: the last activity was 16 minutes ago (the clerk left the desk)
    await page.evaluate(() => sessionStorage.setItem('gongjian.lastActivity', String(Date.now() - 16 * 60_000)));

    // Assess: signed out within the check interval, saying why; tokens gone
    await page.waitForURL((url) => url.pathname === '/login', { timeout: 15_000 });
    await page.getByText('超过 15 分钟未操作，已自动退出登录').waitFor();
    expect(await storedTokenKeys(page)).toEqual([]);

    // Act / Assess: signing in again brings the form back with what was typed
    await signIn(page, 'admin');
    expect(pathOf()).toBe(`/units/${unit.id}/edit`);
    await expect.poll(() => page.getByLabel('地址', { exact: true }).inputValue()).toBe(typed);
  });

  it('walks a new region admin through a new password and enrolling an authenticator, then the console opens', async () => {
    // Prepare: `newadmin` is a demo account as an operator creates one (temporary password, no authenticator)
    await freshPage();
    await page.goto('/login');

    // Act: the temporary password
    await page.getByLabel('用户名', { exact: true }).fill('newadmin');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: label('登录') }).click();

    // Assess / Act: a new password, refused while weak or unconfirmed
    await page.getByText('首次登录，请设置新密码').waitFor();
    await expectAccessible(page, 'the new-password step');
    await page.getByLabel('新密码', { exact: true }).fill('weakpass');
    await page.getByLabel('确认新密码', { exact: true }).fill('other');
    await page.getByRole('button', { name: label('设置新密码') }).click();
    const fieldError = (text: string) => page.locator('.ant-form-item-explain-error').filter({ hasText: text });
    await fieldError('至少 8 位，须包含大写字母、小写字母和数字').waitFor();
    await fieldError('两次输入的密码不一致').waitFor();
    await page.getByLabel('新密码', { exact: true }).fill('Chosen@2026');
    await page.getByLabel('确认新密码', { exact: true }).fill('Chosen@2026');
    await page.getByRole('button', { name: label('设置新密码') }).click();

    // Assess / Act: an admin without an authenticator must enrol one: QR code and key, then a code
    await page.getByText('绑定身份验证器').waitFor();
    await page.locator('.ant-qrcode canvas').waitFor();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page, 'the authenticator enrolment step');
    await page.getByLabel('动态验证码', { exact: true }).fill('000000');
    await page.getByRole('button', { name: label('完成绑定') }).click();
    await page.getByRole('alert').filter({ hasText: '验证码不正确' }).waitFor();
    await page.getByLabel('动态验证码', { exact: true }).fill(totpFor(secret).generate());
    await page.getByRole('button', { name: label('完成绑定') }).click();

    // Assess: the region admin's console
    await page.waitForURL((url) => url.pathname === '/units');
    await page.getByTestId('viewer').getByText('新任管理员').waitFor();
    await page.getByText(/本区域共 \d+ 个成员单位/).waitFor();

    // Act / Assess: the next sign-in asks for the new password and the enrolled authenticator's code
    await page.getByRole('button', { name: '账号菜单' }).click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel('用户名', { exact: true }).fill('newadmin');
    await page.getByLabel('密码', { exact: true }).fill('Chosen@2026');
    await page.getByRole('button', { name: label('登录') }).click();
    await page.getByText('双重验证').waitFor();
    await expectAccessible(page, 'the authenticator code step');
    await page.getByLabel('动态验证码', { exact: true }).fill(totpFor(secret).generate());
    await page.getByRole('button', { name: label('验证') }).click();
    await page.waitForURL((url) => url.pathname === '/units');
  });
});

/** The keys under which Amplify keeps this tab's tokens (sessionStorage). */
function storedTokenKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(sessionStorage).filter((key) => /\.(accessToken|idToken|refreshToken)$/.test(key)));
}
