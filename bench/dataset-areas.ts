import { ACCOUNT_AUDIT, type Account } from '../functions/src/domain/accounts/account';
import { recordChange } from '../functions/src/domain/audit/service';
import { setOfficer } from '../functions/src/domain/alliance/service';
import { ARCHIVE_FOLDERS } from '../functions/src/domain/archive/document';
import { fileSystemDocument } from '../functions/src/domain/archive/service';
import { createSubBody } from '../functions/src/domain/alliance/sub-bodies-service';
import type { Principal, RegionPrincipal } from '../functions/src/auth/principal';
import {
  adjustMemberPoints, confirmServiceHours, logServiceHours, logTraining, setEngagementRules, setEvaluationGrade,
} from '../functions/src/domain/engagement/records-service';
import { claimPost, confirmCommunityReport, createPost, reportToCommunity } from '../functions/src/domain/engagement/service';
import {
  assignLedgerItem, declineLedgerItem, raiseLedgerItem, reportLedgerProgress, resolveLedgerItem, signOffLedgerItem,
} from '../functions/src/domain/ledger/service';
import type { LedgerItem } from '../functions/src/domain/ledger/item';
import { claimProject, createNeed, createProjectFromNeed, createResource, reportProjectProgress, transitionProject } from '../functions/src/domain/lists/service';
import type { Need } from '../functions/src/domain/lists/need';
import type { Resource } from '../functions/src/domain/lists/resource';
import { composeIdNumber } from '../functions/src/domain/members/id-number';
import { recordAttendance } from '../functions/src/domain/meetings/attendance-service';
import { addActionItem, approveMinutes, recordConsensusForAll, saveMinutes } from '../functions/src/domain/meetings/minutes-service';
import { MAX_INVITED_UNITS } from '../functions/src/domain/meetings/rules';
import { createMeeting, sendMeetingNotice } from '../functions/src/domain/meetings/service';
import type { Member } from '../functions/src/domain/members/member';
import { createMember } from '../functions/src/domain/members/service';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';
import { todayInChina } from '../functions/src/domain/validation';
import { inBatches } from './batch-write';

/**
 * The data of the areas added after the units (bench/README.md, 1): the three lists, 双报到 and posts, the
 * 党员积分评议 records and the issue ledger, at the round-trip sizes, written through the use cases (every rule
 * checked, audit entries written as the product writes them), as the admin of the region.
 *
 * With N = the dataset's size (its member units are `units`, the community `community`, `member` the first):
 *
 * - **members**: N party members (createMember), all 在职党员 of `member` living in `community`;
 * - **lists** of this year: N needs of `community`; N resources, one per member unit (so a page's rows name
 *   20 different units); a project from each of four needs in five (1 resource each), three in four of them
 *   approved (the 认领大厅), one in four of those claimed SOLO by a member unit, started and with a progress
 *   report. The page's `project` also has min(N, 25) units claiming it jointly (one leading), min(N/2, 10)
 *   resources and min(N, 20) progress reports, so its page has more rows at the larger size;
 * - **engagement**: every member reports to `community` (reportToCommunity), every other one confirmed: the
 *   community's inbox (待确认) holds N/2, `member`'s reports N. N posts in `community`; the page's `post` is
 *   held by min(N, 20) members;
 * - **records**: the year's rules (capGradeWithoutReport on); a service record per member in `community`
 *   (every third on a post), every other one confirmed (the inbox holds N/2); one or two trainings for three
 *   members in four; a grade for every other member; `pointsMember` (the first) has min(N, 25) adjustments
 *   besides its confirmed service, so its points ledger has more than a page at the larger size;
 * - **ledger** of this year: N items raised by the member units in turn, in every status: raised, assigned,
 *   in progress, resolved, closed, declined, and assigned a month ago with a due date since passed (overdue:
 *   assigned with a `ports` whose `now` is moved back, as local/seed-ledger.ts does). `ledgerItem` is a closed
 *   one (its whole timeline).
 * - **meeting**: a 联席会议 that started an hour ago inviting min(N, MAX_INVITED_UNITS) member units, every one
 *   present (the secretariat's 登记) and concurring on each of its three items, minutes saved and approved (three
 *   resolutions), an action item per resolution for min(N, 20) units: `meeting` (its page's steps read all of it).
 */
