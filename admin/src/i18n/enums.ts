import type {
  AllianceRole,
  HostKind,
  LevelVerdict,
  OrgLevel,
  PairingStatus,
  Role,
  UnitStatus,
  UnitStatusAction,
} from '../gql/graphql';
import type { MessageKey } from './index';

/**
 * Dictionary keys of the schema's enums. The template types make the compiler check that every enum value
 * has a label in both dictionaries: a value added to the schema fails the typecheck until it is translated.
 */
export const enumLabel = {
  hostKind: (v: HostKind): MessageKey => `enum.hostKind.${v}`,
  level: (v: OrgLevel): MessageKey => `enum.level.${v}`,
  allianceRole: (v: AllianceRole): MessageKey => `enum.allianceRole.${v}`,
  status: (v: UnitStatus): MessageKey => `enum.status.${v}`,
  statusAction: (v: UnitStatusAction): MessageKey => `enum.statusAction.${v}`,
  verdict: (v: LevelVerdict): MessageKey => `enum.verdict.${v}`,
  pairingStatus: (v: PairingStatus): MessageKey => `enum.pairingStatus.${v}`,
  role: (v: Role): MessageKey => `enum.role.${v}`,
};

/** Enum values in the order the forms and filters list them (the schema's order). */
export const HOST_KINDS: readonly HostKind[] = [
  'AGENCY', 'ENTERPRISE', 'PUBLIC_INSTITUTION', 'VILLAGE', 'COMMUNITY', 'HOSPITAL', 'SCHOOL', 'UNIVERSITY',
  'NEW_ORGANIZATION', 'PEOPLES_ORGANIZATION', 'MILITARY', 'RESEARCH_INSTITUTE', 'OFFICE_BUILDING', 'BUSINESS_DISTRICT',
];
export const ORG_LEVELS: readonly OrgLevel[] = ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'GRID_BRANCH', 'GROUP'];
export const ALLIANCE_ROLES: readonly AllianceRole[] = ['COUNCIL_UNIT', 'MEMBER_UNIT', 'COMMUNITY_ORGANIZATION'];
export const UNIT_STATUSES: readonly UnitStatus[] = ['INVITED', 'REGISTERED', 'SUSPENDED', 'WITHDRAWN'];
/** The community side of a pairing or a registration (村 / 社区). */
export const COMMUNITY_KINDS: readonly HostKind[] = ['COMMUNITY', 'VILLAGE'];
