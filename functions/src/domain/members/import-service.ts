import { z } from 'zod';
import { authorize } from '../../auth/policy';
import { hasRole, type Principal, type RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, DomainError, notFound } from '../errors';
import { keepGeneratedWorkbook as generated, readUploadedWorkbook, type GeneratedFile } from '../files/workbook-files';
import { nameKey } from '../names';
import { pageRequest, readPage } from '../paging';
import type { Ports } from '../ports';
import { maskPhone } from '../privacy';
import { unitFilterInput } from '../units/rules';
import { PAIRING_TARGET_KINDS, type Unit } from '../units/unit';
import { id, parseInput, todayInChina } from '../validation';
import { AlreadyTakenError, StaleVersionError, WriteRefusedError } from '../write-refusals';
import type { Member } from './member';
import {
  IMPORT_PAYLOADS, MAX_KEPT_ERRORS, MEMBER_IMPORT_AUDIT, type MemberImport, type MemberImportColumn,
} from './member-import';
import { memberPolicy } from './policy';
import { itemsOfNewMember, MAX_ITEMS_PER_WRITE, MEMBER_GUARDS } from './ports';
import {
  previewRosterImport, resolveRows, ROSTER_FIELDS, ROSTER_HEADERS, type Cell, type Grid, type RosterField, type RosterRowError,
} from './roster-import';
import { assertMemberConsistent, createMemberInput, memberFilterInput, type CreateMemberInput } from './rules';
import { createdMemberAudit, memberRefusal, newMember } from './service';
import type { RosterExportRow } from './workbooks';

export type { GeneratedFile } from '../files/workbook-files';

/** Rows one continueMemberImport step creates at most, a transaction of a few dozen at a time, within STEP_BUDGET_MS. */
export const ROWS_PER_STEP = 1000;
/** API Gateway answers within 29 s: a step stops starting rows after this long. */
const STEP_BUDGET_MS = 15_000;
/** An export holds at most this many members: more must be filtered (by unit, category …). */
export const MAX_EXPORT_MEMBERS = 10_000;

const previewInput = z
  .object({
    uploadId: id('上传的文件').nullish(),
    importId: id('导入').nullish(),
    headerRowNumber: z.number().int('表头行号须为整数').min(1, '表头行号须为正整数').max(20, '表头须在前 20 行').nullish(),
    columns: z
      .array(z.object({ index: z.number().int().min(0).max(63, '列号无效'), field: z.enum(ROSTER_FIELDS).nullable() }))
      .max(64, '列过多')
      .nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.uploadId === !input.importId) ctx.addIssue({ code: 'custom', path: ['uploadId'], message: '请上传文件，或指定要重新检查的导入' });
  });

/**
 * Step 1 of an import: reads the uploaded .xlsx (or an earlier preview's sheet, with another header row or
 * column mapping), checks every row — the sheet's rules, units by name, the member rules, duplicates in the
 * file and on the roster — and keeps the sheet and the rows to create sealed in the vault. The uploaded file
 * itself is deleted once read: it holds ID numbers in plain text.
 */
