import { allows, authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { fileUploads } from '../archive/service';
import { recordChange } from '../audit/service';
import { badInput, conflict, forbidden, notFound } from '../errors';
import { claimUpload, uploadRefusal, type ClaimedUpload } from '../files/service';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { parseInput, todayInChina, year as yearInput, yearInChina } from '../validation';
import { AlreadyTakenError, defaultRefusal, GuardFailedError, RecordMissingError, StaleVersionError, WriteRefusedError } from '../write-refusals';
import {
  isOverdue, LEDGER_AUDIT, LEDGER_STATUS_LABELS, LEDGER_STATUSES, ledgerNumber, MAX_LEDGER_HISTORY,
  type LedgerAction, type LedgerEvent, type LedgerItem, type LedgerStatus,
} from './item';
import { ledgerPolicy } from './policy';
import type { LedgerFilter } from './ports';
import {
  assignLedgerItemInput, ledgerFilterInput, raiseLedgerItemInput, reasonInput, reportLedgerProgressInput, resolveLedgerItemInput,
  signOffLedgerItemInput,
} from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/** Raises racing for the year's next number each retry after a lost race; 50 at once all get through well within this. */
const MAX_RAISE_ATTEMPTS = 80;
/** Open items past due counted for the year's figures (pages of 100). */
const MAX_OVERDUE_PAGES = 10;

const declineInput = reasonInput('不予受理原因');
const reopenInput = reasonInput('退回重办原因');

// ---- raising (受理登记) -------------------------------------------------------------------------------

/**
 * A unit (its liaison) or the secretariat raises a problem, suggestion or opinion. It takes the year's next number:
 * read the last, write with last + 1 on the condition that nobody took it meanwhile, and on a lost race read again.
 * Numbers are unique and gap-free per region and year.
 */
export async function raiseLedgerItem(principal: Principal, input: unknown, ports: Ports): Promise<LedgerItem> {
  const data = parseInput(raiseLedgerItemInput, input);
  const caller = authorize(principal, ledgerPolicy.raise, { unitId: data.raisedByUnitId });
  const unit = await ports.units.get(caller.regionId, data.raisedByUnitId);
  if (!unit || unit.status === 'WITHDRAWN') throw badInput('raisedByUnitId', '单位不存在或已退出联盟');
  const claimed = await claimFiles(caller, data.fileUploadIds, ports);
  const year = yearInChina(ports.now());
  const id = ports.newId();
  for (let attempt = 0; attempt < MAX_RAISE_ATTEMPTS; attempt++) {
    const seq = (await ports.ledger.lastNumber(caller.regionId, year)) + 1;
    const now = ports.now().toISOString();
    const item: LedgerItem = {
      id,
      regionId: caller.regionId,
      year,
      seq,
      number: ledgerNumber(year, seq),
      kind: data.kind,
      title: data.title,
      description: data.description,
      category: data.category ?? null,
      raisedByUnitId: unit.id,
      raisedBy: caller.displayName,
      raisedAt: now,
      files: claimed.map((c) => c.file),
      handlerUnitId: null,
      handlerDepartment: null,
      dueOn: null,
      assignedAt: null,
      resolution: null,
      resolvedAt: null,
      signedOffBy: null,
      signedOffAt: null,
      declineReason: null,
      reopenCount: 0,
      status: 'RAISED',
      history: [event(caller, now, 'RAISE', null)],
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    const entry = recordChange(caller, ports, LEDGER_AUDIT, { operation: 'raiseLedgerItem', recordId: id, version: 1, before: null, after: item });
    try {
      await ports.ledger.raise(item, { audit: entry, uploads: claimed.map((c) => c.claim), archive: ledgerFilings(caller, item, claimed, ports) });
      return item;
    } catch (error) {
      // Another raise took this number between the read and the write: read the last number again.
      if (error instanceof GuardFailedError && error.guard === 'number-taken') continue;
      if (!(error instanceof WriteRefusedError)) throw error;
      throw uploadRefusal(claimed, error) ?? (error instanceof AlreadyTakenError ? conflict('编号冲突，请重试') : defaultRefusal(error));
    }
  }
  throw conflict('同时登记的事项较多，请稍后重试');
}

// ---- handling (交办, 办理, 办理结果登记) --------------------------------------------------------------------

/** The secretariat hands an item to a unit and/or a department outside the alliance, with a due date (交办); again to change them. */
export async function assignLedgerItem(principal: Principal, input: unknown, ports: Ports): Promise<LedgerItem> {
  const data = parseInput(assignLedgerItemInput, input);
  const caller = authorize(principal, ledgerPolicy.assign);
  const current = await existing(caller, data.id, data.version, ports);
  expectStatus(current, ['RAISED', 'ASSIGNED'], '交办');
  if (data.handlerUnitId) {
    const unit = await ports.units.get(caller.regionId, data.handlerUnitId);
    if (!unit || unit.status === 'WITHDRAWN') throw badInput('handlerUnitId', '单位不存在或已退出联盟');
  }
  if (data.dueOn < todayInChina(ports.now())) throw badInput('dueOn', '办结时限不能早于今天');
  const now = ports.now().toISOString();
  const handler = [data.handlerDepartment, data.handlerUnitId ? '承办单位' : null].filter(Boolean).join('、');
  return save(caller, ports, 'assignLedgerItem', current, {
    ...current,
    status: 'ASSIGNED',
    handlerUnitId: data.handlerUnitId ?? null,
    handlerDepartment: data.handlerDepartment ?? null,
    dueOn: data.dueOn,
    assignedAt: now,
    history: [...current.history, event(caller, now, 'ASSIGN', [`交办${handler ? `（${handler}）` : ''}，限 ${data.dueOn} 前办结`, data.note].filter(Boolean).join('；'))],
  });
}

/** The handler (its liaison) or the secretariat reports progress, with files; no version asked: progress adds to the timeline. */
export async function reportLedgerProgress(principal: Principal, input: unknown, ports: Ports): Promise<LedgerItem> {
  const data = parseInput(reportLedgerProgressInput, input);
  const { regionId } = authorize(principal, ledgerPolicy.readLedger);
  const item = await ports.ledger.get(regionId, data.id);
  if (!item) throw notFound('台账事项', data.id);
  const caller = asHandler(principal, item);
  const claimed = await claimFiles(caller, data.fileUploadIds, ports);
  // Two reports at once: the one that lost reads the item again and appends to it.
  let current = item;
  for (let attempt = 0; ; attempt++) {
    expectStatus(current, ['ASSIGNED'], '报告进展');
    const now = ports.now().toISOString();
    const next = { ...current, history: [...current.history, event(caller, now, 'PROGRESS', data.note, claimed)] };
    const saved = await save(caller, ports, 'reportLedgerProgress', current, next, claimed, attempt < 2 ? 'retry' : 'refuse');
    if (saved) return saved;
    current = await existing(caller, data.id, null, ports);
  }
}

/** The handler or the secretariat records the result (办理结果登记): the raising unit then signs off or reopens. */
export async function resolveLedgerItem(principal: Principal, input: unknown, ports: Ports): Promise<LedgerItem> {
  const data = parseInput(resolveLedgerItemInput, input);
  const { regionId } = authorize(principal, ledgerPolicy.readLedger);
  const current = await existing({ regionId }, data.id, data.version, ports);
  const caller = asHandler(principal, current);
  expectStatus(current, ['ASSIGNED'], '登记办理结果');
  const claimed = await claimFiles(caller, data.fileUploadIds, ports);
  const now = ports.now().toISOString();
  return save(caller, ports, 'resolveLedgerItem', current, {
    ...current,
    status: 'RESOLVED',
    resolution: data.resolution,
    resolvedAt: now,
    history: [...current.history, event(caller, now, 'RESOLVE', data.resolution, claimed)],
  }, claimed);
}

// ---- the raising unit's answer (办理结果反馈: 销号 or 退回) ------------------------------------------------

/**
 * The raising unit signs off (销号): its liaison, or the secretariat recording a sign-off given on paper, which names
 * who signed. Only a resolved item closes.
 */
export async function signOffLedgerItem(principal: Principal, input: unknown, ports: Ports): Promise<LedgerItem> {
  const data = parseInput(signOffLedgerItemInput, input);
  const { regionId } = authorize(principal, ledgerPolicy.readLedger);
  const current = await existing({ regionId }, data.id, data.version, ports);
  const caller = authorize(principal, ledgerPolicy.signOff, { unitId: current.raisedByUnitId });
  const forUnit = !isRaiser(caller, current);
  if (forUnit && !data.signedOffBy) throw badInput('signedOffBy', '代为登记销号时，请填写提出单位的签字人');
  expectStatus(current, ['RESOLVED'], '销号');
  const now = ports.now().toISOString();
  const signedOffBy = forUnit ? data.signedOffBy! : caller.displayName;
  return save(caller, ports, 'signOffLedgerItem', current, {
    ...current,
    status: 'CLOSED',
    signedOffBy,
    signedOffAt: now,
    history: [...current.history, event(caller, now, 'SIGN_OFF', [forUnit ? `提出单位签字人：${signedOffBy}` : null, data.note].filter(Boolean).join('；') || null)],
  });
}

/** The raising unit (or the secretariat for it) sends a resolved item back to its handler with the reason. */
export async function reopenLedgerItem(principal: Principal, input: unknown, ports: Ports): Promise<LedgerItem> {
  const data = parseInput(reopenInput, input);
  const { regionId } = authorize(principal, ledgerPolicy.readLedger);
  const current = await existing({ regionId }, data.id, data.version, ports);
  const caller = authorize(principal, ledgerPolicy.signOff, { unitId: current.raisedByUnitId });
  expectStatus(current, ['RESOLVED'], '退回重办');
  const now = ports.now().toISOString();
  return save(caller, ports, 'reopenLedgerItem', current, {
    ...current,
    status: 'ASSIGNED',
    resolution: null,
    resolvedAt: null,
    reopenCount: current.reopenCount + 1,
    history: [...current.history, event(caller, now, 'REOPEN', data.reason)],
  });
}

/** The secretariat declines an item with the reason (不予受理), before it is resolved. */
export async function declineLedgerItem(principal: Principal, input: unknown, ports: Ports): Promise<LedgerItem> {
  const data = parseInput(declineInput, input);
  const caller = authorize(principal, ledgerPolicy.assign);
  const current = await existing(caller, data.id, data.version, ports);
  expectStatus(current, ['RAISED', 'ASSIGNED'], '不予受理');
  const now = ports.now().toISOString();
  return save(caller, ports, 'declineLedgerItem', current, {
    ...current,
    status: 'DECLINED',
    declineReason: data.reason,
    history: [...current.history, event(caller, now, 'DECLINE', data.reason)],
  });
}

// ---- reading ---------------------------------------------------------------------------------------------

/**
 * A year's items. The secretariat reads every list; a liaison names its own unit as the raising or the handling unit
 * (its overdue list is the region's, kept to its unit's items within each page).
 */
export async function listLedgerItems(principal: Principal, args: PageArgs & { filter: unknown }, ports: Ports): Promise<Page<LedgerItem>> {
  const data = parseInput(ledgerFilterInput, args.filter);
  const caller = authorize(principal, ledgerPolicy.readLedger);
  const secretariat = allows(caller, ledgerPolicy.assign);
  const filter: LedgerFilter = data.overdue
    ? { year: data.year, overdueOn: todayInChina(ports.now()) }
    : { year: data.year, status: data.status ?? undefined, raisedByUnitId: data.raisedByUnitId ?? undefined, handlerUnitId: data.handlerUnitId ?? undefined };
  if (!secretariat && !data.overdue) {
    const unitId = data.raisedByUnitId ?? data.handlerUnitId;
    if (!unitId) throw badInput('raisedByUnitId', '请选择本单位提出或承办的事项');
    authorize(caller, ledgerPolicy.readItem, { unitId });
  }
  const page = await readPage(ports.ledger.list(caller.regionId, filter, pageRequest(args)));
  if (secretariat || !data.overdue) return page;
  return { ...page, edges: page.edges.filter((e) => seesItem(caller, e.node)) };
}

export async function getLedgerItem(principal: Principal, itemId: string, ports: Ports): Promise<LedgerItem | null> {
  const caller = authorize(principal, ledgerPolicy.readLedger);
  const item = await ports.ledger.get(caller.regionId, itemId);
  if (!item) return null;
  if (!seesItem(caller, item)) throw forbidden();
  return item;
}

/** A year's figures: counts by status kept on write, and the items past due (open ones read, at most 1,000). */
export async function ledgerYear(principal: Principal, args: { year: number }, ports: Ports) {
  const year = parseInput(yearInput, args.year);
  const caller = authorize(principal, ledgerPolicy.assign);
  const counters = await ports.ledger.counters(caller.regionId, year);
  let overdue = 0;
  let after: string | null | undefined;
  for (let page = 0; page < MAX_OVERDUE_PAGES; page++) {
    const result = await ports.ledger.list(caller.regionId, { year, overdueOn: todayInChina(ports.now()) }, { size: 100, after });
    overdue += result.edges.length;
    if (!result.pageInfo.hasNextPage) break;
    after = result.pageInfo.endCursor;
  }
  return {
    year,
    total: counters.total ?? 0,
    byStatus: LEDGER_STATUSES.map((status) => ({ status, count: counters[`status.${status}`] ?? 0 })),
    overdue,
  };
}

/** What the caller may do with the item now (the admin's buttons). */
export function allowedLedgerActions(principal: Principal, item: LedgerItem): LedgerAction[] {
  if (!principal.regionId || principal.regionId !== item.regionId) return [];
  const secretariat = allows(principal, ledgerPolicy.assign);
  const handler = secretariat || (item.handlerUnitId !== null && allows(principal, ledgerPolicy.handle, { unitId: item.handlerUnitId }));
  const raiser = allows(principal, ledgerPolicy.signOff, { unitId: item.raisedByUnitId });
  const actions: LedgerAction[] = [];
  if (secretariat && (item.status === 'RAISED' || item.status === 'ASSIGNED')) actions.push('ASSIGN', 'DECLINE');
  if (handler && item.status === 'ASSIGNED') actions.push('PROGRESS', 'RESOLVE');
  if (raiser && item.status === 'RESOLVED') actions.push('SIGN_OFF', 'REOPEN');
  return actions;
}

export const ledgerItemOverdue = (item: LedgerItem, ports: Pick<Ports, 'now'>) => isOverdue(item, todayInChina(ports.now()));

// ---- helpers -----------------------------------------------------------------------------------------

const event = (caller: RegionPrincipal, at: string, action: LedgerAction, note: string | null, files: readonly ClaimedUpload[] = []): LedgerEvent => ({
  at, by: caller.displayName, action, note, files: files.map((c) => c.file),
});

/** The secretariat sees every item; a liaison those its unit raised or handles. */
const seesItem = (principal: Principal, item: LedgerItem) =>
  allows(principal, ledgerPolicy.readItem, { unitId: item.raisedByUnitId }) ||
  (item.handlerUnitId !== null && allows(principal, ledgerPolicy.readItem, { unitId: item.handlerUnitId }));

const isRaiser = (caller: RegionPrincipal, item: LedgerItem) => !allows(caller, ledgerPolicy.assign) && caller.unitId === item.raisedByUnitId;

/** The secretariat, or the liaison of the handling unit. */
function asHandler(principal: Principal, item: LedgerItem): RegionPrincipal {
  if (allows(principal, ledgerPolicy.assign)) return principal as RegionPrincipal;
  if (!item.handlerUnitId) throw forbidden('该事项未交办给单位，由街道党工委（秘书处）登记');
  return authorize(principal, ledgerPolicy.handle, { unitId: item.handlerUnitId });
}

function expectStatus(item: LedgerItem, allowed: LedgerStatus[], what: string) {
  if (!allowed.includes(item.status)) throw badInput('id', `事项当前状态为“${LEDGER_STATUS_LABELS[item.status]}”，不能${what}`);
}

async function existing(caller: Pick<RegionPrincipal, 'regionId'>, itemId: string, version: number | null, ports: Ports): Promise<LedgerItem> {
  const item = await ports.ledger.get(caller.regionId, itemId);
  if (!item) throw notFound('台账事项', itemId);
  if (version !== null && item.version !== version) throw conflict();
  return item;
}

async function claimFiles(caller: RegionPrincipal, uploadIds: readonly string[] | null | undefined, ports: Ports): Promise<ClaimedUpload[]> {
  return Promise.all([...new Set(uploadIds ?? [])].map((uploadId, i) => claimUpload(caller, uploadId, `fileUploadIds.${i}`, ports)));
}

/** An item's new files go into the archive with it (其他, the raising unit's), named by its number. */
const ledgerFilings = (caller: RegionPrincipal, item: LedgerItem, claimed: readonly ClaimedUpload[], ports: Ports) =>
  fileUploads(caller, claimed, (file) => ({
    title: `意见台账 ${item.number}：${file.name}`, folder: 'OTHER', year: item.year, unitId: item.raisedByUnitId,
    note: item.title,
  }), ports);

async function save(
  caller: RegionPrincipal,
  ports: Ports,
  operation: string,
  current: LedgerItem,
  changed: LedgerItem,
  claimed?: readonly ClaimedUpload[],
): Promise<LedgerItem>;
async function save(
  caller: RegionPrincipal,
  ports: Ports,
  operation: string,
  current: LedgerItem,
  changed: LedgerItem,
  claimed: readonly ClaimedUpload[],
  onStale: 'retry' | 'refuse',
): Promise<LedgerItem | null>;
/** Writes the next state at `current.version` with its audit entry; with `onStale: 'retry'` a stale version returns null. */
async function save(
  caller: RegionPrincipal,
  ports: Ports,
  operation: string,
  current: LedgerItem,
  changed: LedgerItem,
  claimed: readonly ClaimedUpload[] = [],
  onStale: 'retry' | 'refuse' = 'refuse',
): Promise<LedgerItem | null> {
  if (changed.history.length > MAX_LEDGER_HISTORY) throw badInput('id', `该事项的办理记录已达 ${MAX_LEDGER_HISTORY} 条上限，请联系街道党工委（秘书处）`);
  const next: LedgerItem = { ...changed, version: current.version + 1, updatedAt: ports.now().toISOString() };
  const last = next.history.at(-1)!;
  const note = last.files.length ? { field: 'files', value: last.files.map((f) => f.name).join('、') } : undefined;
  const entry = recordChange(caller, ports, LEDGER_AUDIT, { operation, recordId: next.id, version: next.version, before: current, after: next, note });
  try {
    await ports.ledger.save({ current, next }, { audit: entry, uploads: claimed.map((c) => c.claim), archive: ledgerFilings(caller, next, claimed, ports) });
    return next;
  } catch (refusal) {
    if (!(refusal instanceof WriteRefusedError)) throw refusal;
    if (refusal instanceof StaleVersionError) {
      if (onStale === 'retry') return null;
      throw conflict();
    }
    throw uploadRefusal(claimed, refusal) ?? (refusal instanceof RecordMissingError ? notFound('台账事项', current.id) : defaultRefusal(refusal));
  }
}
