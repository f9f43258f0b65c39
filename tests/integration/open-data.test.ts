/**
 * Open data and the anonymous rate limit over HTTP (issue 17): the local server forwards `/open/*` to the very Lambda
 * handler that answers `/graphql` (it routes by path), and limits anonymous callers per IP as the WAF does in AWS.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../functions/src/auth/principal';
import { createNeed, createResource } from '../../functions/src/domain/lists/service';
import { publish } from '../../functions/src/domain/publication/service';
import { givenResolutions } from '../../functions/src/domain/testing/resolution-fixtures';
import { todayInChina } from '../../functions/src/domain/validation';
import { createRateLimiter } from '../../local/rate-limit';
import { CREATE_UNIT, newRegion, serveWithIssuer, unitInput } from './harness';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('GET /open/{region}/{year}/{list}.{csv|xlsx} through the local server and the Lambda handler', () => {
  let url: string;
  let regionId: string;
  let regionName: string;
  const year = Number(todayInChina().slice(0, 4));
  let startsAt = '';

  beforeAll(async () => {
    const env = await newRegion();
    regionId = env.regionId;
    regionName = (await env.ports.regions.get(regionId))!.name;
    const admin = env.admin as RegionPrincipal;
    const community = (await env.gql(CREATE_UNIT, { input: unitInput({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit.id;
    const need = await createNeed(admin, { year, title: '老人助餐, "爱心"', category: '养老', source: 'RESIDENTS', communityUnitId: community, raisedBy: '张提出人' }, env.ports);
    await createNeed(admin, { year, title: '未公示的需求', category: '养老', source: 'RESIDENTS', communityUnitId: community }, env.ports);
    const resource = await createResource(
      admin,
      { year, unitId: community, type: 'VENUE', title: '活动室', quantity: 1, quantityUnit: '间', contactName: '李联系人', contactPhone: '13912345678' },
      env.ports,
    );
    await publish(admin, { id: need.id }, env.ports);
    await publish(admin, { id: resource.id }, env.ports);
    // A resolution of a meeting held yesterday (the year's, unless today is New Year's Day in China: then last year's file).
    startsAt = new Date(Date.now() - 86_400_000).toISOString();
    const { resolutions: [resolution] } = await givenResolutions(env.ports, admin, { title: '党建联席会议', startsAt, items: [{ title: '关于共享停车位的决议', text: '夜间向居民开放。' }] });
    await publish(admin, { id: resolution!.id }, env.ports);
    const served = await serveWithIssuer({ regionId, anonymousLimit: null });
    closers.push(served.close);
    url = served.url;
  });

  it('resolutions.csv: the published resolution with its meeting, no person', async () => {
    const meetingYear = Number(todayInChina(new Date(startsAt)).slice(0, 4));
    const response = await fetch(`${url}/open/${regionId}/${meetingYear}/resolutions.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`filename="resolutions-${meetingYear}.csv"`);
    const lines = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe('序号,决议编号,决议名称,决议内容,会议,会议类别,会议日期,通过日期,公示日期');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('关于共享停车位的决议,夜间向居民开放。,党建联席会议,党建联席会议');
    expect(lines.join()).not.toMatch(/王主持|李记录/);
  });

  it('CSV: UTF-8 with a BOM, the published rows only, the Chinese file name in Content-Disposition, cached a minute', async () => {
    const response = await fetch(`${url}/open/${regionId}/${year}/needs.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const fileName = `${regionName}${year}年度需求清单.csv`;
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="needs-${year}.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('序号,征集社区,需求名称,类别,需求内容,期望时间,状态,公示日期');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"老人助餐, ""爱心"""');
    expect(text).not.toMatch(/张提出人|未公示/);
  });

  it('.xlsx: the notice board layout of the published resources, no contact', async () => {
    const response = await fetch(`${url}/open/${regionId}/${year}/resources.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`${regionName}${year}年度资源清单.xlsx`)}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const cells = workbook.worksheets[0]!.getSheetValues().flat().filter(Boolean).map(String);
    expect(cells).toContain('活动室');
    expect(cells.join('|')).not.toMatch(/李联系人|13912345678/);
  });

  it('an empty list is a file with its header; unknown addresses, regions and methods are refused', async () => {
    const empty = await fetch(`${url}/open/${regionId}/${year}/projects.csv`);
    expect(empty.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await empty.arrayBuffer()).slice(3)).trim().split('\r\n')).toHaveLength(1);
    expect((await fetch(`${url}/open/${regionId}/${year}/members.csv`)).status).toBe(404);
    expect((await fetch(`${url}/open/nowhere/${year}/needs.csv`)).status).toBe(404);
    const posted = await fetch(`${url}/open/${regionId}/${year}/needs.csv`, { method: 'POST', body: 'x' });
    expect(posted.status).toBe(405);
  });
});

describe('the local anonymous rate limit (per IP; the WAF rule in AWS)', () => {
  it('anonymous /graphql and /open/* share a bucket: past the burst 429 with a Chinese message and Retry-After; a signed-in caller is not limited', async () => {
    const env = await newRegion();
    const served = await serveWithIssuer({ regionId: env.regionId, anonymousLimit: createRateLimiter({ perMinute: 6, burst: 3 }) });
    closers.push(served.close);
    const query = (headers: Record<string, string> = {}) =>
      fetch(`${served.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: 'query($id: ID!) { publicRegion(id: $id) { name } }', variables: { id: env.regionId } }),
      });
    expect((await query()).status).toBe(200);
    expect((await query()).status).toBe(200);
    expect((await fetch(`${served.url}/open/${env.regionId}/2026/needs.csv`)).status).toBe(200);
    const refused = await query();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toEqual({ errors: [{ message: '请求过于频繁，请稍后再试', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }] });
    expect((await fetch(`${served.url}/open/${env.regionId}/2026/needs.csv`)).status).toBe(429);
    // With an Authorization header the request reaches the handler (which checks the token): not the anonymous limit.
    const withToken = await query({ authorization: 'Bearer not-a-token' });
    expect(withToken.status).not.toBe(429);
    // The rest of the site is not limited.
    expect((await fetch(`${served.url}/.well-known/jwks.json`)).status).toBe(200);
  });
});
