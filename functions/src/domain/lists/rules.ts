import { z } from 'zod';
import { badInput, forbidden } from '../errors';
import { calendarDate, count, enumOf, id, optionalText, phone, requiredText, version, year } from '../validation';
import { DEFAULT_NEED_CATEGORIES, NEED_SOURCES, NEED_STATUSES, NEED_URGENCIES, type ListSettings } from './need';
import { MAX_PROGRESS_FILES, MAX_PROJECT_NEEDS, MAX_PROJECT_RESOURCES, MAX_VOLUNTEER_SLOTS, type NeedFilter, type ProjectFilter, type ResourceFilter } from './ports';
import { PROJECT_STATUS_LABELS, PROJECT_STATUSES, type Project, type ProjectAction, type ProjectStatus } from './project';
import { RESOURCE_TYPES, type ResourceType } from './resource';

export const yearInput = z.object({ year });

const positive = (label: string, max = 100_000_000) =>
  z.number({ required_error: `${label}不能为空`, invalid_type_error: `${label}须为整数` }).int(`${label}须为整数`).min(1, `${label}至少为 1`).max(max, `${label}过大`);

const date = (label: string) => calendarDate(label).nullish();

// ---- needs -------------------------------------------------------------------------------------------

const needDetails = {
  description: optionalText(2000, '需求描述'),
  raisedBy: optionalText(100, '提出人'),
  wantedFrom: date('需要开始日期'),
  wantedUntil: date('需要截止日期'),
};

export const createNeedInput = z.object({
  year,
  title: requiredText(100, '需求名称'),
  category: requiredText(20, '需求类别'),
  urgency: enumOf(NEED_URGENCIES, '紧急程度').nullish().transform((u) => u ?? 'NORMAL'),
  source: enumOf(NEED_SOURCES, '需求来源'),
  communityUnitId: id('征集社区'),
  ...needDetails,
});

export const updateNeedInput = z.object({
  id: id('需求'),
  version,
  title: requiredText(100, '需求名称').optional(),
  category: requiredText(20, '需求类别').optional(),
  urgency: enumOf(NEED_URGENCIES, '紧急程度').optional(),
  source: enumOf(NEED_SOURCES, '需求来源').optional(),
  ...needDetails,
});

export const closeNeedInput = z.object({ id: id('需求'), version, reason: requiredText(500, '未采纳原因') });

export const needFilterInput = z
  .object({
    year,
    status: enumOf(NEED_STATUSES, '状态').nullish(),
    category: requiredText(20, '需求类别').nullish(),
    communityUnitId: id('征集社区').nullish(),
  })
  .transform((f): NeedFilter => ({ year: f.year, status: f.status ?? undefined, category: f.category ?? undefined, communityUnitId: f.communityUnitId ?? undefined }));

/** The paired units' claim window by default: the first two weeks after approval (000 art.11; issue 15). */
export const DEFAULT_CLAIM_WINDOW_DAYS = 14;

/** A region's settings as they apply: its own, or the defaults until it sets them. */
export const settingsOrDefaults = (regionId: string, settings: ListSettings | null): ListSettings =>
  settings ?? { regionId, needCategories: [...DEFAULT_NEED_CATEGORIES], claimWindowDays: DEFAULT_CLAIM_WINDOW_DAYS, version: 0 };

export function assertCategory(settings: ListSettings, category: string, field = 'category'): void {
  if (!settings.needCategories.includes(category)) throw badInput(field, `需求类别须为以下之一：${settings.needCategories.join('、')}`);
}

export const setListSettingsInput = z.object({
  version: z.number({ invalid_type_error: '版本号无效' }).int('版本号无效').min(0, '版本号无效'),
  needCategories: z
    .array(requiredText(20, '需求类别'))
    .min(1, '至少保留一个需求类别')
    .max(30, '需求类别不能超过 30 个')
    .refine((list) => new Set(list).size === list.length, '需求类别不能重复')
    .optional(),
  claimWindowDays: z.number({ invalid_type_error: '优先认领期须为整数（天）' }).int('优先认领期须为整数（天）').min(0, '优先认领期不能为负数').max(60, '优先认领期不能超过 60 天').optional(),
});

