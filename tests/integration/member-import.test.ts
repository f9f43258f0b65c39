import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { composeIdNumber } from '../../functions/src/domain/members/id-number';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const JOB = `id status headerRowNumber toImport processed created skipped errorCount problems
  summary { totalRows valid withErrors skippedBlank alreadyOnRoster } errors { rowNumber column field message } columns { index header field }`;
const PREVIEW = `mutation($input: PreviewMemberImportInput!) { previewMemberImport(input: $input) { ${JOB} } }`;
const CONTINUE = `mutation($id: ID!) { continueMemberImport(id: $id) { ${JOB} } }`;

/** Sends the file as the admin does: announce, PUT to the presigned URL (s3rver), then preview. */
async function upload(env: Env, bytes: Buffer, fileName = '花名册.xlsx') {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const announced = await env.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
    input: { fileName, contentType: XLSX, size: bytes.length, sha256 },
  });
  const { uploadId, url, headers } = announced.data.createUploadUrl;
  const put = await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(headers.map((h: any) => [h.name, h.value])) });
  expect(put.ok).toBe(true);
  return { uploadId, url };
}

async function rosterFile(unitName: string, rows: number, extra: (string | number)[][] = []) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员花名册');
  sheet.addRow(['某单位党员花名册（2026年）']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['姓名', '身份证号码', '党员状态', '入党日期', '党员类别', '所在党组织']);
  for (let i = 0; i < rows; i++) {
    const birth = `19${String(50 + (i % 45)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    sheet.addRow([`导入党员${i}`, composeIdNumber('110108', birth, (i * 2 + 1) % 1000), i % 7 ? '正式党员' : '预备党员', '2020-07-01', '在职党员', unitName]);
  }
  for (const row of extra) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function runToEnd(env: Env, id: string) {
  let job: any;
  for (let step = 0; step < 100; step++) {
    const result = await env.gql(CONTINUE, { id });
    expect(result.errors).toBeUndefined();
    job = result.data.continueMemberImport;
    if (job.status === 'COMPLETED') return { job, steps: step + 1 };
  }
  throw new Error('import did not complete');
}

describe('member import through the API, DynamoDB Local and the S3 emulator', () => {
  it('previews, imports 1,200 rows in steps (transactions of a few dozen) with exact counts, deletes the uploaded file, and a second run changes nothing', async () => {
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '导入测试党委' }) })).data.createUnit;
    const bytes = await rosterFile('导入测试党委', 1200, [['坏号码', '110105198001011234', '正式党员', '2020-07-01', '在职党员', '导入测试党委']]);
    const { uploadId, url } = await upload(env, bytes);

    const preview = (await env.gql(PREVIEW, { input: { uploadId } })).data.previewMemberImport;
    expect(preview).toMatchObject({ status: 'PREVIEWED', headerRowNumber: 2, toImport: 1200, errorCount: 1 });
    expect(preview.errors).toEqual([{ rowNumber: 1203, column: '身份证号码', field: 'ID_NUMBER', message: '身份证号码校验位不正确，请核对' }]);
    // The file with plain ID numbers is gone from the bucket once read.
    expect((await fetch(url.replace(/\?.*/, ''))).status).not.toBe(200);
    expect(errorOf(await env.gql(PREVIEW, { input: { uploadId } })).field).toBe('uploadId');

    const listed = await env.gql('{ memberImports(first: 5) { edges { node { id status toImport } } } }');
    expect(listed.data.memberImports.edges.map((e: any) => e.node)).toEqual([{ id: preview.id, status: 'PREVIEWED', toImport: 1200 }]);
    const { job, steps } = await runToEnd(env, preview.id);
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(job).toMatchObject({ status: 'COMPLETED', processed: 1200, created: 1200, skipped: 0 });
    const counts = (await env.gql('query($id: ID!) { unit(id: $id) { memberCount fullMemberCount } }', { id: unit.id })).data.unit;
    expect(counts).toEqual({ memberCount: 1200, fullMemberCount: 1200 - Math.ceil(1200 / 7) });

    const again = await upload(env, bytes);
    const second = (await env.gql(PREVIEW, { input: { uploadId: again.uploadId } })).data.previewMemberImport;
    expect(second).toMatchObject({ toImport: 0, summary: { valid: 1200, alreadyOnRoster: 1200 } });
    expect((await runToEnd(env, second.id)).job).toMatchObject({ created: 0 });
    expect((await env.gql('query($id: ID!) { unit(id: $id) { memberCount } }', { id: unit.id })).data.unit.memberCount).toBe(1200);
    // The region counts its roster in the same transactions (the platform's list of regions shows it).
    expect((await env.ports.regions.get(env.regionId))!.memberCount).toBe(1200);
  }, 180_000);

  it('resumes an interrupted import without duplicates: two steps at once create every row exactly once', async () => {
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '并发导入党支部' }) })).data.createUnit;
    const { uploadId } = await upload(env, await rosterFile('并发导入党支部', 300));
    const preview = (await env.gql(PREVIEW, { input: { uploadId } })).data.previewMemberImport;
    // Two clerks' browsers (or a retried request) run the same step at once.
    const [a, b] = await Promise.all([env.gql(CONTINUE, { id: preview.id }), env.gql(CONTINUE, { id: preview.id })]);
    expect(a.errors ?? b.errors).toBeUndefined();
    await runToEnd(env, preview.id);
    const counts = (await env.gql('query($id: ID!) { unit(id: $id) { memberCount } }', { id: unit.id })).data.unit;
    expect(counts.memberCount).toBe(300);
    expect((await env.ports.regions.get(env.regionId))!.memberCount).toBe(300);
    const names = new Set<string>();
    let after: string | null = null;
    do {
      const page: any = await env.gql('query($f: MemberFilter, $after: String) { members(first: 100, after: $after, filter: $f) { edges { node { name } } pageInfo { endCursor hasNextPage } } }', { f: { unitId: unit.id }, after });
      for (const edge of page.data.members.edges) names.add(edge.node.name);
      after = page.data.members.pageInfo.hasNextPage ? page.data.members.pageInfo.endCursor : null;
    } while (after);
    expect(names.size).toBe(300);
  }, 120_000);

  it('exports the roster masked as a download, and serves the template', async () => {
    const env = await newRegion();
    await env.gql(CREATE_UNIT, { input: unitInput({ name: '导出测试党支部' }) });
    const { uploadId } = await upload(env, await rosterFile('导出测试党支部', 3));
    await runToEnd(env, (await env.gql(PREVIEW, { input: { uploadId } })).data.previewMemberImport.id);
    const exported = (await env.gql('mutation { exportMembers(sheetPerUnit: true) { name contentType size downloadUrl } }')).data.exportMembers;
    const download = Buffer.from(await (await fetch(exported.downloadUrl)).arrayBuffer());
    expect(download.length).toBe(exported.size);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download as never);
    expect(workbook.worksheets[0]!.name).toBe('导出测试党支部');
    const text = JSON.stringify(workbook.worksheets[0]!.getSheetValues());
    expect(text).toContain('110108********');
    expect(text).not.toMatch(/110108\d{12}/);
    const template = (await env.gql('{ memberImportTemplate { name downloadUrl } }')).data.memberImportTemplate;
    expect((await fetch(template.downloadUrl)).ok).toBe(true);
  });
});
