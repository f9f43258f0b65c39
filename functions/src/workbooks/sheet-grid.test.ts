import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheetGrid, SHEET_LIMITS } from './sheet-grid';
import { WorkbookRefusedError, zipEntries } from './xlsx-container';

const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** A workbook of one sheet laid out by `fill`. */
const xlsx = async (fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) => {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('名册'), workbook);
  return toBuffer(workbook);
};

/** A zip of stored (uncompressed) entries, for files that are zips but no workbooks. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    directory.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookRefusedError);
  expect((error as WorkbookRefusedError).code).toBe('BAD_USER_INPUT');
  return (error as Error).message;
};

describe('Method: readSheetGrid', () => {
  it('keeps row and column positions, drops trailing empty rows and cells', async () => {
    // Prepare
    const buffer = await xlsx((sheet) => {
      sheet.getCell('B2').value = '姓名';
      sheet.getCell('D4').value = 42;
      sheet.getCell('A7').value = '   ';
      sheet.getCell('A8').style = { font: { bold: true } };
    });
    // Act
    const grid = await readSheetGrid(buffer);
    // Assess
    expect(grid).toEqual([[], [null, '姓名'], [], [null, null, null, 42]]);
  });

  it('repeats a merge’s value down its rows in its first column only', async () => {
    const buffer = await xlsx((sheet) => {
      sheet.mergeCells('A1:C1');
      sheet.getCell('A1').value = '党员名册';
      sheet.mergeCells('B2:B4');
      sheet.getCell('B2').value = '机关党支部';
      sheet.getCell('C2').value = 'x';
      sheet.getCell('C4').value = 'y';
      sheet.mergeCells('D5:E6');
      sheet.getCell('D5').value = '备注';
    });
    expect(await readSheetGrid(buffer)).toEqual([
      ['党员名册'],
      [null, '机关党支部', 'x'],
      [null, '机关党支部'],
      [null, '机关党支部', 'y'],
      [null, null, null, '备注'],
      [null, null, null, '备注'],
    ]);
  });

  it('flattens rich text, hyperlinks and errors, replaces formulas by their results, keeps dates and booleans', async () => {
    const buffer = await xlsx((sheet) => {
      sheet.getCell('A1').value = { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] };
      sheet.getCell('B1').value = { formula: 'DATE(1980,1,2)', result: 29222 };
      sheet.getCell('C1').value = { formula: 'A1&"x"', result: '张三x' };
      sheet.getCell('D1').value = { text: '阳光社区', hyperlink: 'https://example.org' };
      sheet.getCell('E1').value = { error: '#N/A' };
      sheet.getCell('F1').value = new Date(Date.UTC(2001, 6, 1));
      sheet.getCell('G1').value = true;
      sheet.getCell('H1').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    });
    expect(await readSheetGrid(buffer)).toEqual([['张三', 29222, '张三x', '阳光社区', '#N/A', new Date(Date.UTC(2001, 6, 1)), true]]);
  });

  it('reads the first visible sheet, or the one asked for by name or position', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('选项', { state: 'hidden' }).getCell('A1').value = 'hidden';
    workbook.addWorksheet('名册').getCell('A1').value = 'roster';
    workbook.addWorksheet('说明').getCell('A1').value = 'notes';
    const buffer = await toBuffer(workbook);
    expect(await readSheetGrid(buffer)).toEqual([['roster']]);
    expect(await readSheetGrid(buffer, { sheet: '说明' })).toEqual([['notes']]);
    expect(await readSheetGrid(buffer, { sheet: 1 })).toEqual([['hidden']]);
    expect(await refusal(readSheetGrid(buffer, { sheet: '花名册' }))).toBe('工作簿中没有工作表“花名册”');
  });

  it('refuses what is no .xlsx, saying what to do', async () => {
    const workbook = await xlsx((sheet) => (sheet.getCell('A1').value = 1));
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await refusal(readSheetGrid(xls))).toMatch(/^这是旧版 Excel 文件（\.xls）/);
    expect(await refusal(readSheetGrid(Buffer.from('姓名,身份证号码\n张三,110105198001021234\n')))).toMatch(/^文件不是 Excel 工作簿/);
    expect(await refusal(readSheetGrid(Buffer.alloc(0)))).toMatch(/^文件不是 Excel 工作簿/);
    expect(await refusal(readSheetGrid(workbook.subarray(0, workbook.length - 100)))).toMatch(/^文件不是 Excel 工作簿（\.xlsx）或已损坏/);
    expect(await refusal(readSheetGrid(storedZip({ 'word/document.xml': '<w:document/>' })))).toMatch(/^文件不是 Excel 工作簿（\.xlsx）；/);
    expect(await refusal(readSheetGrid(storedZip({ 'xl/workbook.xml': '<not-a-workbook' })))).toMatch(/^无法读取该 Excel 文件/);
  });

  it('refuses a sheet beyond its row or column limit, naming the limit; blank rows below do not count', async () => {
    // Prepare
    const rows = await xlsx((sheet) => {
      for (let r = 1; r <= 6; r += 1) sheet.getCell(r, 1).value = r;
      for (let r = 7; r <= 9; r += 1) sheet.getCell(r, 1).value = ' ';
    });
    const columns = await xlsx((sheet) => {
      sheet.getCell(1, 1).value = '姓名';
      sheet.getCell(1, 4).value = '籍贯';
    });
    // Act / Assess
    expect(await readSheetGrid(rows, { limits: { rows: 6 } })).toHaveLength(6);
    expect(await refusal(readSheetGrid(rows, { limits: { rows: 5 } }))).toBe('表格有内容的行到第 6 行，超过 5 行的上限；每次最多导入 10000 名党员，请分成多个文件上传');
    expect(await refusal(readSheetGrid(columns, { limits: { columns: 3 } }))).toBe('表格第 1 行第 4 列有内容，超过 3 列的上限；请删除多余的列后重新上传');
  });

  it('stops parsing a sheet with far more rows than the limit, and refuses parts that inflate too much', async () => {
    const styled = await xlsx((sheet) => {
      for (let r = 1; r <= 30; r += 1) sheet.getCell(r, 1).style = { font: { bold: true } };
    });
    expect(await refusal(readSheetGrid(styled, { limits: { rows: 10 } }))).toBe('表格行数或列数过多（上限 10 行、64 列）；每次最多导入 10000 名党员，请分成多个文件上传');
    expect(await refusal(readSheetGrid(styled, { limits: { inflatedBytes: 1024 } }))).toMatch(/^文件内容过大（解压后约 1 MB，上限 1 MB）/);
    expect(SHEET_LIMITS).toEqual({ rows: 10_011, columns: 64, inflatedBytes: 40 * 1024 * 1024 });
  });
});

describe('Method: zipEntries', () => {
  it('lists the central directory with declared sizes, and gives up on what is no zip', () => {
    expect(zipEntries(storedZip({ 'a.xml': 'abc', 'xl/b.xml': '' }))).toEqual([
      { name: 'a.xml', uncompressedSize: 3 },
      { name: 'xl/b.xml', uncompressedSize: 0 },
    ]);
    expect(zipEntries(Buffer.from('PK nothing'))).toBeNull();
  });
});
