import { z } from 'zod';
import { badInput } from '../errors';
import { id, optionalText, requiredText, version } from '../validation';
import { MEETING_STATUS_LABELS, type Meeting, type MeetingStatus } from './meeting';
import { instant, MAX_INVITED_UNITS } from './rules';
import type { AgendaSolicitation, SolicitationReply } from './solicitation';

/** Proposals one unit may send in one reply. */
export const MAX_PROPOSALS = 10;
/** A liaison's open rounds: at most this many are listed (a region has a few meetings ahead at a time). */
export const MAX_OPEN_SOLICITATIONS = 50;

/** A round is opened while the meeting is being prepared: a draft, or noticed (postponed) and not yet started. */
export const SOLICITING_STATUSES: readonly MeetingStatus[] = ['DRAFT', 'NOTICED', 'POSTPONED'];

export const openSolicitationInput = z.object({
  meetingId: id('会议'),
  question: requiredText(1000, '征集内容'),
  closesAt: instant('截止时间'),
  unitIds: z.array(id('征集单位')).max(MAX_INVITED_UNITS, `征集单位不能超过 ${MAX_INVITED_UNITS} 个`).nullish(),
});

const proposal = z.object({
  title: requiredText(200, '议题'),
  description: optionalText(2000, '说明'),
  presenter: optionalText(100, '汇报人'),
});

export const replySolicitationInput = z.object({
  meetingId: id('会议'),
  /** The replying unit: a liaison's own (naming another is refused). */
  unitId: id('单位').nullish(),
  proposals: z.array(proposal).max(MAX_PROPOSALS, `每次回复的议题建议不能超过 ${MAX_PROPOSALS} 条`).nullish(),
  opinion: optionalText(5000, '意见'),
  /** The reply's version as read (omitted: the one read now; the write still refuses a reply saved meanwhile). */
  version: z.number().int('版本号无效').min(0, '版本号无效').nullish(),
});

export const adoptProposalInput = z.object({
  meetingId: id('会议'),
  version,
  unitId: id('单位'),
  proposalIndex: z.number({ required_error: '请选择议题建议' }).int('议题建议序号无效').min(0, '议题建议序号无效'),
});

/** The meeting may take a round now: its status, and before its start. */
export function assertSoliciting(meeting: Pick<Meeting, 'status' | 'startsAt'>, now: Date, field = 'meetingId'): void {
  if (!SOLICITING_STATUSES.includes(meeting.status)) {
    throw badInput(field, `会议当前状态为“${MEETING_STATUS_LABELS[meeting.status]}”，不能征集议题`);
  }
  if (Date.parse(meeting.startsAt) <= now.getTime()) throw badInput(field, '会议已经开始，不能征集议题');
}

/** The asked units: those given (each invited to the meeting), or every invited unit. */
export function askedUnits(meeting: Pick<Meeting, 'invitedUnitIds'>, unitIds: readonly string[] | null | undefined): string[] {
  const asked = unitIds ? [...new Set(unitIds)] : [...meeting.invitedUnitIds];
  const notInvited = asked.findIndex((unitId) => !meeting.invitedUnitIds.includes(unitId));
  if (notInvited >= 0) throw badInput(`unitIds.${notInvited}`, '该单位未受邀参加本次会议，请先在参会单位中加入');
  if (asked.length === 0) throw badInput('unitIds', '请先选择参会单位，再向其征集议题');
  return asked;
}

/** The closing time: after now, and no later than the meeting's start. */
export function assertClosingTime(closesAt: string, meeting: Pick<Meeting, 'startsAt'>, now: Date): void {
  if (Date.parse(closesAt) <= now.getTime()) throw badInput('closesAt', '截止时间须晚于现在');
  if (Date.parse(closesAt) > Date.parse(meeting.startsAt)) throw badInput('closesAt', '截止时间不能晚于会议开始时间');
}

/** The meeting still takes replies: not cancelled, not started. */
export function assertMeetingTakesReplies(meeting: Pick<Meeting, 'status' | 'startsAt'>, now: Date): void {
  if (!SOLICITING_STATUSES.includes(meeting.status)) {
    throw badInput('meetingId', `会议当前状态为“${MEETING_STATUS_LABELS[meeting.status]}”，不能再回复议题征集`);
  }
  if (Date.parse(meeting.startsAt) <= now.getTime()) throw badInput('meetingId', '会议已经开始，不能再回复议题征集');
}

/** A unit may reply while the round is open, before its closing time, and only when it was asked. */
export function assertReplying(round: AgendaSolicitation, unitId: string, now: Date): void {
  if (round.state !== 'OPEN') throw badInput('meetingId', '议题征集已截止，不能再回复');
  if (Date.parse(round.closesAt) <= now.getTime()) throw badInput('meetingId', '已过征集截止时间，不能再回复');
  if (!round.askedUnitIds.includes(unitId)) throw badInput('meetingId', '本单位不在本次议题征集的范围内');
}

/** A reply says something: a proposal or an opinion. */
export function assertSaysSomething(proposals: readonly unknown[], opinion: string | null | undefined): void {
  if (proposals.length === 0 && !opinion) throw badInput('proposals', '请至少提出一条议题建议或填写意见');
}

/** The proposal the secretariat adopts: it exists and was not adopted before. */
export function proposalToAdopt(reply: SolicitationReply | null, proposalIndex: number) {
  if (!reply) throw badInput('unitId', '该单位尚未回复议题征集');
  const proposal = reply.proposals[proposalIndex];
  if (!proposal) throw badInput('proposalIndex', '该单位的回复中没有这条议题建议');
  if (proposal.adoptedAgendaItemId) throw badInput('proposalIndex', '这条议题建议已经采纳');
  return proposal;
}

/** Who has replied and who not, among the asked units (a reply of a unit no longer asked is still shown). */
export function replyCounts(round: Pick<AgendaSolicitation, 'askedUnitIds'>, replies: readonly Pick<SolicitationReply, 'unitId'>[]) {
  const replied = new Set(replies.map((r) => r.unitId));
  const pendingUnitIds = round.askedUnitIds.filter((unitId) => !replied.has(unitId));
  return { pendingUnitIds, repliedCount: round.askedUnitIds.length - pendingUnitIds.length, pendingCount: pendingUnitIds.length };
}
