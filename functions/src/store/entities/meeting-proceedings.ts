/**
 * A meeting's proceedings (domain/meetings/proceedings.ts): keys, index entries and item mapping. Everything of one
 * meeting sits in the meeting's own partition, beside the meeting item (entities/meeting.ts), with a sort-key prefix
 * per kind; a resolution also has its own item (read by id, listed region-wide) and an action item only its own.
 *
 * | item                                   | pk                        | sk                              |
 * |----------------------------------------|---------------------------|---------------------------------|
 * | attendance of a unit                   | R#{r}#MEETING#{m}         | ATTEND#{unit}                   |
 * | attendance of a member (in person)     | R#{r}#MEETING#{m}         | MATTEND#{member}                |
 * | opinion of a unit on an agenda item    | R#{r}#MEETING#{m}         | OPINION#{item}#{unit}           |
 * | minutes of an agenda item (latest)     | R#{r}#MEETING#{m}         | MINUTES#{item}                  |
 * | a saved version of those minutes       | R#{r}#MEETING#{m}         | MINUTESV#{item}#{000001}        |
 * | position of a unit on an agenda item   | R#{r}#MEETING#{m}         | POSITION#{item}#{unit}          |
 * | resolution: the meeting's copy         | R#{r}#MEETING#{m}         | RESOLUTION#{item}               |
 * | receipt (签收) of the resolutions, unit | R#{r}#MEETING#{m}         | RECEIPT#{unit}                  |
 * | resolution: its own item (by id)       | R#{r}#RESOLUTION#{id}     | #RESOLUTION                     |
 * | action item                            | R#{r}#ACTION#{id}         | #ACTION                         |
 *
 * A resolution is written once (by the approval) and never changed, so its two items are identical copies put in the
 * same transaction: the meeting's copy makes "one per agenda item" a key (a second approval of the item is refused
 * by `attribute_not_exists`) and is read, consistently, with the meeting's other parts; its own item is what a
 * BatchGetItem by id reads (getResolutions, one round trip) and carries the region's index entry.
 *
 * Index entries:
 * | index | partition (gsiNpk)                 | sort key (gsiNsk)   | item            | serves                                 |
 * |-------|------------------------------------|---------------------|-----------------|----------------------------------------|
 * | gsi1  | R#{r}#RESOLUTIONS                  | {adoptedAt}#{id}    | resolution (own)| the region's resolutions, newest first |
 * | gsi1  | R#{r}#ACTIONS                      | {dueOn}#{id}        | action item     | the region's action items by due date  |
 * | gsi2  | R#{r}#MEETING#{m}#ACTIONS          | {createdAt}#{id}    | action item     | a meeting's action items, in order made |
 * | gsi5  | R#{r}#ACTIONS#STATUS#{status}      | {dueOn}#{id}        | action item     | by status; overdue: OPEN and sk < day  |
 *
 * A unit's action items (an item has up to MAX_RESPONSIBLE_UNITS) are the region's or a status's partition filtered
 * by `contains(responsibleUnitIds, :unit)` (bounded pages, query-page.ts). Action items are written whole (Put), so a
 * save that moves the status or the due date moves their entries with them.
 */
import type { ActionItem, Attendance, MeetingOpinion, Minutes, MinutesVersion, Resolution, ResolutionReceipt, UnitPosition } from '../../domain/meetings/proceedings';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';
import { meetingKey } from './meeting';

export const ATTENDANCE_TYPE = 'MEETING_ATTENDANCE';
export const OPINION_TYPE = 'MEETING_OPINION';
export const MINUTES_TYPE = 'MINUTES';
export const MINUTES_VERSION_TYPE = 'MINUTES_VERSION';
export const POSITION_TYPE = 'CONSENSUS_POSITION';
export const RESOLUTION_TYPE = 'RESOLUTION';
export const ACTION_ITEM_TYPE = 'ACTION_ITEM';
export const RECEIPT_TYPE = 'RESOLUTION_RECEIPT';

/** The meeting's partition: the meeting item's pk. */
const meetingPk = (regionId: string, meetingId: string) => meetingKey(regionId, meetingId).pk;

/** Sort-key prefixes of the meeting's partition, one per kind of part (`MINUTES#` does not begin `MINUTESV#`). */
export const proceedingsPrefixes = {
  attendance: 'ATTEND#',
  memberAttendance: 'MATTEND#',
  opinions: 'OPINION#',
  minutes: 'MINUTES#',
  minutesVersions: (agendaItemId: string) => `MINUTESV#${agendaItemId}#`,
  positions: (agendaItemId?: string) => (agendaItemId === undefined ? 'POSITION#' : `POSITION#${agendaItemId}#`),
  resolutions: 'RESOLUTION#',
  receipts: 'RECEIPT#',
};

/** Versions are numbers from 1, six digits so that strings sort as numbers. */
const versionSortKey = (version: number) => String(version).padStart(6, '0');

/** A caller's wrong check-in codes for a meeting (a counter; not among the proceedings' prefixes, never listed). */
export const checkInFailuresKey = (regionId: string, meetingId: string, callerId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `CHECKINFAIL#${callerId}`,
});

