import type { RegionPrincipal } from '../functions/src/auth/principal';
import {
  claimProject, closeNeed, createNeed, createProjectFromNeed, createResource, rateProject, reportProjectProgress, transitionProject,
} from '../functions/src/domain/lists/service';
import type { Need } from '../functions/src/domain/lists/need';
import type { Resource } from '../functions/src/domain/lists/resource';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';
import { yearInChina } from '../functions/src/domain/validation';

/** The demo communities and units the lists name (local/seed.ts creates them). */
export interface ListsSeedUnits {
  byName: Map<string, Unit>;
}

const needSpecs = [
  { key: 'clinic', community: '幸福里社区党委', title: '高龄独居老人定期健康义诊', category: '养老', urgency: 'PRESSING', source: 'GRID', raisedBy: '幸福里1号网格' },
  { key: 'after-school', community: '春晖社区党委', title: '双职工家庭子女课后四点半托管', category: '托幼', urgency: 'URGENT', source: 'RESIDENTS', raisedBy: '春晖小区居民代表' },
  { key: 'legal', community: '和平社区党总支', title: '邻里纠纷与租房合同法律咨询', category: '法律', urgency: 'NORMAL', source: 'RESIDENTS', raisedBy: '和平社区居民议事会' },
  { key: 'river', community: '滨河社区党支部', title: '滨河步道环境整治与垃圾分类督导', category: '环境', urgency: 'NORMAL', source: 'MEMBER', raisedBy: '在职党员报到小组' },
  { key: 'jobs', community: '东湖村党总支', title: '返乡青年电商技能培训', category: '就业', urgency: 'PRESSING', source: 'GRID', raisedBy: '东湖村二组' },
  { key: 'elevator', community: '幸福里社区党委', title: '老旧小区加装电梯协调', category: '其他', urgency: 'PRESSING', source: 'RESIDENTS', raisedBy: '幸福里3号楼居民' },
  { key: 'culture', community: '和平社区党总支', title: '社区广场舞团队活动场地', category: '文体', urgency: 'NORMAL', source: 'RESIDENTS', raisedBy: '和平社区文体队' },
  { key: 'security', community: '春晖社区党委', title: '夜间巡逻与防诈骗宣传', category: '治安', urgency: 'NORMAL', source: 'GRID', raisedBy: '春晖1号网格' },
  { key: 'disabled', community: '滨河社区党支部', title: '残疾人家庭康复上门服务', category: '助残', urgency: 'URGENT', source: 'RESIDENTS', raisedBy: '滨河社区残协' },
  { key: 'parking', community: '东湖村党总支', title: '村口停车场建设', category: '其他', urgency: 'NORMAL', source: 'RESIDENTS', raisedBy: '东湖村民代表' },
] as const;

const resourceSpecs = [
  { key: 'doctors', unit: '市第三人民医院党委', type: 'HEALTH', title: '党员志愿医生义诊', quantity: 6, quantityUnit: '名', contactName: '医务科 刘主任' },
  { key: 'teachers', unit: '长安实验小学党支部', type: 'EDUCATION', title: '党员教师课后辅导', quantity: 10, quantityUnit: '名', contactName: '德育处 陈老师' },
  { key: 'reading-room', unit: '区图书馆党支部', type: 'VENUE', title: '少儿阅览室（工作日 16:00–18:00）', quantity: 120, quantityUnit: '平方米', contactName: '办公室 孙馆长' },
  { key: 'lawyers', unit: '区人民检察院第二检察部党支部', type: 'TALENT', title: '检察官普法志愿服务', quantity: 4, quantityUnit: '名', contactName: '第二检察部 周检察官' },
  { key: 'funds', unit: '华兴建设集团党委', type: 'FUNDS', title: '社区共建专项资金', quantity: 50_000, quantityUnit: '元', contactName: '党群部 王部长' },
  { key: 'meeting-room', unit: '长安金融大厦楼宇党支部', type: 'VENUE', title: '大厦多功能厅（周末）', quantity: 200, quantityUnit: '平方米', contactName: '物业 吴经理' },
  { key: 'police', unit: '长安派出所党支部', type: 'ADMINISTRATIVE', title: '社区民警防诈骗宣讲', quantity: 12, quantityUnit: '场', contactName: '社区警务室 马警官' },
  { key: 'training', unit: '滨江职业技术学院党委', type: 'EDUCATION', title: '电商直播技能培训课程', quantity: 3, quantityUnit: '期', contactName: '继续教育学院 何老师' },
  { key: 'volunteers', unit: '长安街道社会组织联合党支部', type: 'SOCIAL', title: '社工志愿服务队', quantity: 15, quantityUnit: '人次/月', contactName: '联合党支部 郭书记' },
] as const;

