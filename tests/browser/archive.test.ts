import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIAISON_UNIT } from '../../local/seed';
import { expectAccessible } from './a11y';
import { chooseOption, fieldError, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

/** A unit of the demo region other than the liaison's: the documents filed here are not the liaison's to see. */
const UNIT = '区文化馆党支部';

/** expect.poll with room for a mutation, a refetch and an animation on a loaded machine (its default is 1 s). */
const poll = <T,>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** A small PDF (its bytes are checked against the declared size and hash, not parsed). */
const pdf = (name: string, text: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`) });

describe('档案: filed into a folder, replaced, verified, deleted to the 回收站 and restored; a liaison sees its own unit’s', () => {
  let browser: Browser;
  let admin: Page;
  let liaison: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    [{ page: admin }, { page: liaison }] = await Promise.all([openPage(browser, baseUrl), openPage(browser, baseUrl)]);
    await Promise.all([signIn(admin, 'admin'), signIn(liaison, 'liaison')]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => admin.locator('.ant-modal:visible');
  const drawer = () => admin.locator('.ant-drawer:visible');
  const documents = (p: Page) => p.getByTestId('archive-documents').locator('tr.ant-table-row');
  const folderCount = (p: Page, folder: string) =>
    p.getByTestId(`archive-folder-${folder}`).getByTestId('archive-folder-count').innerText();

  async function openAddDialog(title: string, file: string) {
    await admin.getByRole('button', { name: label('归档') }).click();
    await modal().locator('input[type=file]').setInputFiles(pdf(file, title));
    await modal().getByText('上传完成').waitFor();
    await modal().getByLabel('标题', { exact: true }).fill(title);
  }

  it('refuses a 三册四簿 document without a unit at 所属单位 (the API’s answer, under the field)', async () => {
    // Prepare: the archive opened on 党员基本信息名册
    await admin.goto('/archive?folder=MEMBER_ROSTER');
    await poll(() => folderCount(admin, 'MEMBER_ROSTER')).toMatch(/^\d+$/);

    // Act: 归档 with a file and a title, no unit
    await openAddDialog(uniqueName('党员基本信息名册'), '名册.pdf');
    await modal().getByRole('button', { name: label('归档') }).click();

    // Assess: refused at 所属单位, the dialog stays open
    await fieldError(admin, '所属单位').getByText('三册四簿须选择所属党组织').waitFor();
    await expectAccessible(admin, 'the 归档 dialog with a field error');
    await modal().getByRole('button', { name: label('取消') }).click();
    await poll(() => modal().count()).toBe(0);
  });

  it('files a document into 支部组织生活记实簿, replaces its file (two versions), verifies it (完整), deletes it and restores it from the 回收站', async () => {
    // Prepare: the folder and its count
    const folder = 'ORGANISATION_LIFE_RECORD';
    await admin.getByTestId(`archive-folder-${folder}`).click();
    await admin.waitForURL((url) => url.searchParams.get('folder') === folder);
    const before = Number(await folderCount(admin, folder));
    await expectAccessible(admin, 'the archive');

    // Act: 归档 for a unit, with a file
    const title = uniqueName('支部组织生活记实簿');
    await openAddDialog(title, '组织生活记实簿.pdf');
    await chooseOption(admin, modal().getByLabel('所属单位', { exact: true }), new RegExp(`^${UNIT}`), '区文化馆');
    await modal().getByLabel('说明', { exact: true }).fill('上半年记录');
    await modal().getByRole('button', { name: label('归档') }).click();

    // Assess: listed in the folder with one version and its file; the folder's count went up
    await poll(() => modal().count()).toBe(0);
    const row = documents(admin).filter({ hasText: title });
    await row.waitFor();
    expect(await row.innerText()).toContain(UNIT);
    expect(await row.getByRole('link', { name: '组织生活记实簿.pdf' }).count()).toBe(1);
    await poll(() => folderCount(admin, folder)).toBe(String(before + 1));

    // Act: its drawer, 替换文件 with a note
    await row.getByRole('button', { name: title }).click();
    const versions = drawer().getByTestId('archive-versions').locator('tr.ant-table-row');
    await poll(() => versions.count()).toBe(1);
    await drawer().getByRole('button', { name: label('替换文件') }).click();
    await modal().locator('input[type=file]').setInputFiles(pdf('组织生活记实簿（补充）.pdf', `${title} 补充`));
    await modal().getByText('上传完成').waitFor();
    await modal().getByLabel('替换说明', { exact: true }).fill('补充第三季度记录');
    await modal().getByRole('button', { name: label('替换') }).click();

    // Assess: version 2 first, version 1 kept
    await poll(() => modal().count()).toBe(0);
    await poll(() => versions.count()).toBe(2);
    expect(await versions.nth(0).innerText()).toMatch(/第 2 版[\s\S]*组织生活记实簿（补充）\.pdf[\s\S]*补充第三季度记录/);
    expect(await versions.nth(1).innerText()).toMatch(/第 1 版[\s\S]*组织生活记实簿\.pdf/);

    // Act + Assess: 校验 — every version's file and the chain are intact
    await drawer().getByRole('button', { name: label('校验') }).click();
    await drawer().getByTestId('archive-verification').getByText(/完整：2 个版本/).waitFor();
    // …and recorded on the document (最近校验), as the daily verify records it
    await poll(() => drawer().getByTestId('archive-last-verification').innerText()).toMatch(/^完整 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await expectAccessible(admin, 'the document drawer');

    // Act: 删除 (confirmed)
    await drawer().getByRole('button', { name: label('删除') }).click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: label('删除') }).click();

    // Assess: gone from the folder (and its count), in the 回收站 with 可恢复至
    await poll(() => drawer().count()).toBe(0);
    await poll(() => row.count()).toBe(0);
    await poll(() => folderCount(admin, folder)).toBe(String(before));
    await admin.getByRole('tab', { name: '回收站' }).click();
    const deleted = admin.getByTestId('archive-recycle-bin').locator('tr.ant-table-row', { hasText: title });
    await deleted.waitFor();
    // The day the daily maintenance will purge it: 30 days on, at 03:00 China time
    expect(await deleted.innerText()).toMatch(/将于 \d{4}-\d{2}-\d{2} 清除/);

    // Act: 恢复
    await deleted.getByRole('button', { name: `恢复 ${title}` }).click();

    // Assess: out of the 回收站, back in its folder
    await poll(() => deleted.count()).toBe(0);
    await admin.getByRole('tab', { name: '档案' }).click();
    await documents(admin).filter({ hasText: title }).waitFor();
    await poll(() => folderCount(admin, folder)).toBe(String(before + 1));
  });

  it('shows a liaison its own unit’s documents only (the demo data): no unit filter, no 回收站', async () => {
    await liaison.goto('/archive');
    const rows = documents(liaison);
    await poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const texts = await rows.allInnerTexts();
    expect(texts.every((text) => text.includes(DEMO_LIAISON_UNIT))).toBe(true);
    expect(texts.some((text) => text.includes('支部组织生活记实簿'))).toBe(true);
    expect(texts.some((text) => text.includes('共建协议'))).toBe(false);
    await poll(() => folderCount(liaison, 'AGREEMENTS')).toBe('0');
    expect(await liaison.getByRole('tab', { name: '回收站' }).count()).toBe(0);
    expect(await liaison.getByRole('combobox', { name: '所属单位' }).count()).toBe(0);
    const menu = liaison.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');
    await poll(() => menu.allInnerTexts()).toEqual(LIAISON_MENU);
  });
});
