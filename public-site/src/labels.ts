import type { NeedStatus, ProjectStatus, PublishableType, ResourceType } from './gql/graphql';

/** The lists' words, as the admin's zh-CN dictionary has them (the public page is zh-CN only). */
export const NEED_STATUS: Record<NeedStatus, string> = { COLLECTED: '已征集', IN_PROJECT: '已立项', MET: '已解决', NOT_TAKEN_UP: '未采纳' };

export const RESOURCE_TYPE: Record<ResourceType, string> = {
  PARTY_BUILDING: '党建资源',
  ADMINISTRATIVE: '行政资源',
  SOCIAL: '社会资源',
  FUNDS: '资金',
  VENUE: '场地',
  TALENT: '人才',
  PUBLICITY: '宣传',
  EDUCATION: '教育',
  HEALTH: '医疗',
};

/** A project's stage (阶段) by its status. */
export const PROJECT_STAGE: Record<ProjectStatus, string> = {
  SUBMITTED: '申报',
  APPROVED: '核准',
  IN_PROGRESS: '实施',
  ACCEPTED: '验收',
  REJECTED: '驳回',
  CANCELLED: '撤销',
};

export type Tab = 'needs' | 'resources' | 'projects' | 'resolutions';
export const TABS: readonly Tab[] = ['needs', 'resources', 'projects', 'resolutions'];
export const TAB_TITLE: Record<Tab, string> = { needs: '需求清单', resources: '资源清单', projects: '项目清单', resolutions: '决议公开' };
export const TAB_NOUN: Record<Tab, string> = { needs: '需求', resources: '资源', projects: '项目', resolutions: '决议' };
export const TYPE_TAB: Record<PublishableType, Tab> = { NEED: 'needs', RESOURCE: 'resources', PROJECT: 'projects', RESOLUTION: 'resolutions' };

/** A calendar date in Beijing time (`2026-12-01`) from an ISO instant. */
export const beijingDate = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/** This year in Beijing. */
export const thisYear = (): number => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/** `2026-03-01 ~ 2026-06-30`, one side `…` when open, or `—` when neither is set. */
export const period = (from?: string | null, until?: string | null): string => (from || until ? `${from ?? '…'} ~ ${until ?? '…'}` : '—');