export async function previewMemberImport(principal: Principal, input: unknown, ports: Ports): Promise<MemberImport> {
  const caller = authorize(principal, memberPolicy.import);
  const data = parseInput(previewInput, input);
  const today = todayInChina(ports.now());
  const source = data.uploadId ? await readUploadedSheet(caller, data.uploadId, ports) : await readPreviewedSheet(caller, data.importId!, ports);
  const override = {
    headerRow: data.headerRowNumber ?? undefined,
    columns: data.columns ? Object.fromEntries(data.columns.map((c) => [c.index, c.field])) : undefined,
  };
  const preview = previewRosterImport(source.grid, { override, today });

  // Units by name, read once for the whole file.
  const names = preview.candidates.flatMap((c) => [c.fields.unitName, c.fields.communityName ?? '']).filter(Boolean);
  const units = await ports.units.findByNames(caller.regionId, names);
  const unitNamed = (name: string) => units.get(nameKey(name)) ?? null;
  const resolved = resolveRows(preview.candidates, {
    unitByName: unitNamed,
    communityByName: (name) => {
      const unit = unitNamed(name);
      return unit && { id: unit.id, isCommunity: PAIRING_TARGET_KINDS.includes(unit.hostKind) || unit.allianceRole === 'COMMUNITY_ORGANIZATION' };
    },
  });

  // The member rules themselves, as createMember applies them, so the preview shows every refusal.
  const columnsOf = new Map(preview.candidates.map((c) => [c.rowNumber, c.columns]));
  const byId = new Map([...units.values()].map((u) => [u.id, u]));
  const ruleErrors: RosterRowError[] = [];
  const rows: { rowNumber: number; input: CreateMemberInput }[] = [];
  for (const row of resolved.rows) {
    try {
      const checked = parseInput(createMemberInput, row.input);
      assertMemberConsistent(checked, today);
      if (byId.get(checked.unitId)?.status === 'WITHDRAWN') throw badInput('unitId', '所在党组织已退出联盟，不能转入党员');
      rows.push({ rowNumber: row.rowNumber, input: checked });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const field = rosterFieldOf(error.field);
      const columns = columnsOf.get(row.rowNumber);
      ruleErrors.push({ rowNumber: row.rowNumber, column: (field && columns?.[field]) ?? field ?? '', field, message: error.message });
    }
  }

  // Rows whose number is on the roster are skipped: importing a file twice changes nothing.
  const fingerprints = await Promise.all(rows.map((r) => ports.vault.fingerprint(r.input.idNumber)));
  const onRoster = await ports.members.fingerprintsOnRoster(caller.regionId, fingerprints);
  const toImport = rows.filter((_, i) => !onRoster.has(fingerprints[i]!));

  const errors = [...preview.errors, ...resolved.errors, ...ruleErrors].sort((a, b) => a.rowNumber - b.rowNumber);
  const rowsWithErrors = new Set(errors.map((e) => e.rowNumber)).size;
  const now = ports.now().toISOString();
  const importId = source.job?.id ?? ports.newId();
  if (source.upload) await ports.files.savePayload(caller.regionId, importId, IMPORT_PAYLOADS.sheet, await ports.vault.seal(encodeGrid(source.grid)));
  await ports.files.savePayload(caller.regionId, importId, IMPORT_PAYLOADS.rows, await ports.vault.seal(JSON.stringify(toImport)));

  const job: MemberImport = {
    id: importId,
    regionId: caller.regionId,
    fileName: source.fileName,
    status: 'PREVIEWED',
    headerRowNumber: preview.header?.rowNumber ?? null,
    columns: columnsFromHeader(preview.header),
    problems: preview.problems,
    summary: {
      totalRows: preview.summary.totalRows,
      skippedBlank: preview.summary.skippedBlank,
      valid: rows.length,
      withErrors: rowsWithErrors,
      alreadyOnRoster: rows.length - toImport.length,
    },
    errors: errors.slice(0, MAX_KEPT_ERRORS),
    errorCount: errors.length,
    toImport: toImport.length,
    processed: 0,
    created: 0,
    skipped: 0,
    failures: [],
    createdBy: caller.displayName,
    createdAt: source.job?.createdAt ?? now,
    updatedAt: now,
    version: (source.job?.version ?? 0) + 1,
  };
  const audit = recordChange(caller, ports, MEMBER_IMPORT_AUDIT, {
    operation: 'previewMemberImport', recordId: job.id, version: job.version, before: source.job, after: job,
  });
  if (source.job) {
    await ports.memberImports.save({ current: source.job, next: job }, { audit }).catch(staleImport);
  } else {
    await ports.memberImports.create(job, { audit, uploads: [{ regionId: caller.regionId, uploadId: source.upload!.id }] });
    await ports.files.discardUpload(caller.regionId, source.upload!.id);
  }
  return job;
}

/**
 * Step 2, repeated until COMPLETED: creates the next rows of a previewed import, each with the createMember
 * write (its unit's counts and audit entry in its own transaction). A step cut short, or run twice at once,
 * loses and duplicates nothing: a row whose number reached the roster meanwhile is skipped.
 */
