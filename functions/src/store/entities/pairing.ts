/**
 * Pairing (结对共建): one canonical item, a copy in each side's unit partition (so either side lists its
 * pairings with one Query, newest first), and a guard while it is active.
 *
 * | item                   | pk                                   | sk                         |
 * |------------------------|--------------------------------------|----------------------------|
 * | pairing                | R#{r}#PAIRING#{pairing}              | #PAIRING                   |
 * | copy in a side's unit  | R#{r}#UNIT#{unit}                    | PAIRING#{createdAt}#{id}   |
 * | active-pairing guard   | R#{r}#PAIRGUARD#{unit}#{community}   | #UNIQUE                    |
 */
import type { Pairing } from '../../domain/pairings/pairing';
import { pickFields } from '../item-fields';
import { regionRoot, type PrimaryKey } from '../keys';
import { unitKey } from './unit';

export const pairingKey = (regionId: string, pairingId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#PAIRING#${pairingId}`,
  sk: '#PAIRING',
});

export const PAIRING_LINK_PREFIX = 'PAIRING#';

export const pairingLinkKey = (regionId: string, unitId: string, createdAt: string, pairingId: string): PrimaryKey => ({
  pk: unitKey(regionId, unitId).pk,
  sk: `${PAIRING_LINK_PREFIX}${createdAt}#${pairingId}`,
});

export const pairingGuardKey = (regionId: string, unitId: string, communityId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#PAIRGUARD#${unitId}#${communityId}`,
  sk: '#UNIQUE',
});

const PAIRING_FIELDS = [
  'id', 'regionId', 'unitId', 'communityId', 'startsOn', 'endsOn', 'content', 'agreement', 'status', 'endedOn',
  'endReason', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Pairing)[];

export const pairingToItem = (pairing: Pairing) => ({ ...pairingKey(pairing.regionId, pairing.id), type: 'PAIRING', ...pairing });

/** The copy of a pairing in one side's unit partition. */
export const pairingLinkItem = (pairing: Pairing, side: string) => ({
  ...pairingLinkKey(pairing.regionId, side, pairing.createdAt, pairing.id),
  type: 'PAIRING_LINK',
  ...pairing,
});

export const pairingGuardItem = (pairing: Pairing) => ({
  ...pairingGuardKey(pairing.regionId, pairing.unitId, pairing.communityId),
  type: 'PAIRING_GUARD',
  pairingId: pairing.id,
});

export function pairingFromItem(item: Record<string, unknown>): Pairing {
  const pairing = pickFields<Pairing>(item, PAIRING_FIELDS);
  pairing.version = Number(pairing.version);
  return pairing;
}
