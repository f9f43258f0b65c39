import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { XLSX_CONTENT_TYPE } from '../files/workbook-files';
import { attempt, COMMUNITY, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, regionAdmin, unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import {
  exportNeeds, exportProjects, exportResources, importNeeds, MAX_EXPORT_ROWS, needImportTemplate, previewNeedImport,
} from './excel-service';
import { NEED_AUDIT, type Need } from './need';
import { createNeed, createProjectFromNeed, createResource, listNeeds } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
const regionId = 'r-1';
let sunshine: Unit;
let lakeside: Unit;
let hospital: Unit;

// The clock starts at 2026-03-01T08:00:00Z.
beforeEach(async () => {
  ports = createMemoryPorts();
  await ports.regions.createIfAbsent({ id: regionId, name: '长安街道', level: 'STREET', createdAt: ports.now().toISOString() });
  admin = regionAdmin(regionId);
  sunshine = await givenUnit(ports, admin, { ...COMMUNITY, name: '阳光社区党委' });
  lakeside = await givenUnit(ports, admin, { ...COMMUNITY, hostKind: 'VILLAGE', name: '东湖村党支部' });
  hospital = await givenUnit(ports, admin, { name: '市第三人民医院党委', hostKind: 'HOSPITAL' });
});

type Row = (string | number | Date | null)[];

/** A community's own list: a title merged across, the header on row 2 in its own words. */
async function needsFile(rows: Row[], header: string[] = ['序号', '需求', '需求内容', '类别', '紧急程度', '来源', '提出人', '社区', '开始日期', '截止日期']) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('需求征集');
  sheet.addRow(['长安街道2026年度居民需求征集汇总表']);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const upload = (bytes: Uint8Array, principal: RegionPrincipal = admin) =>
  givenUpload(ports, principal, { bytes, contentType: XLSX_CONTENT_TYPE, fileName: '需求清单.xlsx' });
const titles = async (communityUnitId?: string) =>
  (await listNeeds(admin, { first: 100, filter: { year: 2026, communityUnitId } }, ports)).edges.map((e) => e.node.title).sort();
const fileOf = async (downloadUrl: string) => {
  const key = decodeURIComponent(downloadUrl.replace('memory://files/', '').split('?')[0]!);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(ports.memory.object(key)!.bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
};
const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('Method: previewNeedImport / importNeeds', () => {
  it('previews row by row, refuses a file with errors, imports the valid rows audited, and the same file again creates nothing', async () => {
    // Prepare: one need already on the list; rows for two communities, three bad rows and a repeat.
    await createNeed(admin, { year: 2026, title: '老年助餐', category: '养老', source: 'GRID', communityUnitId: sunshine.id }, ports);
    const bytes = await needsFile([
      [1, '\u3000老年助餐\u3000', null, '养老', '一般', '网格', null, '阳光社区党委', null, null],
      [2, '四点半课堂', '放学后看护', '托幼', '较急', '居民群众', '李女士', '阳光社区党委', '2026-03-01', '2026-06-30'],
      [3, '村道路灯', null, '环境', 'URGENT', 'MEMBER', null, '东湖村党支部', new Date(Date.UTC(2026, 3, 1)), null],
      [4, '义诊', null, '医疗', null, '驻区单位', null, '不存在的社区', null, null],
      [5, '健康讲座', null, '医疗', null, '其他', null, '市第三人民医院党委', null, null],
      [6, '四点半课堂', null, '托幼', null, '网格', null, '阳光社区党委', null, null],
      [7, '广场舞场地', null, '文体', '不急不慢', '居民', null, '东湖村党支部', null, null],
    ]);
    const uploadId = await upload(bytes);
    // Act
    const preview = await previewNeedImport(admin, { uploadId, year: 2026 }, ports);
    // Assess
    expect(preview).toMatchObject({ fileName: '需求清单.xlsx', year: 2026, headerRowNumber: 2, rows: 7, toImport: 2, alreadyListed: 1, invalidRows: 4, errorCount: 4 });
    expect(preview.errors).toEqual([
      { rowNumber: 6, column: '社区', message: '未找到村/社区: 不存在的社区' },
      { rowNumber: 7, column: '社区', message: '“市第三人民医院党委”不是村或社区党组织，不能征集需求' },
      { rowNumber: 8, column: '需求', message: '与第 4 行重复（同一社区的同名需求）' },
      { rowNumber: 9, column: '紧急程度', message: '紧急程度无法识别: “不急不慢”，应为 一般、较急、紧急' },
    ]);
    expect(preview.sample.map((r) => [r.rowNumber, r.title, r.communityUnitId, r.alreadyListed])).toEqual([
      [3, '老年助餐', sunshine.id, true],
      [4, '四点半课堂', sunshine.id, false],
      [5, '村道路灯', lakeside.id, false],
    ]);
    expect(preview.sample[1]).toMatchObject({ urgency: 'PRESSING', source: 'RESIDENTS', raisedBy: '李女士', wantedFrom: '2026-03-01', wantedUntil: '2026-06-30' });
    expect(await titles()).toEqual(['老年助餐']);

    // Act / Assess: refused while it has errors; the upload stays.
    await expect(attempt(() => importNeeds(admin, { uploadId, year: 2026 }, ports))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'uploadId', message: expect.stringContaining('4 行共 4 处错误'),
    });
    const result = await importNeeds(admin, { uploadId, year: 2026, skipInvalid: true }, ports);
    expect(result).toEqual({ created: 2, alreadyListed: 1, invalidRows: 4, errorCount: 4 });
    expect(await titles(sunshine.id)).toEqual(['四点半课堂', '老年助餐']);
    expect(await titles(lakeside.id)).toEqual(['村道路灯']);
    const imported = ports.memory.auditEntries(regionId).filter((e) => e.operation === 'importNeed');
    expect(imported.map((e) => e.recordType)).toEqual(['Need', 'Need']);
    expect(ports.memory.object(`uploads/${regionId}/${uploadId}`)).toBeUndefined();

    // Act / Assess: the same file again.
    const again = await importNeeds(admin, { uploadId: await upload(bytes), year: 2026, skipInvalid: true }, ports);
    expect(again).toEqual({ created: 0, alreadyListed: 3, invalidRows: 4, errorCount: 4 });
    expect((await titles()).length).toBe(3);
    // Another year is another list.
    expect((await previewNeedImport(admin, { uploadId: await upload(bytes), year: 2027 }, ports)).toImport).toBe(3);
  });

  it('writes at most 25 needs per transaction', async () => {
    const rows = Array.from({ length: 60 }, (_, i): Row => [i + 1, `需求${i + 1}`, null, '其他', null, '网格', null, '阳光社区党委', null, null]);
    const sizes: number[] = [];
    const createMany = ports.needs.createMany.bind(ports.needs);
    ports.needs.createMany = (needs, audits) => {
      sizes.push(needs.length);
      return createMany(needs, audits);
    };
    // Act
    const result = await importNeeds(admin, { uploadId: await upload(await needsFile(rows)), year: 2026 }, ports);
    // Assess
    expect(result.created).toBe(60);
    expect(sizes).toEqual([25, 25, 10]);
    expect(ports.memory.auditEntries(regionId).filter((e) => e.operation === 'importNeed')).toHaveLength(60);
  });

  it('skips a title another import wrote between its read of the list and its write (the store’s import guard)', async () => {
    const bytes = await needsFile([
      [1, '老年助餐', null, '养老', null, '网格', null, '阳光社区党委', null, null],
      [2, '四点半课堂', null, '托幼', null, '网格', null, '阳光社区党委', null, null],
    ]);
    const uploadId = await upload(bytes);
    // Another import of the same file writes 老年助餐 right before this one's first write.
    ports.memory.beforeNextWrite(async () => {
      const now = ports.now().toISOString();
      const need: Need = {
        id: 'other-import', regionId, year: 2026, title: '老年助餐', description: null, category: '养老', urgency: 'NORMAL', source: 'GRID', raisedBy: null,
        communityUnitId: sunshine.id, wantedFrom: null, wantedUntil: null, status: 'COLLECTED', statusReason: null, projectId: null, version: 1, createdAt: now, updatedAt: now,
      };
      await ports.needs.createMany([need], [recordChange(admin, ports, NEED_AUDIT, { operation: 'importNeed', recordId: need.id, version: 1, before: null, after: need })]);
    });
    // Act
    const result = await importNeeds(admin, { uploadId, year: 2026 }, ports);
    // Assess
    expect(result).toMatchObject({ created: 1, alreadyListed: 1 });
    expect(await titles()).toEqual(['四点半课堂', '老年助餐']);
    // Once the guard has expired, the list is what keeps a file from being imported twice.
    ports.clock.advance(11 * 60 * 1000);
    expect(await importNeeds(admin, { uploadId: await upload(bytes), year: 2026 }, ports)).toMatchObject({ created: 0, alreadyListed: 2 });
  });

  it('lets a community’s liaison import its own community’s needs only; others may not import', async () => {
    const liaison = unitLiaison(regionId, sunshine.id);
    const bytes = await needsFile(
      [
        ['助餐', '养老', '网格', null],
        ['路灯', '环境', '网格', '东湖村党支部'],
        ['义诊', '医疗', '党员', '阳光社区党委'],
      ],
      ['需求名称', '需求类别', '需求来源', '征集社区'],
    );
    // Act
    const preview = await previewNeedImport(liaison, { uploadId: await upload(bytes, liaison), year: 2026 }, ports);
    // Assess
    expect(preview).toMatchObject({ toImport: 2, invalidRows: 1 });
    expect(preview.errors).toEqual([{ rowNumber: 4, column: '征集社区', message: '只能导入本社区（阳光社区党委）的需求' }]);
    expect(preview.sample.map((r) => r.communityName)).toEqual(['阳光社区党委', '阳光社区党委']);
    const uploadId = await upload(bytes);
    await expect(attempt(() => previewNeedImport(unitLiaison(regionId, hospital.id), { uploadId, year: 2026 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => importNeeds(partyMember(regionId), { uploadId, year: 2026 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Without a community column, an admin's file is refused as a whole.
    const noCommunity = await needsFile([['助餐', '养老', '网格']], ['需求名称', '需求类别', '需求来源']);
    await expect(previewNeedImport(admin, { uploadId: await upload(noCommunity), year: 2026 }, ports)).rejects.toMatchObject({
      field: 'uploadId', message: '缺少必填列: 征集社区（表头在第 2 行）；请对照导入模板修改列名',
    });
    await expect(attempt(() => previewNeedImport(admin, { uploadId, year: 1999 }, ports))).rejects.toMatchObject({ field: 'year' });
  });

  it('refuses a file of more than 2,000 needs, naming the limit, and what is no .xlsx', async () => {
    const rows = Array.from({ length: 2001 }, (_, i): Row => [i + 1, `需求${i}`, null, '其他', null, '网格', null, '阳光社区党委', null, null]);
    await expect(previewNeedImport(admin, { uploadId: await upload(await needsFile(rows)), year: 2026 }, ports)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'uploadId', message: '每次最多导入 2000 条需求，本表有 2001 行数据；请分成多个文件导入',
    });
    const csv = await upload(new TextEncoder().encode('需求名称,需求类别\n'));
    await expect(previewNeedImport(admin, { uploadId: csv, year: 2026 }, ports)).rejects.toMatchObject({ field: 'uploadId' });
  });
});

describe('Method: needImportTemplate', () => {
  it('offers the region’s communities to the secretariat and a liaison its own', async () => {
    // Act
    const file = await needImportTemplate(admin, { year: 2026 }, ports);
    const own = await needImportTemplate(unitLiaison(regionId, lakeside.id), { year: 2026 }, ports);
    // Assess
    expect(file).toMatchObject({ name: '长安街道2026年度需求清单导入模板.xlsx', contentType: XLSX_CONTENT_TYPE, expiresAt: '2026-03-01T08:10:00.000Z' });
    const sheet = await fileOf(file.downloadUrl);
    expect(sheet.getCell('A1').value).toBe('长安街道2026年度需求清单（导入模板）');
    const options = (sheet.workbook.getWorksheet('选项')!.getColumn(2).values as unknown[]).slice(2);
    expect(options.sort()).toEqual(['东湖村党支部', '阳光社区党委']);
    expect((await fileOf(own.downloadUrl)).workbook.getWorksheet('选项')!.getColumn(2).values.slice(2)).toEqual(['东湖村党支部']);
    await expect(attempt(() => needImportTemplate(partyMember(regionId), { year: 2026 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: exportNeeds / exportResources / exportProjects', () => {
  it('exports each list in the notice-board layout, with units by name and no phone numbers', async () => {
    // Prepare
    const need = await createNeed(admin, {
      year: 2026, title: '高龄老人助餐', description: '每日午餐', category: '养老', urgency: 'URGENT', source: 'GRID', raisedBy: '1号网格', communityUnitId: sunshine.id,
    }, ports);
    const doctors = await createResource(admin, {
      year: 2026, unitId: hospital.id, type: 'HEALTH', title: '志愿医生', quantity: 5, quantityUnit: '名', availableFrom: '2026-04-01', availableUntil: '2026-12-31',
      contactName: '王医生', contactPhone: '13912345678',
    }, ports);
    await createProjectFromNeed(admin, { needId: need.id, resources: [{ resourceId: doctors.id, quantity: 2 }], title: '助餐进社区', budget: 120000, volunteerSlots: 10, startsOn: '2026-04-01', targetOn: '2026-10-31' }, ports);
    ports.clock.set('2026-11-30T04:00:00Z');
    const liaison = unitLiaison(regionId, lakeside.id);
    // Act
    const needs = await exportNeeds(liaison, { filter: { year: 2026 } }, ports);
    const resources = await exportResources(liaison, { filter: { year: 2026 } }, ports);
    const projects = await exportProjects(partyMember(regionId), { filter: { year: 2026 } }, ports);
    // Assess
    expect(needs.name).toBe('长安街道2026年度需求清单-2026-11-30.xlsx');
    const needSheet = await fileOf(needs.downloadUrl);
    expect(needSheet.getCell('A1').value).toBe('长安街道2026年度需求清单');
    expect(needSheet.getCell('A2').value).toBe('截至 2026年11月30日');
    expect(rowValues(needSheet, 3)).toEqual(['序号', '征集社区', '需求名称', '类别', '需求内容', '紧急程度', '提出人', '状态']);
    expect(rowValues(needSheet, 4)).toEqual([1, '阳光社区党委', '高龄老人助餐', '养老', '每日午餐', '紧急', '1号网格', '已立项']);

    const resourceSheet = await fileOf(resources.downloadUrl);
    expect(resourceSheet.getCell('A1').value).toBe('长安街道2026年度资源清单');
    expect(rowValues(resourceSheet, 3)).toEqual(['序号', '提供单位', '资源名称', '类型', '数量', '剩余', '可用时间', '联系人']);
    expect(rowValues(resourceSheet, 4)).toEqual([1, '市第三人民医院党委', '志愿医生', '医疗', '5名', '3名', '2026-04-01 至 2026-12-31', '王医生']);
    expect(JSON.stringify(resourceSheet.getSheetValues())).not.toMatch(/139|\*\*\*\*/);

    const projectSheet = await fileOf(projects.downloadUrl);
    expect(projectSheet.getCell('A1').value).toBe('长安街道2026年度项目清单');
    expect(rowValues(projectSheet, 3)).toEqual(['序号', '项目名称', '所属社区', '牵头单位', '状态', '预算(元)', '开始日期', '目标完成日期', '志愿岗位']);
    expect(rowValues(projectSheet, 4)).toEqual([1, '助餐进社区', '阳光社区党委', '', '申报', 120000, '2026-04-01', '2026-10-31', '0/10']);

    // Readers only: a member reads projects, not needs.
    await expect(attempt(() => exportNeeds(partyMember(regionId), { filter: { year: 2026 } }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reads the list page by page, the units of each page in one batched read, and refuses past 5,000 rows', async () => {
    // Prepare: 150 needs of two communities (two pages).
    const now = ports.now().toISOString();
    const make = (i: number): Need => ({
      id: `n-${i}`, regionId, year: 2026, title: `需求${i}`, description: null, category: '其他', urgency: 'NORMAL', source: 'GRID', raisedBy: null,
      communityUnitId: i % 2 ? sunshine.id : lakeside.id, wantedFrom: null, wantedUntil: null, status: 'COLLECTED', statusReason: null, projectId: null,
      version: 1, createdAt: now, updatedAt: now,
    });
    const store = async (from: number, to: number) => {
      for (let start = from; start < to; start += 25) {
        const batch = Array.from({ length: Math.min(25, to - start) }, (_, i) => make(start + i));
        await ports.needs.createMany(batch, batch.map((n) => recordChange(admin, ports, NEED_AUDIT, { operation: 'test', recordId: n.id, version: 1, before: null, after: n })));
      }
    };
    await store(0, 150);
    const asked: number[] = [];
    const getMany = ports.units.getMany.bind(ports.units);
    ports.units.getMany = (region, ids) => {
      asked.push(ids.length);
      return getMany(region, ids);
    };
    // Act
    const sheet = await fileOf((await exportNeeds(admin, { filter: { year: 2026 } }, ports)).downloadUrl);
    // Assess: two pages; the second names no unit the first did not.
    expect(sheet.rowCount).toBe(3 + 150);
    expect(asked).toEqual([2]);
    await store(150, MAX_EXPORT_ROWS + 1);
    await expect(exportNeeds(admin, { filter: { year: 2026 } }, ports)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'filter', message: expect.stringContaining('一次最多导出 5000 条'),
    });
    expect((await fileOf((await exportNeeds(admin, { filter: { year: 2026, communityUnitId: sunshine.id } }, ports)).downloadUrl)).rowCount).toBe(3 + 2500);
  }, 60_000);
});
