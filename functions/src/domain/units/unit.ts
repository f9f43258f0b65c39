import type { AuditedRecord } from '../audit/audit';
import type { StoredFile } from '../files/stored-file';

export const HOST_KINDS = [
  'AGENCY', 'ENTERPRISE', 'PUBLIC_INSTITUTION', 'VILLAGE', 'COMMUNITY', 'HOSPITAL', 'SCHOOL', 'UNIVERSITY',
  'NEW_ORGANIZATION', 'PEOPLES_ORGANIZATION', 'MILITARY', 'RESEARCH_INSTITUTE', 'OFFICE_BUILDING', 'BUSINESS_DISTRICT',
] as const;
export type HostKind = (typeof HOST_KINDS)[number];

export const ORG_LEVELS = ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'GRID_BRANCH', 'GROUP'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const ALLIANCE_ROLES = ['COUNCIL_UNIT', 'MEMBER_UNIT', 'COMMUNITY_ORGANIZATION'] as const;
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];

export const UNIT_STATUSES = ['INVITED', 'REGISTERED', 'SUSPENDED', 'WITHDRAWN'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const UNIT_STATUS_ACTIONS = ['SUSPEND', 'WITHDRAW', 'REINSTATE'] as const;
export type UnitStatusAction = (typeof UNIT_STATUS_ACTIONS)[number];

/** Host kinds that are the community side of a pairing (结对共建 with 村/社区, 000 art.12). */
export const PAIRING_TARGET_KINDS: readonly HostKind[] = ['VILLAGE', 'COMMUNITY'];

export interface UnitPerson {
  name: string;
  title: string | null;
  phone: string | null;
}

export const UNIT_PEOPLE = ['leader', 'representative', 'liaison', 'partTimeCommitteeMember'] as const;
export type UnitPersonRole = (typeof UNIT_PEOPLE)[number];

export interface UnitRegistration {
  registeredOn: string;
  communityId: string | null;
  note: string | null;
  form: StoredFile | null;
}

/** The domain model of a member unit; resolvers return it, the store maps it to and from items. */
export interface Unit {
  id: string;
  regionId: string;
  name: string;
  shortName: string | null;
  hostKind: HostKind;
  level: OrgLevel;
  allianceRole: AllianceRole;
  status: UnitStatus;
  address: string | null;
  grid: string | null;
  parentId: string | null;
  childCount: number;
  leader: UnitPerson | null;
  representative: UnitPerson | null;
  liaison: UnitPerson | null;
  partTimeCommitteeMember: UnitPerson | null;
  /** Members on the roster whose organisation relation is here, and the full members among them (member writes keep them). */
  memberCount: number;
  fullMemberCount: number;
  registration: UnitRegistration | null;
  activePairingCount: number;
  /** Pairings ever made, ended ones included: a unit with any cannot be deleted, only withdrawn. */
  pairingCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Counters other writes keep on a unit (children, pairings, the roster's members): changed by adding to
 * them, never by a profile save, and never bumping the unit's version, so an edit does not fail because a
 * child, a pairing or a member was added meanwhile. A delete still sees them (it needs them at 0).
 */
export const UNIT_COUNTERS = ['childCount', 'activePairingCount', 'pairingCount', 'memberCount', 'fullMemberCount'] as const;

/** The editable profile: what create and update may set. */
export type UnitProfile = Pick<
  Unit,
  | 'name' | 'shortName' | 'hostKind' | 'level' | 'allianceRole' | 'parentId' | 'address' | 'grid'
  | UnitPersonRole
>;

/** Units in the audit trail: counters are other records' changes; parent and registration community name units. */
export const UNIT_AUDIT: AuditedRecord = {
  type: 'Unit',
  ignoredFields: UNIT_COUNTERS,
  unitFields: ['parentId', 'registration.communityId'],
};
