import { z } from 'zod';
import { badInput } from '../errors';
import { nameKey } from '../names';
import { calendarDate, enumOf, id, optionalText, phone, requiredText, version } from '../validation';
import {
  ALLIANCE_ROLES, HOST_KINDS, ORG_LEVELS, PAIRING_TARGET_KINDS, UNIT_STATUSES, UNIT_STATUS_ACTIONS,
  type OrgLevel, type Unit, type UnitStatus, type UnitStatusAction,
} from './unit';

export const NAME_MAX = 100;

/** The key a name is unique under in its region: width, spacing and case do not make a new name. */
export const unitNameKey = nameKey;

const person = z
  .object({
    name: requiredText(50, '姓名'),
    title: optionalText(50, '职务'),
    phone,
  })
  .transform((p) => ({ name: p.name, title: p.title ?? null, phone: p.phone ?? null }))
  .nullable()
  .optional();

const profileFields = {
  shortName: optionalText(30, '简称'),
  address: optionalText(200, '地址'),
  grid: optionalText(50, '网格'),
  parentId: id('上级单位').nullable().optional(),
  leader: person,
  representative: person,
  liaison: person,
  partTimeCommitteeMember: person,
};

export const createUnitInput = z.object({
  name: requiredText(NAME_MAX, '单位名称'),
  hostKind: enumOf(HOST_KINDS, '单位类别'),
  level: enumOf(ORG_LEVELS, '组织层级'),
  allianceRole: enumOf(ALLIANCE_ROLES, '联盟角色'),
  ...profileFields,
});
export type CreateUnitInput = z.infer<typeof createUnitInput>;

export const updateUnitInput = z.object({
  id: id('单位'),
  version,
  name: requiredText(NAME_MAX, '单位名称').optional(),
  hostKind: enumOf(HOST_KINDS, '单位类别').optional(),
  level: enumOf(ORG_LEVELS, '组织层级').optional(),
  allianceRole: enumOf(ALLIANCE_ROLES, '联盟角色').optional(),
  ...profileFields,
});
export type UpdateUnitInput = z.infer<typeof updateUnitInput>;

export const registerUnitInput = z.object({
  id: id('单位'),
  version,
  /** Not in the future: checked by the use case against its clock. */
  registeredOn: calendarDate('报到日期'),
  communityId: id('报到社区').nullable().optional(),
  note: optionalText(500, '备注'),
  formUploadId: id('报到登记表').nullable().optional(),
});
export type RegisterUnitInput = z.infer<typeof registerUnitInput>;

export const changeUnitStatusInput = z.object({
  id: id('单位'),
  version,
  action: enumOf(UNIT_STATUS_ACTIONS, '操作'),
  reason: optionalText(500, '原因'),
});

export const unitFilterInput = z
  .object({
    hostKind: enumOf(HOST_KINDS, '单位类别').nullish(),
    level: enumOf(ORG_LEVELS, '组织层级').nullish(),
    allianceRole: enumOf(ALLIANCE_ROLES, '联盟角色').nullish(),
    status: enumOf(UNIT_STATUSES, '状态').nullish(),
    parentId: id('上级单位').nullish(),
    rootsOnly: z.boolean().nullish(),
    namePrefix: z.string().max(NAME_MAX, '名称前缀过长').nullish(),
    unpaired: z.boolean().nullish(),
  })
  .nullish()
  .transform((f) => ({
    hostKind: f?.hostKind ?? undefined,
    level: f?.level ?? undefined,
    allianceRole: f?.allianceRole ?? undefined,
    status: f?.status ?? undefined,
    parentId: f?.parentId ?? undefined,
    rootsOnly: f?.rootsOnly ?? false,
    namePrefix: f?.namePrefix ? unitNameKey(f.namePrefix) || undefined : undefined,
    unpaired: f?.unpaired ?? false,
  }))
  .superRefine((f, ctx) => {
    if (f.rootsOnly && f.parentId) {
      ctx.addIssue({ code: 'custom', path: ['rootsOnly'], message: 'rootsOnly 与 parentId 不能同时使用' });
    }
  });
export type UnitFilter = z.infer<typeof unitFilterInput>;