export async function continueMemberImport(principal: Principal, importId: string, ports: Ports): Promise<MemberImport> {
  const caller = authorize(principal, memberPolicy.import);
  const job = await ports.memberImports.get(caller.regionId, importId);
  if (!job) throw notFound('导入', importId);
  if (job.status === 'COMPLETED') return job;
  if (job.problems.length > 0) throw badInput('id', '该文件无法导入：请按提示修改后重新上传');
  const sealed = await ports.files.loadPayload(caller.regionId, job.id, IMPORT_PAYLOADS.rows);
  if (sealed === null) throw badInput('id', '导入数据已过期，请重新上传文件');
  const rows = JSON.parse(await ports.vault.open(sealed)) as { rowNumber: number; input: CreateMemberInput }[];
  const step = rows.slice(job.processed, job.processed + ROWS_PER_STEP);
  const unitIds = [...new Set(step.flatMap((r) => [r.input.unitId, r.input.communityId ?? '']).filter(Boolean))];
  const units = new Map((await ports.units.getMany(caller.regionId, unitIds)).filter((u): u is Unit => u !== null).map((u) => [u.id, u]));

  const started = Date.now();
  let done = 0;
  let created = 0;
  let skipped = 0;
  const failures: RosterRowError[] = [];
  while (done < step.length && Date.now() - started < STEP_BUDGET_MS) {
    const batch = nextBatch(step, done);
    const outcomes = await importBatch(caller, batch, units, ports);
    for (const outcome of outcomes) {
      if (outcome === 'created') created++;
      else if (outcome === 'skipped') skipped++;
      else failures.push(outcome);
    }
    done += batch.length;
  }

  const processed = job.processed + done;
  const completed = processed >= job.toImport;
  const next: MemberImport = {
    ...job,
    status: completed ? 'COMPLETED' : 'IMPORTING',
    processed,
    created: job.created + created,
    skipped: job.skipped + skipped,
    failures: [...job.failures, ...failures].slice(0, MAX_KEPT_ERRORS),
    updatedAt: ports.now().toISOString(),
    version: job.version + 1,
  };
  const audit = completed
    ? { audit: recordChange(caller, ports, MEMBER_IMPORT_AUDIT, { operation: 'completeMemberImport', recordId: job.id, version: next.version, before: job, after: next }) }
    : undefined;
  try {
    await ports.memberImports.save({ current: job, next }, audit);
  } catch (error) {
    // Another step ran at the same time: its record stands (the rows of both are on the roster once).
    if (error instanceof StaleVersionError) return (await ports.memberImports.get(caller.regionId, job.id)) ?? next;
    throw error;
  }
  if (completed) await ports.files.deletePayloads(caller.regionId, job.id, Object.values(IMPORT_PAYLOADS));
  return next;
}

/** The region's imports, newest first: a clerk who lost an import's page finds it again here. */
export async function listMemberImports(principal: Principal, args: { first?: number | null; after?: string | null }, ports: Ports) {
  const caller = authorize(principal, memberPolicy.import);
  return readPage(ports.memberImports.list(caller.regionId, pageRequest(args)));
}

export async function getMemberImport(principal: Principal, importId: string, ports: Ports): Promise<MemberImport | null> {
  const caller = authorize(principal, memberPolicy.import);
  return ports.memberImports.get(caller.regionId, importId);
}

type ImportRow = { rowNumber: number; input: CreateMemberInput };
type RowOutcome = 'created' | 'skipped' | RosterRowError;

/** The rows from `start` that fit one transaction (DynamoDB's 100 items: a member, its guard, roles, audit; its unit once; the region's count). */
function nextBatch(rows: readonly ImportRow[], start: number): ImportRow[] {
  const batch: ImportRow[] = [];
  const units = new Set<string>();
  let items = 1;
  for (const row of rows.slice(start)) {
    const needed = itemsOfNewMember({ roles: row.input.roles ?? [] }) + (units.has(row.input.unitId) ? 0 : 1);
    if (items + needed > MAX_ITEMS_PER_WRITE) break;
    batch.push(row);
    units.add(row.input.unitId);
    items += needed;
  }
  return batch;
}

