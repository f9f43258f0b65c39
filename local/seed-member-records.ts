import type { RegionPrincipal } from '../functions/src/auth/principal';
import type { EvaluationGradeValue } from '../functions/src/domain/engagement/evaluation';
import {
  adjustMemberPoints, confirmServiceHours, logServiceHours, logTraining, setEngagementRules, setEvaluationGrade,
} from '../functions/src/domain/engagement/records-service';
import { memberFilterInput } from '../functions/src/domain/members/rules';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';
import { parseInput, todayInChina } from '../functions/src/domain/validation';

const SERVICES = [
  { description: '楼道卫生清扫、小广告清理', place: '小区3号楼', hours: 2 },
  { description: '垃圾分类桶边督导', place: '小区分类投放点', hours: 1.5 },
  { description: '协助社区组织重阳节敬老活动', place: '社区党群服务中心', hours: 4 },
  { description: '路灯、健身器材巡查报修', place: '小区中心花园', hours: 1 },
] as const;

const TRAININGS = [
  { topic: '学习贯彻党的二十届四中全会精神专题学习', provider: '街道党工委', hours: 8 },
  { topic: '党员冬训集中学习', provider: '区委组织部', hours: 6 },
  { topic: '“三会一课”主题党课', provider: '本单位党组织', hours: 4 },
] as const;

const GRADES: EvaluationGradeValue[] = ['EXCELLENT', 'QUALIFIED', 'QUALIFIED', 'QUALIFIED', 'EXCELLENT', 'BASICALLY_QUALIFIED'];

/**
 * The year's figures as a street has them in late autumn, written through the use cases: the region's points rules
 * (with the rule that in-service members must have reported to be graded above 基本合格), volunteer services in the
 * communities — most confirmed, some in a community's inbox, one declined — trainings (so some members fall short of
 * their minimum), one deduction, and the first unit's evaluation grades half filled in.
 */
export async function seedMemberRecords(ports: Ports, principal: RegionPrincipal, units: { memberUnits: Unit[] }): Promise<void> {
  const today = todayInChina(ports.now());
  const year = Number(today.slice(0, 4));
  const dayOf = (i: number) => {
    const date = `${year}-${String(3 + (i % 8)).padStart(2, '0')}-${String(5 + ((i * 3) % 20)).padStart(2, '0')}`;
    return date > today ? today : date;
  };
  await setEngagementRules(principal, { year, version: 0, pointsPerServiceHour: 1, pointsPerTrainingHour: 0.5, capGradeWithoutReport: true }, ports);

  let n = 0;
  for (const unit of units.memberUnits) {
    const reports = await ports.communityReports.list(principal.regionId, { memberUnitId: unit.id, status: 'CONFIRMED' }, { size: 10 });
    for (const { node: report } of reports.edges) {
      for (let k = 0; k < 2; k++) {
        n += 1;
        const spec = SERVICES[n % SERVICES.length]!;
        const record = await logServiceHours(principal, { memberId: report.memberId, communityUnitId: report.communityUnitId, servedOn: dayOf(n), ...spec }, ports);
        if (n % 5 === 0) continue; // still waiting for the community (待确认)
        await confirmServiceHours(
          principal,
          n % 13 === 0 ? { id: record.id, version: 1, decision: 'DECLINE', reason: '当日活动签到表中无此人，请核实' } : { id: record.id, version: 1 },
          ports,
        );
      }
    }
  }

  for (const [u, unit] of units.memberUnits.entries()) {
    const members = await ports.members.list(principal.regionId, parseInput(memberFilterInput, { unitId: unit.id }), { size: 12 });
    for (const [i, { node: member }] of members.edges.entries()) {
      // Some members have all their hours, some fall short (the 学习培训 page's 未达标 list).
      const count = (i + u) % 4;
      for (let k = 0; k < count; k++) await logTraining(principal, { memberId: member.id, trainedOn: dayOf(i + k), ...TRAININGS[k % TRAININGS.length]! }, ports);
    }
    if (u === 0) {
      for (const [i, { node: member }] of members.edges.entries()) {
        if (i >= members.edges.length / 2) break;
        const grade = GRADES[i % GRADES.length]!;
        try {
          await setEvaluationGrade(principal, { memberId: member.id, year, grade, comment: grade === 'EXCELLENT' ? '带头参加社区志愿服务' : null }, ports);
        } catch {
          // An in-service member who has not reported is capped (the region's rule): the unit grades it 基本合格.
          await setEvaluationGrade(principal, { memberId: member.id, year, grade: 'BASICALLY_QUALIFIED', comment: '未到社区报到' }, ports);
        }
      }
      const first = members.edges[0]?.node;
      if (first) await adjustMemberPoints(principal, { memberId: first.id, year, points: -2, reason: '无故缺席支部组织生活一次' }, ports);
    }
  }
}