/**
 * This year's three lists as a street has them by late autumn: needs of every community, resources of many
 * units, and projects at each stage — one accepted, one being carried out, one approved and waiting in the
 * 认领大厅 (the demo liaison's unit, paired with 春晖社区, may claim it), one submitted; the rest of the needs still
 * open, one not taken up. Written through the use cases, so the demo obeys every rule.
 */
export async function seedLists(ports: Ports, principal: RegionPrincipal, { byName }: ListsSeedUnits): Promise<void> {
  const year = yearInChina(ports.now());
  const unit = (name: string) => byName.get(name)!.id;
  const needs = new Map<string, Need>();
  for (const spec of needSpecs) {
    const { key, community, ...fields } = spec;
    needs.set(key, await createNeed(principal, { ...fields, year, communityUnitId: unit(community), description: `${spec.raisedBy}反映：${spec.title}。` }, ports));
  }
  const resources = new Map<string, Resource>();
  for (const spec of resourceSpecs) {
    const { key, unit: owner, ...fields } = spec;
    resources.set(key, await createResource(principal, { ...fields, year, unitId: unit(owner), contactPhone: '0571-8765 4321', description: `${owner}提供。` }, ports));
  }
  const project = (title: string, needKey: string, takes: [string, number][], extra: Record<string, unknown> = {}) =>
    createProjectFromNeed(principal, {
      needId: needs.get(needKey)!.id,
      resources: takes.map(([key, quantity]) => ({ resourceId: resources.get(key)!.id, quantity })),
      title,
      description: `${needs.get(needKey)!.title}：对接驻区单位资源，列入${year}年项目清单。`,
      startsOn: `${year}-04-01`,
      targetOn: `${year}-12-31`,
      ...extra,
    }, ports);
  const move = async (id: string, version: number, to: string, note?: string) => (await transitionProject(principal, { id, version, to, note }, ports)).version;

  // Accepted: 法律咨询 (检察官普法).
  const legal = await project('“法律明白人”进社区', 'legal', [['lawyers', 2]], { budget: 3000, targetOn: `${year}-09-30` });
  let v = await move(legal.id, 1, 'APPROVED');
  await claimProject(principal, { projectId: legal.id, unitId: unit('区人民检察院第二检察部党支部'), mode: 'SOLO' }, ports);
  v = await move(legal.id, v, 'IN_PROGRESS');
  await reportProjectProgress(principal, { id: legal.id, note: '已开展普法讲座 4 场，解答咨询 63 人次。' }, ports);
  await move(legal.id, v, 'ACCEPTED', '完成讲座 6 场、咨询 95 人次，居民满意度较高，同意验收。');
  // Residents rate it: two through the public entry (one per phone), one from a paper form the community entered.
  for (const [score, comment, raterKey] of [[5, '检察官讲得很实在，租房合同的问题解决了', '13900000001'], [4, '希望多办几场', '13900000002']] as const) {
    await rateProject(null, { regionId: principal.regionId, projectId: legal.id, score, comment, raterKey }, ports);
  }
  await rateProject(principal, { projectId: legal.id, score: 5, comment: '居民纸质评价表（代录）' }, ports);

  // Being carried out: 健康义诊, claimed jointly, the hospital leading.
  const clinic = await project('高龄老人健康义诊进网格', 'clinic', [['doctors', 4], ['funds', 10_000]], { budget: 10_000, volunteerSlots: 10 });
  v = await move(clinic.id, 1, 'APPROVED');
  await claimProject(principal, { projectId: clinic.id, unitId: unit('市第三人民医院党委'), mode: 'JOINT', lead: true }, ports);
  await claimProject(principal, { projectId: clinic.id, unitId: unit('华兴建设集团党委'), mode: 'JOINT' }, ports);
  v = await move(clinic.id, v, 'IN_PROGRESS');
  await reportProjectProgress(principal, { id: clinic.id, note: '每月第二个周六在幸福里党群服务站义诊，已服务老人 210 人次。' }, ports);

  // Approved, waiting for a responsible unit in the claiming hall.
  const afterSchool = await project('“四点半课堂”课后托管', 'after-school', [['teachers', 6], ['reading-room', 120]], { budget: 8000, volunteerSlots: 8 });
  await move(afterSchool.id, 1, 'APPROVED');

  // Submitted, waiting for the secretariat's approval.
  await project('滨河步道环境整治', 'river', [['volunteers', 5], ['funds', 15_000]], { budget: 15_000, volunteerSlots: 20 });

  // Not taken up.
  const parking = needs.get('parking')!;
  await closeNeed(principal, { id: parking.id, version: parking.version, reason: '涉及土地规划，已转区规划部门研究，不列入本年度项目清单。' }, ports);
}