/**
 * One batch in one transaction (sequential batches: concurrent transactions on the same unit's counts would
 * only conflict); when it is refused — a number that reached the roster, a unit withdrawn meanwhile — its rows
 * go one by one, so each refusal lands on its own row.
 */
async function importBatch(caller: RegionPrincipal, batch: readonly ImportRow[], units: Map<string, Unit>, ports: Ports): Promise<RowOutcome[]> {
  const checked = batch.map((row) => ({ row, refusal: unitRefusal(row, units) }));
  const writable = checked.filter((c) => c.refusal === null).map((c) => c.row);
  const members = await Promise.all(writable.map((row) => newMember(caller, row.input, ports)));
  try {
    if (members.length > 0) {
      await ports.members.createMany(members.map((member) => ({ member, alongside: { audit: createdMemberAudit(caller, ports, member, 'importMember') } })));
    }
    return checked.map((c) => c.refusal ?? 'created');
  } catch (error) {
    if (!(error instanceof WriteRefusedError)) throw error;
    const outcomes: RowOutcome[] = [];
    for (const { row, refusal } of checked) outcomes.push(refusal ?? (await importRow(caller, row, units, ports)));
    return outcomes;
  }
}

function unitRefusal(row: ImportRow, units: Map<string, Unit>): RosterRowError | null {
  const unit = units.get(row.input.unitId);
  if (!unit || unit.status === 'WITHDRAWN') return rowFailure(row, 'unitName', '所在党组织已不存在或已退出联盟');
  if (row.input.communityId && !units.has(row.input.communityId)) return rowFailure(row, 'communityName', '居住社区已不存在');
  return null;
}

const rowFailure = (row: ImportRow, field: RosterField, message: string): RosterRowError => ({ rowNumber: row.rowNumber, column: ROSTER_HEADERS[field], field, message });

/** One row on its own, as createMember writes it: what a refused batch falls back to. */
async function importRow(caller: RegionPrincipal, row: ImportRow, units: Map<string, Unit>, ports: Ports): Promise<RowOutcome> {
  const refusal = unitRefusal(row, units);
  if (refusal) return refusal;
  const member = await newMember(caller, row.input, ports);
  try {
    await ports.members.create(member, { audit: createdMemberAudit(caller, ports, member, 'importMember') });
    return 'created';
  } catch (error) {
    if (error instanceof AlreadyTakenError && error.guard === MEMBER_GUARDS.idNumber) return 'skipped';
    if (!(error instanceof WriteRefusedError)) throw error;
    const explained = memberRefusal(error, member);
    return rowFailure(row, rosterFieldOf(explained?.field) ?? 'name', explained?.message ?? '写入失败，请重试');
  }
}

async function readUploadedSheet(caller: RegionPrincipal, uploadId: string, ports: Ports) {
  const { content: grid, upload } = await readUploadedWorkbook(caller, uploadId, ports, (bytes) => ports.workbooks.readGrid(bytes));
  return { grid, fileName: upload.name, upload, job: null };
}

async function readPreviewedSheet(caller: RegionPrincipal, importId: string, ports: Ports) {
  const job = await ports.memberImports.get(caller.regionId, importId);
  if (!job) throw notFound('导入', importId);
  if (job.status !== 'PREVIEWED') throw badInput('importId', '导入已开始，不能再修改表头或列');
  const sealed = await ports.files.loadPayload(caller.regionId, job.id, IMPORT_PAYLOADS.sheet);
  if (sealed === null) throw badInput('importId', '预览已过期，请重新上传文件');
  return { grid: decodeGrid(await ports.vault.open(sealed)), fileName: job.fileName, upload: null, job };
}

const staleImport = (error: unknown): never => {
  if (error instanceof StaleVersionError) throw new DomainError('CONFLICT', '该导入已被他人修改或已开始，请刷新后重试');
  throw error;
};

/** The roster field a member-rule field stands for (unitId is the 所在党组织 column). */
function rosterFieldOf(field: string | undefined): RosterField | null {
  if (field === 'unitId') return 'unitName';
  if (field === 'communityId') return 'communityName';
  const base = field?.split('.')[0];
  return (ROSTER_FIELDS as readonly string[]).includes(base ?? '') ? (base as RosterField) : null;
}