// ---- resources ---------------------------------------------------------------------------------------

const resourceDetails = {
  description: optionalText(2000, '资源描述'),
  availableFrom: date('可用开始日期'),
  availableUntil: date('可用截止日期'),
  contactName: optionalText(50, '联系人'),
  contactPhone: phone,
};

export const createResourceInput = z.object({
  year,
  unitId: id('提供单位'),
  type: enumOf(RESOURCE_TYPES, '资源类型'),
  title: requiredText(100, '资源名称'),
  quantity: positive('数量'),
  quantityUnit: requiredText(10, '计量单位'),
  ...resourceDetails,
});

export const updateResourceInput = z.object({
  id: id('资源'),
  version,
  type: enumOf(RESOURCE_TYPES, '资源类型').optional(),
  title: requiredText(100, '资源名称').optional(),
  quantity: positive('数量').optional(),
  quantityUnit: requiredText(10, '计量单位').optional(),
  ...resourceDetails,
});

export const resourceFilterInput = z
  .object({
    year,
    type: enumOf(RESOURCE_TYPES, '资源类型').nullish(),
    status: enumOf(['AVAILABLE', 'USED_UP', 'WITHDRAWN'] as const, '状态').nullish(),
    unitId: id('提供单位').nullish(),
    unused: z.boolean().nullish(),
  })
  .transform((f): ResourceFilter => ({
    year: f.year,
    type: f.type ?? undefined,
    unitId: f.unitId ?? undefined,
    // USED_UP is read from the quantity left: not withdrawn, nothing left.
    status: f.status === 'WITHDRAWN' ? 'WITHDRAWN' : f.status ? 'AVAILABLE' : undefined,
    hasQuantityLeft: f.status === 'AVAILABLE' ? true : f.status === 'USED_UP' ? false : undefined,
    unused: f.unused ?? undefined,
  }));

/** Resource types that usually serve each default need category; 资金 and 社会资源 serve any. */
const TYPES_FOR_CATEGORY: Record<string, readonly ResourceType[]> = {
  养老: ['HEALTH', 'VENUE', 'TALENT', 'SOCIAL', 'FUNDS'],
  助残: ['HEALTH', 'TALENT', 'SOCIAL', 'FUNDS', 'ADMINISTRATIVE'],
  托幼: ['EDUCATION', 'VENUE', 'TALENT', 'SOCIAL', 'FUNDS'],
  环境: ['ADMINISTRATIVE', 'SOCIAL', 'TALENT', 'FUNDS', 'PARTY_BUILDING'],
  文体: ['VENUE', 'PUBLICITY', 'TALENT', 'SOCIAL', 'FUNDS', 'PARTY_BUILDING'],
  就业: ['ADMINISTRATIVE', 'EDUCATION', 'TALENT', 'SOCIAL', 'FUNDS'],
  法律: ['TALENT', 'ADMINISTRATIVE', 'PUBLICITY', 'SOCIAL', 'FUNDS'],
  医疗: ['HEALTH', 'TALENT', 'VENUE', 'SOCIAL', 'FUNDS'],
  教育: ['EDUCATION', 'VENUE', 'TALENT', 'PUBLICITY', 'SOCIAL', 'FUNDS'],
  治安: ['ADMINISTRATIVE', 'TALENT', 'PUBLICITY', 'SOCIAL', 'FUNDS', 'PARTY_BUILDING'],
};

/** The types that fit a category; a category without a rule (其他, a region's own) fits every type. */
export const typesForCategory = (category: string): { types: readonly ResourceType[]; fitting: boolean } =>
  TYPES_FOR_CATEGORY[category] ? { types: TYPES_FOR_CATEGORY[category]!, fitting: true } : { types: RESOURCE_TYPES, fitting: false };

