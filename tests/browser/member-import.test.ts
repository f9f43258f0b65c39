import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIdNumber } from '../../functions/src/domain/members/id-number';
import { expectAccessible } from './a11y';
import { createUnit, type CreatedUnit } from './api';
import { chooseOption, label, launchBrowser, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A wrong check character (the right one is 8): the API's words for it. */
const BAD_ID_NUMBER = '110105198001011234';
const CHECK_DIGIT_MESSAGE = '身份证号码校验位不正确，请核对';

interface ClerkRow {
  name: string;
  idNumber: string;
  joinedOn: Date | string;
}

/**
 * A roster as a clerk keeps it: a title row, a line of notes, the header on row 3 in the clerk's own words
 * (公民身份号码, 人员类别 for 正式/预备, 所在支部 …), a 序号 column and a 说明 column the roster does not know.
 */
async function clerkWorkbook(unitName: string, rows: ClerkRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员名册');
  sheet.addRow([`${unitName}党员花名册`]);
  sheet.addRow(['填报单位（盖章）：', '', '', '填报日期：2026年1月']);
  sheet.addRow(['序号', '姓名', '公民身份号码', '人员类别', '入党时间', '党员类别', '所在支部', '说明']);
  rows.forEach((row, i) => sheet.addRow([i + 1, row.name, row.idNumber, '正式党员', row.joinedOn, '在职党员', unitName, `第${i + 1}人`]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The names in a downloaded roster's first sheet, below its header (the export's header is row 1). */
async function namesIn(download: Download): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const names: string[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) names.push(String(row.getCell(1).value ?? ''));
  });
  return names.filter(Boolean);
}

