/**
 * Excel for the three lists (issue 15): the needs template, a needs file previewed then imported (the
 * roster's preview-then-import pattern, in one step: a needs file is small), and each list exported in the
 * layout of the notice board (公示栏).
 */
import { z } from 'zod';
import { authorize } from '../../auth/policy';
import { hasRole, type Principal, type RegionPrincipal } from '../../auth/principal';
import type { AuditEntry } from '../audit/audit';
import { recordChange } from '../audit/service';
import { badInput, conflict, forbidden } from '../errors';
import { keepGeneratedWorkbook, readUploadedWorkbook, type GeneratedFile } from '../files/workbook-files';
import { nameKey } from '../names';
import type { Page, PageRequest } from '../paging';
import { readPage } from '../paging';
import type { Ports } from '../ports';
import { unitFilterInput } from '../units/rules';
import { PAIRING_TARGET_KINDS, type Unit } from '../units/unit';
import { id, parseInput, todayInChina, year } from '../validation';
import { AlreadyTakenError, WriteRefusedError } from '../write-refusals';
import { NEED_AUDIT, NEED_SOURCE_LABELS, NEED_STATUS_LABELS, NEED_URGENCY_LABELS, type Need } from './need';
import {
  needTitleKey, NeedSheetProblem, readNeedSheet, repeatedRows, type NeedImportError, type NeedImportFields,
} from './need-import';
import { listsPolicy } from './policy';
import { MAX_NEEDS_PER_WRITE, NEED_TITLE_GUARD } from './ports';
import { PROJECT_STATUS_LABELS, type Project } from './project';
import { RESOURCE_STATUS_LABELS, RESOURCE_TYPE_LABELS, resourceStatus, type Resource } from './resource';
import { needFilterInput, projectFilterInput, resourceFilterInput, settingsOrDefaults } from './rules';
import type { NoticeBoard, NoticeBoardCell, NoticeBoardColumn } from './workbooks';

/** Errors a preview shows at most (errorCount says how many there are). */
export const MAX_SHOWN_ERRORS = 500;
/** Rows a preview shows as read. */
export const SAMPLE_ROWS = 20;
/** An export holds at most this many rows: more must be filtered. */
export const MAX_EXPORT_ROWS = 5000;
/** Rows read per page while exporting (the lists' largest page). */
const EXPORT_PAGE = 100;

const importInput = z.object({
  uploadId: id('上传的文件'),
  year,
  skipInvalid: z.boolean().nullish().transform((s) => s ?? false),
});

// ---- the template ------------------------------------------------------------------------------------

/** The region's need categories (its own list, or the defaults). */
const regionCategories = async (caller: RegionPrincipal, ports: Ports) => settingsOrDefaults(caller.regionId, await ports.listSettings.get(caller.regionId)).needCategories;

/** The needs template of a year: the region's categories and communities (a liaison's own) in its drop-downs. */
export async function needImportTemplate(principal: Principal, args: { year: unknown }, ports: Ports): Promise<GeneratedFile> {
  const caller = authorize(principal, listsPolicy.writeNeed, { unitId: principal.unitId });
  const { year: y } = parseInput(z.object({ year }), args);
  const [regionName, communities] = await Promise.all([
    regionNameOf(caller, ports),
    isSecretariat(caller) ? regionCommunities(caller, ports) : ownCommunity(caller, ports).then((unit) => (unit ? [unit] : [])),
  ]);
  const title = `${regionName}${y}年度需求清单`;
  const bytes = await ports.listWorkbooks.needTemplate({
    title: `${title}（导入模板）`,
    categories: await regionCategories(caller, ports),
    communityNames: communities.map((unit) => unit.name),
  });
  return keepGeneratedWorkbook(caller, `${title}导入模板.xlsx`, bytes, ports);
}

// ---- preview and import ------------------------------------------------------------------------------

/** A row as it would be imported: the community resolved. */
export interface NeedImportRow extends NeedImportFields {
  rowNumber: number;
  communityName: string;
  communityUnitId: string;
  alreadyListed: boolean;
}

export interface NeedImportPreview {
  fileName: string;
  year: number;
  headerRowNumber: number;
  /** Rows with something in them below the header: toImport + alreadyListed + invalidRows. */
  rows: number;
  toImport: number;
  alreadyListed: number;
  invalidRows: number;
  errors: NeedImportError[];
  errorCount: number;
  sample: NeedImportRow[];
}