/** A resource is in time for a need when its window covers the need's dates (an open end covers anything). */
export function coversDates(
  resource: { availableFrom: string | null; availableUntil: string | null },
  need: { wantedFrom: string | null; wantedUntil: string | null },
): boolean {
  const from = need.wantedFrom ?? need.wantedUntil;
  const until = need.wantedUntil ?? need.wantedFrom;
  if (from && resource.availableFrom && resource.availableFrom > from) return false;
  if (until && resource.availableUntil && resource.availableUntil < until) return false;
  return true;
}

/** Suggestions shown for one need at most. */
export const MAX_SUGGESTIONS = 50;

// ---- projects ----------------------------------------------------------------------------------------

export const createProjectFromNeedInput = z.object({
  needId: id('需求'),
  moreNeedIds: z.array(id('需求')).max(MAX_PROJECT_NEEDS - 1, `一个项目最多对应 ${MAX_PROJECT_NEEDS} 条需求`).nullish(),
  resources: z
    .array(z.object({ resourceId: id('资源'), quantity: positive('使用数量') }))
    .max(MAX_PROJECT_RESOURCES, `一个项目最多对接 ${MAX_PROJECT_RESOURCES} 项资源`),
  title: requiredText(100, '项目名称'),
  description: optionalText(2000, '项目内容'),
  budget: count('预算').nullish(),
  startsOn: date('开始日期'),
  targetOn: date('目标完成日期'),
  volunteerSlots: count('志愿岗位数').max(MAX_VOLUNTEER_SLOTS, `志愿岗位不能超过 ${MAX_VOLUNTEER_SLOTS} 个`).nullish(),
});

export const transitionProjectInput = z.object({
  id: id('项目'),
  version,
  to: enumOf(PROJECT_STATUSES, '目标状态'),
  note: optionalText(2000, '说明'),
});

export const reportProgressInput = z.object({
  id: id('项目'),
  note: requiredText(2000, '进展情况'),
  fileUploadIds: z.array(id('附件')).max(MAX_PROGRESS_FILES, `每次进展最多 ${MAX_PROGRESS_FILES} 个照片或附件`).nullish(),
});

/** The projects' filter; `overdue` is read against `today` (Beijing's date). */
export const projectFilterInput = (today: string) =>
  z
    .object({ year, status: enumOf(PROJECT_STATUSES, '状态').nullish(), unitId: id('单位').nullish(), overdue: z.boolean().nullish() })
    .transform((f): ProjectFilter => ({ year: f.year, status: f.status ?? undefined, unitId: f.unitId ?? undefined, overdueOn: f.overdue ? today : undefined }));

export const claimProjectInput = z.object({
  projectId: id('项目'),
  unitId: id('认领单位'),
  mode: enumOf(['SOLO', 'JOINT'] as const, '认领方式'),
  lead: z.boolean().nullish().transform((l) => l ?? false),
});

export const rateProjectInput = z.object({
  projectId: id('项目'),
  score: z.number({ required_error: '请评分', invalid_type_error: '评分须为 1–5 的整数' }).int('评分须为 1–5 的整数').min(1, '评分须为 1–5 的整数').max(5, '评分须为 1–5 的整数'),
  comment: optionalText(500, '评价'),
  // Who rates, kept only as a keyed hash: one rating per person (a phone) or device and project.
  raterKey: z
    .string({ invalid_type_error: '评价人标识须为文本' })
    .transform((k) => k.replace(/[\s-]/g, '').toLowerCase())
    .pipe(z.string().min(4, '评价人标识至少 4 个字符').max(64, '评价人标识不能超过 64 个字符'))
    .nullish(),
  regionId: id('区域').nullish(),
});

export const claimResourceInput = z.object({ resourceId: id('资源'), projectId: id('项目'), quantity: positive('使用数量') });

