import { allows, authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { fileUploads } from '../archive/service';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import { claimUpload, editFiles, uploadRefusal, type ClaimedUpload } from '../files/service';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import type { Unit } from '../units/unit';
import { parseInput, todayInChina, yearInChina } from '../validation';
import { AlreadyTakenError, defaultRefusal, GuardFailedError, RecordMissingError, refusing, StaleVersionError, WriteRefusedError } from '../write-refusals';
import { MEETING_AUDIT, type AgendaItem, type Meeting } from './meeting';
import {
  acknowledgeResolutionsInput, actionItemFilterInput, addActionItemInput, addMinutesAddendumInput, approveMinutesInput, auditedMinutes, changedFields, consensusForAllInput,
  LOCKED_STATUSES, minutesLocked, receiptRefusal, RECORDING_STATUSES, recordConsensusInput, reportActionItemInput, saveMinutesInput,
} from './minutes-rules';
import { meetingPolicy } from './policy';
import { MAX_ACTION_ITEMS, type ActionItemFilter } from './ports';
import {
  ACTION_ITEM_AUDIT, actionItemDone, consensusOf, isActionOverdue, MAX_ACTION_REPORTS, MAX_MINUTES_ADDENDA, MAX_MINUTES_FILES, MINUTES_AUDIT,
  POSITION_AUDIT, RECEIPT_AUDIT, receiptsOfInvited, receiptSummary, pendingReceipt, resolutionNumber, takesPart,
  type ReceiptSummary, type ResolutionReceipt, type ActionItem, type ActionItemStatus, type AgendaConsensus, type Attendance, type Minutes, type MinutesVersion, type Resolution, type UnitPosition,
} from './proceedings';
import { assertAllowed } from './rules';

/**
 * The minutes side of a meeting's proceedings (003 doc 4 art.13–14): the recorder's minutes per agenda item with
 * their versions, each attending unit's position (协商一致), 审定 (approval: the minutes lock and the items agreed by
 * consensus become resolutions), addenda to locked minutes, and the resolutions' action items with the responsible
 * units' reports (落实). Attendance itself is attendance-service.ts's.
 */

type PageArgs = { first?: number | null; after?: string | null };

const LOCKED = '会议纪要已审定并锁定，不能再修改；如需更正，请添加补充说明';
/** Writes racing for the same record (several units report at once) read it again and retry this often. */
const MAX_RETRIES = 25;

// ---- minutes ---------------------------------------------------------------------------------------------

/**
 * The recorder saves an item's minutes as a new version (0: the first save). Files are the kept ones, by name (all of
 * them when no names are given), plus new uploads. The meeting's first minutes move it on to MINUTES_DRAFTED.
 */
export async function saveMinutes(principal: Principal, input: unknown, ports: Ports): Promise<Minutes> {
  const caller = authorize(principal, meetingPolicy.record);
  const data = parseInput(saveMinutesInput, input);
  const meeting = await existingMeeting(caller, data.meetingId, ports);
  if (minutesLocked(meeting)) throw badInput('meetingId', LOCKED);
  assertAllowed(meeting, 'RECORD_MINUTES', 'meetingId', ports.now());
  agendaItemOf(meeting, data.agendaItemId);
  const current = await ports.proceedings.getMinutes(caller.regionId, meeting.id, data.agendaItemId);
  if ((current?.version ?? 0) !== data.version) throw conflict();

  // keepFileNames omitted keeps every file (an edit of the text alone loses none); [] keeps none.
  const { files, claimed } = await editFiles(
    caller, { current: current?.files ?? [], keepFileNames: data.keepFileNames, fileUploadIds: data.fileUploadIds }, { max: MAX_MINUTES_FILES, label: '纪要附件' }, ports,
  );

  const now = ports.now().toISOString();
  const next: Minutes = {
    regionId: caller.regionId,
    meetingId: meeting.id,
    agendaItemId: data.agendaItemId,
    text: data.text,
    decision: data.decision ?? null,
    files,
    addenda: current?.addenda ?? [],
    version: data.version + 1,
    savedBy: caller.displayName,
    savedAt: now,
  };
  const version = versionOf(next, changedFields(current, next), caller, now);
  const audit = recordChange(caller, ports, MINUTES_AUDIT, {
    operation: 'saveMinutes', recordId: minutesRecordId(next), version: next.version, before: auditedMinutes(current), after: auditedMinutes(next),
  });
  await refusing(ports.proceedings.saveMinutes({ current, next }, version, { audit, uploads: claimed.map((c) => c.claim) }, RECORDING_STATUSES), (r) =>
    r instanceof GuardFailedError ? badInput('meetingId', LOCKED) : uploadRefusal(claimed, r),
  );
  await markMinutesDrafted(caller, meeting, ports);
  return next;
}

/** NOTICED/HELD → MINUTES_DRAFTED with the first minutes; another save that moved it first is as good. */
async function markMinutesDrafted(caller: RegionPrincipal, read: Meeting, ports: Ports): Promise<void> {
  let current: Meeting | null = read;
  for (let attempt = 0; attempt < MAX_RETRIES && current && (current.status === 'NOTICED' || current.status === 'HELD'); attempt++) {
    const next: Meeting = { ...current, status: 'MINUTES_DRAFTED', statusReason: null, version: current.version + 1, updatedAt: ports.now().toISOString() };
    const audit = recordChange(caller, ports, MEETING_AUDIT, { operation: 'saveMinutes', recordId: next.id, version: next.version, before: current, after: next });
    try {
      await ports.meetings.save({ current, next }, { audit });
      return;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
      current = await ports.meetings.get(caller.regionId, read.id);
    }
  }
}

/** A correction of locked minutes (补充说明): appended as a new version; the locked text and decision stay as approved. */
export async function addMinutesAddendum(principal: Principal, input: unknown, ports: Ports): Promise<Minutes> {
  const caller = authorize(principal, meetingPolicy.record);
  const data = parseInput(addMinutesAddendumInput, input);
  const meeting = await existingMeeting(caller, data.meetingId, ports);
  if (!minutesLocked(meeting)) throw badInput('meetingId', '纪要审定后才能添加补充说明；审定前请直接修改纪要');
  agendaItemOf(meeting, data.agendaItemId);
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const current = await ports.proceedings.getMinutes(caller.regionId, meeting.id, data.agendaItemId);
    if (!current) throw badInput('agendaItemId', '该议题没有纪要，不能添加补充说明');
    if (current.addenda.length >= MAX_MINUTES_ADDENDA) throw badInput('text', `每个议题的补充说明最多 ${MAX_MINUTES_ADDENDA} 条`);
    const now = ports.now().toISOString();
    const next: Minutes = { ...current, addenda: [...current.addenda, { text: data.text, addedBy: caller.displayName, addedAt: now }], version: current.version + 1 };
    const audit = recordChange(caller, ports, MINUTES_AUDIT, {
      operation: 'addMinutesAddendum', recordId: minutesRecordId(next), version: next.version, before: auditedMinutes(current), after: auditedMinutes(next),
    });
    try {
      await ports.proceedings.saveMinutes({ current, next }, versionOf(next, ['addenda'], caller, now), { audit }, LOCKED_STATUSES);
      return next;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw explain(error);
    }
  }
  throw conflict('同时添加的补充说明较多，请稍后重试');
}

