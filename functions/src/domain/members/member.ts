import type { AuditedRecord } from '../audit/audit';

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

export const MEMBER_STATUSES = ['FULL', 'PROBATIONARY'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** 003 doc 1 manages members by these categories (五类管理模式). */
export const MEMBER_CATEGORIES = ['IN_SERVICE', 'RETIRED', 'RESIDENT', 'UNEMPLOYED', 'FLOATING', 'STUDENT'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export const MEMBER_ROLES = [
  'PART_TIME_COMMITTEE_MEMBER', 'LIAISON', 'PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL', 'COUNCIL_CHAIR',
  'SECRETARY', 'BRANCH_SECRETARY', 'COMMUNITY_CADRE',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_REMOVAL_REASONS = ['LEFT_PARTY', 'DECEASED', 'TRANSFERRED_OUT', 'DUPLICATE', 'OTHER'] as const;
export type MemberRemovalReason = (typeof MEMBER_REMOVAL_REASONS)[number];

/** The labels the secretariat uses (UI, Excel headers and drop-downs, audit descriptions). */
export const GENDER_LABELS: Record<Gender, string> = { MALE: '男', FEMALE: '女' };
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { FULL: '正式党员', PROBATIONARY: '预备党员' };
export const MEMBER_CATEGORY_LABELS: Record<MemberCategory, string> = {
  IN_SERVICE: '在职党员', RETIRED: '离退休党员', RESIDENT: '居民党员', UNEMPLOYED: '下岗失业党员', FLOATING: '流动党员', STUDENT: '学生党员',
};
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  PART_TIME_COMMITTEE_MEMBER: '兼职委员', LIAISON: '联络员', PRESIDENT: '会长', VICE_PRESIDENT: '副会长', SECRETARY_GENERAL: '秘书长',
  COUNCIL_CHAIR: '理事长', SECRETARY: '书记', BRANCH_SECRETARY: '支部书记', COMMUNITY_CADRE: '社区干部',
};
export const MEMBER_REMOVAL_REASON_LABELS: Record<MemberRemovalReason, string> = {
  LEFT_PARTY: '出党', DECEASED: '死亡', TRANSFERRED_OUT: '转出本区域', DUPLICATE: '重复录入', OTHER: '其他',
};

/**
 * An ID number as kept: never the number itself. `fingerprint` is a keyed hash (uniqueness in the region,
 * lookup by exact number), `sealed` an encrypted copy only a region admin's reveal opens, `masked` what
 * every response shows.
 */
export interface ProtectedIdNumber {
  fingerprint: string;
  sealed: string;
  masked: string;
}

export interface MemberDeparture {
  on: string;
  reason: MemberRemovalReason;
  destination: string | null;
  note: string | null;
}

/** A party member (党员). Counted in its unit (memberCount, fullMemberCount) while on the roster. */
export interface Member {
  id: string;
  regionId: string;
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: ProtectedIdNumber;
  phone: string | null;
  status: MemberStatus;
  joinedOn: string;
  category: MemberCategory;
  unitId: string;
  communityId: string | null;
  roles: MemberRole[];
  note: string | null;
  /** Set when the member left the roster; the record stays, out of every list and count. */
  departure: MemberDeparture | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An organisation-relation transfer (组织关系转接, 004 art.9), kept with the member. */
export interface MemberTransfer {
  id: string;
  memberId: string;
  transferredOn: string;
  fromUnitId: string;
  fromUnitName: string;
  toUnitId: string | null;
  toUnitName: string | null;
  destination: string | null;
  letterNumber: string | null;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export const onRoster = (member: Pick<Member, 'departure'>) => member.departure === null;

/** Members in the audit trail: the ID number appears only masked (its fingerprint and sealed copy never). */
export const MEMBER_AUDIT: AuditedRecord = {
  type: 'Member',
  ignoredFields: ['idNumber.fingerprint', 'idNumber.sealed'],
  unitFields: ['unitId', 'communityId'],
};
