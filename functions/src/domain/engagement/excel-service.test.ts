import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import type { Member } from '../members/member';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { chinaDateTime, exportCommunityReports, exportTrainingStatus, MAX_EXPORT_ROWS } from './excel-service';
import { logTraining } from './records-service';
import type { CommunityReport } from './report';
import { claimPost, confirmCommunityReport, createPost, endCommunityReport, reportToCommunity } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let sunshine: Unit;
let peace: Unit;
let school: Unit;
let hospital: Unit;

// The clock starts at 2026-03-01T08:00:00Z (16:00 in China).
beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  sunshine = await givenUnit(ports, admin, { ...COMMUNITY, name: '春晖社区党委' });
  peace = await givenUnit(ports, admin, { ...COMMUNITY, name: '和平社区党总支' });
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', hostKind: 'SCHOOL' });
  hospital = await givenUnit(ports, admin, { name: '市第三人民医院党委', hostKind: 'HOSPITAL' });
});

const fileOf = async (downloadUrl: string) => {
  const key = decodeURIComponent(downloadUrl.replace('memory://files/', '').split('?')[0]!);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(ports.memory.object(key)!.bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
};
const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
const hour = 3_600_000;

/** A report of `member` to `community`, filed an hour after the last one. */
async function filed(member: Member, community: Unit, note?: string) {
  ports.clock.advance(hour);
  return reportToCommunity(admin, { memberId: member.id, communityUnitId: community.id, note }, ports);
}

describe('Method: exportCommunityReports', () => {
  it("lists a unit's members' reports newest first, with the community, status, times, posts held and note; a status narrows it", async () => {
    // Prepare: three of the school's members report; one is confirmed and takes a post, one declined; another unit's member reports too.
    const [zhang, li, wang] = [
      await givenMember(ports, admin, school.id, { name: '张三' }),
      await givenMember(ports, admin, school.id, { name: '李四' }),
      await givenMember(ports, admin, school.id, { name: '王五' }),
    ];
    const other = await givenMember(ports, admin, hospital.id, { name: '赵六' });
    const first = await filed(zhang, sunshine, '周末可参加志愿服务');
    ports.clock.advance(hour);
    await confirmCommunityReport(unitLiaison(regionId, sunshine.id), { id: first.id, version: 1 }, ports);
    const post = await createPost(admin, { communityUnitId: sunshine.id, title: '环境卫生监督岗', capacity: 2 }, ports);
    await claimPost(admin, { postId: post.id, memberId: zhang.id }, ports);
    const second = await filed(li, peace);
    await confirmCommunityReport(admin, { id: second.id, version: 1, decision: 'DECLINE', reason: '不在本社区居住' }, ports);
    await filed(wang, sunshine, '擅长文艺宣传');
    await filed(other, sunshine);

    // Act
    const file = await exportCommunityReports(unitLiaison(regionId, school.id), { memberUnitId: school.id }, ports);

    // Assess: the notice board's title, date line and header; the school's three reports, newest first.
    expect(file.name).toBe('长安实验小学党支部党员报到情况-2026-03-01.xlsx');
    const sheet = await fileOf(file.downloadUrl);
    expect(sheet.getCell('A1').value).toBe('r-1 街道长安实验小学党支部党员到社区报到情况');
    expect(sheet.getCell('A2').value).toMatch(/^截至 2026年3月\d+日$/);
    expect(rowValues(sheet, 3)).toEqual(['序号', '姓名', '所在单位', '报到社区', '状态', '报到时间', '确认时间', '认领岗位数', '报到说明']);
    expect([4, 5, 6].map((row) => rowValues(sheet, row))).toEqual([
      [1, '王五', school.name, sunshine.name, '待确认', '2026-03-01 20:00', '', 0, '擅长文艺宣传'],
      [2, '李四', school.name, peace.name, '未通过', '2026-03-01 19:00', '', 0, ''],
      [3, '张三', school.name, sunshine.name, '已报到', '2026-03-01 17:00', '2026-03-01 18:00', 1, '周末可参加志愿服务'],
    ]);
    expect(sheet.rowCount).toBe(6);

    // A status narrows it, and says so in the title.
    const pending = await fileOf((await exportCommunityReports(admin, { memberUnitId: school.id, status: 'PENDING' }, ports)).downloadUrl);
    expect(pending.getCell('A1').value).toBe('r-1 街道长安实验小学党支部党员到社区报到情况（待确认）');
    expect(pending.rowCount).toBe(4);
    expect(rowValues(pending, 4).slice(1, 2)).toEqual(['王五']);

    // An ended report keeps its confirmation time and no longer holds a post.
    await endCommunityReport(admin, { id: first.id, version: 2, reason: '搬离本社区' }, ports);
    const ended = await fileOf((await exportCommunityReports(admin, { memberUnitId: school.id, status: 'ENDED' }, ports)).downloadUrl);
    expect(rowValues(ended, 4)).toEqual([1, '张三', school.name, sunshine.name, '已结束', '2026-03-01 17:00', '2026-03-01 18:00', 0, '周末可参加志愿服务']);
  });

  it("lets the unit's liaison and the secretariat export, nobody else; checks its input", async () => {
    await expect(attempt(() => exportCommunityReports(unitLiaison(regionId, hospital.id), { memberUnitId: school.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => exportCommunityReports(unitLiaison(regionId, sunshine.id), { memberUnitId: school.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => exportCommunityReports(partyMember(regionId), { memberUnitId: school.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => exportCommunityReports(admin, { memberUnitId: school.id, status: 'LOST' }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    await expect(attempt(() => exportCommunityReports(admin, { memberUnitId: 'no-such-unit' }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberUnitId' });
    // An empty view is still a file: the header only.
    const empty = await fileOf((await exportCommunityReports(unitLiaison(regionId, school.id), { memberUnitId: school.id }, ports)).downloadUrl);
    expect(empty.rowCount).toBe(3);
  });

  it('reads page by page, the communities of a page in one batched read, and stops past 5,000 rows', async () => {
    // Prepare: the store hands out pages of reports without end.
    const reportAt = (i: number): CommunityReport => ({
      id: `cr-${i}`, regionId, memberId: `m-${i}`, memberName: `党员${i}`, memberUnitId: school.id, communityUnitId: i % 2 ? sunshine.id : peace.id,
      status: 'CONFIRMED', note: null, filedAt: '2026-03-01T00:00:00.000Z', filedBy: 'x', decidedAt: '2026-03-01T01:00:00.000Z', decidedBy: 'x',
      declineReason: null, endedAt: null, endReason: null, postsHeld: 0, version: 2, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
    });
    const pagesRead: number[] = [];
    let endless = true;
    ports.communityReports.list = async (_, filter, page) => {
      expect(filter).toEqual({ memberUnitId: school.id, status: undefined });
      const from = page.after ? Number(page.after) : 0;
      pagesRead.push(page.size);
      const size = endless ? page.size : Math.min(page.size, 150 - from);
      const edges = Array.from({ length: size }, (_, i) => ({ cursor: String(from + i + 1), node: reportAt(from + i) }));
      return { edges, pageInfo: { endCursor: String(from + size), hasNextPage: endless || from + size < 150 } };
    };
    const asked: number[] = [];
    const getMany = ports.units.getMany.bind(ports.units);
    ports.units.getMany = (region, ids) => (asked.push(ids.length), getMany(region, ids));

    // Act / Assess: past the cap, refused after reading one page beyond it.
    await expect(exportCommunityReports(admin, { memberUnitId: school.id }, ports)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'status', message: expect.stringContaining(`一次最多导出 ${MAX_EXPORT_ROWS} 条`),
    });
    expect(pagesRead).toHaveLength(MAX_EXPORT_ROWS / 100 + 1);
    expect(new Set(pagesRead)).toEqual(new Set([100]));

    // 150 rows: two pages, the communities read once.
    endless = false;
    pagesRead.length = 0;
    asked.length = 0;
    const sheet = await fileOf((await exportCommunityReports(admin, { memberUnitId: school.id }, ports)).downloadUrl);
    expect(pagesRead).toEqual([100, 100]);
    expect(asked).toEqual([2]);
    expect(sheet.rowCount).toBe(3 + 150);
    expect(rowValues(sheet, 153).slice(1, 4)).toEqual(['党员149', school.name, sunshine.name]);
  });
});

describe('Method: exportTrainingStatus', () => {
  it("lists a unit's members against their minimum; onlyShort keeps those who fall short; only the unit and the secretariat", async () => {
    const secretary = await givenMember(ports, admin, school.id, { name: '王书记', roles: ['BRANCH_SECRETARY'] });
    const member = await givenMember(ports, admin, school.id, { name: '张三' });
    await givenMember(ports, admin, hospital.id, { name: '李医生' });
    await logTraining(admin, { memberId: secretary.id, trainedOn: '2026-02-01', hours: 24, topic: '党员冬训' }, ports);
    await logTraining(admin, { memberId: member.id, trainedOn: '2026-02-01', hours: 24, topic: '党员冬训' }, ports);

    const all = await fileOf((await exportTrainingStatus(unitLiaison(regionId, school.id), { unitId: school.id, year: 2026 }, ports)).downloadUrl);
    // Each row starts with its 序号.
    const values = Array.from({ length: all.rowCount }, (_, i) => rowValues(all, i + 1).slice(1));
    expect(values).toEqual(expect.arrayContaining([['王书记', '支部书记', 32, 24, 8, '未达标'], ['张三', '', 24, 24, 0, '达标']]));
    expect(values.some((row) => row[0] === '李医生')).toBe(false);

    const short = await fileOf((await exportTrainingStatus(admin, { unitId: school.id, year: 2026, onlyShort: true }, ports)).downloadUrl);
    const names = Array.from({ length: short.rowCount }, (_, i) => rowValues(short, i + 1)[1]);
    expect(names).toContain('王书记');
    expect(names).not.toContain('张三');
    await expect(attempt(() => exportTrainingStatus(unitLiaison(regionId, hospital.id), { unitId: school.id, year: 2026 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => exportTrainingStatus(admin, { unitId: school.id, year: 1900 }, ports))).rejects.toMatchObject({ field: 'year' });
  });
});

describe('Method: chinaDateTime', () => {
  it('shows a moment as the clock in China reads it', () => {
    expect(chinaDateTime('2026-03-01T16:30:00.000Z')).toBe('2026-03-02 00:30');
    expect(chinaDateTime(null)).toBeNull();
  });
});