export const attendanceKey = (regionId: string, meetingId: string, unitId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.attendance}${unitId}`,
});
export const memberAttendanceKey = (regionId: string, meetingId: string, memberId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.memberAttendance}${memberId}`,
});
export const opinionKey = (regionId: string, meetingId: string, agendaItemId: string, unitId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.opinions}${agendaItemId}#${unitId}`,
});
export const minutesKey = (regionId: string, meetingId: string, agendaItemId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.minutes}${agendaItemId}`,
});
export const minutesVersionKey = (regionId: string, meetingId: string, agendaItemId: string, version: number): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.minutesVersions(agendaItemId)}${versionSortKey(version)}`,
});
export const positionKey = (regionId: string, meetingId: string, agendaItemId: string, unitId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.positions(agendaItemId)}${unitId}`,
});
export const meetingResolutionKey = (regionId: string, meetingId: string, agendaItemId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.resolutions}${agendaItemId}`,
});
export const receiptKey = (regionId: string, meetingId: string, unitId: string): PrimaryKey => ({
  pk: meetingPk(regionId, meetingId),
  sk: `${proceedingsPrefixes.receipts}${unitId}`,
});
export const resolutionKey = (regionId: string, resolutionId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#RESOLUTION#${resolutionId}`, sk: '#RESOLUTION' });
export const actionItemKey = (regionId: string, actionItemId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#ACTION#${actionItemId}`, sk: '#ACTION' });

/** The meeting's partition (the table's): where its parts are read by prefix. */
export const meetingPartition = (regionId: string, meetingId: string): Partition => ({ partitionValue: meetingPk(regionId, meetingId) });

const actions = (regionId: string) => `${regionRoot(regionId)}#ACTIONS`;

export const proceedingsPartitions = {
  resolutions: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: `${regionRoot(regionId)}#RESOLUTIONS` }),
  actionItems: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: actions(regionId) }),
  actionItemsOf: (regionId: string, meetingId: string): Partition => ({ index: 'gsi2', partitionValue: `${meetingPk(regionId, meetingId)}#ACTIONS` }),
  actionItemsByStatus: (regionId: string, status: ActionItem['status']): Partition => ({ index: 'gsi5', partitionValue: `${actions(regionId)}#STATUS#${status}` }),
};

export const resolutionSortKey = (resolution: Pick<Resolution, 'adoptedAt' | 'id'>) => `${resolution.adoptedAt}#${resolution.id}`;
/** By due date (a calendar day first, so `< {day}` reads those due before it), then id. */
export const actionItemDueSortKey = (item: Pick<ActionItem, 'dueOn' | 'id'>) => `${item.dueOn}#${item.id}`;
export const actionItemMadeSortKey = (item: Pick<ActionItem, 'createdAt' | 'id'>) => `${item.createdAt}#${item.id}`;

// ---- item mapping ------------------------------------------------------------------------------------------

const sized = <T extends { size: unknown }>(files: T[] | null) => (files ?? []).map((f) => ({ ...f, size: Number(f.size) }));

const ATTENDANCE_FIELDS = [
  'regionId', 'meetingId', 'unitId', 'invitedMemberId', 'status', 'source', 'attendee', 'memberId', 'leaveReason', 'delegate', 'checkedInAt', 'late', 'recordedBy', 'version',
  'updatedAt',
] as const satisfies readonly (keyof Attendance)[];

export const attendanceToItem = (attendance: Attendance) => ({
  ...(attendance.invitedMemberId
    ? memberAttendanceKey(attendance.regionId, attendance.meetingId, attendance.invitedMemberId)
    : attendanceKey(attendance.regionId, attendance.meetingId, attendance.unitId)),
  type: ATTENDANCE_TYPE,
  ...attendance,
});

export function attendanceFromItem(item: Record<string, unknown>): Attendance {
  const attendance = pickFields<Attendance>(item, ATTENDANCE_FIELDS);
  attendance.late = Boolean(attendance.late);
  attendance.version = Number(attendance.version);
  attendance.invitedMemberId ??= null;
  return attendance;
}

const OPINION_FIELDS = ['regionId', 'meetingId', 'agendaItemId', 'unitId', 'text', 'submittedBy', 'submittedAt'] as const satisfies readonly (keyof MeetingOpinion)[];

export const opinionToItem = (opinion: MeetingOpinion) => ({
  ...opinionKey(opinion.regionId, opinion.meetingId, opinion.agendaItemId, opinion.unitId),
  type: OPINION_TYPE,
  ...opinion,
});

export const opinionFromItem = (item: Record<string, unknown>): MeetingOpinion => pickFields<MeetingOpinion>(item, OPINION_FIELDS);

const MINUTES_FIELDS = [
  'regionId', 'meetingId', 'agendaItemId', 'text', 'decision', 'files', 'addenda', 'version', 'savedBy', 'savedAt',
] as const satisfies readonly (keyof Minutes)[];

export const minutesToItem = (minutes: Minutes) => ({ ...minutesKey(minutes.regionId, minutes.meetingId, minutes.agendaItemId), type: MINUTES_TYPE, ...minutes });