describe('Members: the Excel import wizard and the export', () => {
  let browser: Browser;
  let page: Page;
  let unit: CreatedUnit;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    unit = await createUnit(baseUrl, { name: uniqueName('导入测试党支部') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const figure = (id: string) => page.getByTestId(`import-${id}`).locator('.ant-statistic-content');
  const rowsOf = (testId: string) => page.getByTestId(testId).locator('.ant-table-tbody tr.ant-table-row');
  const rosterNames = () => page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();

  async function upload(file: Buffer) {
    await page.goto('/members/import');
    await page.getByRole('button', { name: /选择 Excel 文件/ }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: '党员花名册.xlsx', mimeType: XLSX, buffer: file });
    await page.waitForURL(/\/members\/import\/[^/]+$/);
    await figure('to-import').waitFor();
  }

  it('imports a clerk’s roster: preview with the bad row at its column, a remapped column, three members created', async () => {
    // Prepare: three valid rows (unique numbers per run: random sequences) and one with a wrong check character
    const suffix = uniqueName('');
    const sequence = 100 + Math.floor(Math.random() * 400) * 2; // even: women
    const rows: ClerkRow[] = [
      { name: `导入甲${suffix}`, idNumber: composeIdNumber('110105', '1975-03-08', sequence), joinedOn: new Date(Date.UTC(2001, 6, 1)) },
      { name: `导入乙${suffix}`, idNumber: composeIdNumber('110105', '1982-11-20', sequence + 1), joinedOn: '2006-05-04' },
      { name: `导入丙${suffix}`, idNumber: composeIdNumber('110105', '1990-06-15', sequence + 3), joinedOn: '2012.07.01' },
      { name: `导入丁${suffix}`, idNumber: BAD_ID_NUMBER, joinedOn: '2005-07-01' },
    ];
    const file = await clerkWorkbook(unit.name, rows);

    // Act: from the roster to the wizard; the template downloads
    await page.goto('/members');
    await page.getByRole('link', { name: /导入党员/ }).click();
    await page.waitForURL((url) => url.pathname === '/members/import');
    await expectAccessible(page, 'the import wizard’s first step');
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载模板/ }).click()]);
    expect(template.suggestedFilename()).toBe('党员名册导入模板.xlsx');

    // Act: upload the clerk's file
    await upload(file);

    // Assess: the summary, and the bad row by its sheet row number (header on 3: the rows are 4–7) at its column
    expect(await figure('total').innerText()).toBe('4');
    expect(await figure('to-import').innerText()).toBe('3');
    expect(await figure('with-errors').innerText()).toBe('1');
    expect(await figure('on-roster').innerText()).toBe('0');
    expect(await rowsOf('import-errors').allInnerTexts()).toEqual([`7\t公民身份号码\t${CHECK_DIGIT_MESSAGE}`]);
    await page.getByText('有错误的行不会导入；其余 3 行可以导入').waitFor();
    await expectAccessible(page, 'the import preview');

    // The import's id is the URL's: a reload shows the same preview
    await page.reload();
    await figure('to-import').getByText('3').waitFor();

    // Act: the unknown 说明 column imported as 备注, checked again
    const noteColumn = page.getByRole('combobox', { name: '“说明”列导入为' });
    expect(await page.locator('.ant-select', { has: noteColumn }).innerText()).toContain('不导入');
    await chooseOption(page, noteColumn, /^备注$/);
    await page.getByRole('button', { name: /重新检查/ }).click();

    // Assess: the new preview keeps the choice; still three to import
    await expect.poll(() => page.locator('.ant-select', { has: page.getByRole('combobox', { name: '“说明”列导入为' }) }).innerText()).toContain('备注');
    expect(await figure('to-import').innerText()).toBe('3');

    // Act: import
    await page.getByRole('button', { name: /开始导入/ }).click();

    // Assess: the result, and the members on their unit's roster
    await page.getByText('导入完成').waitFor();
    expect(await figure('created').innerText()).toBe('3');
    expect(await figure('skipped').innerText()).toBe('0');
    expect(await figure('failed').innerText()).toBe('0');
    await expectAccessible(page, 'the import result');

    // The import's page, opened again, shows where it stands: done
    const importPath = new URL(page.url()).pathname;
    await page.goto('/members');
    await page.goto(importPath);
    await page.getByText('导入完成').waitFor();
    expect(await figure('created').innerText()).toBe('3');

    // Assess: the members on their unit's roster, the remapped 说明 as their 备注
    await page.getByRole('link', { name: /查看党员名册/ }).click();
    await page.waitForURL((url) => url.pathname === '/members');
    await page.goto(`/members?unit=${unit.id}`);
    await expect.poll(async () => (await rosterNames()).sort()).toEqual(rows.slice(0, 3).map((r) => r.name).sort());
    await page.getByRole('link', { name: rows[0]!.name, exact: true }).click();
    await page.getByRole('heading', { name: rows[0]!.name }).waitFor();
    const note = page.locator('th.ant-descriptions-item-label').getByText('备注', { exact: true }).locator('xpath=ancestor::th[1]/following-sibling::td[1]');
    expect(await note.innerText()).toBe('第1人');
  });

  it('finds nothing to import in the same file again: its members are on the roster', async () => {
    // Prepare: a file imported once
    const suffix = uniqueName('');
    const rows: ClerkRow[] = [
      { name: `重复甲${suffix}`, idNumber: composeIdNumber('110106', '1970-01-02', 201 + 2 * Math.floor(Math.random() * 300)), joinedOn: '1998-07-01' },
      { name: `重复乙${suffix}`, idNumber: composeIdNumber('110106', '1971-02-03', 200 + 2 * Math.floor(Math.random() * 300)), joinedOn: '1999-07-01' },
      { name: `重复丙${suffix}`, idNumber: composeIdNumber('110106', '1972-03-04', 202 + 2 * Math.floor(Math.random() * 300)), joinedOn: '2000-07-01' },
      { name: `重复丁${suffix}`, idNumber: BAD_ID_NUMBER, joinedOn: '2005-07-01' },
    ];
    const file = await clerkWorkbook(unit.name, rows);
    await upload(file);
    const firstImport = page.url();
    await page.getByRole('button', { name: /开始导入/ }).click();
    await page.getByText('导入完成').waitFor();
    // The wizard's first step lists it first among the recent imports (newest first), completed, linked to its page.
    await page.goto('/members/import');
    await page.getByText('最近的导入').waitFor();
    const newest = page.getByRole('row').filter({ has: page.getByRole('link', { name: '党员花名册.xlsx' }) }).first();
    await newest.getByText('已完成').waitFor();
    expect(await newest.getByRole('link').getAttribute('href')).toBe(new URL(firstImport).pathname);

    // Act: the same file again
    await upload(file);

    // Assess: 0 to import, the three as on the roster, and no way to start
    expect(await figure('to-import').innerText()).toBe('0');
    expect(await figure('on-roster').innerText()).toBe('3');
    await page.getByText('表中 3 名党员已在名册中，无需再次导入。').waitFor();
    expect(await page.getByRole('button', { name: /开始导入/ }).isDisabled()).toBe(true);
    await expectAccessible(page, 'a preview with nothing to import');
  });

  it('exports the filtered roster, one sheet per unit, as a download', async () => {
    // Prepare: the unit's roster (filled by the imports above)
    await page.goto(`/members?unit=${unit.id}`);
    await expect.poll(async () => (await rosterNames()).length).toBe(6);
    const shown = await rosterNames();

    // Act
    await page.getByRole('button', { name: /导出/ }).click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByText('将导出当前筛选条件下的党员。').waitFor();
    await dialog.getByRole('checkbox', { name: /按单位分表/ }).check();
    await expectAccessible(page, 'the export dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: label('导出') }).click()]);

    // Assess: a workbook whose first sheet is the unit's, with the members shown
    expect(download.suggestedFilename()).toMatch(/^党员名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect((await namesIn(download)).sort()).toEqual([...shown].sort());
  });

  it('gives a unit liaison the export of its own unit but not the import', async () => {
    // Prepare
    const liaison = await openPage(browser, baseUrl);
    try {
      await signIn(liaison.page, 'liaison');
      await liaison.page.goto('/members');
      await liaison.page.getByText('仅显示本单位的党员').waitFor();
      const firstShown = liaison.page.locator('.ant-table-tbody tr.ant-table-row td:first-child').first();
      await firstShown.waitFor();
      expect(await liaison.page.getByRole('link', { name: /导入党员/ }).count()).toBe(0);

      // Act
      await liaison.page.getByRole('button', { name: /导出/ }).click();
      const dialog = liaison.page.locator('.ant-modal:visible');
      await dialog.getByText(/导出本单位的党员名册/).waitFor();
      const downloaded = liaison.page.waitForEvent('download', { timeout: 30_000 });
      const exportButton = dialog.getByRole('button', { name: label('导出') });
      await exportButton.click();
      // The dialog closes once the file is made. A click landing while it still animates open can be lost (seen once
      // in CI): click again then — but a refusal shown in the dialog fails with its words.
      await dialog.waitFor({ state: 'hidden', timeout: 8_000 }).catch(async () => {
        const refusal = await dialog.getByRole('alert').allInnerTexts();
        if (refusal.length > 0) throw new Error(`export refused: ${refusal.join(' ')}`);
        await exportButton.click();
      });
      const download = await downloaded;

      // Assess: its unit's members, and 无权访问 on the wizard
      expect(await namesIn(download)).toContain(await firstShown.innerText());
      await liaison.page.goto('/members/import');
      await liaison.page.getByText('无权访问').waitFor();
    } finally {
      await liaison.context.close();
    }
  });
});