export interface AreaData {
  year: number;
  members: Member[];
  /** The project whose page the figures open (many claims and progress reports). */
  project: { id: string };
  /** The post whose page the figures open (held by many members). */
  post: { id: string };
  /** The member whose points page the figures open. */
  pointsMember: { id: string };
  /** A closed ledger item (its page shows the whole timeline). */
  ledgerItem: { id: string };
  /** A held, approved meeting of many units (its page's 签到, 纪要 and 决议 steps). */
  meeting: { id: string; invited: number };
  /** A document of the archive (档案), one of N filed this year, in the liaison unit's 支部组织生活记实簿. */
  archiveDocument: { id: string };
  counts: { needs: number; resources: number; projects: number; reports: number; posts: number; serviceRecords: number; ledgerItems: number; overdue: number };
  seconds: number;
}

const CONCURRENCY = 6;
const NEED_CATEGORIES = ['养老', '托幼', '法律', '环境', '就业', '文体', '治安', '助残'];
const RESOURCE_TYPES = ['HEALTH', 'EDUCATION', 'VENUE', 'TALENT', 'FUNDS', 'SOCIAL', 'ADMINISTRATIVE'] as const;
const LEDGER_STEPS = ['RAISED', 'ASSIGNED', 'PROGRESS', 'RESOLVED', 'CLOSED', 'DECLINED', 'OVERDUE'] as const;

