import type { RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { MEETING_AUDIT, type Meeting, type MeetingKind, type MeetingStatus } from '../meetings/meeting';
import { RESOLUTION_AUDIT, resolutionNumber, type Resolution } from '../meetings/proceedings';
import type { Ports } from '../ports';
import { todayInChina } from '../validation';

/**
 * A meeting whose minutes were approved, with its resolutions (决议), written through the ports as approveMinutes
 * writes them (ProceedingsStore.approve: the meeting and its resolutions, one transaction): for the publication tests
 * before the minutes use cases exist, and on any store (memory or DynamoDB Local). `status` other than
 * MINUTES_APPROVED makes a meeting whose resolutions are not adopted (what publish must refuse).
 */
export async function givenResolutions(
  ports: Ports,
  admin: RegionPrincipal,
  options: {
    title?: string;
    kind?: MeetingKind;
    startsAt?: string;
    items: { title: string; text: string; reservedViews?: Resolution['reservedViews'] }[];
    status?: MeetingStatus;
  },
): Promise<{ meeting: Meeting; resolutions: Resolution[] }> {
  const at = ports.now().toISOString();
  const startsAt = options.startsAt ?? new Date(ports.now().getTime() - 86_400_000).toISOString();
  const agenda = options.items.map((item, i) => ({ id: ports.newId(), order: i + 1, title: item.title, presenterUnitId: null, presenter: '王主持', plannedMinutes: 20, materials: [] }));
  const held: Meeting = {
    id: ports.newId(), regionId: admin.regionId, title: options.title ?? '第一季度党建联席会议', kind: options.kind ?? 'JOINT_MEETING', status: 'MINUTES_DRAFTED',
    startsAt, endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(), place: '街道党群服务中心', onlineLink: null, convenerUnitId: null, subBodyId: null,
    chair: '王主持', recorder: '李记录', invitedUnitIds: [], invitedMemberIds: [], agenda, notice: null, statusReason: null, checkInCode: null,
    approvedAt: null, approvedBy: null, version: 1, createdAt: at, updatedAt: at,
  };
  await ports.meetings.create(held, { audit: recordChange(admin, ports, MEETING_AUDIT, { operation: 'create', recordId: held.id, version: 1, before: null, after: held }) });
  const status = options.status ?? 'MINUTES_APPROVED';
  const approved: Meeting = { ...held, status, approvedAt: status === 'MINUTES_APPROVED' ? at : null, approvedBy: status === 'MINUTES_APPROVED' ? admin.displayName : null, version: 2, updatedAt: at };
  const resolutions: Resolution[] = options.items.map((item, i) => ({
    id: ports.newId(), regionId: admin.regionId, meetingId: held.id, agendaItemId: agenda[i]!.id,
    number: resolutionNumber(held, i + 1, (d) => todayInChina(d)), title: item.title, text: item.text, reservedViews: item.reservedViews ?? [], adoptedAt: at,
  }));
  const audit = recordChange(admin, ports, RESOLUTION_AUDIT, { operation: 'approve', recordId: held.id, version: 1, before: null, after: { resolutions: resolutions.map((r) => r.id) } });
  await ports.proceedings.approve({ current: held, next: approved }, resolutions, { audit });
  return { meeting: approved, resolutions };
}
