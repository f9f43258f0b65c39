import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { RegionPrincipal } from '../functions/src/auth/principal';
import { createUpload } from '../functions/src/domain/files/service';
import { composeIdNumber } from '../functions/src/domain/members/id-number';
import { continueMemberImport, previewMemberImport } from '../functions/src/domain/members/import-service';
import { XLSX_CONTENT_TYPE } from '../functions/src/domain/members/workbooks';
import { createUnit } from '../functions/src/domain/units/service';
import { createPorts } from '../functions/src/store/ports';
import { freePort } from '../local/processes';
import { ensureBucket } from '../local/resources';
import { startS3Local } from '../local/s3-local';
import { createS3Client } from '../functions/src/store/s3-client';
import type { Report } from './results';
import { benchConfig, startBenchDynamo } from './services';
import { round } from './stats';

export interface ImportSettings {
  /** Rows of the roster file imported (the goal: 10,000 within 60 s). */
  rows: number;
}

const UNITS = ['基准导入一党委', '基准导入二党总支', '基准导入三党支部', '基准导入四党支部', '基准导入五联合党支部'];
const CATEGORIES = ['在职党员', '离退休党员', '居民党员', '流动党员', '学生党员', '下岗失业党员'];

/** A clerk's roster file of `rows` members over the bench's units: a title row, the header, every category. */
async function rosterFile(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员花名册');
  sheet.addRow(['基准街道党员花名册']);
  sheet.mergeCells('A1:H1');
  sheet.addRow(['序号', '姓名', '公民身份号码', '党员状态', '入党时间', '党员类别', '所在支部', '联系电话']);
  for (let i = 0; i < rows; i++) {
    const birthDate = `${1940 + (i % 60)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    // Area code and sequence vary with i, so every number is distinct (10,000 rows and beyond).
    const idNumber = composeIdNumber(String(110101 + Math.floor(i / 500)), birthDate, (i % 500) * 2 + 1);
    sheet.addRow([i + 1, `基准党员${i}`, idNumber, i % 9 ? '正式党员' : '预备党员', `${2005 + (i % 15)}-07-01`, CATEGORIES[i % 6], UNITS[i % UNITS.length], `139${String(i).padStart(8, '0')}`]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Figure 6: importing a roster file of `rows` members as the admin does — the upload through a presigned URL
 * to the S3 emulator, the preview, then continueMemberImport steps until COMPLETED — into DynamoDB Local: the
 * seconds of each part and the peak resident memory of this process (the API's work; DynamoDB Local and
 * s3rver run in their own processes). Goal: 10,000 rows within 60 s.
 */
export async function runImport(settings: ImportSettings, report: Report, progress: (line: string) => void): Promise<void> {
  const dynamo = await startBenchDynamo();
  const s3Dir = mkdtempSync(join(tmpdir(), 'gongjian-bench-s3-'));
  const s3 = await startS3Local(await freePort(), s3Dir);
  try {
    const config = benchConfig({ dynamodbEndpoint: dynamo.endpoint, tableName: dynamo.tableName, s3Endpoint: s3.endpoint, filesBucketName: 'gongjian-bench-files' });
    const s3Client = createS3Client(config);
    await ensureBucket(s3Client, config.filesBucketName);
    s3Client.destroy();
    const ports = createPorts(config);
    const regionId = `bench-import-${Date.now().toString(36)}`;
    await ports.regions.createIfAbsent({ id: regionId, name: '基准导入街道', level: 'STREET', createdAt: new Date().toISOString() });
    const admin: RegionPrincipal = { userId: 'bench-admin', displayName: '基准测试', regionId, roles: ['REGION_ADMIN'] };
    for (const name of UNITS) await createUnit(admin, { name, hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT' }, ports);
    const bytes = await rosterFile(settings.rows);
    progress(`import: a roster file of ${settings.rows} rows, ${(bytes.length / 1024).toFixed(0)} KB`);

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const { uploadId, url, headers } = await createUpload(
      admin,
      { fileName: '党员花名册.xlsx', contentType: XLSX_CONTENT_TYPE, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
      ports,
    );
    const put = await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(headers.map((h) => [h.name, h.value])) });
    if (!put.ok) throw new Error(`bench import: upload refused (${put.status})`);
    const uploaded = performance.now();
    const preview = await previewMemberImport(admin, { uploadId }, ports);
    const previewed = performance.now();
    if (preview.toImport !== settings.rows) throw new Error(`bench import: the preview found ${preview.toImport} rows to import, not ${settings.rows}: ${JSON.stringify(preview.errors.slice(0, 3))}`);
    let job = preview;
    let steps = 0;
    while (job.status !== 'COMPLETED') {
      job = await continueMemberImport(admin, preview.id, ports);
      steps++;
      progress(`import: ${job.processed} of ${job.toImport} rows`);
    }
    const finished = performance.now();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (job.created !== settings.rows) throw new Error(`bench import: ${job.created} members created, not ${settings.rows}`);

    const seconds = (finished - started) / 1000;
    report.add({
      group: 'import',
      name: 'roster-file',
      params: { rows: settings.rows },
      values: {
        seconds: round(seconds, 1),
        uploadSeconds: round((uploaded - started) / 1000, 2),
        previewSeconds: round((previewed - uploaded) / 1000, 1),
        importSeconds: round((finished - previewed) / 1000, 1),
        steps,
        rowsPerSecond: round(settings.rows / seconds, 0),
        peakRssMb: round(peak / 2 ** 20, 0),
        rssGrowthMb: round((peak - baseline) / 2 ** 20, 0),
        // The goal is stated for 10,000 rows: smaller runs (quick, smoke) are not judged by it.
        ...(settings.rows >= 10_000 ? { withinGoal: seconds <= 60 } : {}),
      },
      text:
        `${settings.rows} rows in ${seconds.toFixed(1)} s (upload ${((uploaded - started) / 1000).toFixed(2)} s, preview ${((previewed - uploaded) / 1000).toFixed(1)} s, ` +
        `${steps} import steps ${((finished - previewed) / 1000).toFixed(1)} s; goal for 10,000: ≤ 60 s); ` +
        `peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (+${((peak - baseline) / 2 ** 20).toFixed(0)} MB)`,
    });
  } finally {
    await Promise.all([dynamo.stop(), s3.stop()]);
    rmSync(s3Dir, { recursive: true, force: true });
  }
}