function columnsFromHeader(header: ReturnType<typeof previewRosterImport>['header']): MemberImportColumn[] {
  if (!header) return [];
  const indexes = new Set([...Object.keys(header.headers), ...Object.keys(header.mapping)].map(Number));
  return [...indexes].sort((a, b) => a - b).map((index) => ({ index, header: header.headers[index] ?? '', field: header.mapping[index] ?? null }));
}

/** A grid as text to seal: dates kept as dates. */
const encodeGrid = (grid: Grid): string =>
  JSON.stringify(grid.map((row) => row.map((cell) => (cell instanceof Date ? { $date: cell.toISOString() } : cell))));

const decodeGrid = (text: string): Grid =>
  (JSON.parse(text) as unknown[][]).map((row) =>
    row.map((cell) => (cell && typeof cell === 'object' && '$date' in cell ? new Date(String((cell as { $date: string }).$date)) : (cell as Cell))),
  );

/** The roster template with the region's units and communities in its drop-downs. */
export async function memberImportTemplate(principal: Principal, ports: Ports): Promise<GeneratedFile> {
  const caller = authorize(principal, memberPolicy.template, { unitId: principal.unitId });
  const units: Unit[] = [];
  let after: string | null | undefined;
  // A region has hundreds of units; the bound keeps a runaway list from reading on.
  for (let page = 0; page < 50; page++) {
    const result = await ports.units.list(caller.regionId, parseInput(unitFilterInput, {}), { size: 100, after });
    units.push(...result.edges.map((e) => e.node).filter((u) => u.status !== 'WITHDRAWN'));
    if (!result.pageInfo.hasNextPage) break;
    after = result.pageInfo.endCursor;
  }
  const bytes = await ports.workbooks.template({
    unitNames: units.map((u) => u.name),
    communityNames: units.filter((u) => PAIRING_TARGET_KINDS.includes(u.hostKind) || u.allianceRole === 'COMMUNITY_ORGANIZATION').map((u) => u.name),
  });
  return generated(caller, '党员名册导入模板.xlsx', bytes, ports);
}

/** The filtered roster as .xlsx, masked as the API shows it to this caller; a liaison's is its own unit's. */
export async function exportMembers(principal: Principal, args: { filter?: unknown; sheetPerUnit?: boolean | null }, ports: Ports): Promise<GeneratedFile> {
  const filter = parseInput(memberFilterInput, args.filter);
  if (!hasRole(principal, 'REGION_ADMIN') && !filter.unitId) filter.unitId = principal.unitId;
  const caller = authorize(principal, memberPolicy.export, { unitId: filter.unitId });
  const members: Member[] = [];
  let after: string | null | undefined;
  do {
    const page = await ports.members.list(caller.regionId, filter, { size: 100, after });
    members.push(...page.edges.map((e) => e.node));
    if (members.length > MAX_EXPORT_MEMBERS) {
      throw badInput('filter', `一次最多导出 ${MAX_EXPORT_MEMBERS} 名党员，请按单位或类别筛选后分批导出`);
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const unitIds = [...new Set(members.flatMap((m) => [m.unitId, m.communityId ?? '']).filter(Boolean))];
  const units = new Map((await ports.units.getMany(caller.regionId, unitIds)).filter((u): u is Unit => u !== null).map((u) => [u.id, u.name]));
  const showPhones = hasRole(caller, 'REGION_ADMIN');
  const rows: RosterExportRow[] = members.map((m) => ({
    name: m.name,
    gender: m.gender,
    birthDate: m.birthDate,
    idNumber: m.idNumber.masked,
    phone: showPhones ? m.phone : maskPhone(m.phone),
    status: m.status,
    joinedOn: m.joinedOn,
    category: m.category,
    unitName: units.get(m.unitId) ?? '',
    communityName: m.communityId ? (units.get(m.communityId) ?? null) : null,
    roles: m.roles,
    note: m.note,
  }));
  const bytes = await ports.workbooks.export(rows, { sheetPerUnit: args.sheetPerUnit ?? false });
  return generated(caller, `党员名册-${todayInChina(ports.now())}.xlsx`, bytes, ports);
}
