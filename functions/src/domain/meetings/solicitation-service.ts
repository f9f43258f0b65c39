import { allows, authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound, type DomainError } from '../errors';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { MEETING_AUDIT, type AgendaItem, type Meeting } from './meeting';
import { meetingPolicy } from './policy';
import { assertAllowed, MAX_AGENDA_ITEMS } from './rules';
import {
  SOLICITATION_AUDIT, SOLICITATION_REPLY_AUDIT, replyRecordId, type AgendaSolicitation, type SolicitationReply, type SolicitationView,
} from './solicitation';
import {
  adoptProposalInput, askedUnits, assertClosingTime, assertMeetingTakesReplies, assertReplying, assertSaysSomething, assertSoliciting, MAX_OPEN_SOLICITATIONS,
  openSolicitationInput, proposalToAdopt, replyCounts, replySolicitationInput,
} from './solicitation-rules';

// ---- the secretariat's side ------------------------------------------------------------------------------------

/** 发起议题征集: one round per meeting, while it is prepared (a draft, or noticed and not yet started). */
export async function openAgendaSolicitation(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.solicit);
  const data = parseInput(openSolicitationInput, input);
  const meeting = await existingMeeting(caller, data.meetingId, ports);
  const now = ports.now();
  assertSoliciting(meeting, now);
  const existing = await ports.solicitations.get(caller.regionId, meeting.id);
  if (existing) throw alreadyOpened(existing);
  assertClosingTime(data.closesAt, meeting, now);
  const round: AgendaSolicitation = {
    regionId: caller.regionId,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    meetingStartsAt: meeting.startsAt,
    question: data.question,
    closesAt: data.closesAt,
    askedUnitIds: askedUnits(meeting, data.unitIds),
    state: 'OPEN',
    openedAt: now.toISOString(),
    openedBy: caller.displayName,
    closedAt: null,
    closedBy: null,
    version: 1,
  };
  const entry = roundAudit(caller, ports, 'openAgendaSolicitation', null, round);
  await refusing(ports.solicitations.open(round, { audit: entry }), (r) => (r instanceof AlreadyTakenError ? badInput('meetingId', '本次会议已发起议题征集') : undefined));
  return meeting;
}

/** 截止征集: the round stops taking replies (adopting what was proposed goes on). */
export async function closeAgendaSolicitation(principal: Principal, meetingId: string, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.solicit);
  const meeting = await existingMeeting(caller, meetingId, ports);
  const current = await ports.solicitations.get(caller.regionId, meetingId);
  if (!current) throw badInput('meetingId', '本次会议尚未发起议题征集');
  if (current.state !== 'OPEN') throw badInput('meetingId', '议题征集已经截止');
  const now = ports.now().toISOString();
  const next: AgendaSolicitation = { ...current, state: 'CLOSED', closedAt: now, closedBy: caller.displayName, version: current.version + 1 };
  await refusing(ports.solicitations.save({ current, next }, { audit: roundAudit(caller, ports, 'closeAgendaSolicitation', current, next) }), (r) =>
    r instanceof StaleVersionError || r instanceof RecordMissingError ? conflict() : undefined,
  );
  return meeting;
}

/**
 * 采纳: a unit's proposal becomes an agenda item presented by the unit, under the agenda's rules (a draft meeting, at
 * its version, within MAX_AGENDA_ITEMS); the proposal is marked adopted in the same write.
 */
export async function adoptAgendaProposal(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.solicit);
  const data = parseInput(adoptProposalInput, input);
  const current = await existingMeeting(caller, data.meetingId, ports);
  if (current.version !== data.version) throw conflict();
  assertAllowed(current, 'EDIT', 'meetingId');
  if (current.agenda.length >= MAX_AGENDA_ITEMS) throw badInput('meetingId', `议题不能超过 ${MAX_AGENDA_ITEMS} 个`);
  const reply = await ports.solicitations.getReply(caller.regionId, current.id, data.unitId);
  const proposal = proposalToAdopt(reply, data.proposalIndex);
  const now = ports.now().toISOString();
  const item: AgendaItem = {
    id: ports.newId(), order: current.agenda.length + 1, title: proposal.title, presenterUnitId: data.unitId, presenter: proposal.presenter, plannedMinutes: null,
    materials: [],
  };
  const next: Meeting = { ...current, agenda: [...current.agenda, item], version: current.version + 1, updatedAt: now };
  const adopted: SolicitationReply = {
    ...reply!,
    proposals: reply!.proposals.map((p, i) => (i === data.proposalIndex ? { ...p, adoptedAgendaItemId: item.id } : p)),
    version: reply!.version + 1,
  };
  const meetingEntry = recordChange(caller, ports, MEETING_AUDIT, { operation: 'adoptAgendaProposal', recordId: next.id, version: next.version, before: current, after: next });
  const replyEntry = replyAudit(caller, ports, 'adoptAgendaProposal', reply, adopted);
  await refusing(ports.solicitations.adopt({ current, next }, { current: reply!, next: adopted }, { audit: meetingEntry }, replyEntry), (r) => meetingRefusal(r, current.id));
  return next;
}

// ---- the asked units' side -----------------------------------------------------------------------------------

/**
 * A unit's written reply (书面回复): its liaison, for its own unit, while the round is open and before it closes. A
 * new reply replaces the unit's earlier one (a new version, each saved with its audit entry); proposals already
 * adopted stay adopted when the reply keeps them at their place.
 */
