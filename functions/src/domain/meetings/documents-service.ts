import { z } from 'zod';
import { allows, authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { badInput, forbidden, notFound } from '../errors';
import { keepGeneratedFile, type GeneratedFile } from '../files/generated-files';
import type { Ports } from '../ports';
import { calendarDate, enumOf, id, parseInput, todayInChina } from '../validation';
import { XLSX_CONTENT_TYPE } from '../files/workbook-files';
import {
  assertDocumentReady, documentFileName, documentIssuedOn, DOCX_CONTENT_TYPE, writeMeetingDocument, MEETING_DOCUMENT_KINDS,
  type DocumentBasis, type DocumentUnit, type MeetingDocumentKind,
} from './documents';
import { calendarFileName, ICS_CONTENT_TYPE, meetingInvitation } from './calendar';
import {
  buildFollowUpSummary, FOLLOW_UP_FORMATS, followUpFileStem, heldBy, MAX_SUMMARY_MEETINGS, periodInstants, writeFollowUpDocument,
} from './follow-up-summary';
import { MEETING_KIND_LABELS, MEETING_KINDS, type Meeting } from './meeting';
import { meetingPolicy } from './policy';
import { consensusOf, invitedAttendance, takesPart } from './proceedings';

const documentInput = z.object({ meetingId: id('会议'), kind: enumOf(MEETING_DOCUMENT_KINDS, '文件类型') });

/**
 * A meeting's notice, approved minutes or resolutions notice as a Word file (documents.ts), kept for a day with a
 * download link. The secretariat makes any of them; an invited unit's liaison downloads what is sent to it — the
 * notice once noticed, and the resolutions (001 附件1 §1.4) — but not the minutes. Reads are bounded: the meeting,
 * its proceedings (each ≤ MAX_AGENDA_ITEMS × MAX_INVITED_UNITS) and the units it names, in one batch.
 */
export async function meetingDocument(principal: Principal, args: { meetingId: unknown; kind: unknown }, ports: Ports): Promise<GeneratedFile> {
  const data = parseInput(documentInput, args);
  const secretariat = allows(principal, meetingPolicy.record);
  const caller = authorize(principal, secretariat || data.kind === 'MINUTES' ? meetingPolicy.record : meetingPolicy.readResolutions);
  const meeting = await ports.meetings.get(caller.regionId, data.meetingId);
  if (!meeting) throw notFound('会议', data.meetingId);
  if (!secretariat && !sentTo(meeting, caller)) throw forbidden('本单位未受邀参加该会议，或会议尚未发出通知');
  assertDocumentReady(meeting, data.kind);

  const bytes = await build(caller, meeting, data.kind, ports);
  return keepGeneratedFile(caller, documentFileName(meeting, data.kind), bytes, DOCX_CONTENT_TYPE, ports);
}

/**
 * The meeting as a calendar invitation (.ics) for the secretariat, and for an invited unit's liaison once noticed
 * (what the notice tells it, in its calendar). Cancelled and postponed meetings too: imported again, they replace the event.
 */
export async function meetingCalendar(principal: Principal, args: { meetingId: unknown }, ports: Ports): Promise<GeneratedFile> {
  const { meetingId } = parseInput(calendarInput, args);
  const secretariat = allows(principal, meetingPolicy.record);
  const caller = authorize(principal, secretariat ? meetingPolicy.record : meetingPolicy.readResolutions);
  const meeting = await ports.meetings.get(caller.regionId, meetingId);
  if (!meeting) throw notFound('会议', meetingId);
  if (!secretariat && !sentTo(meeting, caller)) throw forbidden('本单位未受邀参加该会议，或会议尚未发出通知');
  const region = await ports.regions.get(caller.regionId);
  const text = await meetingInvitation(meeting, region?.name ?? '');
  return keepGeneratedFile(caller, calendarFileName(meeting), new TextEncoder().encode(text), ICS_CONTENT_TYPE, ports);
}

const calendarInput = z.object({ meetingId: id('会议') });

/** The meeting was noticed to the liaison's unit. */
const sentTo = (meeting: Meeting, caller: RegionPrincipal) =>
  meeting.notice !== null && caller.unitId !== undefined && meeting.invitedUnitIds.includes(caller.unitId);

/** A meeting's document as Word bytes, from its record as it is now. */
export async function build(caller: RegionPrincipal, meeting: Meeting, kind: MeetingDocumentKind, ports: Ports): Promise<Uint8Array> {
  const { regionId } = caller;
  const named = [
    ...meeting.invitedUnitIds,
    ...(meeting.convenerUnitId ? [meeting.convenerUnitId] : []),
    ...meeting.agenda.flatMap((item) => (item.presenterUnitId ? [item.presenterUnitId] : [])),
  ];
  const basis = async (more: readonly string[] = []): Promise<DocumentBasis> => {
    const invited = meeting.invitedMemberIds.length ? (await ports.members.getMany(regionId, meeting.invitedMemberIds)).filter((m) => m !== null) : [];
    const [region, units] = await Promise.all([ports.regions.get(regionId), unitsByIds(regionId, [...named, ...more, ...invited.map((m) => m.unitId)], ports)]);
    const members = invited.map((m) => ({ id: m.id, name: m.name, unitName: units.get(m.unitId)?.name ?? null }));
    return { meeting, units, issuer: region?.name ?? '', issuedOn: documentIssuedOn(meeting, kind, ports.now()), members };
  };

  switch (kind) {
    case 'NOTICE':
      return writeMeetingDocument('NOTICE', await basis());
    case 'MINUTES': {
      const [recorded, memberAttendance, minutes, positions] = await Promise.all([
        ports.proceedings.attendance(regionId, meeting.id),
        meeting.invitedMemberIds.length ? ports.proceedings.memberAttendance(regionId, meeting.id) : [],
        ports.proceedings.minutes(regionId, meeting.id),
        ports.proceedings.positions(regionId, meeting.id),
      ]);
      const attendance = meeting.invitedUnitIds.map((unitId) => recorded.find((a) => a.unitId === unitId) ?? invitedAttendance(meeting, unitId));
      const attending = attendance.filter(takesPart).map((a) => a.unitId);
      const consensus = meeting.agenda.map((item) => consensusOf(item.id, attending, positions));
      return writeMeetingDocument('MINUTES', { ...(await basis(positions.map((p) => p.unitId))), attendance, memberAttendance, minutes, consensus });
    }
    case 'RESOLUTIONS': {
      const [resolutions, actionItems] = await Promise.all([
        ports.proceedings.resolutionsOf(regionId, meeting.id),
        ports.proceedings.actionItemsOf(regionId, meeting.id),
      ]);
      const more = [...resolutions.flatMap((r) => r.reservedViews.map((v) => v.unitId)), ...actionItems.flatMap((a) => a.responsibleUnitIds)];
      return writeMeetingDocument('RESOLUTIONS', { ...(await basis(more)), resolutions, actionItems });
    }
  }
}

/** The units a document names, in one batched read. */
async function unitsByIds(regionId: string, unitIds: readonly string[], ports: Ports): Promise<Map<string, DocumentUnit>> {
  const ids = [...new Set(unitIds)];
  const units = await ports.units.getMany(regionId, ids);
  return new Map(units.flatMap((unit) => (unit ? [[unit.id, { name: unit.name, representative: unit.representative?.name ?? null }] as const] : [])));
}

// ---- 落实情况汇总 (to the superior organisation) -------------------------------------------------------------

const followUpInput = z
  .object({ kind: enumOf(MEETING_KINDS, '会议类型'), from: calendarDate('起始日期'), to: calendarDate('截止日期'), format: enumOf(FOLLOW_UP_FORMATS, '文件格式') })
  .refine((d) => d.from <= d.to, { path: ['to'], message: '截止日期不能早于起始日期' });

/** Meetings of a kind read for one summary at most (drafts, cancelled ones included): beyond it the period is too long. */
const MAX_SUMMARY_READ = 200;

/**
 * 落实情况汇总 (003 doc 2 §8: the convener reports the overall result of carrying out the resolutions to the superior
 * organisation): the meetings of `kind` held from `from` to `to` (China days), each resolution with its action items and
 * the resolutions notice's receipts, as .xlsx or .docx (主送 the region's superior organisation). The secretariat.
 * Bounded: the kind's meetings by start time from `from` (≤ MAX_SUMMARY_READ), at most MAX_SUMMARY_MEETINGS held ones,
 * each with its resolutions, action items and receipts read from its own partition; the units named in one batch.
 */
export async function meetingFollowUpSummary(principal: Principal, args: { input: unknown }, ports: Ports): Promise<GeneratedFile> {
  const caller = authorize(principal, meetingPolicy.followUpSummary);
  const data = parseInput(followUpInput, args.input);
  const { start, end } = periodInstants(data.from, data.to);
  const now = ports.now();
  const held: Meeting[] = [];
  let after: string | null | undefined;
  for (let read = 0; ; ) {
    const page = await ports.meetings.list(caller.regionId, { kind: data.kind, status: undefined, from: start, to: end }, { size: 50, after: after ?? undefined });
    let past = false;
    for (const { node } of page.edges) {
      read += 1;
      if (node.startsAt >= end) {
        past = true;
        break;
      }
      if (heldBy(node, now)) held.push(node);
    }
    if (held.length > MAX_SUMMARY_MEETINGS || (read >= MAX_SUMMARY_READ && !past && page.pageInfo.hasNextPage)) {
      throw badInput('to', `该期间的${MEETING_KIND_LABELS[data.kind]}超过 ${MAX_SUMMARY_MEETINGS} 次（一次最多汇总 ${MAX_SUMMARY_MEETINGS} 次会议），请缩短期间分次导出`);
    }
    if (past || !page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }

  const { regionId } = caller;
  const records = await Promise.all(
    held.map(async (meeting) => {
      const [resolutions, actionItems, receipts] = await Promise.all([
        ports.proceedings.resolutionsOf(regionId, meeting.id),
        ports.proceedings.actionItemsOf(regionId, meeting.id),
        ports.proceedings.receipts(regionId, meeting.id),
      ]);
      return { meeting, resolutions, actionItems, receipts };
    }),
  );
  const named = records.flatMap((r) => r.actionItems.flatMap((item) => [...item.responsibleUnitIds, ...item.reports.map((report) => report.unitId)]));
  const [region, units] = await Promise.all([ports.regions.get(regionId), unitsByIds(regionId, named, ports)]);
  const summary = buildFollowUpSummary(
    { kind: data.kind, from: data.from, to: data.to, superior: region?.superiorOrganization ?? null, issuer: region?.name ?? '', issuedOn: todayInChina(now) },
    records,
    (unitId) => units.get(unitId)?.name ?? '（单位已删除）',
    todayInChina(now),
  );
  if (data.format === 'XLSX') {
    return keepGeneratedFile(caller, `${followUpFileStem(summary)}.xlsx`, await ports.meetingWorkbooks.followUpSummary(summary), XLSX_CONTENT_TYPE, ports);
  }
  return keepGeneratedFile(caller, `${followUpFileStem(summary)}.docx`, await writeFollowUpDocument(summary), DOCX_CONTENT_TYPE, ports);
}