export async function minutesOfMeeting(principal: Principal, meeting: Meeting, ports: Ports): Promise<Minutes[]> {
  const caller = authorize(principal, meetingPolicy.read);
  const minutes = await ports.proceedings.minutes(caller.regionId, meeting.id);
  const order = new Map(meeting.agenda.map((item) => [item.id, item.order]));
  return minutes.sort((a, b) => (order.get(a.agendaItemId) ?? Infinity) - (order.get(b.agendaItemId) ?? Infinity));
}

export async function minutesVersions(principal: Principal, minutes: Minutes, args: PageArgs, ports: Ports): Promise<Page<MinutesVersion>> {
  const caller = authorize(principal, meetingPolicy.read);
  return readPage(ports.proceedings.minutesVersions(caller.regionId, minutes.meetingId, minutes.agendaItemId, pageRequest(args)));
}

// ---- consensus (协商一致) ---------------------------------------------------------------------------------

/** An attending unit's position on an item (RESERVE and OBJECT with the unit's view); a new one replaces its earlier one. */
export async function recordConsensus(principal: Principal, input: unknown, ports: Ports): Promise<AgendaConsensus> {
  const caller = authorize(principal, meetingPolicy.record);
  const data = parseInput(recordConsensusInput, input);
  const { meeting, attendance, positions } = await itemInConsultation(caller, data, ports);
  const own = attendance.find((a) => a.unitId === data.unitId);
  if (!own || !takesPart(own)) throw badInput('unitId', '该单位未出席本次会议（请假且未委托他人参会的单位不参与表态）');
  const position: UnitPosition = {
    regionId: caller.regionId,
    meetingId: meeting.id,
    agendaItemId: data.agendaItemId,
    unitId: data.unitId,
    position: data.position,
    view: data.position === 'CONCUR' ? (data.view ?? null) : data.view!,
    recordedBy: caller.displayName,
    recordedAt: ports.now().toISOString(),
  };
  const before = positions.find((p) => p.unitId === data.unitId) ?? null;
  const audit = recordChange(caller, ports, POSITION_AUDIT, {
    operation: 'recordConsensus', recordId: `${meeting.id}/${data.agendaItemId}/${data.unitId}`, version: null, before: positionAudited(before), after: positionAudited(position),
  });
  await refusing(ports.proceedings.putPositions([position], { audit }, RECORDING_STATUSES), positionRefusal);
  return consensusOf(data.agendaItemId, attendingUnitIds(attendance), [...positions.filter((p) => p.unitId !== data.unitId), position]);
}

