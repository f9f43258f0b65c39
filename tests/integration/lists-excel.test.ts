/**
 * Excel for the three lists through the API, DynamoDB Local and the S3 emulator: a community's own needs file
 * uploaded as the clerk does, previewed, imported (refused while it has errors, then with skipInvalid), imported
 * again (nothing), imported twice at once (each need once), and each list exported in the notice-board layout.
 */
import { createHash, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { recordChange } from '../../functions/src/domain/audit/service';
import { NEED_AUDIT, type Need } from '../../functions/src/domain/lists/need';
import { NEED_TITLE_GUARD } from '../../functions/src/domain/lists/ports';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEAR = 2026;
const PREVIEW = `mutation($input: PreviewNeedImportInput!) { previewNeedImport(input: $input) {
  fileName year headerRowNumber rows toImport alreadyListed invalidRows errorCount errors { rowNumber column message }
  sample { rowNumber title category urgency source communityName communityUnitId wantedFrom wantedUntil alreadyListed } } }`;
const IMPORT = 'mutation($input: ImportNeedsInput!) { importNeeds(input: $input) { created alreadyListed invalidRows errorCount } }';

/** Sends the file as the clerk does: announce, then PUT to the presigned URL (s3rver). */
async function upload(env: Env, bytes: Buffer) {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const announced = await env.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
    input: { fileName: '需求征集表.xlsx', contentType: XLSX, size: bytes.length, sha256 },
  });
  const { uploadId, url, headers } = announced.data.createUploadUrl;
  const put = await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(headers.map((h: any) => [h.name, h.value])) });
  expect(put.ok).toBe(true);
  return { uploadId: uploadId as string, url: url as string };
}

