import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { createNeed, createResource } from '../lists/service';
import { COMMUNITY, givenRegion, givenUnit } from '../testing/fixtures';
import { givenResolutions } from '../testing/resolution-fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { contentDisposition, csvCell, openDataFile, parseOpenDataPath, toCsv } from './open-data';
import { publish, unpublish } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('open data addresses', () => {
  it('parses /open/{region}/{year}/{list}.{format} and nothing else', () => {
    expect(parseOpenDataPath('/open/r-1/2026/needs.csv')).toEqual({ regionId: 'r-1', year: 2026, type: 'NEED', format: 'csv' });
    expect(parseOpenDataPath('/open/r-1/2026/resources.xlsx')).toEqual({ regionId: 'r-1', year: 2026, type: 'RESOURCE', format: 'xlsx' });
    expect(parseOpenDataPath('/open/r-1/2026/projects.csv')?.type).toBe('PROJECT');
    expect(parseOpenDataPath('/open/r-1/2026/resolutions.xlsx')).toEqual({ regionId: 'r-1', year: 2026, type: 'RESOLUTION', format: 'xlsx' });
    for (const bad of ['/open/r-1/2026/members.csv', '/open/r-1/2026/needs.json', '/open/r-1/26/needs.csv', '/open/r-1/1999/needs.csv', '/open/r%231/2026/needs.csv', '/open/r-1/2026/needs.csv/x', '/open/%E0/2026/needs.csv']) {
      expect(parseOpenDataPath(bad)).toBeNull();
    }
  });

  it('names the file in UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('长安街道2026年度需求清单.csv', 'needs-2026.csv')).toBe(
      `attachment; filename="needs-2026.csv"; filename*=UTF-8''${encodeURIComponent('长安街道2026年度需求清单.csv')}`,
    );
  });
});

describe('CSV', () => {
  it('UTF-8 with a BOM, CRLF, quoted where needed, formulas defused', () => {
    const bytes = toCsv({ columns: [{ header: '名称' }, { header: '数量' }], rows: [['助餐, "爱心"', 3], ['=HYPERLINK("x")', null]] });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes.slice(3))).toBe('序号,名称,数量\r\n1,"助餐, ""爱心""",3\r\n2,"\'=HYPERLINK(""x"")",\r\n');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('openDataFile', () => {
  it('the published list of the year, public fields only, as CSV and .xlsx; null for an unknown region', async () => {
    const community = await givenUnit(ports, admin, { ...COMMUNITY, name: '春晖社区党委' });
    const hospital = await givenUnit(ports, admin, { name: '区人民医院党委', hostKind: 'HOSPITAL' });
    const need = await createNeed(admin, { year: 2026, title: '老人助餐', category: '养老', source: 'RESIDENTS', communityUnitId: community.id, raisedBy: '张大爷' }, ports);
    await createNeed(admin, { year: 2026, title: '未公示', category: '养老', source: 'RESIDENTS', communityUnitId: community.id }, ports);
    const resource = await createResource(
      admin,
      { year: 2026, unitId: hospital.id, type: 'HEALTH', title: '义诊', quantity: 5, quantityUnit: '次', contactName: '李医生', contactPhone: '13812345678' },
      ports,
    );
    await publish(admin, { id: need.id }, ports);
    await publish(admin, { id: resource.id }, ports);
    const csv = (await openDataFile({ regionId, year: 2026, type: 'NEED', format: 'csv' }, ports))!;
    expect(csv.fileName).toBe('r-1 街道2026年度需求清单.csv');
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const lines = text(csv.bytes.slice(3)).trim().split('\r\n');
    expect(lines).toEqual(['序号,征集社区,需求名称,类别,需求内容,期望时间,状态,公示日期', '1,春晖社区党委,老人助餐,养老,,长期,已征集,2026-03-01']);
    const resources = text((await openDataFile({ regionId, year: 2026, type: 'RESOURCE', format: 'csv' }, ports))!.bytes);
    expect(resources).toContain('义诊');
    expect(resources).not.toMatch(/李医生|13812345678/);
    const xlsx = (await openDataFile({ regionId, year: 2026, type: 'RESOURCE', format: 'xlsx' }, ports))!;
    expect(xlsx.fileName).toBe('r-1 街道2026年度资源清单.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells = sheet.getSheetValues().flat().filter(Boolean).map(String);
    expect(cells).toContain('义诊');
    expect(cells.join('|')).not.toMatch(/李医生|13812345678/);
    expect((await openDataFile({ regionId, year: 2026, type: 'PROJECT', format: 'csv' }, ports))!.bytes.length).toBeGreaterThan(3);
    expect(await openDataFile({ regionId: 'nowhere', year: 2026, type: 'NEED', format: 'csv' }, ports)).toBeNull();
  });

  it('the year\'s published resolutions: number, title, text, meeting, its kind and day, adoption and publication days in China; no person', async () => {
    const { resolutions: [shown, hidden] } = await givenResolutions(ports, admin, {
      title: '2026年第一次党建联席会议', startsAt: '2026-02-20T07:00:00.000Z',
      items: [{ title: '关于共建助老食堂的决议', text: '由医院牵头，年内建成。' }, { title: '未公示的决议', text: '内部' }],
    });
    await publish(admin, { id: shown!.id }, ports);
    await publish(admin, { id: hidden!.id }, ports);
    await unpublish(admin, { id: hidden!.id }, ports);
    const csv = (await openDataFile({ regionId, year: 2026, type: 'RESOLUTION', format: 'csv' }, ports))!;
    expect(csv.fileName).toBe('r-1 街道2026年度会议决议.csv');
    expect(text(csv.bytes.slice(3)).trim().split('\r\n')).toEqual([
      '序号,决议编号,决议名称,决议内容,会议,会议类别,会议日期,通过日期,公示日期',
      '1,2026-02-20-1,关于共建助老食堂的决议,由医院牵头，年内建成。,2026年第一次党建联席会议,党建联席会议,2026-02-20,2026-03-01,2026-03-01',
    ]);
    expect(text(csv.bytes)).not.toMatch(/王主持|李记录|未公示/);
    const xlsx = (await openDataFile({ regionId, year: 2026, type: 'RESOLUTION', format: 'xlsx' }, ports))!;
    expect(xlsx.fileName).toBe('r-1 街道2026年度会议决议.xlsx');
  });
});
