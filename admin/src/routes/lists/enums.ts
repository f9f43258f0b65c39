import type {
  ClaimMode,
  NeedSource,
  NeedStatus,
  NeedUrgency,
  ProjectAction,
  ProjectStatus,
  ResourceStatus,
  ResourceType,
} from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/**
 * Dictionary keys of the lists' enums (as i18n/enums.ts does for the console's): the template types make the
 * compiler check that every value has a label in both dictionaries.
 */
export const listLabel = {
  needStatus: (v: NeedStatus): MessageKey => `enum.needStatus.${v}`,
  needSource: (v: NeedSource): MessageKey => `enum.needSource.${v}`,
  needUrgency: (v: NeedUrgency): MessageKey => `enum.needUrgency.${v}`,
  resourceType: (v: ResourceType): MessageKey => `enum.resourceType.${v}`,
  resourceStatus: (v: ResourceStatus): MessageKey => `enum.resourceStatus.${v}`,
  projectStatus: (v: ProjectStatus): MessageKey => `enum.projectStatus.${v}`,
  projectAction: (v: ProjectAction): MessageKey => `enum.projectAction.${v}`,
  claimMode: (v: ClaimMode): MessageKey => `enum.claimMode.${v}`,
};

/** Values in the schema's order (forms and filters list them so). */
export const NEED_STATUSES: readonly NeedStatus[] = ['COLLECTED', 'IN_PROJECT', 'MET', 'NOT_TAKEN_UP'];
export const NEED_SOURCES: readonly NeedSource[] = ['RESIDENTS', 'GRID', 'MEMBER', 'UNIT', 'OTHER'];
export const NEED_URGENCIES: readonly NeedUrgency[] = ['NORMAL', 'PRESSING', 'URGENT'];
export const RESOURCE_TYPES: readonly ResourceType[] = [
  'PARTY_BUILDING', 'ADMINISTRATIVE', 'SOCIAL', 'FUNDS', 'VENUE', 'TALENT', 'PUBLICITY', 'EDUCATION', 'HEALTH',
];
export const RESOURCE_STATUSES: readonly ResourceStatus[] = ['AVAILABLE', 'USED_UP', 'WITHDRAWN'];
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['SUBMITTED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'CANCELLED'];

/** Units a resource's quantity is counted in, offered in the form (any other may be typed). */
export const QUANTITY_UNITS = ['名', '人次', '平方米', '元', '次', '场', '间', '台', '件', '小时'] as const;

/** Where each lifecycle action takes a project. */
export const ACTION_TARGET: Partial<Record<ProjectAction, ProjectStatus>> = {
  APPROVE: 'APPROVED',
  REJECT: 'REJECTED',
  START: 'IN_PROGRESS',
  ACCEPT: 'ACCEPTED',
  CANCEL: 'CANCELLED',
};
/** Lifecycle actions in the order their buttons stand. */
export const LIFECYCLE_ACTIONS: readonly ProjectAction[] = ['APPROVE', 'START', 'ACCEPT', 'REJECT', 'CANCEL'];
