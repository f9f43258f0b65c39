/**
 * Meeting (会议) and the region's cadence policy: keys, index entries and item mapping.
 *
 * | item            | pk                      | sk         |
 * |-----------------|-------------------------|------------|
 * | meeting         | R#{r}#MEETING#{m}       | #MEETING   |
 * | cadence policy  | R#{r}#MEETINGCADENCE    | #CADENCE   |
 *
 * Index entries of a meeting, every one sorted by `{startsAt}#{id}`:
 * | index | partition (gsiNpk)                    | serves                          |
 * |-------|---------------------------------------|---------------------------------|
 * | gsi1  | R#{r}#MEETINGS                        | the calendar, by start time     |
 * | gsi3  | R#{r}#MEETINGS#KIND#{kind}            | by kind; the cadence's last one |
 * | gsi5  | R#{r}#MEETINGS#STATUS#{status}        | by status                       |
 */
import type { CadencePolicy, Meeting, MeetingKind, MeetingStatus } from '../../domain/meetings/meeting';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const meetingKey = (regionId: string, meetingId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#MEETING#${meetingId}`, sk: '#MEETING' });
export const cadenceKey = (regionId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#MEETINGCADENCE`, sk: '#CADENCE' });

const meetings = (regionId: string) => `${regionRoot(regionId)}#MEETINGS`;

export const meetingPartitions = {
  all: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: meetings(regionId) }),
  byKind: (regionId: string, kind: MeetingKind): Partition => ({ index: 'gsi3', partitionValue: `${meetings(regionId)}#KIND#${kind}` }),
  byStatus: (regionId: string, status: MeetingStatus): Partition => ({ index: 'gsi5', partitionValue: `${meetings(regionId)}#STATUS#${status}` }),
};

/** Where a meeting sorts: its start, then its id (two meetings may start together). */
export const meetingSortKey = (meeting: Pick<Meeting, 'startsAt' | 'id'>) => `${meeting.startsAt}#${meeting.id}`;

const FIELDS = [
  'id', 'regionId', 'title', 'kind', 'status', 'startsAt', 'endsAt', 'place', 'onlineLink', 'convenerUnitId', 'subBodyId', 'chair', 'recorder',
  'invitedUnitIds', 'invitedMemberIds', 'agenda', 'notice', 'statusReason', 'checkInCode', 'approvedAt', 'approvedBy', 'resolutionCount', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Meeting)[];

export const meetingToItem = (meeting: Meeting) => ({
  ...meetingKey(meeting.regionId, meeting.id),
  type: 'MEETING',
  ...meeting,
  ...indexAttributes(
    [meetingPartitions.all(meeting.regionId), meetingPartitions.byKind(meeting.regionId, meeting.kind), meetingPartitions.byStatus(meeting.regionId, meeting.status)],
    meetingSortKey(meeting),
  ),
});

export function meetingFromItem(item: Record<string, unknown>): Meeting {
  const meeting = pickFields<Meeting>(item, FIELDS);
  meeting.version = Number(meeting.version);
  meeting.invitedUnitIds = meeting.invitedUnitIds ?? [];
  meeting.invitedMemberIds = meeting.invitedMemberIds ?? [];
  // Meetings stored before proceedings existed have none of these.
  meeting.checkInCode = meeting.checkInCode ?? null;
  meeting.subBodyId = meeting.subBodyId ?? null;
  meeting.approvedAt = meeting.approvedAt ?? null;
  meeting.approvedBy = meeting.approvedBy ?? null;
  if (meeting.resolutionCount === null || meeting.resolutionCount === undefined) delete meeting.resolutionCount;
  else meeting.resolutionCount = Number(meeting.resolutionCount);
  meeting.agenda = (meeting.agenda ?? []).map((a) => ({
    ...a,
    order: Number(a.order),
    plannedMinutes: a.plannedMinutes === null ? null : Number(a.plannedMinutes),
    materials: (a.materials ?? []).map((f) => ({ ...f, size: Number(f.size) })),
  }));
  if (meeting.notice) meeting.notice = { ...meeting.notice, daysBeforeStart: Number(meeting.notice.daysBeforeStart), recipientCount: Number(meeting.notice.recipientCount) };
  return meeting;
}

export const cadenceToItem = (policy: CadencePolicy) => ({ ...cadenceKey(policy.regionId), type: 'MEETING_CADENCE', ...policy });

export function cadenceFromItem(item: Record<string, unknown>): CadencePolicy {
  const everyMonths = Object.fromEntries(Object.entries((item.everyMonths ?? {}) as Record<string, unknown>).map(([k, v]) => [k, Number(v)]));
  const offsets = item.reminderOffsetsMinutes as unknown[] | undefined;
  return { regionId: String(item.regionId), everyMonths, ...(offsets ? { reminderOffsetsMinutes: offsets.map(Number) } : {}), version: Number(item.version) };
}
