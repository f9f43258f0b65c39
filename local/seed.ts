import type { RegionPrincipal } from '../functions/src/auth/principal';
import { createPairing } from '../functions/src/domain/pairings/service';
import type { Ports } from '../functions/src/domain/ports';
import { changeUnitStatus, createUnit, registerUnit } from '../functions/src/domain/units/service';
import type { AllianceRole, HostKind, OrgLevel, Unit } from '../functions/src/domain/units/unit';
import { composeIdNumber } from '../functions/src/domain/members/id-number';
import type { MemberCategory, MemberRole } from '../functions/src/domain/members/member';
import { createMember } from '../functions/src/domain/members/service';
import { seedEngagement } from './seed-engagement';
import { seedLedger } from './seed-ledger';
import { seedAlliance } from './seed-alliance';
import { seedArchive } from './seed-archive';
import { seedMeetings } from './seed-meetings';
import { seedMemberRecords } from './seed-member-records';
import { seedLists } from './seed-lists';
import { publishSeedResolutions, seedPublication } from './seed-publication';

export const DEMO_REGION = { id: 'demo', name: '长安街道', level: 'STREET' as const };

/** The unit the demo liaison account speaks for. */
export const DEMO_LIAISON_UNIT = '长安实验小学党支部';

/** The member the demo member account is (in the liaison's unit). */
export const DEMO_MEMBER_NAME = '张三';

/** Seeding runs the real use cases as the demo region's admin. */
export const SEED_PRINCIPAL: RegionPrincipal = { userId: 'seed', displayName: '演示数据', regionId: DEMO_REGION.id, roles: ['REGION_ADMIN'] };

interface UnitSpec {
  name: string;
  kind: HostKind;
  level: OrgLevel;
  role: AllianceRole;
  /** Members as the unit reported them; the demo roster holds up to ROSTER_CAP of them. */
  members: number;
  full?: number;
  parent?: string;
  grid?: string;
  /** Community it reported to (报到); absent: still invited. */
  reportsTo?: string;
  pairsWith?: string;
  status?: 'SUSPEND' | 'WITHDRAW';
}

const ROOT = '长安街道党工委';
const XFL = '幸福里社区党委';
const HP = '和平社区党总支';
const CH = '春晖社区党委';
const BH = '滨河社区党支部';
const DH = '东湖村党总支';