export async function seedAreas(
  ports: Ports,
  admin: Principal,
  { community, member, units }: { community: Unit; member: Unit; units: Unit[] },
): Promise<AreaData> {
  const started = performance.now();
  const size = units.length;
  const regionId = community.regionId;
  const today = todayInChina(ports.now());
  const year = Number(today.slice(0, 4));
  const dayOf = (i: number) => {
    const date = `${year}-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return date > today ? today : date;
  };
  const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);
  const each = async <T>(n: number, work: (i: number) => Promise<T>): Promise<T[]> => {
    const out: T[] = new Array(n);
    await inBatches(indexes(n), CONCURRENCY, async (i) => (out[i] = await work(i)));
    return out;
  };

  // Members: in-service members of `member`, living in `community` (so they may report there and hold its posts).
  const members = await each(size, (i) => {
    const birthDate = new Date(Date.UTC(1970, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const male = i % 2 === 1;
    return createMember(admin, {
      name: `${'王李张刘陈杨黄赵'[i % 8]}${['建国', '丽华', '志强', '秀英', '海燕', '晓东'][Math.floor(i / 8) % 6]}${i}`,
      gender: male ? 'MALE' : 'FEMALE', birthDate, idNumber: composeIdNumber('110105', birthDate, male ? 1 : 2),
      status: 'FULL', joinedOn: '2000-07-01', category: 'IN_SERVICE', unitId: member.id, communityId: community.id,
    }, ports);
  });

  // Lists.
  const needs: Need[] = await each(size, (i) =>
    createNeed(admin, {
      year, title: `基准需求${i}`, category: NEED_CATEGORIES[i % NEED_CATEGORIES.length], urgency: i % 3 ? 'NORMAL' : 'PRESSING', source: 'GRID',
      communityUnitId: community.id, raisedBy: `第${(i % 6) + 1}网格`, description: `居民反映的需求 ${i}。`,
    }, ports),
  );
  const resources: Resource[] = await each(size, (i) =>
    createResource(admin, {
      year, unitId: units[i]!.id, type: RESOURCE_TYPES[i % RESOURCE_TYPES.length], title: `基准资源${i}`, quantity: 100, quantityUnit: '人次',
      contactName: '联系人', contactPhone: '0571-8765 4321', description: '共建资源',
    }, ports),
  );
  const projectOf = (i: number, takes: { resourceId: string; quantity: number }[]) =>
    createProjectFromNeed(admin, {
      needId: needs[i]!.id, resources: takes, title: `基准项目${i}`, description: '对接驻区单位资源', budget: 1000 + i,
      startsOn: `${year}-01-01`, targetOn: `${year}-12-31`, volunteerSlots: 5,
    }, ports);
  // The page's project: from need 0, with several resources, claimed jointly by many units, with progress.
  const pageResources = Math.max(1, Math.min(Math.floor(size / 2), 10));
  const project = await projectOf(0, resources.slice(0, pageResources).map((r) => ({ resourceId: r.id, quantity: 2 })));
  await transitionProject(admin, { id: project.id, version: project.version, to: 'APPROVED' }, ports);
  const claimants = Math.min(size, 25);
  await claimProject(admin, { projectId: project.id, unitId: units[0]!.id, mode: 'JOINT', lead: true }, ports);
  await inBatches(units.slice(1, claimants), CONCURRENCY, (unit) => claimProject(admin, { projectId: project.id, unitId: unit.id, mode: 'JOINT' }, ports));
  const claimed = (await ports.projects.get(regionId, project.id))!;
  await transitionProject(admin, { id: project.id, version: claimed.version, to: 'IN_PROGRESS' }, ports);
  for (let k = 0; k < Math.min(size, 20); k++) await reportProjectProgress(admin, { id: project.id, note: `第 ${k + 1} 次进展：已开展活动。` }, ports);
  // The others: four needs in five become projects (need i, resource i).
  const others = indexes(size).filter((i) => i > 0 && i % 5 !== 4);
  await inBatches(others, CONCURRENCY, async (i) => {
    const created = await projectOf(i, [{ resourceId: resources[i]!.id, quantity: 1 }]);
    if (i % 4 === 3) return; // submitted, waiting for approval
    await transitionProject(admin, { id: created.id, version: created.version, to: 'APPROVED' }, ports);
    if (i % 4 !== 0) return; // in the 认领大厅
    await claimProject(admin, { projectId: created.id, unitId: units[i]!.id, mode: 'SOLO' }, ports);
    const claimed = (await ports.projects.get(regionId, created.id))!;
    await transitionProject(admin, { id: created.id, version: claimed.version, to: 'IN_PROGRESS' }, ports);
    await reportProjectProgress(admin, { id: created.id, note: '已启动。' }, ports);
  });

  // Engagement: every member reports to the community, every other one confirmed.
  const reports = await each(size, async (i) => {
    const report = await reportToCommunity(admin, { memberId: members[i]!.id, communityUnitId: community.id, note: '周末可参加志愿服务' }, ports);
    return i % 2 === 0 ? confirmCommunityReport(admin, { id: report.id, version: report.version }, ports) : report;
  });
  const posts = await each(size, (i) =>
    createPost(admin, { communityUnitId: community.id, title: `基准岗位${i}`, duties: '巡查楼道、收集诉求', capacity: i === 0 ? 20 : 3 }, ports),
  );
  const post = posts[0]!;
  await inBatches(members.slice(0, Math.min(size, 20)), CONCURRENCY, (m) => claimPost(admin, { postId: post.id, memberId: m.id }, ports));

  // Records: the rules, service hours, trainings, grades, adjustments.
  await setEngagementRules(admin, { year, version: 0, pointsPerServiceHour: 1, pointsPerTrainingHour: 0.5, capGradeWithoutReport: true }, ports);
  await inBatches(indexes(size), CONCURRENCY, async (i) => {
    const record = await logServiceHours(admin, {
      memberId: members[i]!.id, communityUnitId: community.id, servedOn: dayOf(i), hours: 1 + (i % 4), description: '楼道卫生清扫',
      place: '小区3号楼', postId: i % 3 === 0 ? posts[i % posts.length]!.id : null,
    }, ports);
    if (i % 2 === 0) await confirmServiceHours(admin, { id: record.id, version: record.version }, ports);
    for (let k = 0; k < i % 4 && k < 2; k++) {
      await logTraining(admin, { memberId: members[i]!.id, trainedOn: dayOf(i + k), hours: 4, topic: '党员冬训集中学习', provider: '街道党工委' }, ports);
    }
    if (i % 2 === 0) {
      // Members with a confirmed report may be graded above 基本合格 (the rule is on).
      await setEvaluationGrade(admin, { memberId: members[i]!.id, year, grade: i % 10 === 0 ? 'EXCELLENT' : 'QUALIFIED', comment: null }, ports).catch(() =>
        setEvaluationGrade(admin, { memberId: members[i]!.id, year, grade: 'BASICALLY_QUALIFIED', comment: null }, ports),
      );
    }
  });
  const pointsMember = members[0]!;
  for (let k = 0; k < Math.min(size, 25); k++) {
    await adjustMemberPoints(admin, { memberId: pointsMember.id, year, points: k % 3 ? 1 : -0.5, reason: `组织生活记录 ${k + 1}` }, ports);
  }

  // Ledger: raised one at a time (each takes the year's next number), then moved on in parallel.
  const raised: LedgerItem[] = [];
  for (const i of indexes(size)) {
    raised.push(await raiseLedgerItem(admin, {
      raisedByUnitId: units[i]!.id, kind: (['PROBLEM', 'SUGGESTION', 'OPINION'] as const)[i % 3], title: `基准台账事项${i}`,
      description: '请协调解决。', category: '城市建设',
    }, ports));
  }
  const now = ports.now();
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const canBeOverdue = monthAgo.getUTCFullYear() === now.getUTCFullYear();
  const dayAfter = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const closed: LedgerItem[] = [];
  let overdue = 0;
  await inBatches(indexes(size), CONCURRENCY, async (i) => {
    let item = raised[i]!;
    const step = LEDGER_STEPS[i % LEDGER_STEPS.length]!;
    if (step === 'RAISED') return;
    if (step === 'DECLINED') return void (await declineLedgerItem(admin, { id: item.id, version: item.version, reason: '不属于联盟协调范围' }, ports));
    const late = step === 'OVERDUE' && canBeOverdue;
    if (late) overdue += 1;
    item = await assignLedgerItem(
      admin,
      {
        id: item.id, version: item.version, handlerUnitId: units[(i + 1) % size]!.id, handlerDepartment: i % 2 ? '区住房和城乡建设局' : null,
        dueOn: late ? dayAfter(monthAgo, 7) : dayAfter(now, 30), note: '请按期办结并反馈提出单位',
      },
      late ? { ...ports, now: () => monthAgo } : ports,
    );
    if (step === 'ASSIGNED' || step === 'OVERDUE') return;
    item = await reportLedgerProgress(admin, { id: item.id, note: '已与提出单位现场对接' }, ports);
    if (step === 'PROGRESS') return;
    item = await resolveLedgerItem(admin, { id: item.id, version: item.version, resolution: '已形成解决方案并落实' }, ports);
    if (step === 'RESOLVED') return;
    item = await signOffLedgerItem(admin, { id: item.id, version: item.version, signedOffBy: '王建国（书记）', note: '满意' }, ports);
    closed.push(item);
  });
  if (!closed[0]) throw new Error('bench: no closed ledger item (the size is too small for the ledger)');

  const meeting = await seedHeldMeeting(ports, admin, units.slice(0, MAX_INVITED_UNITS), each);

  // 账号: a liaison account per unit, written as the store keeps them (the bench has no identity provider).
  await each(size, async (i) => {
    const unit = units[i]!;
    const at = ports.now().toISOString();
    const account: Account = {
      username: `bench-${unit.id}`, regionId, name: `联络员${i}`, phone: null, role: 'UNIT_LIAISON', unitId: unit.id, memberId: null,
      state: 'ACTIVE', temporaryPasswordSetAt: at, createdAt: at, createdBy: admin.displayName, updatedAt: at, version: 1,
    };
    const audit = recordChange({ ...admin, regionId }, ports, ACCOUNT_AUDIT, { operation: 'createAccount', recordId: account.username, version: 1, before: null, after: account });
    await ports.accounts.create(account, { audit });
  });

  // 联盟组织: a 会长 replaced once (history), the other single posts, min(N, 10) 副会长; min(N, 30) bodies of 10 units each.
  const officer = (post: string, i: number, termStart: string) =>
    setOfficer(admin, { post, personName: `基准${post}${i}`, unitId: units[i % units.length]!.id, termStart }, ports);
  await officer('PRESIDENT', 0, `${year - 1}-01-01`);
  await officer('PRESIDENT', 1, `${year}-01-01`);
  for (const [i, post] of ['EXECUTIVE_VICE_PRESIDENT', 'ROTATING_VICE_PRESIDENT', 'SECRETARY_GENERAL'].entries()) await officer(post, i + 2, `${year}-01-01`);
  await each(Math.min(size, 10), (i) => officer('VICE_PRESIDENT', i + 5, `${year}-01-01`));
  await each(Math.min(size, 30), (i) => {
    const group = indexes(10).map((k) => units[(i + k) % units.length]!.id);
    return createSubBody(admin, {
      kind: ['EXPERT_COMMITTEE', 'RESEARCH_COMMITTEE', 'STREET_BRANCH'][i % 3], name: `基准委员会${i}`, convenerUnitId: group[0],
      unitIds: [...new Set(group)], people: indexes(10).map((k) => ({ name: `委员${i}-${k}`, unitId: group[k] })),
    }, ports);
  });

  // 档案: N documents this year, in the 13 folders in turn (every third of `member`'s), each file as the store keeps it.
  const archived = await each(size, (i) => {
    const id = `bench-archive-${i}`;
    const at = ports.now().toISOString();
    const file = { key: `files/${regionId}/${id}`, name: `档案${i}.pdf`, contentType: 'application/pdf', size: 1000 + i, sha256: 'a'.repeat(64), uploadedBy: admin.userId, uploadedAt: at };
    const folder = i === 0 ? 'ORGANISATION_LIFE_RECORD' : ARCHIVE_FOLDERS[i % ARCHIVE_FOLDERS.length]!;
    return fileSystemDocument({ ...admin, regionId } as RegionPrincipal, { id, title: `基准档案${i}`, folder, year, unitId: i % 3 === 0 ? member.id : null, note: null }, file, ports);
  });

  return {
    year,
    members,
    project: { id: project.id },
    post: { id: post.id },
    pointsMember: { id: pointsMember.id },
    ledgerItem: { id: closed[0].id },
    meeting,
    archiveDocument: { id: archived[0]!.id },
    counts: {
      needs: needs.length, resources: resources.length, projects: 1 + others.length, reports: reports.length, posts: posts.length,
      serviceRecords: size, ledgerItems: raised.length, overdue,
    },
    seconds: (performance.now() - started) / 1000,
  };
}

/** A meeting held an hour ago (noticed eight days before it), every invited unit present and concurring, approved. */
async function seedHeldMeeting(
  ports: Ports,
  admin: Principal,
  invited: Unit[],
  each: <T>(n: number, work: (i: number) => Promise<T>) => Promise<T[]>,
): Promise<{ id: string; invited: number }> {
  const startsAt = new Date(ports.now().getTime() - 3_600_000);
  const created = await createMeeting(admin, {
    title: '党建联席会议（基准）', kind: 'JOINT_MEETING', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
    invitedUnitIds: invited.map((u) => u.id), agenda: [{ title: '通报共建项目进展' }, { title: '审议需求清单' }, { title: '部署年度考核' }],
  }, ports);
  const noticed = await sendMeetingNotice(admin, { meetingId: created.id, version: 1 }, { ...ports, now: () => new Date(startsAt.getTime() - 8 * 86_400_000) });
  await each(invited.length, (i) => recordAttendance(admin, { meetingId: noticed.id, unitId: invited[i]!.id, version: 0, status: 'PRESENT' }, ports));
  for (const item of noticed.agenda) {
    await saveMinutes(admin, { meetingId: noticed.id, agendaItemId: item.id, version: 0, text: `${item.title}：与会单位逐一发言。`, decision: `${item.title}事项按讨论意见执行。` }, ports);
    await recordConsensusForAll(admin, { meetingId: noticed.id, agendaItemId: item.id }, ports);
  }
  const { version } = (await ports.meetings.get(noticed.regionId, noticed.id))!;
  const approved = await approveMinutes(admin, { meetingId: noticed.id, version }, ports);
  const resolutions = await ports.proceedings.resolutionsOf(approved.regionId, approved.id);
  const dueOn = todayInChina(new Date(ports.now().getTime() + 30 * 86_400_000));
  for (const resolution of resolutions) {
    await addActionItem(admin, { resolutionId: resolution.id, title: `落实：${resolution.title}`, responsibleUnitIds: invited.slice(0, 20).map((u) => u.id), dueOn }, ports);
  }
  return { id: approved.id, invited: invited.length };
}