/** The chair's 无异议: every attending unit without a position concurs. */
export async function recordConsensusForAll(principal: Principal, args: unknown, ports: Ports): Promise<AgendaConsensus> {
  const caller = authorize(principal, meetingPolicy.record);
  const data = parseInput(consensusForAllInput, args);
  const { meeting, attendance, positions } = await itemInConsultation(caller, data, ports);
  const attending = attendingUnitIds(attendance);
  if (attending.length === 0) throw badInput('meetingId', '尚未登记出席单位，不能记录表态');
  const stated = new Set(positions.map((p) => p.unitId));
  const now = ports.now().toISOString();
  const added: UnitPosition[] = attending
    .filter((unitId) => !stated.has(unitId))
    .map((unitId) => ({ regionId: caller.regionId, meetingId: meeting.id, agendaItemId: data.agendaItemId, unitId, position: 'CONCUR', view: null, recordedBy: caller.displayName, recordedAt: now }));
  if (added.length > 0) {
    const audit = recordChange(caller, ports, POSITION_AUDIT, {
      operation: 'recordConsensusForAll', recordId: `${meeting.id}/${data.agendaItemId}`, version: null, before: null,
      after: { position: 'CONCUR', unitIds: added.map((p) => p.unitId) },
    });
    await refusing(ports.proceedings.putPositions(added, { audit }, RECORDING_STATUSES), positionRefusal);
  }
  return consensusOf(data.agendaItemId, attending, [...positions, ...added]);
}

/** Every agenda item's consensus, from one read of the positions and one of the attendance. */
export async function consensusOfMeeting(principal: Principal, meeting: Meeting, ports: Ports): Promise<AgendaConsensus[]> {
  const caller = authorize(principal, meetingPolicy.read);
  const [attendance, positions] = await Promise.all([
    ports.proceedings.attendance(caller.regionId, meeting.id),
    ports.proceedings.positions(caller.regionId, meeting.id),
  ]);
  const attending = attendingUnitIds(attendance);
  return meeting.agenda.map((item) => consensusOf(item.id, attending, positions));
}