export type LevelVerdict =
  | 'FITS' | 'TOO_FEW_FULL_MEMBERS' | 'EXPECTED_BRANCH' | 'EXPECTED_GENERAL_BRANCH' | 'EXPECTED_COMMITTEE' | 'NOT_APPLICABLE';

export interface LevelCheck {
  fits: boolean;
  verdict: LevelVerdict;
  expectedLevel: OrgLevel | null;
}

const BRANCH_LEVELS: readonly OrgLevel[] = ['BRANCH', 'JOINT_BRANCH', 'GRID_BRANCH'];

/**
 * 004 art.1: "正式党员 3 人以上的设立党支部, 党员人数超过 50 人、不足 100 人的设立党总支部,
 * 党员人数 100 人以上的设立党委". A joint branch exists for units too small for their own branch,
 * so fewer than 3 full members is a misfit only for a unit's own branch, general branch or committee.
 */
export function checkLevel(unit: Pick<Unit, 'level' | 'memberCount' | 'fullMemberCount'>): LevelCheck {
  if (unit.level === 'GROUP') return { fits: true, verdict: 'NOT_APPLICABLE', expectedLevel: null };
  const members = unit.memberCount;
  if (unit.level !== 'JOINT_BRANCH' && unit.fullMemberCount < 3) {
    return { fits: false, verdict: 'TOO_FEW_FULL_MEMBERS', expectedLevel: 'JOINT_BRANCH' };
  }
  if (members >= 100) {
    return unit.level === 'COMMITTEE'
      ? { fits: true, verdict: 'FITS', expectedLevel: 'COMMITTEE' }
      : { fits: false, verdict: 'EXPECTED_COMMITTEE', expectedLevel: 'COMMITTEE' };
  }
  if (members > 50) {
    return unit.level === 'GENERAL_BRANCH'
      ? { fits: true, verdict: 'FITS', expectedLevel: 'GENERAL_BRANCH' }
      : { fits: false, verdict: 'EXPECTED_GENERAL_BRANCH', expectedLevel: 'GENERAL_BRANCH' };
  }
  return BRANCH_LEVELS.includes(unit.level)
    ? { fits: true, verdict: 'FITS', expectedLevel: unit.level }
    : { fits: false, verdict: 'EXPECTED_BRANCH', expectedLevel: 'BRANCH' };
}

/** Status changes (002 art.9: joining voluntary, leaving free). */
export function nextStatus(unit: Pick<Unit, 'status' | 'registration'>, action: UnitStatusAction): UnitStatus {
  const { status } = unit;
  switch (action) {
    case 'SUSPEND':
      if (status === 'REGISTERED' || status === 'INVITED') return 'SUSPENDED';
      break;
    case 'WITHDRAW':
      if (status !== 'WITHDRAWN') return 'WITHDRAWN';
      break;
    case 'REINSTATE':
      if (status === 'SUSPENDED' || status === 'WITHDRAWN') return unit.registration ? 'REGISTERED' : 'INVITED';
      break;
    default:
      return assertUnreachable(action);
  }
  throw badInput('action', `当前状态（${status}）不能执行该操作（${action}）`);
}

/** Statuses in which a unit takes part in the alliance's work (pairing, registration). */
export const ACTIVE_STATUSES: readonly UnitStatus[] = ['INVITED', 'REGISTERED'];

/** 000 art.12: every member unit pairs with at least one village or community. */
export function needsPairing(
  unit: Pick<Unit, 'allianceRole' | 'hostKind' | 'status' | 'activePairingCount'>,
): boolean {
  return wouldNeedPairing(unit) && unit.activePairingCount === 0;
}

/**
 * Whether a unit would need a pairing while it has none: what its status, kind and role decide about the
 * "needs a pairing" flag, apart from the count. A change of it is a change the count must be read for.
 */
export function wouldNeedPairing(unit: Pick<Unit, 'allianceRole' | 'hostKind' | 'status'>): boolean {
  return (
    unit.allianceRole !== 'COMMUNITY_ORGANIZATION' &&
    !PAIRING_TARGET_KINDS.includes(unit.hostKind) &&
    ACTIVE_STATUSES.includes(unit.status)
  );
}

export function assertUnreachable(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