async function communities(env: Env) {
  const make = async (name: string, hostKind = 'COMMUNITY') =>
    (await env.gql(CREATE_UNIT, { input: unitInput({ name, hostKind, allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit as { id: string; name: string };
  return { sunshine: await make(`阳光社区党委${env.regionId}`), lakeside: await make(`东湖村党支部${env.regionId}`, 'VILLAGE') };
}

/**
 * A community's own file: a title merged across, a blank line, the header on row 3 in its words; 30 needs from
 * row 4, of which row 10 has a category the region does not know, row 20 names no community of the region and
 * row 25 a date that is no date.
 */
async function needsFile(sunshine: string, lakeside: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('需求征集');
  sheet.addRow([`${YEAR}年度居民需求征集汇总表`]);
  sheet.mergeCells('A1:J1');
  sheet.addRow([]);
  sheet.addRow(['序号', '需求事项', '需求内容', '类别', '紧急程度', '来源', '提出人', '所属社区', '开始日期', '截止日期']);
  const categories = ['养老', '托幼', '环境', '文体', '医疗'];
  for (let i = 0; i < 30; i++) {
    const rowNumber = 4 + i;
    sheet.addRow([
      i + 1,
      `需求${String(i + 1).padStart(2, '0')}`,
      `第 ${i + 1} 项需求的说明`,
      rowNumber === 10 ? '星际旅行' : categories[i % 5],
      ['一般', '较急', '紧急'][i % 3],
      i % 2 ? '居民群众' : 'GRID',
      i % 4 ? null : `${i + 1}号网格`,
      rowNumber === 20 ? '不存在的社区' : i % 3 ? sunshine : lakeside,
      new Date(Date.UTC(YEAR, 3, 1 + (i % 20))),
      rowNumber === 25 ? '下个月' : `${YEAR}/9/30`,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const download = async (url: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await (await fetch(url)).arrayBuffer()) as never);
  return workbook.worksheets[0]!;
};
const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('needs from .xlsx and the lists as notice boards, through the API, DynamoDB Local and the S3 emulator', () => {
  it('previews a 30-row file with a title, refuses it with errors, imports the 27 valid rows audited, and nothing the second time', async () => {
    const env = await newRegion();
    const { sunshine, lakeside } = await communities(env);
    const bytes = await needsFile(sunshine.name, lakeside.name);
    const { uploadId, url } = await upload(env, bytes);

    // Preview: counts, errors at their rows and columns, the first rows as read.
    const preview = (await env.gql(PREVIEW, { input: { uploadId, year: YEAR } })).data.previewNeedImport;
    expect(preview).toMatchObject({ fileName: '需求征集表.xlsx', year: YEAR, headerRowNumber: 3, rows: 30, toImport: 27, alreadyListed: 0, invalidRows: 3, errorCount: 3 });
    expect(preview.errors).toEqual([
      { rowNumber: 10, column: '类别', message: expect.stringMatching(/^类别无法识别: “星际旅行”/) },
      { rowNumber: 20, column: '所属社区', message: '未找到村/社区: 不存在的社区' },
      { rowNumber: 25, column: '截止日期', message: '截止日期无法识别: “下个月”，请写成 2026-04-01 这样的日期' },
    ]);
    expect(preview.sample).toHaveLength(20);
    expect(preview.sample[0]).toEqual({
      rowNumber: 4, title: '需求01', category: '养老', urgency: 'NORMAL', source: 'GRID', communityName: lakeside.name, communityUnitId: lakeside.id,
      wantedFrom: '2026-04-01', wantedUntil: '2026-09-30', alreadyListed: false,
    });
    expect(preview.sample[1]).toMatchObject({ rowNumber: 5, urgency: 'PRESSING', source: 'RESIDENTS', communityUnitId: sunshine.id });

    // Refused while the file has errors; the upload stays for a second try.
    const refused = await env.gql(IMPORT, { input: { uploadId, year: YEAR } });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
    const imported = await env.gql(IMPORT, { input: { uploadId, year: YEAR, skipInvalid: true } });
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importNeeds).toEqual({ created: 27, alreadyListed: 0, invalidRows: 3, errorCount: 3 });

    const listed = (await env.gql(`{ needs(first: 100, filter: { year: ${YEAR} }) { edges { node { id title status communityUnitId } } } }`)).data.needs.edges.map((e: any) => e.node);
    expect(listed).toHaveLength(27);
    // The year's figures count what the import created, in its own transactions.
    const year = await env.gql(`{ listYear(year: ${YEAR}) { needs { total byStatus { status count } } } }`);
    expect(year.data.listYear.needs.total).toBe(27);
    expect(listed.map((n: any) => n.title).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `需求${String(i + 1).padStart(2, '0')}`).filter((_, i) => ![6, 16, 21].includes(i)),
    );
    expect(new Set(listed.map((n: any) => n.status))).toEqual(new Set(['COLLECTED']));
    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 5) { edges { node { operation } } } }', { id: listed[0].id });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(['importNeed']);
    // The uploaded file is gone from the bucket.
    expect((await fetch(url.replace(/\?.*/, ''))).status).not.toBe(200);

    // The same file again: every valid row is on the list already.
    const again = await upload(env, bytes);
    expect((await env.gql(PREVIEW, { input: { uploadId: again.uploadId, year: YEAR } })).data.previewNeedImport).toMatchObject({ toImport: 0, alreadyListed: 27 });
    expect((await env.gql(IMPORT, { input: { uploadId: again.uploadId, year: YEAR, skipInvalid: true } })).data.importNeeds).toMatchObject({ created: 0, alreadyListed: 27 });
    expect((await env.gql(`{ needs(first: 100, filter: { year: ${YEAR} }) { edges { node { id } } } }`)).data.needs.edges).toHaveLength(27);
  }, 120_000);

  it('writes each need once when the same file is imported twice at the same instant (the import guard)', async () => {
    const env = await newRegion();
    const { sunshine, lakeside } = await communities(env);
    const bytes = await needsFile(sunshine.name, lakeside.name);
    const [first, second] = [await upload(env, bytes), await upload(env, bytes)];
    // Act
    const results = await Promise.all([first, second].map((u) => env.gql(IMPORT, { input: { uploadId: u.uploadId, year: YEAR, skipInvalid: true } })));
    // Assess
    for (const result of results) expect(result.errors).toBeUndefined();
    const created = results.map((r) => r.data.importNeeds.created as number);
    expect(created[0]! + created[1]!).toBe(27);
    expect(results.map((r) => r.data.importNeeds.created + r.data.importNeeds.alreadyListed)).toEqual([27, 27]);
    expect((await env.gql(`{ needs(first: 100, filter: { year: ${YEAR} }) { edges { node { id } } } }`)).data.needs.edges).toHaveLength(27);

    // The store's guard itself: the same title of the same community and year refused while it lives (10 minutes
    // from the need's creation), whatever the width or case of the title; accepted once it has expired.
    const imported = (at: string, title: string): [Need[], ReturnType<typeof recordChange>[]] => {
      const need: Need = {
        id: randomUUID(), regionId: env.regionId, year: YEAR, title, description: null, category: '养老', urgency: 'NORMAL', source: 'GRID',
        raisedBy: null, communityUnitId: sunshine.id, wantedFrom: null, wantedUntil: null, status: 'COLLECTED', statusReason: null, projectId: null,
        version: 1, createdAt: at, updatedAt: at,
      };
      return [[need], [recordChange(env.admin, env.ports, NEED_AUDIT, { operation: 'importNeed', recordId: need.id, version: 1, before: null, after: need })]];
    };
    const now = Date.now();
    await env.ports.needs.createMany(...imported(new Date(now).toISOString(), 'Guard 测试'));
    await expect(env.ports.needs.createMany(...imported(new Date(now + 60_000).toISOString(), 'ｇｕａｒｄ 测试'))).rejects.toMatchObject({ name: 'AlreadyTakenError', guard: NEED_TITLE_GUARD });
    await env.ports.needs.createMany(...imported(new Date(now + 11 * 60_000).toISOString(), 'guard 测试'));
  }, 120_000);

  it('exports needs, resources and projects in the notice-board layout: title, date line, header, the rows', async () => {
    const env = await newRegion();
    const { sunshine } = await communities(env);
    const hospital = (await env.gql(CREATE_UNIT, { input: unitInput({ name: `市第三人民医院党委${env.regionId}`, hostKind: 'HOSPITAL' }) })).data.createUnit;
    const need = (await env.gql('mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }', {
      input: { year: YEAR, title: '高龄老人助餐', description: '每日午餐', category: '养老', urgency: 'URGENT', source: 'GRID', raisedBy: '1号网格', communityUnitId: sunshine.id },
    })).data.createNeed;
    await env.gql('mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }', {
      input: { year: YEAR, title: '四点半课堂', category: '托幼', source: 'RESIDENTS', communityUnitId: sunshine.id },
    });
    const resource = (await env.gql('mutation($input: CreateResourceInput!) { createResource(input: $input) { id } }', {
      input: { year: YEAR, unitId: hospital.id, type: 'HEALTH', title: '志愿医生', quantity: 5, quantityUnit: '名', contactName: '王医生', contactPhone: '13912345678' },
    })).data.createResource;
    const project = await env.gql('mutation($input: CreateProjectFromNeedInput!) { createProjectFromNeed(input: $input) { id } }', {
      input: { needId: need.id, resources: [{ resourceId: resource.id, quantity: 2 }], title: '助餐进社区', budget: 120000, volunteerSlots: 10, startsOn: '2026-04-01' },
    });
    expect(project.errors).toBeUndefined();
    const region = (await env.ports.regions.get(env.regionId))!.name;

    const exported = await env.gql(`mutation {
      needs: exportNeeds(filter: { year: ${YEAR} }) { name contentType size downloadUrl expiresAt }
      resources: exportResources(filter: { year: ${YEAR} }) { name downloadUrl }
      projects: exportProjects(filter: { year: ${YEAR} }) { name downloadUrl } }`);
    expect(exported.errors).toBeUndefined();
    expect(exported.data.needs).toMatchObject({ name: expect.stringMatching(new RegExp(`^${region}2026年度需求清单-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`)), contentType: XLSX });

    const needs = await download(exported.data.needs.downloadUrl);
    expect(needs.getCell('A1').value).toBe(`${region}2026年度需求清单`);
    expect(needs.getCell('H1').isMerged).toBe(true);
    expect(needs.getCell('A2').value).toMatch(/^截至 \d{4}年\d{1,2}月\d{1,2}日$/);
    expect(rowValues(needs, 3)).toEqual(['序号', '征集社区', '需求名称', '类别', '需求内容', '紧急程度', '提出人', '状态']);
    expect(needs.getCell('B3').font).toMatchObject({ bold: true });
    expect(needs.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '3:3' });
    expect([rowValues(needs, 4), rowValues(needs, 5)]).toEqual([
      [1, sunshine.name, '四点半课堂', '托幼', '', '一般', '', '已征集'],
      [2, sunshine.name, '高龄老人助餐', '养老', '每日午餐', '紧急', '1号网格', '已立项'],
    ]);
    expect(needs.rowCount).toBe(5);

    const resources = await download(exported.data.resources.downloadUrl);
    expect(resources.getCell('A1').value).toBe(`${region}2026年度资源清单`);
    expect(rowValues(resources, 3)).toEqual(['序号', '提供单位', '资源名称', '类型', '数量', '剩余', '可用时间', '联系人']);
    expect(rowValues(resources, 4)).toEqual([1, hospital.name, '志愿医生', '医疗', '5名', '3名', '长期', '王医生']);
    expect(JSON.stringify(resources.getSheetValues())).not.toContain('1391');

    const projects = await download(exported.data.projects.downloadUrl);
    expect(projects.getCell('A1').value).toBe(`${region}2026年度项目清单`);
    expect(rowValues(projects, 3)).toEqual(['序号', '项目名称', '所属社区', '牵头单位', '状态', '预算(元)', '开始日期', '目标完成日期', '志愿岗位']);
    expect(rowValues(projects, 4)).toEqual([1, '助餐进社区', sunshine.name, '', '申报', 120000, '2026-04-01', '', '0/10']);

    // The template, with the region's community in its drop-down.
    const template = (await env.gql(`{ needImportTemplate(year: ${YEAR}) { name downloadUrl } }`)).data.needImportTemplate;
    expect(template.name).toBe(`${region}2026年度需求清单导入模板.xlsx`);
    const sheet = await download(template.downloadUrl);
    expect(sheet.getCell('A1').value).toBe(`${region}2026年度需求清单（导入模板）`);
    expect(rowValues(sheet, 2)).toEqual(['需求名称', '需求描述', '需求类别', '紧急程度', '需求来源', '提出人', '征集社区', '需要开始日期', '需要截止日期']);
  }, 120_000);
});
