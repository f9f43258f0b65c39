import type {
  AllianceRole,
  Gender,
  HostKind,
  LevelVerdict,
  MeetingKind,
  MeetingStatus,
  MemberCategory,
  MemberRemovalReason,
  MemberRole,
  MemberStatus,
  OrgLevel,
  PairingStatus,
  Role,
  RosterField,
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
  gender: (v: Gender): MessageKey => `enum.gender.${v}`,
  memberStatus: (v: MemberStatus): MessageKey => `enum.memberStatus.${v}`,
  memberCategory: (v: MemberCategory): MessageKey => `enum.memberCategory.${v}`,
  memberRole: (v: MemberRole): MessageKey => `enum.memberRole.${v}`,
  removalReason: (v: MemberRemovalReason): MessageKey => `enum.removalReason.${v}`,
  rosterField: (v: RosterField): MessageKey => `enum.rosterField.${v}`,
  meetingKind: (v: MeetingKind): MessageKey => `enum.meetingKind.${v}`,
  meetingStatus: (v: MeetingStatus): MessageKey => `enum.meetingStatus.${v}`,
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
export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE'];
export const MEMBER_STATUSES: readonly MemberStatus[] = ['FULL', 'PROBATIONARY'];
export const MEMBER_CATEGORIES: readonly MemberCategory[] = ['IN_SERVICE', 'RETIRED', 'RESIDENT', 'UNEMPLOYED', 'FLOATING', 'STUDENT'];
export const MEMBER_ROLES: readonly MemberRole[] = [
  'PART_TIME_COMMITTEE_MEMBER', 'LIAISON', 'PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL', 'COUNCIL_CHAIR',
  'SECRETARY', 'BRANCH_SECRETARY', 'COMMUNITY_CADRE',
];
/** What removeMember records; TRANSFERRED_OUT is written by transferMember (a destination outside the region). */
export const MEMBER_REMOVAL_REASONS: readonly MemberRemovalReason[] = ['LEFT_PARTY', 'DECEASED', 'DUPLICATE', 'OTHER'];
/** The roster's columns in the template's order (an import's column mapping lists them so). */
export const ROSTER_FIELDS: readonly RosterField[] = [
  'NAME', 'GENDER', 'BIRTH_DATE', 'ID_NUMBER', 'PHONE', 'STATUS', 'JOINED_ON', 'CATEGORY', 'UNIT_NAME', 'COMMUNITY_NAME', 'ROLES', 'NOTE',
];
/** Meeting kinds in the schema's order (the seeds' names: 党建联席会议 first). */
export const MEETING_KINDS: readonly MeetingKind[] = [
  'JOINT_MEETING', 'REGIONAL_COMMITTEE', 'MEMBER_CONGRESS', 'COUNCIL', 'TOPIC_MEETING', 'AREA_COORDINATION', 'COMMUNITY_JOINT_MEETING',
];
export const MEETING_STATUSES: readonly MeetingStatus[] = [
  'DRAFT', 'NOTICED', 'HELD', 'MINUTES_DRAFTED', 'MINUTES_APPROVED', 'ARCHIVED', 'CANCELLED', 'POSTPONED',
];
