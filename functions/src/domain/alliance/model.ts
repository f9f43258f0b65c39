import type { AuditedRecord } from '../audit/audit';

/**
 * The alliance's own organisation (000 art.7; 002 art.12–18): its officers (会长, 常务副会长, 副会长, 执行副会长, 秘书长),
 * each a person of a member unit with a term; the council's term (理事会, its units are the COUNCIL_UNIT units); and
 * its bodies: the expert committee (党建专家咨询委员会), the research committees (专业研究委员会) and the street
 * branches (街道分会), each a named group of units and people with a convener (牵头单位).
 */
export const OFFICER_POSTS = ['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'ROTATING_VICE_PRESIDENT', 'SECRETARY_GENERAL'] as const;
export type OfficerPost = (typeof OFFICER_POSTS)[number];
export const OFFICER_POST_LABELS: Record<OfficerPost, string> = {
  PRESIDENT: '会长',
  EXECUTIVE_VICE_PRESIDENT: '常务副会长',
  VICE_PRESIDENT: '副会长',
  ROTATING_VICE_PRESIDENT: '执行副会长',
  SECRETARY_GENERAL: '秘书长',
};

/** Posts one person holds at a time: a new appointment ends the current holder's term. 副会长 are several. */
export const isSingleHolderPost = (post: OfficerPost): boolean => post !== 'VICE_PRESIDENT';

export interface Officer {
  id: string;
  regionId: string;
  post: OfficerPost;
  personName: string;
  personTitle: string | null;
  /** The member unit the person comes from. */
  unitId: string;
  termStart: string;
  /** The planned end while current; the day the term ended once past. */
  termEnd: string | null;
  /** Holding the post now (until replaced or the term is ended). */
  current: boolean;
  /** Why the term ended (换届, 工作调动 …), when ended by hand; replaced officers read "由新任接替". */
  endReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** How many officer records (current and past) a region keeps: decades of terms. */
export const MAX_OFFICER_RECORDS = 1000;

export const SUB_BODY_KINDS = ['EXPERT_COMMITTEE', 'RESEARCH_COMMITTEE', 'STREET_BRANCH'] as const;
export type SubBodyKind = (typeof SUB_BODY_KINDS)[number];
export const SUB_BODY_KIND_LABELS: Record<SubBodyKind, string> = {
  EXPERT_COMMITTEE: '党建专家咨询委员会',
  RESEARCH_COMMITTEE: '专业研究委员会',
  STREET_BRANCH: '街道分会',
};

export const MAX_SUB_BODY_UNITS = 200;
export const MAX_SUB_BODY_PEOPLE = 100;

export interface SubBodyPerson {
  name: string;
  title: string | null;
  unitId: string | null;
}

export interface SubBody {
  id: string;
  regionId: string;
  kind: SubBodyKind;
  /** Unique in the region. */
  name: string;
  /** 牵头单位 (a street branch: the street's 党工委; a research committee: the leading unit). */
  convenerUnitId: string;
  unitIds: string[];
  people: SubBodyPerson[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The region's alliance settings: the council's (理事会) term. Version 0 until first set. */
export interface AllianceSettings {
  regionId: string;
  councilTermStart: string | null;
  councilTermEnd: string | null;
  version: number;
}

export const OFFICER_AUDIT: AuditedRecord = { type: 'Officer', ignoredFields: [], unitFields: ['unitId'] };
export const SUB_BODY_AUDIT: AuditedRecord = { type: 'SubBody', ignoredFields: ['unitIds', 'people'], unitFields: ['convenerUnitId'] };
export const ALLIANCE_SETTINGS_AUDIT: AuditedRecord = { type: 'AllianceSettings', ignoredFields: [], unitFields: [] };

export const allianceSettingsRecordId = (regionId: string) => `alliance-settings-${regionId}`;
