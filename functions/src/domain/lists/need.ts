import type { AuditedRecord } from '../audit/audit';

export const NEED_SOURCES = ['RESIDENTS', 'GRID', 'MEMBER', 'UNIT', 'OTHER'] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

export const NEED_URGENCIES = ['NORMAL', 'PRESSING', 'URGENT'] as const;
export type NeedUrgency = (typeof NEED_URGENCIES)[number];

export const NEED_STATUSES = ['COLLECTED', 'IN_PROJECT', 'MET', 'NOT_TAKEN_UP'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** The categories a region starts with (issue 15; 001 practice). */
export const DEFAULT_NEED_CATEGORIES = ['养老', '助残', '托幼', '环境', '文体', '就业', '法律', '医疗', '教育', '治安', '其他'] as const;

export const NEED_SOURCE_LABELS: Record<NeedSource, string> = { RESIDENTS: '居民群众', GRID: '网格', MEMBER: '党员', UNIT: '驻区单位', OTHER: '其他' };
export const NEED_URGENCY_LABELS: Record<NeedUrgency, string> = { NORMAL: '一般', PRESSING: '较急', URGENT: '紧急' };
export const NEED_STATUS_LABELS: Record<NeedStatus, string> = { COLLECTED: '已征集', IN_PROJECT: '已立项', MET: '已解决', NOT_TAKEN_UP: '未采纳' };

/** A resident need (需求清单), collected by a community organisation for a year (001 §3(1)). */
export interface Need {
  id: string;
  regionId: string;
  year: number;
  title: string;
  description: string | null;
  category: string;
  urgency: NeedUrgency;
  source: NeedSource;
  raisedBy: string | null;
  /** The community (村/社区 unit) that collected it. */
  communityUnitId: string;
  wantedFrom: string | null;
  wantedUntil: string | null;
  status: NeedStatus;
  statusReason: string | null;
  projectId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const NEED_AUDIT: AuditedRecord = { type: 'Need', ignoredFields: [], unitFields: ['communityUnitId'] };

/** A region's own settings of the lists: its need categories and the paired units' claim window. */
export interface ListSettings {
  regionId: string;
  needCategories: string[];
  /** Days after approval during which only units paired with the project's community may claim it (0: open at once). */
  claimWindowDays: number;
  version: number;
}

export const LIST_SETTINGS_AUDIT: AuditedRecord = { type: 'ListSettings', ignoredFields: [], unitFields: [] };