/** Who may take each move of the lifecycle (002 art.20–21): the secretariat, or also the responsible unit's liaison. */
type Mover = 'secretariat' | 'responsible';
const MOVES: Record<ProjectStatus, Partial<Record<ProjectStatus, Mover>>> = {
  SUBMITTED: { APPROVED: 'secretariat', REJECTED: 'secretariat', CANCELLED: 'secretariat' },
  APPROVED: { IN_PROGRESS: 'responsible', CANCELLED: 'secretariat' },
  IN_PROGRESS: { ACCEPTED: 'secretariat', CANCELLED: 'secretariat' },
  ACCEPTED: {},
  REJECTED: {},
  CANCELLED: {},
};

const MOVE_ACTIONS: Partial<Record<ProjectStatus, ProjectAction>> = {
  APPROVED: 'APPROVE', REJECTED: 'REJECT', IN_PROGRESS: 'START', ACCEPTED: 'ACCEPT', CANCELLED: 'CANCEL',
};

/** Who the caller is to a project: what the allowed actions and moves depend on. */
export interface ProjectStanding {
  secretariat: boolean;
  /** The caller's unit holds an active UNIT claim on the project. */
  responsible: boolean;
  /** The caller (a liaison's unit, or the secretariat assigning) may claim it now. */
  mayClaim: boolean;
}

export function moveAllowed(project: Pick<Project, 'status'>, to: ProjectStatus, standing: ProjectStanding): boolean {
  const mover = MOVES[project.status][to];
  return mover !== undefined && (standing.secretariat || (mover === 'responsible' && standing.responsible));
}

/** Refuses a move the project's status does not allow (naming the status), or one not the caller's to take (FORBIDDEN). */
export function assertMove(project: Pick<Project, 'status'>, to: ProjectStatus, standing: ProjectStanding): void {
  const mover = MOVES[project.status][to];
  if (mover === undefined) {
    throw badInput('to', `项目当前状态为“${PROJECT_STATUS_LABELS[project.status]}”，不能转为“${PROJECT_STATUS_LABELS[to]}”`);
  }
  if (!moveAllowed(project, to, standing)) {
    // The move exists but is not the caller's: a question of who, not of the input.
    throw forbidden(mover === 'responsible' ? '只有责任单位或街道党工委（秘书处）可以开始实施' : '只有街道党工委（秘书处）可以执行此操作');
  }
}

/** A note the move needs: the reason of a rejection or cancellation, the acceptance record (验收意见). */
export function assertMoveNote(to: ProjectStatus, note: string | null | undefined): void {
  if (note) return;
  if (to === 'REJECTED') throw badInput('note', '请填写驳回原因');
  if (to === 'CANCELLED') throw badInput('note', '请填写撤销原因');
  if (to === 'ACCEPTED') throw badInput('note', '请填写验收意见');
}

export function allowedProjectActions(project: Project, standing: ProjectStanding): ProjectAction[] {
  const actions: ProjectAction[] = [];
  for (const to of Object.keys(MOVES[project.status]) as ProjectStatus[]) {
    if (moveAllowed(project, to, standing)) actions.push(MOVE_ACTIONS[to]!);
  }
  if (project.status === 'APPROVED' && standing.mayClaim) actions.push('CLAIM');
  if (project.status === 'IN_PROGRESS' && (standing.secretariat || standing.responsible)) actions.push('REPORT_PROGRESS');
  return actions;
}

/** The statuses of a project still to be finished: past its target date in one of them, it is overdue. */
export const OVERDUE_STATUSES: readonly ProjectStatus[] = ['SUBMITTED', 'APPROVED', 'IN_PROGRESS'];

/** Past its target date and not finished. */
export const isOverdue = (project: Pick<Project, 'status' | 'targetOn'>, today: string): boolean =>
  project.targetOn !== null && project.targetOn < today && OVERDUE_STATUSES.includes(project.status);

/** Statuses in which units' claims may still be withdrawn and resources released: before the project starts. */
export const BEFORE_START: readonly ProjectStatus[] = ['SUBMITTED', 'APPROVED'];

/** A dated window must not end before it starts. */
export function assertWindow(from: string | null | undefined, until: string | null | undefined, untilField: string, label: string): void {
  if (from && until && until < from) throw badInput(untilField, `${label}不能早于开始日期`);
}
