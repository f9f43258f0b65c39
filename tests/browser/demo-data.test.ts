import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { signInWithPassword } from '../../local/cognito-client';

const baseUrl = inject('baseUrl');

/** The seeded stack the browser tests run against, as a partner or mobile client sees it (no page). */
async function query(username: string, body: string, totpSecret?: string) {
  const { accessToken } = await signInWithPassword(baseUrl, { username, password: DEMO_PASSWORD, totpSecret });
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query: body }),
  });
  return (await response.json()) as { data: any; errors?: unknown[] };
}

describe('the demo region', () => {
  it("binds the demo member account to its record: a member's token reads its own profile", async () => {
    const result = await query('member', '{ viewer { member { name idNumber phone unit { name } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.viewer.member).toMatchObject({ name: '张三', unit: { name: '长安实验小学党支部' } });
    expect(result.data.viewer.member.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('has a roster of several hundred members of every category, counted in their units', async () => {
    const categories = ['IN_SERVICE', 'RETIRED', 'RESIDENT', 'UNEMPLOYED', 'FLOATING', 'STUDENT'];
    const body = `{ ${categories.map((c) => `${c}: members(first: 1, filter: { category: ${c} }) { edges { node { id } } }`).join(' ')}
      units(first: 100) { edges { node { memberCount } } } }`;
    const result = await query('admin', body, DEMO_TOTP_SECRET);
    expect(result.errors).toBeUndefined();
    for (const category of categories) expect(result.data[category].edges, category).toHaveLength(1);
    const total = result.data.units.edges.reduce((sum: number, e: any) => sum + e.node.memberCount, 0);
    expect(total).toBeGreaterThanOrEqual(300);
  });

  it('has meetings around today, and a cadence that shows the kinds kept and the kinds overdue', async () => {
    const result = await query('admin', '{ meetings(first: 100) { edges { node { title status } } } meetingCadence { kind lastHeldOn overdue } }', DEMO_TOTP_SECRET);
    expect(result.errors).toBeUndefined();
    // Other browser tests add meetings to the same region: the seeded ones are found by title.
    const statusOf = Object.fromEntries(result.data.meetings.edges.map((e: any) => [e.node.title, e.node.status]));
    expect(statusOf).toMatchObject({
      第三季度党建联席会议: 'NOTICED', '区域党委会（十月）': 'NOTICED', 第四季度党建联席会议: 'NOTICED', 老旧小区加装电梯专题会议: 'DRAFT',
    });
    const cadence = Object.fromEntries(result.data.meetingCadence.map((c: any) => [c.kind, c]));
    expect(cadence.JOINT_MEETING).toMatchObject({ overdue: false });
    expect(cadence.REGIONAL_COMMITTEE).toMatchObject({ overdue: true });
    expect(cadence.REGIONAL_COMMITTEE.lastHeldOn).not.toBeNull();
  });
});