// ---- approval (审定) and resolutions ----------------------------------------------------------------------

/**
 * 审定: every agenda item has minutes and every item with a decision has reached consensus or stays under
 * consultation; items agreed by consensus become resolutions (003 doc 4 art.13), written with the meeting's move to
 * MINUTES_APPROVED in one write. Items under consultation never become resolutions.
 */
export async function approveMinutes(principal: Principal, args: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.record);
  const data = parseInput(approveMinutesInput, args);
  const meeting = await existingMeeting(caller, data.meetingId, ports);
  if (meeting.version !== data.version) throw conflict();
  if (minutesLocked(meeting)) throw badInput('meetingId', '会议纪要已审定');
  assertAllowed(meeting, 'APPROVE_MINUTES', 'meetingId', ports.now());
  const [minutes, attendance, positions] = await Promise.all([
    ports.proceedings.minutes(caller.regionId, meeting.id),
    ports.proceedings.attendance(caller.regionId, meeting.id),
    ports.proceedings.positions(caller.regionId, meeting.id),
  ]);
  const byItem = new Map(minutes.map((m) => [m.agendaItemId, m]));
  const attending = attendingUnitIds(attendance);
  const now = ports.now();
  const adopted: Resolution[] = [];
  const agenda = [...meeting.agenda].sort((a, b) => a.order - b.order);
  const unrecorded = agenda.find((item) => !byItem.has(item.id));
  if (unrecorded) throw badInput('meetingId', `议题“${unrecorded.title}”尚未记录纪要，不能审定`);
  for (const item of agenda) {
    const itemMinutes = byItem.get(item.id)!;
    if (itemMinutes.decision === null) continue;
    const consensus = consensusOf(item.id, attending, positions);
    if (consensus.outcome === 'PENDING') {
      throw badInput(
        'meetingId',
        attending.length === 0
          ? `议题“${item.title}”没有出席单位表态（请先登记出席情况），不能审定`
          : `议题“${item.title}”尚有 ${consensus.missingUnitIds.length} 个出席单位未表态，不能审定`,
      );
    }
    if (consensus.outcome !== 'CONSENSUS') continue;
    adopted.push({
      id: ports.newId(),
      regionId: caller.regionId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      number: resolutionNumber(meeting, item.order, todayInChina),
      title: item.title,
      text: itemMinutes.decision,
      reservedViews: consensus.positions.filter((p) => p.position === 'RESERVE').map((p) => ({ unitId: p.unitId, view: p.view ?? '' })),
      adoptedAt: now.toISOString(),
    });
  }
  const next: Meeting = {
    ...meeting, status: 'MINUTES_APPROVED', approvedAt: now.toISOString(), approvedBy: caller.displayName, resolutionCount: adopted.length,
    version: meeting.version + 1, updatedAt: now.toISOString(),
  };
  const audit = recordChange(caller, ports, MEETING_AUDIT, {
    operation: 'approveMinutes', recordId: meeting.id, version: next.version, before: meeting, after: next,
    note: { field: 'resolutions', value: adopted.map((r) => `${r.number} ${r.title}`).join('；') },
  });
  await refusing(ports.proceedings.approve({ current: meeting, next }, adopted, { audit }), (r) => {
    if (r instanceof StaleVersionError) return conflict();
    if (r instanceof RecordMissingError) return notFound('会议', meeting.id);
    if (r instanceof AlreadyTakenError) return conflict('决议编号冲突，请重试');
    return undefined;
  });
  return next;
}

