import ExcelJS from 'exceljs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoCallError, signInWithPassword } from '../../local/cognito-client';
import { totpFor } from '../../local/issuer';
import { expectAccessible } from './a11y';
import { accessToken, createUnit } from './api';
import { chooseOption, fieldError, graphqlRequest, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

/** What the API makes a temporary password of (functions/src/domain/accounts/rules.ts): 12 characters, every class. */
const TEMPORARY_PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[2-9])(?=.*[@#%+=])[A-Za-z2-9@#%+=]{12}$/;
const NEW_PASSWORD = 'Chosen@2026';

/** A mainland mobile number no other run uses: a liaison's username by default. */
const uniqueMobile = () => `158${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The handout sheet's rows as texts: the row holding `username`, and how many rows hold a temporary password. */
async function readHandout(download: Download, username: string): Promise<{ passwordRows: number; row: string[] | null }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  let passwordRows = 0;
  let row: string[] | null = null;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((r) => {
      const cells = (r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(typeof v === 'object' && 'text' in v ? v.text : v).trim()));
      if (cells.some((c) => TEMPORARY_PASSWORD.test(c))) passwordRows += 1;
      if (cells.includes(username)) row = cells;
    });
  }
  return { passwordRows, row };
}

/** The first sign-in with a temporary password: the new-password step (and, for an admin, the caller enrols). */
async function signInWithTemporaryPassword(page: Page, username: string, temporaryPassword: string) {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(temporaryPassword);
  await page.getByRole('button', { name: label('登录') }).click();
  await page.getByText('首次登录，请设置新密码').waitFor();
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('确认新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: label('设置新密码') }).click();
}

/** A unit of the demo region whose liaison has a mobile number, made through the API as its admin. */
async function unitWithLiaison(namePrefix: string, mobile: string): Promise<{ id: string; name: string }> {
  const { createUnit: unit } = await graphqlRequest<{ createUnit: { id: string; name: string } }>(
    baseUrl,
    `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`,
    {
      input: {
        name: uniqueName(namePrefix),
        hostKind: 'ENTERPRISE',
        level: 'BRANCH',
        allianceRole: 'MEMBER_UNIT',
        liaison: { name: '测试联络员', title: '党务干事', phone: mobile },
      },
    },
    await accessToken(baseUrl),
  );
  return unit;
}

describe('Accounts: the platform admin’s regions and their admins, a region’s accounts and its liaisons’ bulk accounts', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = (page: Page) => page.locator('.ant-modal:visible');
  const rowOf = (scope: Page | Locator, text: string) => scope.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });
  const menuItems = (page: Page) => page.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');

  it('lets the platform admin create a region and appoint its admin, who signs in for the first time into that region, then disable it', async () => {
    // Prepare
    const { context, page } = await openPage(browser, baseUrl);
    const regionName = uniqueName('测试街道');
    const slug = uniqueName('qy');
    const username = uniqueName('admin');
    try {
      // Act: the platform admin's home is 区域列表
      await signIn(page, 'platform');
      await page.waitForURL((url) => url.pathname === '/regions');
      await page.getByRole('button', { name: /新建区域/ }).waitFor();
      await expectAccessible(page, 'the region list');

      // Act: 新建区域, with the slug's rule shown at its field
      await page.getByRole('button', { name: /新建区域/ }).click();
      await page.waitForURL('**/regions/new');
      await page.getByText('3–32 位小写字母、数字或连字符').waitFor();
      await expectAccessible(page, 'the new-region form');
      await page.getByLabel('区域名称', { exact: true }).fill(regionName);
      await page.getByLabel('简称', { exact: true }).fill(slug);
      await page.getByLabel('上级党组织', { exact: true }).fill('测试区委');
      await page.getByRole('button', { name: /创建区域/ }).click();

      // Assess: back on the list, 任命管理员 open for the region (closed for now), the region without an admin yet
      await page.waitForURL((url) => url.pathname === '/regions');
      await modal(page).getByText(`任命管理员：${regionName}`).waitFor();
      await modal(page).getByRole('button', { name: label('取消') }).click();
      const row = rowOf(page, regionName);
      await row.waitFor();
      expect(await row.innerText()).toContain(slug);
      expect(await row.innerText()).toContain('尚未任命');

      // Act / Assess: the same slug again is refused at its field, in the API's words
      await page.getByRole('button', { name: /新建区域/ }).click();
      await page.getByLabel('区域名称', { exact: true }).fill(`${regionName}二`);
      await page.getByLabel('简称', { exact: true }).fill(slug);
      await page.getByRole('button', { name: /创建区域/ }).click();
      await fieldError(page, '简称').filter({ hasText: '已被其他区域使用' }).waitFor();
      await page.getByRole('button', { name: label('取消') }).click();
      await page.waitForURL((url) => url.pathname === '/regions');

      // Act: 任命管理员
      await rowOf(page, regionName).getByRole('button', { name: /任命管理员/ }).click();
      const dialog = modal(page);
      await dialog.getByLabel('用户名', { exact: true }).fill(username);
      await dialog.getByLabel('姓名', { exact: true }).fill('测试管理员');
      await dialog.getByLabel('手机号', { exact: true }).fill(uniqueMobile());
      await expectAccessible(page, 'the appoint-admin dialog');
      await dialog.getByRole('button', { name: label('任命') }).click();

      // Assess: the temporary password, once, with its expiry and what the first sign-in asks for
      const shown = page.getByTestId('temporary-password-dialog');
      await shown.waitFor();
      const temporaryPassword = (await page.getByTestId('temporary-password').innerText()).trim();
      expect(temporaryPassword).toMatch(TEMPORARY_PASSWORD);
      expect(await shown.innerText()).toContain('只显示这一次');
      expect(await shown.innerText()).toContain('身份验证器');
      expect(await shown.innerText()).toMatch(/有效期至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      await expectAccessible(page, 'the temporary password dialog');
      await page.getByRole('button', { name: /我已记下/ }).click();
      await expect.poll(() => rowOf(page, regionName).innerText()).toContain('测试管理员');

      // Act: the new admin's first sign-in, in a tab of its own: a new password, then an authenticator
      const { context: adminContext, page: admin } = await openPage(browser, baseUrl);
      try {
        await signInWithTemporaryPassword(admin, username, temporaryPassword);
        await admin.getByText('绑定身份验证器').waitFor();
        const secret = (await admin.getByTestId('totp-secret').innerText()).trim();
        await admin.getByLabel('动态验证码', { exact: true }).fill(totpFor(secret).generate());
        await admin.getByRole('button', { name: label('完成绑定') }).click();

        // Assess: the console of the new region, empty
        await admin.waitForURL((url) => url.pathname === '/units');
        await expect.poll(() => admin.getByTestId('viewer-region').innerText()).toBe(regionName);
        await admin.getByText('本区域共 0 个成员单位').waitFor();
        await admin.goto('/accounts');
        await rowOf(admin, username).waitFor();
        expect(await rowOf(admin, username).innerText()).toContain('秘书处管理员');
      } finally {
        await adminContext.close();
      }

      // Act: the platform admin disables the region's admin, from the region's row
      await page.reload();
      await rowOf(page, regionName).locator('.ant-table-row-expand-icon').click();
      const adminRow = page.locator('.ant-table-expanded-row tr', { hasText: username });
      await adminRow.waitFor();
      await expectAccessible(page, 'a region’s admins');
      await adminRow.getByRole('button', { name: label('停用') }).click();
      await page.locator('.ant-modal-confirm').getByRole('button', { name: label('停用') }).click();

      // Assess: disabled, and its sign-in is refused saying so
      await expect.poll(() => page.locator('.ant-table-expanded-row tr', { hasText: username }).innerText()).toContain('已停用');
      const { context: laterContext, page: later } = await openPage(browser, baseUrl);
      try {
        await later.goto('/login');
        await later.getByLabel('用户名', { exact: true }).fill(username);
        await later.getByLabel('密码', { exact: true }).fill(NEW_PASSWORD);
        await later.getByRole('button', { name: label('登录') }).click();
        await later.getByRole('alert').filter({ hasText: '该账号已停用' }).waitFor();
      } finally {
        await laterContext.close();
      }

      // Act: and removes it (删除, offered once disabled): the region has no admin again
      await page.locator('.ant-table-expanded-row tr', { hasText: username }).getByRole('button', { name: label('删除') }).click();
      await page.locator('.ant-modal-confirm').getByRole('button', { name: label('删除') }).click();
      await expect.poll(() => page.locator('.ant-table-expanded-row tr', { hasText: username }).count()).toBe(0);
      await expect.poll(() => rowOf(page, regionName).innerText()).toContain('尚未任命');
    } finally {
      await context.close();
    }
  });

  it('opens the liaisons’ accounts in bulk, hands the sheet out once, and a liaison signs in to its own unit only', async () => {
    // Prepare: a unit whose liaison has a mobile number (to be opened) and one without a liaison (to be skipped)
    const mobile = uniqueMobile();
    const withLiaison = await unitWithLiaison('批量开通测试党支部', mobile);
    const withoutLiaison = await createUnit(baseUrl, { name: uniqueName('无联络员测试党支部') });
    const { context, page } = await openPage(browser, baseUrl);
    try {
      await signIn(page, 'admin');
      await page.goto('/accounts');
      await page.getByRole('button', { name: /批量开通联络员账号/ }).waitFor();
      await expectAccessible(page, 'the account list');

      // Act: run it to the end
      await page.getByRole('button', { name: /批量开通联络员账号/ }).click();
      const dialog = modal(page);
      await dialog.getByRole('button', { name: /开始开通/ }).click();

      // Assess: done, with counts and the skipped units' reasons
      await dialog.getByText('已处理完本区域全部单位').waitFor({ timeout: 45_000 });
      expect(Number(await dialog.getByTestId('bulk-created').locator('.ant-statistic-content-value').innerText())).toBeGreaterThanOrEqual(1);
      await rowOf(dialog, withoutLiaison.name).filter({ hasText: '未填写联络员' }).waitFor();
      const [, processed, total] = /已处理 (\d+) \/ (\d+) 个单位/.exec(await dialog.getByTestId('bulk-progress-text').innerText())!;
      expect(Number(processed)).toBe(Number(total));
      await dialog.getByText('只能下载一次').waitFor();
      await expectAccessible(page, 'the bulk dialog, done');

      // Act: 下载账号发放单
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /下载账号发放单/ }).click()]);

      // Assess: the sheet has rows with passwords, the new liaison's among them; the button is spent
      expect(download.suggestedFilename()).toMatch(/^联络员账号发放单-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const sheet = await readHandout(download, mobile);
      expect(sheet.passwordRows).toBeGreaterThanOrEqual(1);
      expect(sheet.row).not.toBeNull();
      expect(sheet.row!.join(' ')).toContain(withLiaison.name);
      const temporaryPassword = sheet.row!.find((cell) => TEMPORARY_PASSWORD.test(cell))!;
      expect(temporaryPassword).toBeDefined();
      const spent = dialog.getByRole('button', { name: /已下载/ });
      await spent.waitFor();
      expect(await spent.isDisabled()).toBe(true);
      await dialog.locator('.ant-modal-footer').getByRole('button', { name: label('关闭') }).click();

      // Assess: the account in the list, filtered by its unit
      await chooseOption(page, page.getByLabel('按所属单位筛选', { exact: true }), withLiaison.name, withLiaison.name);
      const row = rowOf(page, mobile);
      await row.waitFor();
      expect(await row.innerText()).toContain('联络员');
      expect(await row.innerText()).toContain('可登录');

      // Act: the liaison's first sign-in with the password from the sheet
      const { context: liaisonContext, page: liaison } = await openPage(browser, baseUrl);
      try {
        await signInWithTemporaryPassword(liaison, mobile, temporaryPassword);

        // Assess: its unit, and only its unit
        await liaison.waitForURL((url) => url.pathname === `/units/${withLiaison.id}`);
        await liaison.getByRole('heading', { name: withLiaison.name }).waitFor();
        await expect.poll(() => menuItems(liaison).allInnerTexts()).toEqual(LIAISON_MENU);
        await liaison.goto('/units');
        await liaison.getByText('无权访问').waitFor();
        await liaison.goto('/accounts');
        await liaison.getByText('无权访问').waitFor();
      } finally {
        await liaisonContext.close();
      }
    } finally {
      await context.close();
    }
  });

  it('creates a liaison’s account for a unit (username from its liaison’s mobile), disables, enables, resets, unlocks and moves it to another unit', async () => {
    // Prepare
    const mobile = uniqueMobile();
    const unit = await unitWithLiaison('新建账号测试党支部', mobile);
    const { context, page } = await openPage(browser, baseUrl);
    const confirm = (action: string) => page.locator('.ant-modal-confirm').getByRole('button', { name: label(action) }).click();
    /** The temporary password the dialog shows, then the dialog closed. */
    const shownPassword = async () => {
      await page.getByTestId('temporary-password-dialog').waitFor();
      const password = (await page.getByTestId('temporary-password').innerText()).trim();
      await page.getByRole('button', { name: /我已记下/ }).click();
      await page.getByTestId('temporary-password-dialog').waitFor({ state: 'detached' });
      return password;
    };
    /** Signs in (a tab of its own) and says what the login page answered: the new-password step, or an alert. */
    const firstSignIn = async (password: string): Promise<string> => {
      const { context: other, page: tab } = await openPage(browser, baseUrl);
      try {
        await tab.goto('/login');
        await tab.getByLabel('用户名', { exact: true }).fill(mobile);
        await tab.getByLabel('密码', { exact: true }).fill(password);
        await tab.getByRole('button', { name: label('登录') }).click();
        const answer = tab.getByText('首次登录，请设置新密码').or(tab.getByRole('alert'));
        await answer.first().waitFor();
        return (await answer.first().innerText()).trim();
      } finally {
        await other.close();
      }
    };
    try {
      await signIn(page, 'admin');
      await page.goto('/accounts');

      // Act: 新建账号 for the unit; its liaison fills in the username, name and phone
      await page.getByRole('button', { name: /新建账号/ }).click();
      const dialog = modal(page);
      await chooseOption(page, dialog.getByLabel('所属单位', { exact: true }), unit.name, unit.name);
      await expect.poll(() => dialog.getByLabel('用户名', { exact: true }).inputValue()).toBe(mobile);
      expect(await dialog.getByLabel('姓名', { exact: true }).inputValue()).toBe('测试联络员');
      await expectAccessible(page, 'the new-account dialog');
      await dialog.getByRole('button', { name: /创建账号/ }).click();
      const first = await shownPassword();
      expect(first).toMatch(TEMPORARY_PASSWORD);

      // Act / Assess: a second liaison account for the unit is refused at the unit's field
      await page.getByRole('button', { name: /新建账号/ }).click();
      await chooseOption(page, modal(page).getByLabel('所属单位', { exact: true }), unit.name, unit.name);
      await modal(page).getByLabel('用户名', { exact: true }).fill(`${mobile}x`);
      await modal(page).getByRole('button', { name: /创建账号/ }).click();
      await fieldError(page, '所属单位').filter({ hasText: '该单位已有联络员账号' }).waitFor();
      await modal(page).getByRole('button', { name: label('取消') }).click();

      // Act: 停用, from the list filtered by the unit
      await chooseOption(page, page.getByLabel('按所属单位筛选', { exact: true }), unit.name, unit.name);
      const row = rowOf(page, mobile);
      await row.waitFor();
      expect(await row.innerText()).toContain('可登录');
      await row.getByRole('button', { name: label('停用') }).click();
      await confirm('停用');

      // Assess: disabled, and its sign-in is refused saying so
      await expect.poll(() => row.innerText()).toContain('已停用');
      expect(await firstSignIn(first)).toContain('该账号已停用');

      // Act: 启用, then 重置密码
      await row.getByRole('button', { name: label('启用') }).click();
      await confirm('启用');
      await expect.poll(() => row.innerText()).toContain('可登录');
      await row.getByRole('button', { name: /重置密码/ }).click();
      await confirm('重置密码');
      const second = await shownPassword();

      // Assess: a new temporary password that works (the first sign-in asks for a new one); the old one does not
      expect(second).toMatch(TEMPORARY_PASSWORD);
      expect(second).not.toBe(first);
      expect(await firstSignIn(second)).toContain('首次登录，请设置新密码');
      expect(await firstSignIn(first)).toContain('用户名或密码错误');

      // Act: wrong passwords until the account is locked (through the issuer's API: quicker than the page)
      for (let i = 0; i < 6; i++) {
        const answer = await signInWithPassword(baseUrl, { username: mobile, password: 'Wrong@2026pw' }).catch((e: CognitoCallError) => e.type);
        if (answer === 'UserLambdaValidationException') break;
      }
      await page.reload();
      // Assess: the row says 已锁定 until when; 解锁 ends it
      await row.getByTestId('locked-tag').filter({ hasText: '已锁定' }).waitFor();
      await row.getByRole('button', { name: label('解锁') }).click();
      await row.getByTestId('locked-tag').waitFor({ state: 'detached' });
      expect(await firstSignIn(second)).toContain('首次登录，请设置新密码');

      // Act: 更换单位 — the liaison moves to another unit, picked in the dialog
      const next = await unitWithLiaison('更换单位测试党支部', uniqueMobile());
      await row.getByRole('button', { name: label('更换单位') }).click();
      const rebind = modal(page);
      await rebind.getByText(`当前单位：${unit.name}`).waitFor();
      await chooseOption(page, rebind.getByLabel('新单位', { exact: true }), next.name, next.name);
      await rebind.getByRole('button', { name: label('更换') }).click();
      // Assess: listed under the new unit now
      await page.getByText(/已为 .* 更换单位/).waitFor();
      await chooseOption(page, page.getByLabel('按所属单位筛选', { exact: true }), next.name, next.name);
      await expect.poll(() => rowOf(page, mobile).innerText()).toContain(next.name);
    } finally {
      await context.close();
    }
  });
});
