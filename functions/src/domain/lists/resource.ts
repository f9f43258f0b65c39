import type { AuditedRecord } from '../audit/audit';

export const RESOURCE_TYPES = ['PARTY_BUILDING', 'ADMINISTRATIVE', 'SOCIAL', 'FUNDS', 'VENUE', 'TALENT', 'PUBLICITY', 'EDUCATION', 'HEALTH'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
  PARTY_BUILDING: '党建资源', ADMINISTRATIVE: '行政资源', SOCIAL: '社会资源', FUNDS: '资金', VENUE: '场地', TALENT: '人才',
  PUBLICITY: '宣传', EDUCATION: '教育', HEALTH: '医疗',
};

/** What is stored; USED_UP is not stored but read from the quantity left (claims change it without a version). */
export type StoredResourceStatus = 'AVAILABLE' | 'WITHDRAWN';
export type ResourceStatus = StoredResourceStatus | 'USED_UP';

export const RESOURCE_STATUS_LABELS: Record<ResourceStatus, string> = { AVAILABLE: '可用', USED_UP: '已用完', WITHDRAWN: '已撤回' };

/**
 * A resource a unit offers (资源清单). `quantityLeft` is a counter: claims (store: ProjectStore.claim,
 * createFromNeeds) take from it and withdrawals give back, conditionally, without touching `version`;
 * an edit of the resource never overwrites it (a changed `quantity` moves it by the same amount).
 */
export interface Resource {
  id: string;
  regionId: string;
  year: number;
  unitId: string;
  type: ResourceType;
  title: string;
  description: string | null;
  quantity: number;
  quantityUnit: string;
  quantityLeft: number;
  availableFrom: string | null;
  availableUntil: string | null;
  contactName: string | null;
  contactPhone: string | null;
  status: StoredResourceStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const resourceStatus = (resource: Pick<Resource, 'status' | 'quantityLeft'>): ResourceStatus =>
  resource.status === 'WITHDRAWN' ? 'WITHDRAWN' : resource.quantityLeft <= 0 ? 'USED_UP' : 'AVAILABLE';

export const RESOURCE_AUDIT: AuditedRecord = { type: 'Resource', ignoredFields: ['quantityLeft'], unitFields: ['unitId'] };