/** A street alliance as it looks after a first year: communities, grids, and member units of every kind. */
const UNITS: UnitSpec[] = [
  { name: ROOT, kind: 'AGENCY', level: 'COMMITTEE', role: 'COUNCIL_UNIT', members: 156 },
  { name: XFL, kind: 'COMMUNITY', level: 'COMMITTEE', role: 'COMMUNITY_ORGANIZATION', members: 120, parent: ROOT },
  { name: HP, kind: 'COMMUNITY', level: 'GENERAL_BRANCH', role: 'COMMUNITY_ORGANIZATION', members: 68, parent: ROOT },
  { name: CH, kind: 'COMMUNITY', level: 'COMMITTEE', role: 'COMMUNITY_ORGANIZATION', members: 105, parent: ROOT },
  { name: BH, kind: 'COMMUNITY', level: 'BRANCH', role: 'COMMUNITY_ORGANIZATION', members: 42, parent: ROOT },
  { name: DH, kind: 'VILLAGE', level: 'GENERAL_BRANCH', role: 'COMMUNITY_ORGANIZATION', members: 57, parent: ROOT },
  { name: '幸福里社区第一网格党支部', kind: 'COMMUNITY', level: 'GRID_BRANCH', role: 'COMMUNITY_ORGANIZATION', members: 23, parent: XFL, grid: '幸福里1号网格' },
  { name: '幸福里社区第二网格党支部', kind: 'COMMUNITY', level: 'GRID_BRANCH', role: 'COMMUNITY_ORGANIZATION', members: 19, parent: XFL, grid: '幸福里2号网格' },
  { name: '和平社区第一网格党支部', kind: 'COMMUNITY', level: 'GRID_BRANCH', role: 'COMMUNITY_ORGANIZATION', members: 17, parent: HP, grid: '和平1号网格' },
  { name: '春晖社区第一网格党支部', kind: 'COMMUNITY', level: 'GRID_BRANCH', role: 'COMMUNITY_ORGANIZATION', members: 26, parent: CH, grid: '春晖1号网格' },
  { name: '春晖社区锦绣楼宇党小组', kind: 'COMMUNITY', level: 'GROUP', role: 'COMMUNITY_ORGANIZATION', members: 6, parent: '春晖社区第一网格党支部', grid: '春晖1号网格' },
  { name: '市第三人民医院党委', kind: 'HOSPITAL', level: 'COMMITTEE', role: 'COUNCIL_UNIT', members: 182, reportsTo: XFL, pairsWith: XFL },
  { name: '长安街道社区卫生服务中心党支部', kind: 'HOSPITAL', level: 'BRANCH', role: 'MEMBER_UNIT', members: 14, reportsTo: HP, pairsWith: HP },
  { name: '长安实验小学党支部', kind: 'SCHOOL', level: 'BRANCH', role: 'MEMBER_UNIT', members: 28, reportsTo: CH, pairsWith: CH },
  { name: '市第十二中学党总支', kind: 'SCHOOL', level: 'GENERAL_BRANCH', role: 'MEMBER_UNIT', members: 64, reportsTo: BH, pairsWith: BH },
  { name: '滨江职业技术学院党委', kind: 'UNIVERSITY', level: 'COMMITTEE', role: 'COUNCIL_UNIT', members: 320, reportsTo: BH, pairsWith: DH },
  { name: '区税务局长安税务所党支部', kind: 'AGENCY', level: 'BRANCH', role: 'MEMBER_UNIT', members: 15, reportsTo: XFL, pairsWith: XFL },
  { name: '长安派出所党支部', kind: 'AGENCY', level: 'BRANCH', role: 'COUNCIL_UNIT', members: 33, reportsTo: HP, pairsWith: HP },
  { name: '区市场监管局长安所党支部', kind: 'AGENCY', level: 'BRANCH', role: 'MEMBER_UNIT', members: 12, reportsTo: CH },
  { name: '区住房和城乡建设局党总支', kind: 'AGENCY', level: 'GENERAL_BRANCH', role: 'MEMBER_UNIT', members: 55, reportsTo: CH, pairsWith: CH },
  { name: '区人民检察院第二检察部党支部', kind: 'AGENCY', level: 'BRANCH', role: 'MEMBER_UNIT', members: 16 },
  { name: '国网长安供电所党支部', kind: 'ENTERPRISE', level: 'BRANCH', role: 'MEMBER_UNIT', members: 21, reportsTo: DH, pairsWith: DH },
  { name: '华兴建设集团党委', kind: 'ENTERPRISE', level: 'COMMITTEE', role: 'COUNCIL_UNIT', members: 210, reportsTo: XFL, pairsWith: XFL },
  { name: '鑫源科技有限公司党支部', kind: 'ENTERPRISE', level: 'BRANCH', role: 'MEMBER_UNIT', members: 9, reportsTo: HP },
  { name: '长安农商银行支行党支部', kind: 'ENTERPRISE', level: 'BRANCH', role: 'MEMBER_UNIT', members: 18, reportsTo: BH, pairsWith: BH },
  { name: '区图书馆党支部', kind: 'PUBLIC_INSTITUTION', level: 'BRANCH', role: 'MEMBER_UNIT', members: 11, reportsTo: CH, pairsWith: CH },
  { name: '区文化馆党支部', kind: 'PUBLIC_INSTITUTION', level: 'BRANCH', role: 'MEMBER_UNIT', members: 4, full: 2, reportsTo: HP },
  { name: '长安街道社会组织联合党支部', kind: 'NEW_ORGANIZATION', level: 'JOINT_BRANCH', role: 'MEMBER_UNIT', members: 7, full: 2, reportsTo: XFL, pairsWith: XFL },
  { name: '阳光养老服务中心党支部', kind: 'NEW_ORGANIZATION', level: 'BRANCH', role: 'MEMBER_UNIT', members: 5 },
  { name: '长安律师事务所党支部', kind: 'NEW_ORGANIZATION', level: 'BRANCH', role: 'MEMBER_UNIT', members: 6, reportsTo: BH, status: 'SUSPEND' },
  { name: '区总工会长安工作站党支部', kind: 'PEOPLES_ORGANIZATION', level: 'BRANCH', role: 'MEMBER_UNIT', members: 4, reportsTo: HP, pairsWith: HP },
  { name: '区妇联长安工作站党支部', kind: 'PEOPLES_ORGANIZATION', level: 'BRANCH', role: 'MEMBER_UNIT', members: 3 },
  { name: '武警某中队党支部', kind: 'MILITARY', level: 'BRANCH', role: 'MEMBER_UNIT', members: 14, reportsTo: DH, pairsWith: DH },
  { name: '市农业科学研究院党委', kind: 'RESEARCH_INSTITUTE', level: 'COMMITTEE', role: 'COUNCIL_UNIT', members: 88, reportsTo: DH },
  { name: '长安金融大厦楼宇党支部', kind: 'OFFICE_BUILDING', level: 'BRANCH', role: 'MEMBER_UNIT', members: 26, reportsTo: CH, pairsWith: CH },
  { name: '万达广场商圈党支部', kind: 'BUSINESS_DISTRICT', level: 'BRANCH', role: 'MEMBER_UNIT', members: 19, reportsTo: XFL },
  { name: '长安农贸市场党支部', kind: 'BUSINESS_DISTRICT', level: 'BRANCH', role: 'MEMBER_UNIT', members: 8, reportsTo: HP, status: 'WITHDRAW' },
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['建国', '丽华', '志强', '秀英', '海燕', '伟', '敏', '静', '磊', '洋', '晓东', '春梅', '国庆', '红霞', '振华'];
const person = (i: number, title: string) => ({
  name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
  title,
  phone: `139${String(10_000_000 + i * 7_919_123).slice(-8)}`,
});

/** Seeds the demo region through the real use cases, so the demo data obeys every rule. */
export async function seedDemoRegion(ports: Ports, principal: RegionPrincipal): Promise<{ units: number; members: number }> {
  const byName = new Map<string, Unit>();
  for (const [i, spec] of UNITS.entries()) {
    const unit = await createUnit(
      principal,
      {
        name: spec.name,
        shortName: null,
        hostKind: spec.kind,
        level: spec.level,
        allianceRole: spec.role,
        parentId: spec.parent ? byName.get(spec.parent)!.id : null,
        address: `长安街道${['人民路', '建设路', '滨河路', '春晖路', '东湖路'][i % 5]}${10 + i * 3}号`,
        grid: spec.grid ?? null,
        leader: person(i, '书记'),
        representative: person(i + 40, '副书记'),
        liaison: person(i + 80, '党务干事'),
        partTimeCommitteeMember: spec.role === 'COUNCIL_UNIT' ? person(i + 120, '兼职委员') : null,
      },
      ports,
    );
    byName.set(spec.name, unit);
  }
  for (const [i, spec] of UNITS.entries()) {
    let unit = byName.get(spec.name)!;
    const isCommunity = spec.role === 'COMMUNITY_ORGANIZATION';
    if (spec.reportsTo || isCommunity) {
      unit = await registerUnit(
        principal,
        {
          id: unit.id,
          version: unit.version,
          registeredOn: `2026-03-${String(2 + (i % 25)).padStart(2, '0')}`,
          communityId: spec.reportsTo ? byName.get(spec.reportsTo)!.id : null,
          note: isCommunity ? '社区党组织，随联合会成立报到' : '在职党员双报到同步完成',
        },
        ports,
      );
      byName.set(spec.name, unit);
    }
  }
  for (const [i, spec] of UNITS.entries()) {
    if (!spec.pairsWith) continue;
    await createPairing(
      principal,
      {
        unitId: byName.get(spec.name)!.id,
        communityId: byName.get(spec.pairsWith)!.id,
        startsOn: `2026-04-${String(1 + (i % 20)).padStart(2, '0')}`,
        endsOn: '2027-03-31',
        content: '共建党员志愿服务队，每季度开展一次进社区服务；开放会议室、活动场地供社区使用。',
      },
      ports,
    );
  }
  const members = await seedRoster(ports, principal, byName);
  await seedMeetings(ports, principal, {
    byName,
    root: ROOT,
    invited: [XFL, HP, CH, BH, DH, '市第三人民医院党委', '华兴建设集团党委', '滨江职业技术学院党委', DEMO_LIAISON_UNIT],
    liaisonUnit: DEMO_LIAISON_UNIT,
  });
  await seedLists(ports, principal, { byName });
  await seedPublication(ports, principal);
  // Last quarter's resolutions on the public page (决议公开).
  await publishSeedResolutions(ports, principal);
  await seedLedger(ports, principal, { byName });
  await seedEngagement(ports, principal, {
    communities: COMMUNITIES.map((name) => byName.get(name)!),
    memberUnits: UNITS.filter((spec) => spec.role !== 'COMMUNITY_ORGANIZATION' && !spec.status).map((spec) => byName.get(spec.name)!),
  });
  await seedMemberRecords(ports, principal, {
    memberUnits: UNITS.filter((spec) => spec.role !== 'COMMUNITY_ORGANIZATION' && !spec.status).map((spec) => byName.get(spec.name)!),
  });
  await seedAlliance(ports, principal, { byName });
  await seedArchive(ports, principal, { byName, liaisonUnit: DEMO_LIAISON_UNIT });
  for (const spec of UNITS) {
    if (!spec.status) continue;
    const unit = (await ports.units.get(principal.regionId, byName.get(spec.name)!.id))!;
    await changeUnitStatus(principal, { id: unit.id, version: unit.version, action: spec.status, reason: '单位申请' }, ports);
  }
  return { units: UNITS.length, members };
}

/**
 * The demo roster is the part of each unit's members entered so far: all of a small unit's, the first
 * ROSTER_CAP of a large one's (so the level check flags the large units whose roster is not complete yet).
 */
const ROSTER_CAP = 12;
const COMMUNITIES = [XFL, HP, CH, BH, DH];
const GIVEN_NAMES = [
  '建国', '丽华', '志强', '秀英', '海燕', '伟', '敏', '静', '磊', '洋', '晓东', '春梅', '国庆', '红霞', '振华', '桂兰', '子涵', '浩然',
  '雨桐', '俊杰', '文博', '佳怡', '明', '芳', '勇', '艳', '杰', '娟', '涛', '超', '秀兰', '玉梅', '德胜', '淑珍', '思远', '一鸣',
];

/** Who a unit's members are, by the kind of unit: 003 doc 1's categories as they fall in such a unit. */
function categoryOf(spec: UnitSpec, i: number): MemberCategory {
  if (spec.role === 'COMMUNITY_ORGANIZATION') return (['RESIDENT', 'RETIRED', 'RETIRED', 'UNEMPLOYED', 'FLOATING', 'RESIDENT'] as const)[i % 6]!;
  if (spec.kind === 'UNIVERSITY' || spec.kind === 'SCHOOL') return i % 3 === 2 ? 'STUDENT' : 'IN_SERVICE';
  if (spec.kind === 'NEW_ORGANIZATION' || spec.kind === 'BUSINESS_DISTRICT') return i % 4 === 3 ? 'FLOATING' : 'IN_SERVICE';
  return i % 9 === 8 ? 'RETIRED' : 'IN_SERVICE';
}

function rolesOf(spec: UnitSpec, i: number): MemberRole[] {
  if (i === 0) return spec.level === 'COMMITTEE' || spec.level === 'GENERAL_BRANCH' ? ['SECRETARY'] : ['BRANCH_SECRETARY'];
  if (i === 1) return spec.role === 'COUNCIL_UNIT' ? ['LIAISON', 'PART_TIME_COMMITTEE_MEMBER'] : ['LIAISON'];
  if (i === 2 && spec.role === 'COMMUNITY_ORGANIZATION') return ['COMMUNITY_CADRE'];
  return [];
}

async function seedRoster(ports: Ports, principal: RegionPrincipal, byName: Map<string, Unit>): Promise<number> {
  const inputs: Record<string, unknown>[] = [];
  let sequence = 0;
  for (const spec of UNITS) {
    const size = Math.min(spec.members, ROSTER_CAP);
    const probationary = spec.full !== undefined ? spec.members - spec.full : Math.ceil(size / 12);
    for (let i = 0; i < size; i++) {
      sequence += 1;
      const demoMember = spec.name === DEMO_LIAISON_UNIT && i === 3;
      const female = sequence % 2 === 0;
      const year = 1950 + ((sequence * 7) % 52);
      const birthDate = `${year}-${String(1 + (sequence % 12)).padStart(2, '0')}-${String(1 + ((sequence * 3) % 28)).padStart(2, '0')}`;
      const category = categoryOf(spec, i);
      const inService = category === 'IN_SERVICE';
      inputs.push({
        name: demoMember ? DEMO_MEMBER_NAME : `${SURNAMES[(sequence * 3) % SURNAMES.length]}${GIVEN_NAMES[(sequence * 5) % GIVEN_NAMES.length]}`,
        gender: demoMember || !female ? 'MALE' : 'FEMALE',
        birthDate,
        // Sequence digits: odd for men, even for women (GB 11643); a distinct number per member.
        idNumber: composeIdNumber(['110105', '110106', '110108', '110102'][sequence % 4]!, birthDate, (sequence * 2 + (demoMember || !female ? 1 : 0)) % 1000),
        phone: `13${String(500_000_000 + sequence * 7_919).slice(-9)}`,
        status: i >= size - probationary ? 'PROBATIONARY' : 'FULL',
        joinedOn: i >= size - probationary ? '2025-07-01' : `${Math.min(year + 22 + (sequence % 15), 2024)}-07-01`,
        category,
        unitId: byName.get(spec.name)!.id,
        // In-service members report where they live (双报到); the communities' own members live there.
        communityId: spec.role === 'COMMUNITY_ORGANIZATION' ? byName.get(spec.name)!.id : inService ? byName.get(COMMUNITIES[sequence % COMMUNITIES.length]!)!.id : null,
        roles: rolesOf(spec, i),
        note: null,
      });
    }
  }
  // A few at a time: the real use case, each write with its unit's counts and its audit entry.
  const CONCURRENCY = 10;
  for (let start = 0; start < inputs.length; start += CONCURRENCY) {
    await Promise.all(inputs.slice(start, start + CONCURRENCY).map((input) => createMember(principal, input, ports)));
  }
  return inputs.length;
}