export async function resolutionsOfMeeting(principal: Principal, meeting: Meeting, ports: Ports): Promise<Resolution[]> {
  const caller = authorize(principal, meetingPolicy.readResolutions);
  const resolutions = await ports.proceedings.resolutionsOf(caller.regionId, meeting.id);
  const order = new Map(meeting.agenda.map((item) => [item.id, item.order]));
  return resolutions.sort((a, b) => (order.get(a.agendaItemId) ?? Infinity) - (order.get(b.agendaItemId) ?? Infinity));
}

export async function getResolution(principal: Principal, resolutionId: string, ports: Ports): Promise<Resolution | null> {
  const caller = authorize(principal, meetingPolicy.readResolutions);
  const [resolution] = await ports.proceedings.getResolutions(caller.regionId, [resolutionId]);
  return resolution ?? null;
}

// ---- receipts of the resolutions notice (签收) -------------------------------------------------------------

/**
 * 签收: an invited unit acknowledges receipt of the meeting's resolutions notice (001 附件1 §1.4: resolutions are
 * notified in writing to every unit) — its liaison for its own unit, or the secretariat on its behalf naming the unit,
 * with a note of how it was received (纸质签收). Once the minutes are approved and produced resolutions; refused before,
 * naming the meeting's state. Idempotent per unit: a second acknowledgement (also a concurrent one) writes nothing and
 * returns the unit's receipt as first written.
 */
export async function acknowledgeResolutions(principal: Principal, input: unknown, ports: Ports): Promise<ResolutionReceipt> {
  const data = parseInput(acknowledgeResolutionsInput, input);
  const unitId = data.unitId ?? principal.unitId;
  if (!unitId) throw badInput('unitId', '请选择签收单位');
  const caller = authorize(principal, meetingPolicy.acknowledge, { unitId });
  const onBehalf = allows(caller, meetingPolicy.record);
  if (onBehalf && !data.note) throw badInput('note', '代为签收须注明签收方式（如：纸质签收）');
  const meeting = await existingMeeting(caller, data.meetingId, ports);
  const refusal = receiptRefusal(meeting, await resolutionCountOf(meeting, ports), unitId);
  if (refusal) throw badInput(refusal.field, refusal.message);

  const [existing] = await ports.proceedings.getReceipts(caller.regionId, [{ meetingId: meeting.id, unitId }]);
  if (existing) return existing;
  const receipt: ResolutionReceipt = {
    regionId: caller.regionId, meetingId: meeting.id, unitId, acknowledgedAt: ports.now().toISOString(), acknowledgedBy: caller.displayName, onBehalf,
    note: data.note ?? null,
  };
  const audit = recordChange(caller, ports, RECEIPT_AUDIT, {
    operation: 'acknowledgeResolutions', recordId: `${meeting.id}/${unitId}`, version: null, before: null, after: receipt,
  });
  try {
    await ports.proceedings.putReceipt(receipt, { audit });
    return receipt;
  } catch (error) {
    if (!(error instanceof AlreadyTakenError)) throw explain(error);
    // Another acknowledgement of the unit landed first: it is the receipt.
    const [first] = await ports.proceedings.getReceipts(caller.regionId, [{ meetingId: meeting.id, unitId }]);
    if (!first) throw conflict();
    return first;
  }
}

/** How many resolutions the approval wrote: kept on the meeting; read for meetings approved before it was kept. */
async function resolutionCountOf(meeting: Meeting, ports: Ports): Promise<number> {
  if (!minutesLocked(meeting)) return 0;
  return meeting.resolutionCount ?? (await ports.proceedings.resolutionsOf(meeting.regionId, meeting.id)).length;
}

/** Whether the meeting has a resolutions notice to acknowledge (approved, with resolutions). */
export const receiptsOpen = async (meeting: Meeting, ports: Ports) => minutesLocked(meeting) && (await resolutionCountOf(meeting, ports)) > 0;

/** Meeting.receipts: every invited unit's receipt (pending ones too), for the secretariat; [] while there is nothing to acknowledge. */
export async function receiptsOfMeeting(principal: Principal, meeting: Meeting, ports: Ports): Promise<ResolutionReceipt[]> {
  const caller = authorize(principal, meetingPolicy.read);
  if (!(await receiptsOpen(meeting, ports))) return [];
  return receiptsOfInvited(meeting, await ports.proceedings.receipts(caller.regionId, meeting.id));
}