export interface NeedImportResult {
  created: number;
  /** Rows whose need was on the list already (or was written by another import meanwhile): not created again. */
  alreadyListed: number;
  /** Rows with errors, not imported (skipInvalid). */
  invalidRows: number;
  errorCount: number;
}

/**
 * Reads an uploaded needs file and says what importing it would do: every row checked (the sheet's rules,
 * communities by name, the caller's standing, repeats in the file), rows already on the list counted apart.
 * Writes nothing; the upload stays for importNeeds.
 */
export async function previewNeedImport(principal: Principal, input: unknown, ports: Ports): Promise<NeedImportPreview> {
  const caller = authorize(principal, listsPolicy.writeNeed, { unitId: principal.unitId });
  const data = parseInput(importInput, input);
  const checked = await checkNeedFile(caller, data.uploadId, data.year, ports);
  return {
    fileName: checked.fileName,
    year: data.year,
    headerRowNumber: checked.headerRowNumber,
    rows: checked.rows,
    toImport: checked.toCreate.length,
    alreadyListed: checked.listed.length,
    invalidRows: checked.invalidRows,
    errors: checked.errors.slice(0, MAX_SHOWN_ERRORS),
    errorCount: checked.errors.length,
    sample: checked.valid.slice(0, SAMPLE_ROWS),
  };
}

/**
 * Imports the same upload as previewed: checked again as it is now, refused while it has errors unless
 * `skipInvalid`; every valid row not on the list yet becomes a need (COLLECTED), MAX_NEEDS_PER_WRITE per
 * transaction, each with its audit entry; then the upload is deleted. Importing the file again creates
 * nothing: rows on the list are skipped, and the store's import guard turns away a title another import
 * wrote moments before (two imports of one file at the same instant).
 */
export async function importNeeds(principal: Principal, input: unknown, ports: Ports): Promise<NeedImportResult> {
  const caller = authorize(principal, listsPolicy.writeNeed, { unitId: principal.unitId });
  const data = parseInput(importInput, input);
  const checked = await checkNeedFile(caller, data.uploadId, data.year, ports);
  if (checked.errors.length > 0 && !data.skipInvalid) {
    throw badInput('uploadId', `文件中有 ${checked.invalidRows} 行共 ${checked.errors.length} 处错误；请修改后重新上传，或选择跳过有错误的行后导入`);
  }
  let created = 0;
  let alreadyListed = checked.listed.length;
  for (let start = 0; start < checked.toCreate.length; start += MAX_NEEDS_PER_WRITE) {
    const batch = checked.toCreate.slice(start, start + MAX_NEEDS_PER_WRITE).map((row) => importedNeed(caller, data.year, row, ports));
    try {
      await writeNeeds(batch, ports);
      created += batch.length;
    } catch (error) {
      if (!isTitleTaken(error)) throw error;
      // Another import wrote some of these titles meanwhile: one by one, so only those are skipped.
      for (const one of batch) {
        try {
          await writeNeeds([one], ports);
          created += 1;
        } catch (refusal) {
          if (!isTitleTaken(refusal)) throw refusal;
          alreadyListed += 1;
        }
      }
    }
  }
  await ports.files.discardUpload(caller.regionId, data.uploadId);
  return { created, alreadyListed, invalidRows: checked.invalidRows, errorCount: checked.errors.length };
}

const isTitleTaken = (error: unknown) => error instanceof AlreadyTakenError && error.guard === NEED_TITLE_GUARD;

async function writeNeeds(batch: readonly { need: Need; audit: AuditEntry }[], ports: Ports): Promise<void> {
  try {
    await ports.needs.createMany(batch.map((b) => b.need), batch.map((b) => b.audit));
  } catch (error) {
    if (error instanceof AlreadyTakenError && error.guard === 'need-id') throw conflict('需求编号冲突，请重试');
    if (error instanceof WriteRefusedError && !isTitleTaken(error)) throw conflict('系统繁忙，请稍后重试');
    throw error;
  }
}

