import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { createUnit, findUnitByName, updateUnit } from './api';
import { chooseOption, fieldError, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const ROOT = '长安街道党工委';

describe('Unit form: create, server field errors, stale versions', () => {
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

  async function fillRequired(name: string) {
    await page.getByLabel('单位名称', { exact: true }).fill(name);
    await chooseOption(page, page.getByLabel('单位类别', { exact: true }), /^企业$/);
    await chooseOption(page, page.getByLabel('组织层级', { exact: true }), /^党支部$/);
    await chooseOption(page, page.getByLabel('联盟角色', { exact: true }), /^成员单位$/);
  }

  it('creates a unit through the form and shows it in the table', async () => {
    // Prepare
    const name = uniqueName('表单新建党支部');
    await page.goto('/units/new');
    await page.getByLabel('单位名称', { exact: true }).waitFor();
    await expectAccessible(page, 'the create form');

    // Act
    await fillRequired(name);
    await chooseOption(page, page.getByLabel('上级党组织', { exact: true }), ROOT, ROOT.slice(0, 4));
    await page.getByLabel('负责人 姓名').fill('李明');
    await page.getByLabel('负责人 联系电话').fill('13800138000');
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the unit page, then the table
    await page.waitForURL(/\/units\/[^/]+$/);
    await page.getByRole('heading', { name }).waitFor();
    await page.getByRole('link', { name: ROOT }).first().waitFor();
    await page.goto(`/units?q=${encodeURIComponent(name)}`);
    await page.getByRole('link', { name, exact: true }).waitFor();
  });

  it('validates before sending and shows the server error under the name field', async () => {
    const existing = await createUnit(baseUrl, { name: uniqueName('重名测试党支部') });
    await page.goto('/units/new');

    // Client-side: nothing is sent without a name. The member counts are the roster's: no field of the form.
    await page.getByRole('button', { name: label('保存') }).click();
    await fieldError(page, '单位名称').getByText('请输入单位名称').waitFor();
    expect(await page.getByLabel('党员人数', { exact: true }).count()).toBe(0);

    // Server-side: a duplicate name comes back as BAD_USER_INPUT on `name`.
    await fillRequired(existing.name);
    await page.getByRole('button', { name: label('保存') }).click();

    await fieldError(page, '单位名称').getByText(/已有名为/).waitFor();
    expect(page.url()).toMatch(/\/units\/new$/);
    await expectAccessible(page, 'the create form with a server error');
  });

  it('drops a server error once its field is corrected, and does not show it again after the next answer', async () => {
    // Prepare: a name that is taken, and a phone the server refuses (it checks the phone first)
    const existing = await createUnit(baseUrl, { name: uniqueName('旧错误测试党支部') });
    const phone = page.getByLabel('负责人 联系电话', { exact: true });
    const phoneError = fieldError(page, '负责人 联系电话');
    await page.goto('/units/new');
    await fillRequired(existing.name);
    await page.getByLabel('负责人 姓名').fill('王芳');
    await phone.fill('电话不详');
    await page.getByRole('button', { name: label('保存') }).click();
    await phoneError.getByText('电话号码格式不正确').waitFor();

    // Act: correct the phone
    await phone.fill('13800138000');

    // Assess: the phone's error is gone at once
    await expect.poll(() => phoneError.count()).toBe(0);

    // Act: save; the server now refuses the name
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: the name's error, and still none under the phone
    await fieldError(page, '单位名称').getByText(/已有名为/).waitFor();
    expect(await phoneError.count()).toBe(0);

    // Act: correct the name; the save goes through
    const name = uniqueName('旧错误测试党支部');
    await page.getByLabel('单位名称', { exact: true }).fill(name);
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess
    await page.waitForURL(/\/units\/[^/]+$/);
    await page.getByRole('heading', { name }).waitFor();
    await page.getByText('13800138000').waitFor();
    expect(await page.locator('.ant-form-item-explain-error').count()).toBe(0);
  });

  it('asks before the menu leaves an edited form, and not after 取消, a save, or with nothing changed', async () => {
    const unit = await createUnit(baseUrl, { name: uniqueName('离开确认党支部') });
    const dialog = page.locator('.ant-modal:visible', { hasText: '离开此页？' });
    const treeItem = page.getByRole('menuitem', { name: /组织架构/ });

    // Create form, something typed, 组织架构 in the menu: asked; 继续编辑 keeps the form as it was
    await page.goto('/units/new');
    const nameField = page.getByLabel('单位名称', { exact: true });
    await nameField.fill('尚未保存的单位');
    await treeItem.click();
    await dialog.waitFor();
    await expectAccessible(page, 'the leave-this-page dialog');
    await dialog.getByRole('button', { name: '继续编辑' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/units/new');
    expect(await nameField.inputValue()).toBe('尚未保存的单位');

    // Asked again, 离开此页 leaves
    await treeItem.click();
    await dialog.getByRole('button', { name: '离开此页' }).click();
    await page.waitForURL((url) => url.pathname === '/units/tree');

    // Edit form: unchanged, the menu leaves without asking
    await page.goto(`/units/${unit.id}`);
    await page.getByRole('button', { name: label('编辑') }).click();
    await page.waitForURL(new RegExp(`/units/${unit.id}/edit$`));
    await expect.poll(() => nameField.inputValue()).toBe(unit.name);
    await treeItem.click();
    await page.waitForURL((url) => url.pathname === '/units/tree');

    // Edited, then 取消: back to the unit without asking
    await page.goto(`/units/${unit.id}`);
    await page.getByRole('button', { name: label('编辑') }).click();
    await expect.poll(() => nameField.inputValue()).toBe(unit.name);
    await page.getByLabel('地址', { exact: true }).fill('取消的修改');
    await page.getByRole('button', { name: label('取消') }).click();
    await page.waitForURL(new RegExp(`/units/${unit.id}$`));

    // Edited, then saved: the unit's page without asking
    await page.getByRole('button', { name: label('编辑') }).click();
    await expect.poll(() => nameField.inputValue()).toBe(unit.name);
    await page.getByLabel('地址', { exact: true }).fill('保存的修改');
    await page.getByRole('button', { name: label('保存') }).click();
    await page.waitForURL(new RegExp(`/units/${unit.id}$`));
    // The saved address on the page (the 审计记录 card may show it too, once it has loaded).
    await page.getByText('保存的修改').first().waitFor();
    expect(await dialog.count()).toBe(0);
  });

  it('says so when the unit changed since the form was opened, and reloads it', async () => {
    // Prepare: a unit, opened for editing
    const unit = await createUnit(baseUrl, { name: uniqueName('版本冲突党支部') });
    await page.goto(`/units/${unit.id}/edit`);
    const address = page.getByLabel('地址', { exact: true });
    await expect.poll(() => page.getByLabel('单位名称', { exact: true }).inputValue()).toBe(unit.name);
    await expectAccessible(page, 'the edit form');

    // Someone else saves first
    await updateUnit(baseUrl, { id: unit.id, version: unit.version, address: '他人修改的地址' });

    // Act
    await address.fill('我的修改');
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess
    const alert = page.getByRole('alert').filter({ hasText: '该记录已被他人修改' });
    await alert.waitFor();
    await expectAccessible(page, 'the edit form with a conflict');
    await alert.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => address.inputValue()).toBe('他人修改的地址');
    await alert.waitFor({ state: 'detached' });

    // Saving on the fresh version works
    await address.fill('重新加载后的修改');
    await page.getByRole('button', { name: label('保存') }).click();
    await page.waitForURL(new RegExp(`/units/${unit.id}$`));
    await page.getByText('重新加载后的修改').waitFor();
    expect((await findUnitByName(baseUrl, unit.name)).version).toBe(unit.version + 2);
  });
});