/** Meeting.receiptSummary: expected (invited units), acknowledged and pending; null while there is nothing to acknowledge. */
export async function receiptSummaryOfMeeting(principal: Principal, meeting: Meeting, ports: Ports): Promise<ReceiptSummary | null> {
  const caller = authorize(principal, meetingPolicy.read);
  if (!(await receiptsOpen(meeting, ports))) return null;
  return receiptSummary(meeting.invitedUnitIds, await ports.proceedings.receipts(caller.regionId, meeting.id));
}

/**
 * Meeting.ownReceipt: the caller's unit's receipt on its notice (a liaison), pending until acknowledged; null when the
 * caller speaks for no invited unit or there is nothing to acknowledge. `load` reads receipts by key in one batch per page.
 */
export async function ownReceipt(
  principal: Principal,
  meeting: Meeting,
  ports: Ports,
  load: (ref: { meetingId: string; unitId: string }) => Promise<ResolutionReceipt | null>,
): Promise<ResolutionReceipt | null> {
  const unitId = principal.unitId;
  if (!unitId || !allows(principal, meetingPolicy.acknowledge, { unitId }) || !meeting.invitedUnitIds.includes(unitId)) return null;
  if (!(await receiptsOpen(meeting, ports))) return null;
  return (await load({ meetingId: meeting.id, unitId })) ?? pendingReceipt(meeting, unitId);
}

// ---- action items (督办, 落实) -----------------------------------------------------------------------------

