/**
 * Member engagement as Excel (issue 14): a unit's members' reports to communities (双报到) in the notice-board
 * layout the lists' exports use (the lists' workbook port makes it), for the unit's files and the secretariat's checks.
 */
import { z } from 'zod';
import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { badInput } from '../errors';
import { keepGeneratedWorkbook, type GeneratedFile } from '../files/workbook-files';
import { asOfLine } from '../lists/excel-service';
import type { NoticeBoardCell, NoticeBoardColumn } from '../lists/workbooks';
import { readPage } from '../paging';
import type { Ports } from '../ports';
import { id, parseInput, todayInChina, year } from '../validation';
import { MEMBER_ROLE_LABELS } from '../members/member';
import { engagementPolicy } from './policy';
import { trainingStatus } from './records-service';
import { REPORT_STATUS_LABELS, REPORT_STATUSES, type CommunityReport } from './report';

/** An export holds at most this many reports: more must be narrowed by status. */
export const MAX_EXPORT_ROWS = 5000;
/** Reports read per page while exporting (the largest page of the list). */
const EXPORT_PAGE = 100;

const exportInput = z.object({
  memberUnitId: id('党员所在单位'),
  status: z.enum(REPORT_STATUSES, { errorMap: () => ({ message: `状态取值无效，可选: ${REPORT_STATUSES.join(', ')}` }) }).nullish(),
});

export const REPORT_EXPORT_COLUMNS: readonly NoticeBoardColumn[] = [
  { header: '姓名', align: 'center' },
  { header: '所在单位' },
  { header: '报到社区' },
  { header: '状态', align: 'center' },
  { header: '报到时间', align: 'center' },
  { header: '确认时间', align: 'center' },
  { header: '认领岗位数', align: 'center' },
  { header: '报到说明' },
];

/**
 * The reports of a unit's members (the unit's feedback view, newest first), optionally of one status, as .xlsx:
 * its liaison or the secretariat (the same rule as reading them). Read page by page, refused past MAX_EXPORT_ROWS.
 */
export async function exportCommunityReports(principal: Principal, args: { memberUnitId: unknown; status?: unknown }, ports: Ports): Promise<GeneratedFile> {
  const data = parseInput(exportInput, args);
  const caller = authorize(principal, engagementPolicy.readReport, { unitId: data.memberUnitId });
  const unit = await ports.units.get(caller.regionId, data.memberUnitId);
  if (!unit) throw badInput('memberUnitId', '单位不存在');

  const communities = new Map<string, string>();
  const reports: CommunityReport[] = [];
  let after: string | null | undefined;
  do {
    const page = await readPage(
      ports.communityReports.list(caller.regionId, { memberUnitId: unit.id, status: data.status ?? undefined }, { size: EXPORT_PAGE, after }),
    );
    const nodes = page.edges.map((e) => e.node);
    reports.push(...nodes);
    if (reports.length > MAX_EXPORT_ROWS) throw badInput('status', `一次最多导出 ${MAX_EXPORT_ROWS} 条，请按状态筛选后分批导出`);
    await loadNames(caller, nodes.map((r) => r.communityUnitId), communities, ports);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);

  const rows = reports.map((r): NoticeBoardCell[] => [
    r.memberName,
    unit.name,
    communities.get(r.communityUnitId) ?? '',
    REPORT_STATUS_LABELS[r.status],
    chinaDateTime(r.filedAt),
    // A decline is decided too, but not confirmed.
    r.status === 'DECLINED' ? null : chinaDateTime(r.decidedAt),
    r.postsHeld,
    r.note,
  ]);
  const regionName = (await ports.regions.get(caller.regionId))?.name ?? '';
  const status = data.status ? `（${REPORT_STATUS_LABELS[data.status]}）` : '';
  const title = `${regionName}${unit.name}党员到社区报到情况${status}`;
  const bytes = await ports.listWorkbooks.noticeBoard({ title, dateLine: asOfLine(ports.now()), sheetName: '党员报到情况', columns: REPORT_EXPORT_COLUMNS, rows });
  return keepGeneratedWorkbook(caller, `${unit.name}党员报到情况-${todayInChina(ports.now())}.xlsx`, bytes, ports);
}

/** "2026-03-01 16:00": a moment as the clock on the wall in China shows it (UTC+8, no daylight saving). */
export function chinaDateTime(iso: string | null): string | null {
  if (!iso) return null;
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Units' names, each page's unknown ids in one batched read. */
async function loadNames(caller: RegionPrincipal, ids: readonly string[], names: Map<string, string>, ports: Ports): Promise<void> {
  const missing = [...new Set(ids)].filter((unitId) => !names.has(unitId));
  if (missing.length === 0) return;
  const units = await ports.units.getMany(caller.regionId, missing);
  missing.forEach((unitId, i) => names.set(unitId, units[i]?.name ?? ''));
}

const trainingExportInput = z.object({
  unitId: id('单位'),
  year,
  onlyShort: z.boolean().nullish(),
});

export const TRAINING_EXPORT_COLUMNS: readonly NoticeBoardColumn[] = [
  { header: '姓名', align: 'center' },
  { header: '职务' },
  { header: '应学学时', align: 'center' },
  { header: '已学学时', align: 'center' },
  { header: '差额', align: 'center' },
  { header: '是否达标', align: 'center' },
];

/**
 * A unit's members against their yearly training minimum (004 art.5, 7) as .xlsx — all, or those who fall short —
 * for the unit's liaison or the secretariat. Walks the unit's roster page by page (a roster page and one batch read of
 * the year figures each), refused past MAX_EXPORT_ROWS.
 */
export async function exportTrainingStatus(principal: Principal, args: { unitId: unknown; year: unknown; onlyShort?: unknown }, ports: Ports): Promise<GeneratedFile> {
  const data = parseInput(trainingExportInput, args);
  const caller = authorize(principal, engagementPolicy.recordForMember, { unitId: data.unitId });
  const unit = await ports.units.get(caller.regionId, data.unitId);
  if (!unit) throw badInput('unitId', '单位不存在');
  const rows: NoticeBoardCell[][] = [];
  let after: string | null | undefined;
  let walked = 0;
  do {
    const page = await trainingStatus(caller, { unitId: unit.id, year: data.year, onlyShort: data.onlyShort, first: EXPORT_PAGE, after }, ports);
    walked += EXPORT_PAGE;
    if (walked > MAX_EXPORT_ROWS) throw badInput('unitId', `一次最多导出 ${MAX_EXPORT_ROWS} 名党员`);
    for (const { node } of page.edges) {
      rows.push([
        node.member.name,
        node.member.roles.map((role) => MEMBER_ROLE_LABELS[role]).join('、') || null,
        node.required,
        node.hours,
        node.shortBy,
        node.shortBy > 0 ? '未达标' : '达标',
      ]);
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const regionName = (await ports.regions.get(caller.regionId))?.name ?? '';
  const title = `${regionName}${unit.name}${data.year}年度党员学习培训学时${data.onlyShort ? '（未达标）' : ''}`;
  const bytes = await ports.listWorkbooks.noticeBoard({ title, dateLine: asOfLine(ports.now()), sheetName: '学习培训学时', columns: TRAINING_EXPORT_COLUMNS, rows });
  return keepGeneratedWorkbook(caller, `${unit.name}${data.year}年度培训学时-${todayInChina(ports.now())}.xlsx`, bytes, ports);
}
