import type { RegionPrincipal } from '../functions/src/auth/principal';
import { claimPost, confirmCommunityReport, createPost, reportToCommunity } from '../functions/src/domain/engagement/service';
import type { CommunityReport } from '../functions/src/domain/engagement/report';
import type { Member } from '../functions/src/domain/members/member';
import { memberFilterInput } from '../functions/src/domain/members/rules';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';
import { parseInput } from '../functions/src/domain/validation';

/** The posts each community sets (设岗定责, 003 doc 1), with how many members each takes. */
const POSTS = [
  { title: '环境卫生监督岗', duties: '每周巡查楼道、垃圾分类投放点，发现问题报网格员', capacity: 4 },
  { title: '公共设施维护岗', duties: '巡查路灯、健身器材、消防通道，登记报修', capacity: 3 },
  { title: '文化活动组织岗', duties: '协助组织广场文艺、读书会等社区文化活动', capacity: 5 },
  { title: '绿化养护岗', duties: '认养小区绿地，参与春秋两季补植', capacity: 2 },
] as const;

/** A post each community has filled with members living there (no report needed): the demo of a full post (已满). */
const FULL_POST = { title: '楼栋党员先锋岗', duties: '联系本楼栋住户，收集诉求，协助网格员开展入户走访', capacity: 2 } as const;

/**
 * 双报到 as a street has it by late autumn: the in-service members of the member units reported to the
 * communities they live in — most confirmed, some still in a community's inbox, one declined — and each
 * community's posts, partly taken by the members who reported there, and one post filled by its own residents.
 * Written through the use cases.
 */
export async function seedEngagement(ports: Ports, principal: RegionPrincipal, units: { communities: Unit[]; memberUnits: Unit[] }): Promise<void> {
  const reports: CommunityReport[] = [];
  let n = 0;
  for (const unit of units.memberUnits) {
    const page = await ports.members.list(principal.regionId, parseInput(memberFilterInput, { unitId: unit.id, category: 'IN_SERVICE' }), { size: 3 });
    for (const member of page.edges.map((e) => e.node).filter((m: Member) => m.communityId && m.communityId !== unit.id)) {
      n += 1;
      const report = await reportToCommunity(principal, { memberId: member.id, communityUnitId: member.communityId, note: n % 2 ? '周末可参加志愿服务' : '擅长文艺宣传' }, ports);
      if (n % 4 === 0) continue; // still in the community's inbox (待确认)
      const decided = await confirmCommunityReport(
        principal,
        n % 11 === 0 ? { id: report.id, version: 1, decision: 'DECLINE', reason: '经核实不在本社区居住，请向实际居住社区报到' } : { id: report.id, version: 1 },
        ports,
      );
      if (decided.status === 'CONFIRMED') reports.push(decided);
    }
  }
  for (const community of units.communities) {
    const posts = [];
    for (const spec of POSTS) posts.push(await createPost(principal, { communityUnitId: community.id, ...spec }, ports));
    const here = reports.filter((r) => r.communityUnitId === community.id);
    for (const [i, report] of here.entries()) {
      const post = posts[i % posts.length]!;
      const taken = (await ports.posts.get(principal.regionId, post.id))!;
      if (taken.holderCount < taken.capacity) await claimPost(principal, { postId: post.id, memberId: report.memberId }, ports);
    }
    const full = await createPost(principal, { communityUnitId: community.id, ...FULL_POST }, ports);
    const residents = await ports.members.list(principal.regionId, parseInput(memberFilterInput, { communityId: community.id }), { size: FULL_POST.capacity });
    for (const resident of residents.edges.map((e) => e.node)) await claimPost(principal, { postId: full.id, memberId: resident.id }, ports);
  }
}
