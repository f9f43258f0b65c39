import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { signInWithPassword } from '../../local/cognito-client';
import { stackUrl } from './browser';

const baseUrl = stackUrl();

/** The seeded stack the browser tests run against, as a partner or mobile client sees it (no page). */
async function query(username: string, body: string, totpSecret?: string, variables?: Record<string, unknown>) {
  const { accessToken } = await signInWithPassword(baseUrl, { username, password: DEMO_PASSWORD, totpSecret });
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query: body, variables }),
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
      第三季度党建联席会议: 'MINUTES_APPROVED', '区域党委会（十月）': 'MINUTES_DRAFTED', 第四季度党建联席会议: 'NOTICED', 老旧小区加装电梯专题会议: 'DRAFT',
    });
    const cadence = Object.fromEntries(result.data.meetingCadence.map((c: any) => [c.kind, c]));
    expect(cadence.JOINT_MEETING).toMatchObject({ overdue: false });
    expect(cadence.REGIONAL_COMMITTEE).toMatchObject({ overdue: true });
    expect(cadence.REGIONAL_COMMITTEE.lastHeldOn).not.toBeNull();
  });

  it("has last quarter's meeting minuted: attendance, two resolutions by consensus, an item still in consultation, action items (one overdue)", async () => {
    const list = await query('admin', '{ meetings(first: 100, filter: { kind: JOINT_MEETING }) { edges { node { id title } } } }', DEMO_TOTP_SECRET);
    const idOf = (title: string) => list.data.meetings.edges.find((e: any) => e.node.title === title).node.id;
    const body = `query ($third: ID!, $fourth: ID!) {
      third: meeting(id: $third) { attendance { status delegate } consensus { outcome } resolutions { title reservedViews { view } actionItems { status overdue } } }
      fourth: meeting(id: $fourth) { attendance { status delegate } }
    }`;
    const result = await query('admin', body, DEMO_TOTP_SECRET, { third: idOf('第三季度党建联席会议'), fourth: idOf('第四季度党建联席会议') });
    expect(result.errors).toBeUndefined();
    const { third, fourth } = result.data;
    expect(third.attendance.map((a: any) => a.status).sort()).toEqual(['ABSENT', 'LEAVE', ...Array(7).fill('PRESENT')]);
    expect(third.consensus.map((c: any) => c.outcome)).toEqual(['CONSENSUS', 'CONSENSUS', 'UNDER_CONSULTATION']);
    expect(third.resolutions).toHaveLength(2);
    expect(third.resolutions.flatMap((r: any) => r.reservedViews)).toHaveLength(1);
    expect(fourth.attendance.filter((a: any) => a.status === 'LEAVE')).toEqual([{ status: 'LEAVE', delegate: '和平社区党总支副书记 刘敏' }]);
    // (The next meeting lists them as previousActionItems in a fresh demo; other browser tests add joint meetings in between.)
    expect(third.resolutions.flatMap((r: any) => r.actionItems).map((a: any) => [a.status, a.overdue]).sort()).toEqual([['DONE', false], ['OPEN', true]]);
  });

  it("has this year's archive: the liaison's unit's 名册 and 记实簿 (two versions), the region's 共建协议 and 会议记录, one document in the 回收站", async () => {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const body = `query ($year: Int!) {
      archiveDocuments(first: 100, filter: { year: $year }) { edges { node { title folder versionCount unit { name } } } }
      deletedArchiveDocuments(first: 100) { edges { node { title } } }
    }`;
    const result = await query('admin', body, DEMO_TOTP_SECRET, { year });
    expect(result.errors).toBeUndefined();
    // Other browser tests file documents too: the seeded ones are found by folder and title.
    const documents = result.data.archiveDocuments.edges.map((e: any) => e.node);
    const life = documents.find((d: any) => d.folder === 'ORGANISATION_LIFE_RECORD' && d.title.startsWith('长安实验小学党支部'));
    expect(life).toMatchObject({ versionCount: 2, unit: { name: '长安实验小学党支部' } });
    expect(documents.some((d: any) => d.folder === 'MEMBER_ROSTER' && d.unit?.name === '长安实验小学党支部')).toBe(true);
    const regionTitles = documents.filter((d: any) => d.unit === null).map((d: any) => `${d.folder} ${d.title}`);
    expect(regionTitles).toEqual(expect.arrayContaining([`AGREEMENTS 长安街道区域化党建共建协议（${year}年度）`, 'MEETING_RECORDS 第三季度党建联席会议记录']));
    expect(result.data.deletedArchiveDocuments.edges.map((e: any) => e.node.title)).toContain('活动照片说明（误传）');
  });
});
