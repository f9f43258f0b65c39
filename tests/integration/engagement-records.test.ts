import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { CREATE_MEMBER, CREATE_UNIT, errorOf, memberInput, newRegion, unitInput } from './harness';

/**
 * Member engagement step 2 end to end through GraphQL on DynamoDB Local: a confirmed service's hours and points, a
 * confirmation racing itself, a recompute walking more members than one step holds, the evaluation grid's feedback.
 */
type Env = Awaited<ReturnType<typeof newRegion>>;
const YEAR = 2026;

const LOG = 'mutation($input: LogServiceHoursInput!) { logServiceHours(input: $input) { id version status } }';
const CONFIRM = 'mutation($input: ConfirmServiceHoursInput!) { confirmServiceHours(input: $input) { status version } }';
const POINTS = `query($m: ID!) { memberPoints(memberId: $m, year: ${YEAR}) { points stars serviceHours volunteerStars trainingHours
  entries(first: 10) { edges { node { kind points basis } } } } }`;
const RECOMPUTE = `mutation($after: String) { recomputePoints(year: ${YEAR}, after: $after) { processed corrected done after rulesVersion } }`;

async function setup() {
  const env = await newRegion();
  const make = async (overrides: Record<string, unknown> = {}) => {
    const result = await env.gql(CREATE_UNIT, { input: unitInput(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data.createUnit.id as string;
  };
  const community = await make({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
  const school = await make({ hostKind: 'SCHOOL' });
  const member = async (overrides: Record<string, unknown> = {}) => {
    const result = await env.gql(CREATE_MEMBER, { input: memberInput(school, overrides) });
    expect(result.errors).toBeUndefined();
    return result.data.createMember.id as string;
  };
  const confirmedService = async (memberId: string, hours: number) => {
    const logged = await env.gql(LOG, { input: { memberId, communityUnitId: community, servedOn: `${YEAR}-05-01`, hours, description: '楼道清扫' } });
    expect(logged.errors).toBeUndefined();
    const confirmed = await env.gql(CONFIRM, { input: { id: logged.data.logServiceHours.id, version: 1 } });
    expect(confirmed.errors).toBeUndefined();
  };
  return { env, community, school, member, confirmedService };
}

const asMember = (env: Env, memberId: string): Principal => ({ userId: memberId, displayName: '党员', regionId: env.regionId, roles: ['MEMBER'], memberId });

describe('service hours and points on DynamoDB Local', () => {
  it('a member logs, the community confirms, the member reads its own hours and points; 10 confirmations at once count once', async () => {
    const { env, community, member } = await setup();
    const me = await member();
    const logged = await env.gql(LOG, { input: { communityUnitId: community, servedOn: `${YEAR}-05-01`, hours: 3.5, description: '垃圾分类督导' } }, asMember(env, me));
    expect(logged.errors).toBeUndefined();
    const { id } = logged.data.logServiceHours;
    const results = await Promise.all(Array.from({ length: 10 }, () => env.gql(CONFIRM, { input: { id, version: 1 } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => errorOf(r).code === 'CONFLICT')).toBe(true);

    const own = await env.gql(`{ viewer { memberPoints(year: ${YEAR}) { points serviceHours } } }`, undefined, asMember(env, me));
    expect(own.data.viewer.memberPoints).toEqual({ points: 3.5, serviceHours: 3.5 });
    const read = await env.gql(POINTS, { m: me });
    expect(read.data.memberPoints.entries.edges.map((e: { node: unknown }) => e.node)).toEqual([{ kind: 'SERVICE', points: 3.5, basis: 3.5 }]);
    // Another member's token does not read it.
    const other = await member();
    expect(errorOf(await env.gql(POINTS, { m: me }, asMember(env, other))).code).toBe('FORBIDDEN');
  });

  it('a recompute after a rule change walks every member in steps, moves each once, and a second run changes nothing', async () => {
    const { env, member, confirmedService } = await setup();
    const members: string[] = [];
    for (let i = 0; i < 27; i++) members.push(await member());
    await Promise.all(members.map((m, i) => confirmedService(m, 1 + (i % 3))));
    const rules = await env.gql('mutation($input: SetEngagementRulesInput!) { setEngagementRules(input: $input) { version } }', {
      input: { year: YEAR, version: 0, pointsPerServiceHour: 2.5 },
    });
    expect(rules.errors).toBeUndefined();

    const run = async () => {
      const steps: { processed: number; corrected: number; done: boolean }[] = [];
      let after: string | null = null;
      do {
        const step = await env.gql(RECOMPUTE, { after });
        expect(step.errors).toBeUndefined();
        steps.push(step.data.recomputePoints);
        after = step.data.recomputePoints.done ? null : step.data.recomputePoints.after;
      } while (after);
      return steps;
    };
    const first = await run();
    expect(first.length).toBeGreaterThan(1);
    expect(first.reduce((sum, s) => sum + s.processed, 0)).toBe(27);
    expect(first.reduce((sum, s) => sum + s.corrected, 0)).toBe(27);
    const second = await run();
    expect(second.reduce((sum, s) => sum + s.corrected, 0)).toBe(0);
    for (const [i, m] of members.entries()) {
      const read = await env.gql(POINTS, { m });
      expect(read.data.memberPoints.points).toBe((1 + (i % 3)) * 2.5);
    }
  });
});

describe('evaluation on DynamoDB Local', () => {
  it('the grid shows each member with its grade and community feedback; grades move the unit figures', async () => {
    const { env, community, school, member, confirmedService } = await setup();
    const reported = await member({ name: '张报到', category: 'IN_SERVICE' });
    const silent = await member({ name: '李未报', category: 'IN_SERVICE' });
    const report = await env.gql('mutation($input: ReportToCommunityInput!) { reportToCommunity(input: $input) { id } }', { input: { memberId: reported, communityUnitId: community } });
    await env.gql('mutation($input: ConfirmCommunityReportInput!) { confirmCommunityReport(input: $input) { id } }', { input: { id: report.data.reportToCommunity.id, version: 1 } });
    await confirmedService(reported, 4);
    await env.gql('mutation($input: SetEngagementRulesInput!) { setEngagementRules(input: $input) { version } }', { input: { year: YEAR, version: 0, capGradeWithoutReport: true } });

    const grade = (memberId: string, value: string, version = 0) =>
      env.gql('mutation($input: SetEvaluationGradeInput!) { setEvaluationGrade(input: $input) { version grade } }', { input: { memberId, year: YEAR, grade: value, version } });
    expect((await grade(reported, 'EXCELLENT')).data.setEvaluationGrade).toEqual({ version: 1, grade: 'EXCELLENT' });
    expect(errorOf(await grade(silent, 'QUALIFIED'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grade' });
    expect((await grade(silent, 'BASICALLY_QUALIFIED')).errors).toBeUndefined();

    const grid = await env.gql(`query($u: ID!) { evaluationGrid(unitId: $u, year: ${YEAR}) { edges { node {
      member { name } grade { grade } maxGrade capReason serviceHours postsHeld communityReport { communityUnitId } } } } }`, { u: school });
    const rows = Object.fromEntries(grid.data.evaluationGrid.edges.map((e: { node: { member: { name: string } } }) => [e.node.member.name, e.node]));
    expect(rows['张报到']).toMatchObject({ grade: { grade: 'EXCELLENT' }, maxGrade: 'EXCELLENT', capReason: null, serviceHours: 4, communityReport: { communityUnitId: community } });
    expect(rows['李未报']).toMatchObject({ grade: { grade: 'BASICALLY_QUALIFIED' }, maxGrade: 'BASICALLY_QUALIFIED', capReason: expect.stringContaining('未到社区报到') });
    const figures = await env.gql(`query($u: ID!) { unitEvaluation(unitId: $u, year: ${YEAR}) { graded excellentShare members } }`, { u: school });
    expect(figures.data.unitEvaluation).toEqual({ graded: 2, excellentShare: 0.5, members: 2 });
  });
});
