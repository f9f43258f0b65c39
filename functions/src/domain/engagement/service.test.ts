import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import type { Member } from '../members/member';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import {
  claimPost, closePost, confirmCommunityReport, createPost, endCommunityReport, leavePost, listCommunityReports, listPosts, postHolders,
  reportToCommunity, updatePost,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let community: Unit;
let otherCommunity: Unit;
let school: Unit;
let member: Member;

const asMember = (m: Member): RegionPrincipal => ({ userId: m.id, displayName: m.name, regionId, roles: ['MEMBER'], memberId: m.id });

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  community = await givenUnit(ports, admin, { ...COMMUNITY, name: '春晖社区党委' });
  otherCommunity = await givenUnit(ports, admin, { ...COMMUNITY, name: '和平社区党总支' });
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', hostKind: 'SCHOOL' });
  member = await givenMember(ports, admin, school.id, { name: '张三' });
});

describe('dual registration (双报到)', () => {
  it('a member reports itself; the community confirms; one active report per community; the unit sees where its members reported', async () => {
    const report = await reportToCommunity(asMember(member), { communityUnitId: community.id, note: '周末可参加志愿服务' }, ports);
    expect(report).toMatchObject({ status: 'PENDING', memberUnitId: school.id, communityUnitId: community.id, filedBy: '张三' });
    await expect(attempt(() => reportToCommunity(asMember(member), { communityUnitId: community.id }, ports))).rejects.toMatchObject({ field: 'communityUnitId', message: expect.stringContaining('不能重复报到') });
    await expect(attempt(() => reportToCommunity(asMember(member), { communityUnitId: school.id }, ports))).rejects.toMatchObject({ field: 'communityUnitId' });
    // The school cannot confirm; the community can.
    await expect(attempt(() => confirmCommunityReport(unitLiaison(regionId, school.id), { id: report.id, version: 1 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const confirmed = await confirmCommunityReport(unitLiaison(regionId, community.id), { id: report.id, version: 1 }, ports);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', version: 2 });
    await expect(attempt(() => confirmCommunityReport(admin, { id: report.id, version: 2 }, ports))).rejects.toMatchObject({ field: 'id' });

    const inbox = await listCommunityReports(unitLiaison(regionId, community.id), { filter: { communityUnitId: community.id } }, ports);
    expect(inbox.edges.map((e) => e.node.memberName)).toEqual(['张三']);
    await expect(attempt(() => listCommunityReports(unitLiaison(regionId, otherCommunity.id), { filter: { communityUnitId: community.id } }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const unitView = await listCommunityReports(unitLiaison(regionId, school.id), { filter: { memberUnitId: school.id } }, ports);
    expect(unitView.edges.map((e) => [e.node.memberName, e.node.status])).toEqual([['张三', 'CONFIRMED']]);
    expect(ports.memory.auditEntries().map((e) => e.operation)).toEqual(expect.arrayContaining(['reportToCommunity', 'confirmCommunityReport']));
  });

  it('declining needs a reason and frees the member to report again; the liaison files for its own members only', async () => {
    await expect(attempt(() => reportToCommunity(unitLiaison(regionId, community.id), { memberId: member.id, communityUnitId: community.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const report = await reportToCommunity(unitLiaison(regionId, school.id), { memberId: member.id, communityUnitId: community.id }, ports);
    await expect(attempt(() => confirmCommunityReport(admin, { id: report.id, version: 1, decision: 'DECLINE' }, ports))).rejects.toMatchObject({ field: 'reason' });
    const declined = await confirmCommunityReport(admin, { id: report.id, version: 1, decision: 'DECLINE', reason: '不在本社区居住' }, ports);
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: '不在本社区居住' });
    expect((await reportToCommunity(asMember(member), { communityUnitId: community.id }, ports)).status).toBe('PENDING');
  });
});

describe('posts (设岗定责 / 认岗)', () => {
  async function confirmedMember(m: Member) {
    const report = await reportToCommunity(asMember(m), { communityUnitId: community.id }, ports);
    return confirmCommunityReport(admin, { id: report.id, version: 1 }, ports);
  }

  it('a community defines a post; reported and resident members take it up to its capacity; a full post says so', async () => {
    const post = await createPost(unitLiaison(regionId, community.id), { communityUnitId: community.id, title: '环境卫生监督岗', duties: '每周巡查楼道卫生', capacity: 2 }, ports);
    await expect(attempt(() => createPost(unitLiaison(regionId, school.id), { communityUnitId: community.id, title: 'x', capacity: 1 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Not reported yet: refused with what to do.
    await expect(attempt(() => claimPost(asMember(member), { postId: post.id }, ports))).rejects.toMatchObject({ field: 'postId', message: expect.stringContaining('报到') });
    const report = await confirmedMember(member);
    const holder = await claimPost(asMember(member), { postId: post.id }, ports);
    expect(holder).toMatchObject({ memberName: '张三', reportId: report.id });
    expect((await ports.communityReports.get(regionId, report.id))!.postsHeld).toBe(1);
    await expect(attempt(() => claimPost(asMember(member), { postId: post.id }, ports))).rejects.toMatchObject({ message: expect.stringContaining('已认领') });
    const resident = await givenMember(ports, admin, school.id, { name: '李四', communityId: community.id });
    await claimPost(unitLiaison(regionId, community.id), { postId: post.id, memberId: resident.id }, ports);
    const third = await givenMember(ports, admin, school.id, { name: '王五', communityId: community.id });
    await expect(attempt(() => claimPost(asMember(third), { postId: post.id }, ports))).rejects.toMatchObject({ field: 'postId', message: '岗位“环境卫生监督岗”已满（2 人）' });
    expect((await postHolders(unitLiaison(regionId, community.id), (await ports.posts.get(regionId, post.id))!, ports)).map((h) => h.memberName).sort()).toEqual(['张三', '李四']);
    expect(await postHolders(asMember(third), (await ports.posts.get(regionId, post.id))!, ports)).toEqual([]);

    await expect(attempt(() => updatePost(admin, { id: post.id, version: 1, capacity: 1 }, ports))).rejects.toMatchObject({ field: 'capacity' });
    const left = await leavePost(asMember(member), { postId: post.id }, ports);
    expect(left.holderCount).toBe(1);
    expect((await ports.communityReports.get(regionId, report.id))!.postsHeld).toBe(0);
    await claimPost(asMember(third), { postId: post.id }, ports);
    expect((await listPosts(asMember(third), { communityUnitId: community.id }, ports)).edges.map((e) => [e.node.title, e.node.holderCount])).toEqual([['环境卫生监督岗', 2]]);
  });

  it('ending a report leaves its posts; closing a post lets its holders go', async () => {
    const post = await createPost(admin, { communityUnitId: community.id, title: '绿化养护岗', capacity: 5 }, ports);
    const report = await confirmedMember(member);
    await claimPost(asMember(member), { postId: post.id }, ports);
    const ended = await endCommunityReport(asMember(member), { id: report.id, version: 2, reason: '搬离本社区' }, ports);
    expect(ended).toMatchObject({ status: 'ENDED', endReason: '搬离本社区' });
    expect((await ports.posts.get(regionId, post.id))!.holderCount).toBe(0);
    const resident = await givenMember(ports, admin, school.id, { name: '李四', communityId: community.id });
    await claimPost(asMember(resident), { postId: post.id }, ports);
    const closed = await closePost(admin, { id: post.id, version: 1 }, ports);
    expect(closed).toMatchObject({ status: 'CLOSED', holderCount: 0 });
    expect(await ports.posts.heldBy(regionId, resident.id)).toEqual([]);
    await expect(attempt(() => claimPost(asMember(resident), { postId: post.id }, ports))).rejects.toMatchObject({ message: '岗位已关闭' });
  });
});
