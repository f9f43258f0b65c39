import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { composeIdNumber } from './id-number';
import { continueMemberImport, exportMembers, memberImportTemplate, previewMemberImport } from './import-service';
import { listMembers } from './service';
import { XLSX_CONTENT_TYPE } from './workbooks';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let community: Unit;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin, { name: '华兴建设集团党委' });
  community = await givenUnit(ports, admin, { ...COMMUNITY, name: '幸福里社区党委' });
});

/** A clerk's own roster: a title over the columns, the header on row 3 in their own words. */
async function clerkFile(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['华兴建设集团党委党员花名册']);
  sheet.mergeCells('A1:H1');
  sheet.addRow([]);
  sheet.addRow(['序号', '姓名', '公民身份号码', '人员类别', '入党时间', '党员类别', '所在支部', '现居住社区']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const id = (birthDate: string, sequence: number) => composeIdNumber('110105', birthDate, sequence);
const upload = async (bytes: Uint8Array) => givenUpload(ports, admin, { bytes, contentType: XLSX_CONTENT_TYPE, fileName: '花名册.xlsx' });
const rosterNames = async () => (await listMembers(admin, { first: 100 }, ports)).edges.map((e) => e.node.name);

async function importAll(importId: string) {
  let job = await continueMemberImport(admin, importId, ports);
  for (let i = 0; job.status !== 'COMPLETED' && i < 50; i++) job = await continueMemberImport(admin, importId, ports);
  return job;
}

describe('Method: previewMemberImport / continueMemberImport', () => {
  it('previews a clerk-style file row by row, imports the valid rows, and changes nothing the second time', async () => {
    // Prepare
    const bytes = await clerkFile([
      [1, '王建国', id('1980-01-02', 11), '正式党员', '2005/7/1', '在职', '华兴建设集团党委', '幸福里社区党委'],
      [2, '李丽华', id('1985-03-04', 22), '预备', '2025年7月1日', '在职党员', '华兴建设集团党委', null],
      [3, '错号码', '110105198001011234', '正式', '2005-07-01', '在职', '华兴建设集团党委', null],
      [4, '无单位', id('1970-05-06', 33), '正式', '1995-07-01', '离退休', '不存在的党支部', null],
      [5, '太年轻', id('2000-01-01', 45), '正式', '2010-01-01', '在职', '华兴建设集团党委', null],
    ]);
    const uploadId = await upload(bytes);
    // Act
    const preview = await previewMemberImport(admin, { uploadId }, ports);
    // Assess
    expect(preview).toMatchObject({ status: 'PREVIEWED', headerRowNumber: 3, toImport: 2, errorCount: 3, problems: [] });
    expect(preview.summary).toEqual({ totalRows: 5, valid: 2, withErrors: 3, skippedBlank: 0, alreadyOnRoster: 0 });
    expect(preview.errors).toEqual([
      expect.objectContaining({ rowNumber: 6, column: '公民身份号码', field: 'idNumber' }),
      { rowNumber: 7, column: '所在支部', field: 'unitName', message: '未找到单位: 不存在的党支部' },
      { rowNumber: 8, column: '入党时间', field: 'joinedOn', message: '入党日期须在年满 18 周岁之后' },
    ]);
    expect(preview.columns.find((c) => c.header === '序号')).toEqual({ index: 0, header: '序号', field: null });
    // The file with its plain ID numbers is gone; what is kept is sealed.
    expect(ports.memory.object(`uploads/${regionId}/${uploadId}`)).toBeUndefined();
    expect(new TextDecoder().decode(ports.memory.object(`payloads/${regionId}/${preview.id}/rows`)!.bytes)).not.toContain(id('1980-01-02', 11));

    // Act: import
    const done = await importAll(preview.id);
    // Assess
    expect(done).toMatchObject({ status: 'COMPLETED', processed: 2, created: 2, skipped: 0, failures: [] });
    expect(await rosterNames()).toEqual(['李丽华', '王建国']);
    expect(await ports.units.get(regionId, unit.id)).toMatchObject({ memberCount: 2, fullMemberCount: 1 });
    expect(ports.memory.auditEntries().filter((e) => e.operation === 'importMember')).toHaveLength(2);
    expect(ports.memory.object(`payloads/${regionId}/${preview.id}/rows`)).toBeUndefined();

    // Act: the same file again
    const again = await previewMemberImport(admin, { uploadId: await upload(bytes) }, ports);
    // Assess
    expect(again).toMatchObject({ toImport: 0, summary: expect.objectContaining({ valid: 2, alreadyOnRoster: 2 }) });
    expect(await importAll(again.id)).toMatchObject({ status: 'COMPLETED', created: 0 });
    expect(await ports.units.get(regionId, unit.id)).toMatchObject({ memberCount: 2 });
  });

  it('lets the clerk map a column the header does not name, on the kept sheet', async () => {
    // Prepare: "党员类别" written as "类型", which the roster does not know.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['姓名', '身份证号', '党员状态', '入党日期', '类型', '所在党组织']);
    sheet.addRow(['赵敏', id('1990-02-03', 62), '正式党员', '2015-07-01', '在职党员', '华兴建设集团党委']);
    const uploadId = await upload(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const first = await previewMemberImport(admin, { uploadId }, ports);
    expect(first.problems).toEqual(['缺少必填列: 党员类别；请把表中对应的列指定为这些项']);
    await expect(attempt(() => continueMemberImport(admin, first.id, ports))).rejects.toMatchObject({ field: 'id' });
    // Act
    const mapped = await previewMemberImport(admin, { importId: first.id, columns: [{ index: 4, field: 'category' }] }, ports);
    // Assess
    expect(mapped).toMatchObject({ id: first.id, problems: [], toImport: 1, version: 2 });
    expect(await importAll(mapped.id)).toMatchObject({ created: 1 });
  });

  it('skips a row whose number reached the roster after the preview, and is the secretariat’s only', async () => {
    const number = id('1980-01-02', 11);
    const uploadId = await upload(await clerkFile([[1, '王建国', number, '正式', '2005-07-01', '在职', '华兴建设集团党委', null]]));
    const preview = await previewMemberImport(admin, { uploadId }, ports);
    await givenMember(ports, admin, unit.id, { idNumber: number, name: '先录入的王建国' });
    expect(await importAll(preview.id)).toMatchObject({ created: 0, skipped: 1 });
    expect(await rosterNames()).toEqual(['先录入的王建国']);
    await expect(attempt(() => previewMemberImport(unitLiaison(regionId, unit.id), { uploadId }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a file that is no .xlsx under the upload field', async () => {
    const uploadId = await givenUpload(ports, admin, { bytes: new TextEncoder().encode('姓名,身份证号\n'), contentType: XLSX_CONTENT_TYPE, fileName: '名单.xlsx' });
    await expect(previewMemberImport(admin, { uploadId }, ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
  });
});

describe('Method: exportMembers / memberImportTemplate', () => {
  it('exports the roster masked, and a template that imports again', async () => {
    // Prepare
    const member = await givenMember(ports, admin, unit.id, { name: '导出测试', communityId: community.id });
    // Act
    const file = await exportMembers(admin, { filter: { unitId: unit.id } }, ports);
    const template = await memberImportTemplate(unitLiaison(regionId, unit.id), ports);
    // Assess
    expect(file).toMatchObject({ name: '党员名册-2026-03-01.xlsx', contentType: XLSX_CONTENT_TYPE });
    const key = decodeURIComponent(file.downloadUrl.replace('memory://files/', '').split('?')[0]!);
    const grid = await ports.workbooks.readGrid(ports.memory.object(key)!.bytes);
    expect(grid[1]).toEqual(expect.arrayContaining(['导出测试', member.idNumber.masked, '华兴建设集团党委', '幸福里社区党委']));
    expect(JSON.stringify(grid)).not.toContain(await ports.vault.open(member.idNumber.sealed));
    expect(template.name).toBe('党员名册导入模板.xlsx');
  });
});