export function minutesFromItem(item: Record<string, unknown>): Minutes {
  const minutes = pickFields<Minutes>(item, MINUTES_FIELDS);
  minutes.files = sized(minutes.files);
  minutes.addenda = minutes.addenda ?? [];
  minutes.version = Number(minutes.version);
  return minutes;
}

const MINUTES_VERSION_FIELDS = [
  'regionId', 'meetingId', 'agendaItemId', 'version', 'text', 'decision', 'fileNames', 'changed', 'savedBy', 'savedAt',
] as const satisfies readonly (keyof MinutesVersion)[];

export const minutesVersionToItem = (version: MinutesVersion) => ({
  ...minutesVersionKey(version.regionId, version.meetingId, version.agendaItemId, version.version),
  type: MINUTES_VERSION_TYPE,
  ...version,
});

export function minutesVersionFromItem(item: Record<string, unknown>): MinutesVersion {
  const version = pickFields<MinutesVersion>(item, MINUTES_VERSION_FIELDS);
  version.version = Number(version.version);
  version.fileNames = version.fileNames ?? [];
  version.changed = version.changed ?? [];
  return version;
}

const POSITION_FIELDS = [
  'regionId', 'meetingId', 'agendaItemId', 'unitId', 'position', 'view', 'recordedBy', 'recordedAt',
] as const satisfies readonly (keyof UnitPosition)[];

export const positionToItem = (position: UnitPosition) => ({
  ...positionKey(position.regionId, position.meetingId, position.agendaItemId, position.unitId),
  type: POSITION_TYPE,
  ...position,
});

export const positionFromItem = (item: Record<string, unknown>): UnitPosition => pickFields<UnitPosition>(item, POSITION_FIELDS);

const RESOLUTION_FIELDS = [
  'id', 'regionId', 'meetingId', 'agendaItemId', 'number', 'title', 'text', 'reservedViews', 'adoptedAt',
] as const satisfies readonly (keyof Resolution)[];

/** The resolution's own item: by id, and the region's index entry. */
export const resolutionToItem = (resolution: Resolution) => ({
  ...resolutionKey(resolution.regionId, resolution.id),
  type: RESOLUTION_TYPE,
  ...resolution,
  ...indexAttributes([proceedingsPartitions.resolutions(resolution.regionId)], resolutionSortKey(resolution)),
});

/** The meeting's copy (no index entry: the region's list reads the own items). */
export const meetingResolutionToItem = (resolution: Resolution) => ({
  ...meetingResolutionKey(resolution.regionId, resolution.meetingId, resolution.agendaItemId),
  type: RESOLUTION_TYPE,
  ...resolution,
});

export function resolutionFromItem(item: Record<string, unknown>): Resolution {
  const resolution = pickFields<Resolution>(item, RESOLUTION_FIELDS);
  resolution.reservedViews = resolution.reservedViews ?? [];
  return resolution;
}

const ACTION_ITEM_FIELDS = [
  'id', 'regionId', 'meetingId', 'meetingKind', 'meetingStartsAt', 'resolutionId', 'title', 'responsibleUnitIds', 'dueOn', 'doneWhen', 'status', 'reports',
  'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof ActionItem)[];

export function actionItemToItem(item: ActionItem) {
  const { regionId } = item;
  const entries: [Partition, string][] = [
    [proceedingsPartitions.actionItems(regionId), actionItemDueSortKey(item)],
    [proceedingsPartitions.actionItemsOf(regionId, item.meetingId), actionItemMadeSortKey(item)],
    [proceedingsPartitions.actionItemsByStatus(regionId, item.status), actionItemDueSortKey(item)],
  ];
  const attributes: Record<string, string> = {};
  for (const [partition, sortKey] of entries) Object.assign(attributes, indexAttributes([partition], sortKey));
  return { ...actionItemKey(regionId, item.id), type: ACTION_ITEM_TYPE, ...item, ...attributes };
}

export function actionItemFromItem(record: Record<string, unknown>): ActionItem {
  const item = pickFields<ActionItem>(record, ACTION_ITEM_FIELDS);
  item.responsibleUnitIds = item.responsibleUnitIds ?? [];
  item.reports = (item.reports ?? []).map((report) => ({ ...report, files: sized(report.files), done: Boolean(report.done) }));
  item.version = Number(item.version);
  return item;
}

const RECEIPT_FIELDS = ['regionId', 'meetingId', 'unitId', 'acknowledgedAt', 'acknowledgedBy', 'onBehalf', 'note'] as const satisfies readonly (keyof ResolutionReceipt)[];

export const receiptToItem = (receipt: ResolutionReceipt) => ({ ...receiptKey(receipt.regionId, receipt.meetingId, receipt.unitId), type: RECEIPT_TYPE, ...receipt });

export function receiptFromItem(item: Record<string, unknown>): ResolutionReceipt {
  const receipt = pickFields<ResolutionReceipt>(item, RECEIPT_FIELDS);
  receipt.onBehalf = Boolean(receipt.onBehalf);
  return receipt;
}