export async function replyToAgendaSolicitation(principal: Principal, input: unknown, ports: Ports): Promise<SolicitationView> {
  const data = parseInput(replySolicitationInput, input);
  const unitId = data.unitId ?? principal.unitId;
  const caller = authorize(principal, meetingPolicy.replySolicitation, { unitId });
  const round = await ports.solicitations.get(caller.regionId, data.meetingId);
  if (!round) throw notFound('议题征集', data.meetingId);
  assertReplying(round, unitId!, ports.now());
  // A round left open on a meeting since cancelled (or started) takes no more replies.
  const meeting = await existingMeeting(caller, round.meetingId, ports);
  assertMeetingTakesReplies(meeting, ports.now());
  const proposals = data.proposals ?? [];
  assertSaysSomething(proposals, data.opinion);
  const current = await ports.solicitations.getReply(caller.regionId, round.meetingId, unitId!);
  if (data.version != null && data.version !== (current?.version ?? 0)) throw conflict();
  const next: SolicitationReply = {
    regionId: caller.regionId,
    meetingId: round.meetingId,
    unitId: unitId!,
    proposals: proposals.map((p, i) => {
      const earlier = current?.proposals[i];
      const same = earlier && earlier.title === p.title;
      return { title: p.title, description: p.description ?? null, presenter: p.presenter ?? null, adoptedAgendaItemId: same ? earlier.adoptedAgendaItemId : null };
    }),
    opinion: data.opinion ?? null,
    repliedAt: ports.now().toISOString(),
    repliedBy: caller.displayName,
    version: (current?.version ?? 0) + 1,
  };
  await refusing(ports.solicitations.saveReply({ current, next }, { audit: replyAudit(caller, ports, 'replyToAgendaSolicitation', current, next) }), (r) => {
    if (r instanceof GuardFailedError) return badInput('meetingId', '议题征集已截止，不能再回复');
    return r instanceof StaleVersionError ? conflict() : undefined;
  });
  return { ...round, ...ownView(round, [next]) };
}

// ---- reads --------------------------------------------------------------------------------------------------

/** Meeting.agendaSolicitation: the secretariat the whole round; an asked unit's liaison the round with its own reply. */
export async function meetingSolicitation(principal: Principal, meeting: Meeting, ports: Ports): Promise<SolicitationView | null> {
  const round = await ports.solicitations.get(meeting.regionId, meeting.id);
  if (!round) return null;
  if (allows(principal, meetingPolicy.solicit)) {
    const replies = await ports.solicitations.replies(round.regionId, round.meetingId);
    return { ...round, replies, ...replyCounts(round, replies) };
  }
  const unitId = principal.unitId;
  if (!unitId || !allows(principal, meetingPolicy.replySolicitation, { unitId }) || !round.askedUnitIds.includes(unitId)) return null;
  const own = await ports.solicitations.getReply(round.regionId, round.meetingId, unitId);
  return { ...round, ...ownView(round, own ? [own] : [], unitId) };
}

/** viewer.agendaSolicitations: a liaison's open rounds (closing after now), each with its unit's reply (one batched read). */
export async function viewerSolicitations(principal: Principal, ports: Ports): Promise<SolicitationView[]> {
  const unitId = principal.unitId;
  if (!unitId || !principal.regionId || !allows(principal, meetingPolicy.replySolicitation, { unitId })) return [];
  const rounds = await ports.solicitations.openForUnit(principal.regionId, unitId, ports.now().toISOString(), MAX_OPEN_SOLICITATIONS);
  const replies = await ports.solicitations.getReplies(principal.regionId, rounds.map((r) => ({ meetingId: r.meetingId, unitId })));
  return rounds.map((round, i) => ({ ...round, ...ownView(round, replies[i] ? [replies[i]!] : [], unitId) }));
}

// ---- helpers ------------------------------------------------------------------------------------------------

const ownView = (round: AgendaSolicitation, replies: SolicitationReply[], unitId = replies[0]?.unitId) => ({
  replies,
  pendingUnitIds: replies.length === 0 && unitId && round.askedUnitIds.includes(unitId) ? [unitId] : [],
  repliedCount: null,
  pendingCount: null,
});

async function existingMeeting(caller: RegionPrincipal, meetingId: string, ports: Ports): Promise<Meeting> {
  const meeting = await ports.meetings.get(caller.regionId, meetingId);
  if (!meeting) throw notFound('会议', meetingId);
  return meeting;
}

function alreadyOpened(round: AgendaSolicitation): DomainError {
  return badInput('meetingId', round.state === 'OPEN' ? '本次会议已有进行中的议题征集' : '本次会议的议题征集已截止，不能再次发起');
}

function meetingRefusal(refusal: WriteRefusedError, meetingId: string): DomainError | undefined {
  if (refusal instanceof StaleVersionError) return conflict();
  if (refusal instanceof RecordMissingError) return notFound('会议', meetingId);
  return undefined;
}

const roundAudit = (caller: RegionPrincipal, ports: Ports, operation: string, before: AgendaSolicitation | null, after: AgendaSolicitation) =>
  recordChange(caller, ports, SOLICITATION_AUDIT, { operation, recordId: `${after.meetingId}.solicit`, version: after.version, before, after });

const replyAudit = (caller: RegionPrincipal, ports: Ports, operation: string, before: SolicitationReply | null, after: SolicitationReply) =>
  recordChange(caller, ports, SOLICITATION_REPLY_AUDIT, { operation, recordId: replyRecordId(after.meetingId, after.unitId), version: after.version, before, after });
