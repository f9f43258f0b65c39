/**
 * 议题征集 (domain/meetings/solicitation.ts): a meeting's round and its units' replies, in the meeting's partition
 * beside the meeting item (entities/meeting.ts).
 *
 * | item                  | pk                  | sk                  |
 * |-----------------------|---------------------|---------------------|
 * | the round             | R#{r}#MEETING#{m}   | #SOLICIT            |
 * | a unit's reply        | R#{r}#MEETING#{m}   | SOLREPLY#{unit}     |
 *
 * Index entry of the round, only while it is OPEN (sparse: a closed round drops it, the item is written whole):
 * | index | partition (gsi6pk)          | sort key (gsi6sk)       | serves                                          |
 * |-------|-----------------------------|-------------------------|-------------------------------------------------|
 * | gsi6  | R#{r}#SOLICITATIONS#OPEN    | {closesAt}#{meeting}    | a unit's open rounds: sk ≥ now, `contains(askedUnitIds, :unit)` |
 */
import type { AgendaSolicitation, SolicitationReply } from '../../domain/meetings/solicitation';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';
import { meetingKey } from './meeting';

export const SOLICITATION_TYPE = 'AGENDA_SOLICITATION';
export const SOLICITATION_REPLY_TYPE = 'AGENDA_SOLICITATION_REPLY';

export const solicitationKey = (regionId: string, meetingId: string): PrimaryKey => ({ pk: meetingKey(regionId, meetingId).pk, sk: '#SOLICIT' });
export const solicitationReplyPrefix = 'SOLREPLY#';
export const solicitationReplyKey = (regionId: string, meetingId: string, unitId: string): PrimaryKey => ({
  pk: meetingKey(regionId, meetingId).pk,
  sk: `${solicitationReplyPrefix}${unitId}`,
});

export const openSolicitations = (regionId: string): Partition => ({ index: 'gsi6', partitionValue: `${regionRoot(regionId)}#SOLICITATIONS#OPEN` });

const ROUND_FIELDS = [
  'regionId', 'meetingId', 'meetingTitle', 'meetingStartsAt', 'question', 'closesAt', 'askedUnitIds', 'state', 'openedAt', 'openedBy', 'closedAt',
  'closedBy', 'version',
] as const satisfies readonly (keyof AgendaSolicitation)[];
const REPLY_FIELDS = ['regionId', 'meetingId', 'unitId', 'proposals', 'opinion', 'repliedAt', 'repliedBy', 'version'] as const satisfies readonly (keyof SolicitationReply)[];

export const solicitationToItem = (round: AgendaSolicitation) => ({
  ...solicitationKey(round.regionId, round.meetingId),
  type: SOLICITATION_TYPE,
  ...round,
  ...(round.state === 'OPEN' ? indexAttributes([openSolicitations(round.regionId)], `${round.closesAt}#${round.meetingId}`) : {}),
});

export function solicitationFromItem(item: Record<string, unknown>): AgendaSolicitation {
  const round = pickFields<AgendaSolicitation>(item, ROUND_FIELDS);
  round.version = Number(round.version);
  round.askedUnitIds = round.askedUnitIds ?? [];
  return round;
}

export const solicitationReplyToItem = (reply: SolicitationReply) => ({
  ...solicitationReplyKey(reply.regionId, reply.meetingId, reply.unitId),
  type: SOLICITATION_REPLY_TYPE,
  ...reply,
});

export function solicitationReplyFromItem(item: Record<string, unknown>): SolicitationReply {
  const reply = pickFields<SolicitationReply>(item, REPLY_FIELDS);
  reply.version = Number(reply.version);
  reply.proposals = reply.proposals ?? [];
  return reply;
}
