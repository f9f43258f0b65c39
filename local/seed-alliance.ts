import type { RegionPrincipal } from '../functions/src/auth/principal';
import { setCouncilTerm, setOfficer } from '../functions/src/domain/alliance/service';
import { createSubBody } from '../functions/src/domain/alliance/sub-bodies-service';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';

/** Officers in the order appointed: the first 会长 is replaced by the second (历任). */
const OFFICERS = [
  { post: 'PRESIDENT', personName: '王建军', personTitle: '街道党工委书记（原）', unit: '长安街道党工委', termStart: '2021-03-01' },
  { post: 'PRESIDENT', personName: '李明华', personTitle: '街道党工委书记', unit: '长安街道党工委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'EXECUTIVE_VICE_PRESIDENT', personName: '陈国栋', personTitle: '街道办事处主任', unit: '长安街道党工委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'VICE_PRESIDENT', personName: '赵志刚', personTitle: '集团党委书记', unit: '华兴建设集团党委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'VICE_PRESIDENT', personName: '孙丽萍', personTitle: '医院党委书记', unit: '市第三人民医院党委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'ROTATING_VICE_PRESIDENT', personName: '周文博', personTitle: '学院党委副书记', unit: '滨江职业技术学院党委', termStart: '2026-01-01' },
  { post: 'SECRETARY_GENERAL', personName: '刘海燕', personTitle: '街道党工委组织委员', unit: '长安街道党工委', termStart: '2024-03-01', termEnd: '2029-02-28' },
] as const;

/** One body of each kind (002 art.15–18). */
const SUB_BODIES = [
  {
    kind: 'EXPERT_COMMITTEE', name: '党建专家咨询委员会', convener: '长安街道党工委', units: ['长安街道党工委', '滨江职业技术学院党委', '市农业科学研究院党委'],
    people: [{ name: '吴立新', title: '滨江职业技术学院马克思主义学院教授', unit: '滨江职业技术学院党委' }, { name: '郑秀兰', title: '退休老党员、原街道党工委副书记', unit: null }],
  },
  {
    kind: 'RESEARCH_COMMITTEE', name: '民生建设专业研究委员会', convener: '区住房和城乡建设局党总支',
    units: ['区住房和城乡建设局党总支', '市第三人民医院党委', '阳光养老服务中心党支部', '春晖社区党委'],
    people: [{ name: '黄建平', title: '主任（牵头单位）', unit: '区住房和城乡建设局党总支' }, { name: '孙丽萍', title: '主任（会员单位推荐）', unit: '市第三人民医院党委' }],
  },
  {
    kind: 'STREET_BRANCH', name: '幸福里片区分会', convener: '幸福里社区党委',
    units: ['幸福里社区党委', '华兴建设集团党委', '区税务局长安税务所党支部', '长安街道社会组织联合党支部'],
    people: [{ name: '马春梅', title: '分会会长、社区党委书记', unit: '幸福里社区党委' }, { name: '赵志刚', title: '分会轮值会长', unit: '华兴建设集团党委' }],
  },
] as const;

/** The alliance's organisation of the demo region (联盟组织), written through the use cases. */
export async function seedAlliance(ports: Ports, principal: RegionPrincipal, { byName }: { byName: Map<string, Unit> }): Promise<void> {
  const unit = (name: string) => byName.get(name)!.id;
  for (const { unit: unitName, ...officer } of OFFICERS) await setOfficer(principal, { ...officer, unitId: unit(unitName) }, ports);
  await setCouncilTerm(principal, { start: '2024-03-01', end: '2029-02-28', version: 0 }, ports);
  for (const body of SUB_BODIES) {
    await createSubBody(
      principal,
      {
        kind: body.kind, name: body.name, convenerUnitId: unit(body.convener), unitIds: body.units.map(unit),
        people: body.people.map((p) => ({ name: p.name, title: p.title, unitId: p.unit ? unit(p.unit) : null })),
      },
      ports,
    );
  }
}
