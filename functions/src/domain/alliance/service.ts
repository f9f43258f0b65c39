import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { GuardFailedError, RecordMissingError, refusing, StaleVersionError } from '../write-refusals';
import { dayBefore, yearTermEnd } from './dates';
import {
  ALLIANCE_SETTINGS_AUDIT, allianceSettingsRecordId, isSingleHolderPost, OFFICER_AUDIT, OFFICER_POST_LABELS, OFFICER_POSTS,
  type AllianceSettings, type Officer,
} from './model';
import { alliancePolicy } from './policy';
import { endOfficerTermInput, setCouncilTermInput, setOfficerInput } from './rules';

const HOLDER_CHANGED = '该职务的现任人选已变更，请刷新后重试';
export const REPLACED_REASON = '由新任接替';

// ---- officers (会长, 常务副会长, 副会长, 执行副会长, 秘书长) -------------------------------------------------

/**
 * The secretariat appoints an officer. For a post one person holds (all but 副会长), the current holder's term ends
 * the day before the new one starts, kept as history, in the same write. A 执行副会长 serves a year (002 art.13(6)):
 * without an end date the term ends a year less a day after it starts.
 */
export async function setOfficer(principal: Principal, input: unknown, ports: Ports): Promise<Officer> {
  const data = parseInput(setOfficerInput, input);
  const caller = authorize(principal, alliancePolicy.manage);
  await assertMemberUnit(caller, data.unitId, 'unitId', ports);
  const holder = isSingleHolderPost(data.post)
    ? (await ports.alliance.officers(caller.regionId)).find((o) => o.current && o.post === data.post) ?? null
    : null;
  if (holder && data.termStart <= holder.termStart) {
    throw badInput('termStart', `新任期须晚于现任${OFFICER_POST_LABELS[data.post]}（${holder.personName}，${holder.termStart} 起）的任期开始日期`);
  }
  const now = ports.now().toISOString();
  const officer: Officer = {
    id: ports.newId(),
    regionId: caller.regionId,
    post: data.post,
    personName: data.personName,
    personTitle: data.personTitle ?? null,
    unitId: data.unitId,
    termStart: data.termStart,
    termEnd: data.termEnd ?? (data.post === 'ROTATING_VICE_PRESIDENT' ? yearTermEnd(data.termStart) : null),
    current: true,
    endReason: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const replaced = holder
    ? { current: holder, next: { ...holder, current: false, termEnd: dayBefore(data.termStart), endReason: REPLACED_REASON, version: holder.version + 1, updatedAt: now } }
    : null;
  const note = replaced ? { field: 'replaced', value: `${replaced.current.personName}（任期至 ${replaced.next.termEnd}）` } : undefined;
  const entry = recordChange(caller, ports, OFFICER_AUDIT, { operation: 'setOfficer', recordId: officer.id, version: 1, before: null, after: officer, note });
  await refusing(ports.alliance.appointOfficer({ officer, replaced }, { audit: entry }), (r) =>
    r instanceof StaleVersionError || (r instanceof GuardFailedError && r.guard === 'holder-changed') ? conflict(HOLDER_CHANGED) : undefined,
  );
  return officer;
}

/** The secretariat ends a current officer's term (换届, 工作调动 …) on a day, with the reason. */
export async function endOfficerTerm(principal: Principal, input: unknown, ports: Ports): Promise<Officer> {
  const data = parseInput(endOfficerTermInput, input);
  const caller = authorize(principal, alliancePolicy.manage);
  const current = await ports.alliance.officer(caller.regionId, data.id);
  if (!current) throw notFound('任职记录', data.id);
  if (current.version !== data.version) throw conflict();
  if (!current.current) throw badInput('id', '该任期已结束');
  if (data.endedOn < current.termStart) throw badInput('endedOn', `任期结束日期不能早于任期开始日期（${current.termStart}）`);
  const next: Officer = {
    ...current, current: false, termEnd: data.endedOn, endReason: data.reason ?? null, version: current.version + 1, updatedAt: ports.now().toISOString(),
  };
  const entry = recordChange(caller, ports, OFFICER_AUDIT, { operation: 'endOfficerTerm', recordId: next.id, version: next.version, before: current, after: next });
  await refusing(ports.alliance.saveOfficer({ current, next }, { audit: entry }), (r) =>
    r instanceof RecordMissingError ? notFound('任职记录', data.id) : r instanceof StaleVersionError || r instanceof GuardFailedError ? conflict() : undefined,
  );
  return next;
}

/** Current officers by post (会长 first), each post's by term start; with `includePast`, then past ones, latest ended first. */
export async function listOfficers(principal: Principal, args: { includePast?: boolean | null }, ports: Ports): Promise<Officer[]> {
  const caller = authorize(principal, alliancePolicy.read);
  const all = await ports.alliance.officers(caller.regionId);
  const current = all
    .filter((o) => o.current)
    .sort((a, b) => OFFICER_POSTS.indexOf(a.post) - OFFICER_POSTS.indexOf(b.post) || a.termStart.localeCompare(b.termStart) || a.id.localeCompare(b.id));
  if (!args.includePast) return current;
  const past = all
    .filter((o) => !o.current)
    .sort((a, b) => (b.termEnd ?? '').localeCompare(a.termEnd ?? '') || b.termStart.localeCompare(a.termStart) || b.updatedAt.localeCompare(a.updatedAt));
  return [...current, ...past];
}

// ---- the council's term (理事会任期) ---------------------------------------------------------------------

export async function getAllianceSettings(principal: Principal, ports: Ports): Promise<AllianceSettings> {
  const caller = authorize(principal, alliancePolicy.read);
  return settingsOrEmpty(caller.regionId, await ports.alliance.settings(caller.regionId));
}

/** The secretariat sets the council's term (its units are the units whose alliance role is 理事单位). */
export async function setCouncilTerm(principal: Principal, input: unknown, ports: Ports): Promise<AllianceSettings> {
  const data = parseInput(setCouncilTermInput, input);
  const caller = authorize(principal, alliancePolicy.manage);
  const current = await ports.alliance.settings(caller.regionId);
  const base = settingsOrEmpty(caller.regionId, current);
  if (base.version !== data.version) throw conflict();
  const next: AllianceSettings = { ...base, councilTermStart: data.start, councilTermEnd: data.end, version: base.version + 1 };
  const entry = recordChange(caller, ports, ALLIANCE_SETTINGS_AUDIT, {
    operation: 'setCouncilTerm', recordId: allianceSettingsRecordId(caller.regionId), version: next.version, before: base, after: next,
  });
  await refusing(ports.alliance.saveSettings({ current, next }, { audit: entry }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
  return next;
}

const settingsOrEmpty = (regionId: string, settings: AllianceSettings | null): AllianceSettings =>
  settings ?? { regionId, councilTermStart: null, councilTermEnd: null, version: 0 };

// ---- helpers -----------------------------------------------------------------------------------------

/** A unit of the region that has not left the alliance, or BAD_USER_INPUT at `field`. */
export async function assertMemberUnit(caller: RegionPrincipal, unitId: string, field: string, ports: Ports): Promise<void> {
  const unit = await ports.units.get(caller.regionId, unitId);
  if (!unit || unit.status === 'WITHDRAWN') throw badInput(field, '单位不存在或已退出联盟');
}