function importedNeed(caller: RegionPrincipal, year: number, row: NeedImportRow, ports: Ports): { need: Need; audit: AuditEntry } {
  const now = ports.now().toISOString();
  const need: Need = {
    id: ports.newId(),
    regionId: caller.regionId,
    year,
    title: row.title,
    description: row.description,
    category: row.category,
    urgency: row.urgency,
    source: row.source,
    raisedBy: row.raisedBy,
    communityUnitId: row.communityUnitId,
    wantedFrom: row.wantedFrom,
    wantedUntil: row.wantedUntil,
    status: 'COLLECTED',
    statusReason: null,
    projectId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const audit = recordChange(caller, ports, NEED_AUDIT, { operation: 'importNeed', recordId: need.id, version: 1, before: null, after: need });
  return { need, audit };
}

interface CheckedFile {
  fileName: string;
  headerRowNumber: number;
  rows: number;
  /** Valid rows in row order, those on the list marked. */
  valid: NeedImportRow[];
  toCreate: NeedImportRow[];
  listed: NeedImportRow[];
  errors: NeedImportError[];
  invalidRows: number;
}

/** The upload read and every row checked against the region as it is now. */
async function checkNeedFile(caller: RegionPrincipal, uploadId: string, year: number, ports: Ports): Promise<CheckedFile> {
  const own = isSecretariat(caller) ? null : await ownCommunity(caller, ports);
  if (!isSecretariat(caller) && !own) throw forbidden('只有村或社区党组织的联络员可以导入需求');
  const { content: grid, upload } = await readUploadedWorkbook(caller, uploadId, ports, (bytes) => ports.listWorkbooks.readGrid(bytes));
  let sheet;
  try {
    sheet = readNeedSheet(grid, { categories: await regionCategories(caller, ports), ownCommunityDefault: own !== null });
  } catch (error) {
    if (error instanceof NeedSheetProblem) throw badInput('uploadId', error.message);
    throw error;
  }

  // Communities by name, read once for the whole file.
  const names = [...new Set(sheet.candidates.map((c) => c.fields.communityName).filter((n): n is string => n !== null))];
  const units = names.length > 0 ? await ports.units.findByNames(caller.regionId, names) : new Map<string, Unit>();
  const errors = [...sheet.errors];
  const resolved: NeedImportRow[] = [];
  for (const { rowNumber, fields } of sheet.candidates) {
    const unit = fields.communityName === null ? own : (units.get(nameKey(fields.communityName)) ?? null);
    const refusal = communityRefusal(fields.communityName, unit, own);
    if (refusal) errors.push({ rowNumber, column: sheet.columns.communityName, message: refusal });
    else resolved.push({ ...fields, rowNumber, communityName: unit!.name, communityUnitId: unit!.id, alreadyListed: false });
  }
  const keyOf = (row: NeedImportRow) => `${row.communityUnitId}#${needTitleKey(row.title)}`;
  const repeated = repeatedRows(resolved, keyOf, sheet.columns.title);
  errors.push(...repeated);
  const repeatedRowNumbers = new Set(repeated.map((e) => e.rowNumber));
  const valid = resolved.filter((row) => !repeatedRowNumbers.has(row.rowNumber));

  // What each community has on the year's list already, by title key.
  const listed = new Set<string>();
  for (const communityUnitId of new Set(valid.map((row) => row.communityUnitId))) {
    await readAll(
      (page) => ports.needs.list(caller.regionId, { year, communityUnitId }, page),
      async (needs) => needs.forEach((need) => listed.add(`${need.communityUnitId}#${needTitleKey(need.title)}`)),
      Number.POSITIVE_INFINITY,
    );
  }
  for (const row of valid) row.alreadyListed = listed.has(keyOf(row));

  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    fileName: upload.name,
    headerRowNumber: sheet.headerRowNumber,
    rows: sheet.rows,
    valid,
    toCreate: valid.filter((row) => !row.alreadyListed),
    listed: valid.filter((row) => row.alreadyListed),
    errors,
    invalidRows: new Set(errors.map((e) => e.rowNumber)).size,
  };
}

/** Why a row's community cannot collect its need, or null when it can. */
function communityRefusal(name: string | null, unit: Unit | null, own: Unit | null): string | null {
  if (!unit) return `未找到村/社区: ${name}`;
  if (!PAIRING_TARGET_KINDS.includes(unit.hostKind)) return `“${unit.name}”不是村或社区党组织，不能征集需求`;
  if (unit.status === 'WITHDRAWN') return `${unit.name}已退出联盟`;
  if (unit.status === 'SUSPENDED') return `${unit.name}已暂停参与`;
  if (own && unit.id !== own.id) return `只能导入本社区（${own.name}）的需求`;
  return null;
}