/** The secretariat sets what an adopted resolution asks for: responsible units of the region, a due date. */
export async function addActionItem(principal: Principal, input: unknown, ports: Ports): Promise<ActionItem> {
  const caller = authorize(principal, meetingPolicy.record);
  const data = parseInput(addActionItemInput, input);
  const [resolution] = await ports.proceedings.getResolutions(caller.regionId, [data.resolutionId]);
  if (!resolution) throw notFound('决议', data.resolutionId);
  const [meeting, units, existing] = await Promise.all([
    ports.meetings.get(caller.regionId, resolution.meetingId),
    ports.units.getMany(caller.regionId, data.responsibleUnitIds),
    ports.proceedings.actionItemsOf(caller.regionId, resolution.meetingId),
  ]);
  if (!meeting) throw notFound('会议', resolution.meetingId);
  const found = new Set(units.filter((u): u is Unit => u !== null && u.status !== 'WITHDRAWN').map((u) => u.id));
  const missing = data.responsibleUnitIds.findIndex((unitId) => !found.has(unitId));
  if (missing >= 0) throw badInput(`responsibleUnitIds.${missing}`, '单位不存在或已退出联盟');
  if (existing.length >= MAX_ACTION_ITEMS) throw badInput('resolutionId', `一次会议的督办事项最多 ${MAX_ACTION_ITEMS} 项`);
  const now = ports.now().toISOString();
  const item: ActionItem = {
    id: ports.newId(),
    regionId: caller.regionId,
    meetingId: meeting.id,
    meetingKind: meeting.kind,
    meetingStartsAt: meeting.startsAt,
    resolutionId: resolution.id,
    title: data.title,
    responsibleUnitIds: data.responsibleUnitIds,
    dueOn: data.dueOn,
    doneWhen: data.doneWhen ?? null,
    status: 'OPEN',
    reports: [],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const audit = recordChange(caller, ports, ACTION_ITEM_AUDIT, { operation: 'addActionItem', recordId: item.id, version: 1, before: null, after: item });
  await refusing(ports.proceedings.createActionItem(item, { audit }), (r) => (r instanceof AlreadyTakenError ? conflict('督办事项编号冲突，请重试') : undefined));
  return item;
}

/**
 * A responsible unit reports how it carries an item out: its liaison, or the secretariat naming the unit. The item is
 * done once every responsible unit's latest report says so. Several units report at once: a lost race reads again.
 */
export async function reportActionItem(principal: Principal, input: unknown, ports: Ports): Promise<ActionItem> {
  const data = parseInput(reportActionItemInput, input);
  const unitId = data.unitId ?? principal.unitId;
  if (!unitId) throw badInput('unitId', '请选择报告单位');
  const caller = authorize(principal, meetingPolicy.reportAction, { unitId });
  let current = await ports.proceedings.getActionItem(caller.regionId, data.actionItemId);
  if (!current) throw notFound('督办事项', data.actionItemId);
  if (!current.responsibleUnitIds.includes(unitId)) throw badInput('unitId', '该单位不是此督办事项的责任单位');
  const claimed = await Promise.all((data.fileUploadIds ?? []).map((uploadId, i) => claimUpload(caller, uploadId, `fileUploadIds.${i}`, ports)));
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    if (current.reports.length >= MAX_ACTION_REPORTS) throw badInput('text', `每个督办事项的落实报告最多 ${MAX_ACTION_REPORTS} 条`);
    const now = ports.now().toISOString();
    const reports = [...current.reports, { unitId, text: data.text, files: claimed.map((c) => c.file), done: data.done ?? false, reportedBy: caller.displayName, reportedAt: now }];
    const status: ActionItemStatus = current.status === 'DONE' || actionItemDone({ responsibleUnitIds: current.responsibleUnitIds, reports }) ? 'DONE' : 'OPEN';
    const next: ActionItem = { ...current, reports, status, version: current.version + 1, updatedAt: now };
    const audit = recordChange(caller, ports, ACTION_ITEM_AUDIT, {
      operation: 'reportActionItem', recordId: next.id, version: next.version, before: current, after: next,
      note: { field: 'report', value: `${data.done ? '已完成：' : ''}${data.text}` },
    });
    try {
      // The report's files go into the archive with it (会议记录与纪要, the reporting unit's).
      const archive = fileUploads(caller, claimed, (file) => ({
        title: `${next.title} 落实情况：${file.name}`, folder: 'MEETING_RECORDS', year: yearInChina(new Date(now)), unitId, note: data.text.slice(0, 200),
      }), ports);
      await ports.proceedings.saveActionItem({ current, next }, { audit, uploads: claimed.map((c) => c.claim), archive });
      return next;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw explain(error, claimed);
      const fresh: ActionItem | null = await ports.proceedings.getActionItem(caller.regionId, data.actionItemId);
      if (!fresh) throw notFound('督办事项', data.actionItemId);
      current = fresh;
    }
  }
  throw conflict('同时报告的单位较多，请稍后重试');
}

/** The region's action items by due date (督办): the secretariat any; a liaison its own unit's. */
export async function listActionItems(principal: Principal, args: PageArgs & { filter?: unknown }, ports: Ports): Promise<Page<ActionItem>> {
  const caller = authorize(principal, meetingPolicy.readResolutions);
  const data = parseInput(actionItemFilterInput, args.filter);
  if (!allows(caller, meetingPolicy.record)) {
    if (!data.unitId) throw badInput('filter.unitId', '请选择本单位负责的督办事项');
    authorize(caller, meetingPolicy.reportAction, { unitId: data.unitId });
  }
  const filter: ActionItemFilter = { unitId: data.unitId, status: data.status, overdueOn: data.overdue ? todayInChina(ports.now()) : undefined };
  return readPage(ports.proceedings.actionItems(caller.regionId, filter, pageRequest(args)));
}

/** viewer.actionItems: a liaison's unit's items; nothing for other callers. */
export async function viewerActionItems(principal: Principal, args: PageArgs & { status?: ActionItemStatus | null }, ports: Ports): Promise<Page<ActionItem> | null> {
  if (!principal.unitId || !allows(principal, meetingPolicy.reportAction, { unitId: principal.unitId })) return null;
  return listActionItems(principal, { ...args, filter: { unitId: principal.unitId, status: args.status } }, ports);
}

