import { z } from 'zod';
import { allows, authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { forbidden, notFound } from '../errors';
import { keepGeneratedFile, type GeneratedFile } from '../files/generated-files';
import type { Ports } from '../ports';
import { enumOf, id, parseInput } from '../validation';
import {
  assertDocumentReady, documentFileName, documentIssuedOn, DOCX_CONTENT_TYPE, writeMeetingDocument, MEETING_DOCUMENT_KINDS,
  type DocumentBasis, type DocumentUnit, type MeetingDocumentKind,
} from './documents';
import { calendarFileName, ICS_CONTENT_TYPE, meetingInvitation } from './calendar';
import type { Meeting } from './meeting';
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

async function build(caller: RegionPrincipal, meeting: Meeting, kind: MeetingDocumentKind, ports: Ports): Promise<Uint8Array> {
  const { regionId } = caller;
  const named = [
    ...meeting.invitedUnitIds,
    ...(meeting.convenerUnitId ? [meeting.convenerUnitId] : []),
    ...meeting.agenda.flatMap((item) => (item.presenterUnitId ? [item.presenterUnitId] : [])),
  ];
  const basis = async (more: readonly string[] = []): Promise<DocumentBasis> => {
    const [region, units] = await Promise.all([ports.regions.get(regionId), unitsByIds(regionId, [...named, ...more], ports)]);
    return { meeting, units, issuer: region?.name ?? '', issuedOn: documentIssuedOn(meeting, kind, ports.now()) };
  };

  switch (kind) {
    case 'NOTICE':
      return writeMeetingDocument('NOTICE', await basis());
    case 'MINUTES': {
      const [recorded, minutes, positions] = await Promise.all([
        ports.proceedings.attendance(regionId, meeting.id),
        ports.proceedings.minutes(regionId, meeting.id),
        ports.proceedings.positions(regionId, meeting.id),
      ]);
      const attendance = meeting.invitedUnitIds.map((unitId) => recorded.find((a) => a.unitId === unitId) ?? invitedAttendance(meeting, unitId));
      const attending = attendance.filter(takesPart).map((a) => a.unitId);
      const consensus = meeting.agenda.map((item) => consensusOf(item.id, attending, positions));
      return writeMeetingDocument('MINUTES', { ...(await basis(positions.map((p) => p.unitId))), attendance, minutes, consensus });
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