// ---- exports (公示栏) ---------------------------------------------------------------------------------

/** The year's needs, filtered, as the notice board shows them. */
export async function exportNeeds(principal: Principal, args: { filter: unknown }, ports: Ports): Promise<GeneratedFile> {
  const caller = authorize(principal, listsPolicy.readNeeds);
  const filter = parseInput(needFilterInput, args.filter);
  const names = unitNames(caller, ports);
  const needs = await readAll(
    (page) => ports.needs.list(caller.regionId, filter, page),
    (page) => names.load(page.map((n) => n.communityUnitId)),
    MAX_EXPORT_ROWS,
  );
  const columns: NoticeBoardColumn[] = [
    { header: '征集社区' }, { header: '需求名称' }, { header: '类别', align: 'center' }, { header: '需求内容' },
    { header: '紧急程度', align: 'center' }, { header: '提出人' }, { header: '状态', align: 'center' },
  ];
  const rows = needs.map((n): NoticeBoardCell[] => [
    names.of(n.communityUnitId), n.title, n.category, n.description, NEED_URGENCY_LABELS[n.urgency], n.raisedBy, NEED_STATUS_LABELS[n.status],
  ]);
  return noticeBoardFile(caller, '需求清单', filter.year, columns, rows, ports);
}

/** The year's resources, filtered, as the notice board shows them: the contact's name, never a phone number. */
export async function exportResources(principal: Principal, args: { filter: unknown }, ports: Ports): Promise<GeneratedFile> {
  const caller = authorize(principal, listsPolicy.readResources);
  const filter = parseInput(resourceFilterInput, args.filter);
  const names = unitNames(caller, ports);
  const resources = await readAll(
    (page) => ports.resources.list(caller.regionId, filter, page),
    (page) => names.load(page.map((r) => r.unitId)),
    MAX_EXPORT_ROWS,
  );
  const columns: NoticeBoardColumn[] = [
    { header: '提供单位' }, { header: '资源名称' }, { header: '类型', align: 'center' }, { header: '数量', align: 'center' },
    { header: '剩余', align: 'center' }, { header: '可用时间', align: 'center' }, { header: '联系人', align: 'center' },
  ];
  const rows = resources.map((r): NoticeBoardCell[] => [
    names.of(r.unitId), r.title, RESOURCE_TYPE_LABELS[r.type], `${r.quantity}${r.quantityUnit}`, quantityLeft(r), availability(r), r.contactName,
  ]);
  return noticeBoardFile(caller, '资源清单', filter.year, columns, rows, ports);
}

/** The year's projects, filtered, as the notice board shows them. */
export async function exportProjects(principal: Principal, args: { filter: unknown }, ports: Ports): Promise<GeneratedFile> {
  const caller = authorize(principal, listsPolicy.readProjects);
  const filter = parseInput(projectFilterInput(todayInChina(ports.now())), args.filter);
  const names = unitNames(caller, ports);
  const projects = await readAll(
    (page) => ports.projects.list(caller.regionId, filter, page),
    (page) => names.load(page.flatMap((p) => [p.communityUnitId, p.leadUnitId ?? ''])),
    MAX_EXPORT_ROWS,
  );
  const columns: NoticeBoardColumn[] = [
    { header: '项目名称' }, { header: '所属社区' }, { header: '牵头单位' }, { header: '状态', align: 'center' },
    { header: '预算(元)', align: 'right', numFmt: '#,##0' }, { header: '开始日期', align: 'center' }, { header: '目标完成日期', align: 'center' },
    { header: '志愿岗位', align: 'center' },
  ];
  const rows = projects.map((p): NoticeBoardCell[] => [
    p.title, names.of(p.communityUnitId), p.leadUnitId ? names.of(p.leadUnitId) : null, PROJECT_STATUS_LABELS[p.status], p.budget,
    p.startsOn, p.targetOn, volunteerPlaces(p),
  ]);
  return noticeBoardFile(caller, '项目清单', filter.year, columns, rows, ports);
}

const quantityLeft = (r: Resource): string => {
  const status = resourceStatus(r);
  return status === 'AVAILABLE' ? `${r.quantityLeft}${r.quantityUnit}` : RESOURCE_STATUS_LABELS[status];
};