/** The previous meeting of the same kind's action items, with their reports (003 doc 4 art.14: reported at the next meeting). */
export async function previousActionItems(principal: Principal, meeting: Meeting, ports: Ports): Promise<ActionItem[]> {
  const caller = authorize(principal, meetingPolicy.readResolutions);
  const previous = await ports.meetings.lastHeld(caller.regionId, meeting.kind, meeting.startsAt);
  return previous ? ports.proceedings.actionItemsOf(caller.regionId, previous.id) : [];
}

export const actionItemOverdue = (item: ActionItem, ports: Pick<Ports, 'now'>) => isActionOverdue(item, todayInChina(ports.now()));

// ---- helpers -----------------------------------------------------------------------------------------

async function existingMeeting(caller: RegionPrincipal, meetingId: string, ports: Ports): Promise<Meeting> {
  const meeting = await ports.meetings.get(caller.regionId, meetingId);
  if (!meeting) throw notFound('会议', meetingId);
  return meeting;
}

/** A meeting whose minutes and positions may be written now (not once approved). */
/** A meeting still recording, one of its agenda items, its attendance and the item's positions: what a position is checked against. */
async function itemInConsultation(caller: RegionPrincipal, ref: { meetingId: string; agendaItemId: string }, ports: Ports) {
  const meeting = await recordingMeeting(caller, ref.meetingId, ports);
  agendaItemOf(meeting, ref.agendaItemId);
  const [attendance, positions] = await Promise.all([
    ports.proceedings.attendance(caller.regionId, meeting.id),
    ports.proceedings.positions(caller.regionId, meeting.id, ref.agendaItemId),
  ]);
  return { meeting, attendance, positions };
}

/** A position racing the approval: the minutes locked first. */
const positionRefusal = (refusal: WriteRefusedError) => (refusal instanceof GuardFailedError ? badInput('meetingId', '会议纪要已审定并锁定，不能再记录表态') : undefined);

async function recordingMeeting(caller: RegionPrincipal, meetingId: string, ports: Ports): Promise<Meeting> {
  const meeting = await existingMeeting(caller, meetingId, ports);
  if (minutesLocked(meeting)) throw badInput('meetingId', '会议纪要已审定并锁定，不能再记录表态');
  assertAllowed(meeting, 'RECORD_MINUTES', 'meetingId', ports.now());
  return meeting;
}

function agendaItemOf(meeting: Meeting, agendaItemId: string): AgendaItem {
  const item = meeting.agenda.find((a) => a.id === agendaItemId);
  if (!item) throw badInput('agendaItemId', '该议题不在本次会议议程中');
  return item;
}


const attendingUnitIds = (attendance: readonly Attendance[]) => attendance.filter(takesPart).map((a) => a.unitId);

const minutesRecordId = (m: Pick<Minutes, 'meetingId' | 'agendaItemId'>) => `${m.meetingId}/${m.agendaItemId}`;

const versionOf = (m: Minutes, changed: string[], caller: RegionPrincipal, at: string): MinutesVersion => ({
  regionId: m.regionId,
  meetingId: m.meetingId,
  agendaItemId: m.agendaItemId,
  version: m.version,
  text: m.text,
  decision: m.decision,
  fileNames: m.files.map((f) => f.name),
  changed,
  savedBy: caller.displayName,
  savedAt: at,
});

const positionAudited = (p: UnitPosition | null) => p && { unitId: p.unitId, position: p.position, view: p.view };

/** A refusal the retry loops do not retry: the uploads' own, else the default. */
function explain(error: unknown, claimed: readonly ClaimedUpload[] = []): unknown {
  if (!(error instanceof WriteRefusedError)) return error;
  return uploadRefusal(claimed, error) ?? defaultRefusal(error);
}
