import type { RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { MEETING_AUDIT, MEETING_STATUSES, type Meeting } from '../meetings/meeting';
import {
  ACTION_ITEM_AUDIT, ATTENDANCE_AUDIT, MINUTES_AUDIT, POSITION_AUDIT, RESOLUTION_AUDIT, resolutionNumber, type ActionItem, type Attendance,
  type ConsensusPosition, type Minutes, type Resolution, type UnitPosition,
} from '../meetings/proceedings';

import type { StoredFile } from '../files/stored-file';
import type { Ports } from '../ports';
import { todayInChina } from '../validation';

/**
 * A meeting's proceedings written straight through the ports (no use case): attendance, minutes, positions, the
 * approval with its resolutions and their action items, as the proceedings' use cases would leave them. For tests of
 * what reads the record (documents), on the memory twin or the real store alike.
 */
export function meetingRecord(ports: Ports, admin: RegionPrincipal, meetingId: string) {
  const { regionId } = admin;
  const at = () => ports.now().toISOString();
  const audit = (record: Parameters<typeof recordChange>[2], operation: string, recordId: string, after: object) =>
    recordChange(admin, ports, record, { operation, recordId, version: null, before: null, after });
  const meeting = async () => (await ports.meetings.get(regionId, meetingId))!;

  return {
    /** The meeting moves to `status` (HELD, MINUTES_DRAFTED …) without its use case. */
    async setStatus(status: Meeting['status']): Promise<Meeting> {
      const current = await meeting();
      const next: Meeting = { ...current, status, version: current.version + 1, updatedAt: at() };
      await ports.meetings.save({ current, next }, { audit: recordChange(admin, ports, MEETING_AUDIT, { operation: 'test', recordId: meetingId, version: next.version, before: current, after: next }) });
      return next;
    },

    /** An agenda item's 会议材料, in any status. */
    async materials(agendaItemId: string, files: StoredFile[]): Promise<Meeting> {
      const current = await meeting();
      const agenda = current.agenda.map((item) => (item.id === agendaItemId ? { ...item, materials: files } : item));
      const next: Meeting = { ...current, agenda, version: current.version + 1, updatedAt: at() };
      await ports.meetings.save({ current, next }, { audit: recordChange(admin, ports, MEETING_AUDIT, { operation: 'test', recordId: meetingId, version: next.version, before: current, after: next }) });
      return next;
    },

    /** Members invited in person, as if the meeting had been created with them. */
    async inviteMembers(memberIds: string[]): Promise<Meeting> {
      const current = await meeting();
      const next: Meeting = { ...current, invitedMemberIds: memberIds, version: current.version + 1, updatedAt: at() };
      await ports.meetings.save({ current, next }, { audit: recordChange(admin, ports, MEETING_AUDIT, { operation: 'test', recordId: meetingId, version: next.version, before: current, after: next }) });
      return next;
    },

    /** A member's own attendance (invited in person), of its unit. */
    async memberAttendance(member: { id: string; unitId: string }, fields: Partial<Pick<Attendance, 'status' | 'leaveReason' | 'late'>>): Promise<void> {
      const current = await ports.proceedings.getMemberAttendance(regionId, meetingId, member.id);
      const next: Attendance = {
        regionId, meetingId, unitId: member.unitId, invitedMemberId: member.id, status: 'PRESENT', source: 'SECRETARIAT', attendee: null, memberId: null,
        leaveReason: null, delegate: null, checkedInAt: null, late: false, recordedBy: admin.displayName, version: (current?.version ?? 0) + 1, updatedAt: at(), ...fields,
      };
      await ports.proceedings.saveAttendance({ current, next }, { audit: audit(ATTENDANCE_AUDIT, 'recordAttendance', `${meetingId}/member/${member.id}`, next) });
    },

    async attendance(unitId: string, fields: Partial<Pick<Attendance, 'status' | 'attendee' | 'leaveReason' | 'delegate' | 'late'>>): Promise<void> {
      const current = await ports.proceedings.getAttendance(regionId, meetingId, unitId);
      const next: Attendance = {
        regionId, meetingId, unitId, invitedMemberId: null, status: 'PRESENT', source: 'SECRETARIAT', attendee: null, memberId: null, leaveReason: null, delegate: null,
        checkedInAt: null, late: false, recordedBy: admin.displayName, version: (current?.version ?? 0) + 1, updatedAt: at(), ...fields,
      };
      await ports.proceedings.saveAttendance({ current, next }, { audit: audit(ATTENDANCE_AUDIT, 'recordAttendance', `${meetingId}/${unitId}`, next) });
    },

    async minutes(agendaItemId: string, fields: Partial<Pick<Minutes, 'text' | 'decision' | 'addenda' | 'files'>>): Promise<Minutes> {
      const current = await ports.proceedings.getMinutes(regionId, meetingId, agendaItemId);
      const next: Minutes = {
        regionId, meetingId, agendaItemId, text: '', decision: null, files: [], addenda: [], ...current, ...fields,
        version: (current?.version ?? 0) + 1, savedBy: admin.displayName, savedAt: at(),
      };
      const version = {
        regionId, meetingId, agendaItemId, version: next.version, text: next.text, decision: next.decision, fileNames: next.files.map((f) => f.name), changed: ['text'],
        savedBy: next.savedBy, savedAt: next.savedAt,
      };
      await ports.proceedings.saveMinutes({ current, next }, version, { audit: audit(MINUTES_AUDIT, 'saveMinutes', `${meetingId}/${agendaItemId}`, next) }, MEETING_STATUSES); // a fixture writes in any status
      return next;
    },

    async position(agendaItemId: string, unitId: string, position: ConsensusPosition, view: string | null = null): Promise<void> {
      const record: UnitPosition = { regionId, meetingId, agendaItemId, unitId, position, view, recordedBy: admin.displayName, recordedAt: at() };
      await ports.proceedings.putPositions([record], { audit: audit(POSITION_AUDIT, 'recordConsensus', `${meetingId}/${agendaItemId}/${unitId}`, record) }, MEETING_STATUSES); // a fixture writes in any status
    },

    /** 审定: the meeting approved and locked, with a resolution per listed item (text, reserved views). */
    async approve(resolutions: { agendaItemId: string; text: string; reservedViews?: Resolution['reservedViews'] }[]): Promise<Resolution[]> {
      const current = await meeting();
      const now = at();
      const next: Meeting = { ...current, status: 'MINUTES_APPROVED', approvedAt: now, approvedBy: admin.displayName, version: current.version + 1, updatedAt: now };
      const written = resolutions.map((r): Resolution => {
        const item = current.agenda.find((a) => a.id === r.agendaItemId)!;
        return {
          id: ports.newId(), regionId, meetingId, agendaItemId: item.id, number: resolutionNumber(current, item.order, todayInChina), title: item.title,
          text: r.text, reservedViews: r.reservedViews ?? [], adoptedAt: now,
        };
      });
      await ports.proceedings.approve({ current, next }, written, { audit: audit(RESOLUTION_AUDIT, 'approveMinutes', meetingId, next) });
      return written;
    },

    async actionItem(resolution: Resolution, fields: Pick<ActionItem, 'title' | 'responsibleUnitIds' | 'dueOn'> & Partial<Pick<ActionItem, 'doneWhen'>>): Promise<ActionItem> {
      const current = await meeting();
      const item: ActionItem = {
        id: ports.newId(), regionId, meetingId, meetingKind: current.kind, meetingStartsAt: current.startsAt, resolutionId: resolution.id, doneWhen: null,
        status: 'OPEN', reports: [], version: 1, createdAt: at(), updatedAt: at(), ...fields,
      };
      await ports.proceedings.createActionItem(item, { audit: audit(ACTION_ITEM_AUDIT, 'addActionItem', item.id, item) });
      return item;
    },
  };
}