const availability = (r: Pick<Resource, 'availableFrom' | 'availableUntil'>): string => {
  if (r.availableFrom && r.availableUntil) return `${r.availableFrom} 至 ${r.availableUntil}`;
  if (r.availableFrom) return `${r.availableFrom} 起`;
  if (r.availableUntil) return `至 ${r.availableUntil}`;
  return '长期';
};

/** Places taken of those offered ("3/10"), or a dash for a project without volunteers. */
const volunteerPlaces = (p: Pick<Project, 'volunteerSlots' | 'slotsTaken'>): string => (p.volunteerSlots > 0 ? `${p.slotsTaken}/${p.volunteerSlots}` : '—');

/** "截至 2026年11月30日": the day in China the list was printed. */
export const asOfLine = (now: Date): string => {
  const [y, m, d] = todayInChina(now).split('-').map(Number);
  return `截至 ${y}年${m}月${d}日`;
};

async function noticeBoardFile(
  caller: RegionPrincipal,
  list: '需求清单' | '资源清单' | '项目清单',
  year: number,
  columns: NoticeBoardColumn[],
  rows: NoticeBoardCell[][],
  ports: Ports,
): Promise<GeneratedFile> {
  const title = `${await regionNameOf(caller, ports)}${year}年度${list}`;
  const board: NoticeBoard = { title, dateLine: asOfLine(ports.now()), sheetName: `${year}年度${list}`, columns, rows };
  const bytes = await ports.listWorkbooks.noticeBoard(board);
  return keepGeneratedWorkbook(caller, `${title}-${todayInChina(ports.now())}.xlsx`, bytes, ports);
}

// ---- helpers -----------------------------------------------------------------------------------------

const isSecretariat = (caller: RegionPrincipal) => hasRole(caller, 'REGION_ADMIN');

async function regionNameOf(caller: RegionPrincipal, ports: Ports): Promise<string> {
  return (await ports.regions.get(caller.regionId))?.name ?? '';
}

/** A liaison's own unit when it is a village or community taking part: the one community it collects needs for. */
async function ownCommunity(caller: RegionPrincipal, ports: Ports): Promise<Unit | null> {
  if (!caller.unitId) return null;
  const unit = await ports.units.get(caller.regionId, caller.unitId);
  return unit && PAIRING_TARGET_KINDS.includes(unit.hostKind) && unit.status !== 'WITHDRAWN' && unit.status !== 'SUSPENDED' ? unit : null;
}

/** The region's villages and communities taking part (a few hundred at most: bounded reads). */
async function regionCommunities(caller: RegionPrincipal, ports: Ports): Promise<Unit[]> {
  const units: Unit[] = [];
  for (const hostKind of PAIRING_TARGET_KINDS) {
    const filter = parseInput(unitFilterInput, { hostKind });
    await readAll(
      (page) => ports.units.list(caller.regionId, filter, page),
      async (page) => units.push(...page.filter((u) => u.status !== 'WITHDRAWN' && u.status !== 'SUSPENDED')),
      MAX_EXPORT_ROWS,
    );
  }
  return units;
}

/**
 * Every row of a list, page by page (EXPORT_PAGE each), `onPage` told of each page as it comes; refused
 * with BAD_USER_INPUT on `filter` past `max` rows.
 */
async function readAll<T>(read: (page: PageRequest) => Promise<Page<T>>, onPage: (nodes: T[]) => Promise<unknown>, max: number): Promise<T[]> {
  const all: T[] = [];
  let after: string | null | undefined;
  do {
    const page = await readPage(read({ size: EXPORT_PAGE, after }));
    const nodes = page.edges.map((e) => e.node);
    all.push(...nodes);
    if (all.length > max) throw badInput('filter', `一次最多导出 ${max} 条，请按状态、类别、社区或单位筛选后分批导出`);
    await onPage(nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** Units' names for an export: each page's unknown ids in one batched read. */
function unitNames(caller: RegionPrincipal, ports: Ports) {
  const names = new Map<string, string>();
  return {
    async load(ids: readonly string[]): Promise<void> {
      const missing = [...new Set(ids)].filter((unitId) => unitId !== '' && !names.has(unitId));
      if (missing.length === 0) return;
      const units = await ports.units.getMany(caller.regionId, missing);
      missing.forEach((unitId, i) => names.set(unitId, units[i]?.name ?? ''));
    },
    of: (unitId: string): string => names.get(unitId) ?? '',
  };
}
