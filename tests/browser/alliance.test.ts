import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { chooseOption, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

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

  it('uploads a charter version (it becomes the current one) and files a pending change (备案)', async () => {
    // Prepare: the 章程 tab, the seeded 2024 revision current
    await page.goto('/alliance?tab=charter');
    await page.getByTestId('charter-current').getByText(/第 2 版/).waitFor();

    // Act: 上传新版本, a PDF adopted today
    const title = uniqueName('长安街道区域化党建联合会章程（修订）');
    await page.getByRole('button', { name: label('上传新版本') }).click();
    await modal().locator('input[type=file]').setInputFiles({ name: '章程修订.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n章程修订稿\n%%EOF\n') });
    await modal().getByText('上传完成').waitFor();
    await modal().getByLabel('标题', { exact: true }).fill(title);
    const adopted = modal().getByLabel('通过日期', { exact: true });
    await adopted.click();
    await adopted.fill(dayjs().format('YYYY-MM-DD'));
    await adopted.press('Enter');
    await modal().getByRole('button', { name: label('上传') }).click();

    // Assess: the new version is current, and first of the versions
    await expect.poll(() => modal().count()).toBe(0);
    const current = page.getByTestId('charter-current');
    await current.getByText(title, { exact: false }).waitFor();
    expect(await current.innerText()).toContain('第 3 版');
    expect(await current.getByRole('link', { name: '章程修订.pdf' }).count()).toBe(1);
    expect(await page.getByTestId('charter-versions').locator('tr.ant-table-row').first().innerText()).toContain(title);

    // Act: 变更备案, the seeded pending change of 市第三人民医院党委's liaison
    await page.getByRole('tab', { name: '变更备案' }).click();
    const row = page.getByTestId('representative-changes').locator('tr', { hasText: '市第三人民医院党委' });
    await row.waitFor();
    expect(await row.innerText()).toContain('待备案');
    await row.getByRole('button', { name: '备案：市第三人民医院党委' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: label('备案') }).click();

    // Assess: it leaves 待备案 and is listed under 已备案 with who filed it
    await expect.poll(() => row.count()).toBe(0);
    await page.locator('.ant-segmented-item', { hasText: '已备案' }).click();
    const filed = page.getByTestId('representative-changes').locator('tr', { hasText: '市第三人民医院党委' });
    await filed.waitFor();
    expect(await filed.innerText()).toContain('已备案');
  });

  it('holds a meeting by the street branch: the new-meeting form’s 召开机构 invites the branch’s units', async () => {
    // Act: a draft meeting held by the demo branch 幸福里片区分会
    await page.goto('/meetings/new');
    await page.getByLabel('会议名称', { exact: true }).fill(uniqueName('分会工作会议'));
    await chooseOption(page, page.getByLabel('类型', { exact: true }), /^专题会议$/);
    const start = dayjs().add(20, 'day').hour(9).minute(0);
    for (const [field, at] of [['开始时间', start], ['结束时间', start.add(2, 'hour')]] as const) {
      const input = page.getByLabel(field, { exact: true });
      await input.click();
      await input.fill(at.format('YYYY-MM-DD HH:mm'));
      await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
      await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
    }
    await chooseOption(page, page.getByLabel('召开机构', { exact: true }), /^幸福里片区分会（4 个单位）$/);
    await page.getByRole('button', { name: label('保存') }).click();

    // Assess: its page invites the branch's units, convened by its convener unit
    await page.waitForURL((url) => /^\/meetings\/[^/]+$/.test(url.pathname) && url.pathname !== '/meetings/new');
    const invited = page.getByTestId('invited-units');
    for (const name of ['幸福里社区党委', '华兴建设集团党委', '长安街道社会组织联合党支部']) await invited.getByRole('link', { name }).waitFor();
  });
});
