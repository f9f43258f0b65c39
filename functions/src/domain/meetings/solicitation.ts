import type { AuditedRecord } from '../audit/audit';

/**
 * 议题征集 (003 doc 3 §3: before a joint meeting the community asks the units in writing for their opinions and
 * proposals, compiles them and submits them to the meeting). One round per meeting, kept beside it in its partition.
 * The meeting's title and start are copied when the round opens: the asked units' liaisons read the round before the
 * meeting is noticed (when they may not read the meeting itself).
 */
export const SOLICITATION_STATES = ['OPEN', 'CLOSED'] as const;
export type SolicitationState = (typeof SOLICITATION_STATES)[number];

export interface AgendaSolicitation {
  regionId: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  /** What is asked (征集的问题). */
  question: string;
  closesAt: string;
  askedUnitIds: string[];
  state: SolicitationState;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closedBy: string | null;
  version: number;
}

/** A proposed agenda item; `adoptedAgendaItemId` once the secretariat adopted it into the agenda (采纳). */
export interface AgendaProposal {
  title: string;
  description: string | null;
  presenter: string | null;
  adoptedAgendaItemId: string | null;
}

/** A proposal as read: its place in the reply. */
export type ProposalView = AgendaProposal & { index: number };

/** A unit's written reply to the round: one per unit, replaced (a new version) until the round closes. */
export interface SolicitationReply {
  regionId: string;
  meetingId: string;
  unitId: string;
  proposals: AgendaProposal[];
  opinion: string | null;
  repliedAt: string;
  repliedBy: string;
  version: number;
}

/** What a reader sees of a round: the secretariat every reply; an asked unit's liaison its own. */
export interface SolicitationView extends AgendaSolicitation {
  replies: SolicitationReply[];
  /** Asked units without a reply (among those the reader sees). */
  pendingUnitIds: string[];
  /** Null for a liaison: it sees its own reply only. */
  repliedCount: number | null;
  pendingCount: number | null;
}

export const SOLICITATION_AUDIT: AuditedRecord = { type: 'AgendaSolicitation', ignoredFields: ['meetingTitle', 'meetingStartsAt'], unitFields: [] };
export const SOLICITATION_REPLY_AUDIT: AuditedRecord = { type: 'AgendaSolicitationReply', ignoredFields: [], unitFields: ['unitId'] };

/** The audit trail's record id of a unit's reply. */
export const replyRecordId = (meetingId: string, unitId: string) => `${meetingId}.solicit.${unitId}`;
