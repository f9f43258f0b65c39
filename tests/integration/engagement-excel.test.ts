/**
 * A unit's members' reports to communities (双报到) as .xlsx through the API, DynamoDB Local and the S3 emulator:
 * reports filed, confirmed, declined and a post taken through the API, then the file downloaded from its link.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { CREATE_MEMBER, CREATE_UNIT, errorOf, memberInput, newRegion, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORT = 'mutation($u: ID!, $s: CommunityReportStatus) { exportCommunityReports(memberUnitId: $u, status: $s) { name contentType size downloadUrl expiresAt } }';

const download = async (url: string) => {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return workbook.worksheets[0]!;
};
const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

async function unit(env: Env, name: string, hostKind = 'SCHOOL') {
  const community = hostKind === 'COMMUNITY';
  const result = await env.gql(CREATE_UNIT, { input: unitInput({ name: `${name}${env.regionId}`, hostKind, allianceRole: community ? 'COMMUNITY_ORGANIZATION' : 'MEMBER_UNIT' }) });
  expect(result.errors).toBeUndefined();
  return result.data.createUnit as { id: string; name: string };
}
async function member(env: Env, unitId: string, name: string) {
  const result = await env.gql(CREATE_MEMBER, { input: memberInput(unitId, { name }) });
  expect(result.errors).toBeUndefined();
  return result.data.createMember as { id: string; name: string };
}
async function report(env: Env, memberId: string, communityUnitId: string, note?: string) {
  const result = await env.gql('mutation($input: ReportToCommunityInput!) { reportToCommunity(input: $input) { id version filedAt } }', {
    input: { memberId, communityUnitId, note },
  });
  expect(result.errors).toBeUndefined();
  return result.data.reportToCommunity as { id: string; version: number; filedAt: string };
}
async function decide(env: Env, id: string, decision: 'CONFIRM' | 'DECLINE', reason?: string) {
  const result = await env.gql('mutation($input: ConfirmCommunityReportInput!) { confirmCommunityReport(input: $input) { id status decidedAt } }', {
    input: { id, version: 1, decision, reason },
  });
  expect(result.errors).toBeUndefined();
  return result.data.confirmCommunityReport as { id: string; status: string; decidedAt: string };
}
/** "2026-03-01 16:00" in China, as the file writes a moment. */
const inChina = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe("a unit's members' reports as .xlsx, through the API, DynamoDB Local and the S3 emulator", () => {
  it('exports the reports newest first with community, status, times, posts held and note; a status narrows it; the liaison exports its own', async () => {
    // Prepare: a school's three members report to two communities; one confirmed holds a post, one declined, one pending.
    const env = await newRegion();
    const [sunshine, peace, school, hospital] = [
      await unit(env, '春晖社区党委', 'COMMUNITY'), await unit(env, '和平社区党总支', 'COMMUNITY'), await unit(env, '长安实验小学党支部'), await unit(env, '市第三人民医院党委', 'HOSPITAL'),
    ];
    const zhang = await member(env, school.id, '张三');
    const li = await member(env, school.id, '李四');
    const wang = await member(env, school.id, '王五');
    const stranger = await member(env, hospital.id, '赵六');
    const first = await report(env, zhang.id, sunshine.id, '周末可参加志愿服务');
    const confirmed = await decide(env, first.id, 'CONFIRM');
    const post = (await env.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
      input: { communityUnitId: sunshine.id, title: '环境卫生监督岗', capacity: 3 },
    })).data.createPost;
    expect((await env.gql('mutation($p: ID!, $m: ID) { claimPost(postId: $p, memberId: $m) { memberId } }', { p: post.id, m: zhang.id })).errors).toBeUndefined();
    const second = await report(env, li.id, peace.id);
    await decide(env, second.id, 'DECLINE', '不在本社区居住');
    const third = await report(env, wang.id, sunshine.id, '擅长文艺宣传');
    await report(env, stranger.id, sunshine.id);
    const region = (await env.ports.regions.get(env.regionId))!.name;

    // Act
    const exported = await env.gql(EXPORT, { u: school.id });

    // Assess: the file's link, and in it the school's three reports, newest first.
    expect(exported.errors).toBeUndefined();
    const file = exported.data.exportCommunityReports;
    expect(file).toMatchObject({ name: expect.stringMatching(new RegExp(`^${school.name}党员报到情况-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`)), contentType: XLSX });
    const sheet = await download(file.downloadUrl);
    expect(sheet.getCell('A1').value).toBe(`${region}${school.name}党员到社区报到情况`);
    expect(sheet.getCell('A2').value).toMatch(/^截至 \d{4}年\d{1,2}月\d{1,2}日$/);
    expect(rowValues(sheet, 3)).toEqual(['序号', '姓名', '所在单位', '报到社区', '状态', '报到时间', '确认时间', '认领岗位数', '报到说明']);
    expect([4, 5, 6].map((row) => rowValues(sheet, row))).toEqual([
      [1, '王五', school.name, sunshine.name, '待确认', inChina(third.filedAt), '', 0, '擅长文艺宣传'],
      [2, '李四', school.name, peace.name, '未通过', inChina(second.filedAt), '', 0, ''],
      [3, '张三', school.name, sunshine.name, '已报到', inChina(first.filedAt), inChina(confirmed.decidedAt), 1, '周末可参加志愿服务'],
    ]);
    expect(sheet.rowCount).toBe(6);
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain('赵六');

    // A status narrows it; the school's liaison exports its own unit, not another.
    const liaison: Principal = { userId: 'l-1', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId: school.id };
    const own = await env.gql(EXPORT, { u: school.id, s: 'CONFIRMED' }, liaison);
    expect(own.errors).toBeUndefined();
    const confirmedOnly = await download(own.data.exportCommunityReports.downloadUrl);
    expect(confirmedOnly.getCell('A1').value).toBe(`${region}${school.name}党员到社区报到情况（已报到）`);
    expect(rowValues(confirmedOnly, 4).slice(1, 5)).toEqual(['张三', school.name, sunshine.name, '已报到']);
    expect(confirmedOnly.rowCount).toBe(4);
    expect(errorOf(await env.gql(EXPORT, { u: hospital.id }, liaison))).toMatchObject({ code: 'FORBIDDEN' });
  }, 60_000);

  it('refuses a status that is not one and a unit that does not exist', async () => {
    const env = await newRegion();
    expect(errorOf(await env.gql(EXPORT, { u: 'no-such-unit' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberUnitId' });
    const bad = await env.gql('mutation { exportCommunityReports(memberUnitId: "x", status: LOST) { name } }');
    expect(bad.errors?.[0]?.message).toMatch(/LOST/);
    expect(bad.data ?? null).toBeNull();
  });
});
