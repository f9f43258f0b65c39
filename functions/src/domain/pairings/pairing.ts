import type { AuditedRecord } from '../audit/audit';
import type { StoredFile } from '../files/stored-file';

export type PairingStatus = 'ACTIVE' | 'ENDED';

/** A co-building pairing (结对共建) between a unit and a village/community, with its agreement. */
export interface Pairing {
  id: string;
  regionId: string;
  unitId: string;
  communityId: string;
  startsOn: string;
  endsOn: string | null;
  content: string;
  agreement: StoredFile | null;
  status: PairingStatus;
  endedOn: string | null;
  endReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Pairings in the audit trail: both sides name units. */
export const PAIRING_AUDIT: AuditedRecord = { type: 'Pairing', ignoredFields: [], unitFields: ['unitId', 'communityId'] };
