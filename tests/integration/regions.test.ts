import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { ACT_IN_REGION_HEADER } from '../../functions/src/auth/region-gate';
import { createDocumentClient } from '../../functions/src/store/clients';
import { regionSuspended } from '../../functions/src/store/region-repository';
import { CREATE_UNIT, errorOf, newRegion, serveWithIssuer, testConfig, unitInput } from './harness';

const documentClient = createDocumentClient(testConfig());

/**
 * The platform admin's region lifecycle over HTTP with real tokens (issue 18): rename, suspend — the region's people
 * are refused, its data kept — reinstate, and the audited read-only visit that is the only way it reads a region.
 */
describe("regions: the platform admin renames, suspends and visits a region", () => {
  let env: Awaited<ReturnType<typeof newRegion>>;
  let served: Awaited<ReturnType<typeof serveWithIssuer>>;
  let adminToken: string;
  let platformToken: string;
  let unitId: string;

  const call = async (query: string, variables: Record<string, unknown> = {}, token: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  };
  const region = async () => (await env.ports.regions.get(env.regionId))!;

  beforeAll(async () => {
    env = await newRegion();
    unitId = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id;
    // No region-state cache: a suspension shows on the next request (production keeps it a minute).
    served = await serveWithIssuer({ regionId: env.regionId, anonymousLimit: null, regionStateCacheMs: 0 });
    adminToken = (await signInWithPassword(served.url, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).accessToken;
    platformToken = (await signInWithPassword(served.url, { username: 'platform', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).accessToken;
  });
  afterAll(() => served?.close());

  it("records when the region's people last changed something, for the platform's list (not a platform admin's change)", async () => {
    const before = (await region()).lastActivityAt;
    const made = await call(CREATE_UNIT, { input: unitInput() }, adminToken);
    expect(made.errors).toBeUndefined();
    const after = (await region()).lastActivityAt;
    expect(after).not.toBeNull();
    expect(after! > (before ?? '')).toBe(true);
    const listed = await call('{ regions(first: 50) { edges { node { id lastActivityAt } } } }', {}, platformToken);
    expect(listed.data.regions.edges.find((e: any) => e.node.id === env.regionId).node.lastActivityAt).toBe(after);
    await env.ports.units.get(env.regionId, made.data.createUnit.id);
  });

  it('renames a region at its version (a stale one is a CONFLICT), names the field of bad input, and keeps its counts', async () => {
    const before = await region();
    const UPDATE = 'mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { name superiorOrganization version unitCount state } }';
    const renamed = await call(UPDATE, { input: { id: env.regionId, version: before.version, name: '  新名街道 ', superiorOrganization: '朝阳区委组织部' } }, platformToken);
    expect(renamed.data.updateRegion).toEqual({ name: '新名街道', superiorOrganization: '朝阳区委组织部', version: before.version + 1, unitCount: 2, state: 'ACTIVE' });
    const stale = await call(UPDATE, { input: { id: env.regionId, version: before.version, name: '又一个名' } }, platformToken);
    expect(errorOf(stale).code).toBe('CONFLICT');
    const blank = await call(UPDATE, { input: { id: env.regionId, version: before.version + 1, name: ' ' } }, platformToken);
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const byRegionAdmin = await call(UPDATE, { input: { id: env.regionId, version: before.version + 1, name: '自己改名' } }, adminToken);
    expect(errorOf(byRegionAdmin).code).toBe('FORBIDDEN');
    expect((await region()).name).toBe('新名街道');
  });

  it("suspends a region: its admin is refused with the reason, its data stays; reinstated, the same token works again", async () => {
    expect((await call('{ viewer { roles } }', {}, adminToken)).data.viewer.roles).toEqual(['REGION_ADMIN']);
    const current = await region();
    const noReason = await call('mutation($input: SuspendRegionInput!) { suspendRegion(input: $input) { state } }', { input: { id: env.regionId, version: current.version, reason: '' } }, platformToken);
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const suspended = await call(
      'mutation($input: SuspendRegionInput!) { suspendRegion(input: $input) { state suspendedReason suspendedAt version } }',
      { input: { id: env.regionId, version: current.version, reason: '街道撤并，待迁移' } },
      platformToken,
    );
    expect(suspended.data.suspendRegion).toMatchObject({ state: 'SUSPENDED', suspendedReason: '街道撤并，待迁移', version: current.version + 1 });
    const refused = await call('{ units(first: 5) { edges { node { id } } } }', {}, adminToken);
    expect(errorOf(refused)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('区域已停用') });
    // Nor does it get a new token: the issuer (as the cloud's pre-token trigger) refuses the sign-in, saying why.
    await expect(signInWithPassword(served.url, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).rejects.toThrow('区域已停用');
    const again = await call('mutation($input: SuspendRegionInput!) { suspendRegion(input: $input) { state } }', { input: { id: env.regionId, version: current.version + 1, reason: '再停' } }, platformToken);
    expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await env.ports.units.get(env.regionId, unitId)).not.toBeNull();
    // The sign-in trigger's view: the suspension marker came with the suspension (and goes with the reinstatement).
    expect(await regionSuspended(documentClient, testConfig().tableName, env.regionId)).toBe(true);

    const reinstated = await call('mutation($input: RegionChangeInput!) { reinstateRegion(input: $input) { state suspendedReason version } }', { input: { id: env.regionId, version: current.version + 1 } }, platformToken);
    expect(reinstated.data.reinstateRegion).toEqual({ state: 'ACTIVE', suspendedReason: null, version: current.version + 2 });
    expect(await regionSuspended(documentClient, testConfig().tableName, env.regionId)).toBe(false);
    await signInWithPassword(served.url, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET });
    const units = await call('{ units(first: 5) { edges { node { id } } } }', {}, adminToken);
    expect(units.data.units.edges.map((e: any) => e.node.id)).toContain(unitId);
    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 10) { edges { node { operation actorName } } } }', { id: env.regionId });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(expect.arrayContaining(['reinstateRegion', 'suspendRegion', 'updateRegion']));
  });

  it('reads a region only through an open, audited visit: queries as its admin would, no mutations, closed at once when ended', async () => {
    const UNITS = '{ units(first: 5) { edges { node { id } } } }';
    const visiting = { [ACT_IN_REGION_HEADER]: env.regionId };
    expect(errorOf(await call(UNITS, {}, platformToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await call(UNITS, {}, platformToken, visiting)).message).toContain('代管查看未开启');

    const noReason = await call('mutation($input: ActInRegionInput!) { actInRegion(input: $input) { until } }', { input: { regionId: env.regionId, reason: ' ' } }, platformToken);
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const opened = await call(
      'mutation($input: ActInRegionInput!) { actInRegion(input: $input) { regionId reason startedAt until region { name } } }',
      { input: { regionId: env.regionId, reason: '核查秘书处反映的数据问题' } },
      platformToken,
    );
    expect(opened.data.actInRegion).toMatchObject({ regionId: env.regionId, reason: '核查秘书处反映的数据问题', region: { name: '新名街道' } });
    expect(Date.parse(opened.data.actInRegion.until) - Date.parse(opened.data.actInRegion.startedAt)).toBe(60 * 60_000);

    const viewer = await call('{ viewer { roles region { id } acting { reason } } }', {}, platformToken, visiting);
    expect(viewer.data.viewer).toEqual({ roles: ['PLATFORM_ADMIN', 'REGION_ADMIN'], region: { id: env.regionId }, acting: { reason: '核查秘书处反映的数据问题' } });
    expect((await call(UNITS, {}, platformToken, visiting)).data.units.edges.map((e: any) => e.node.id)).toContain(unitId);
    const write = await call(CREATE_UNIT, { input: unitInput() }, platformToken, visiting);
    expect(errorOf(write)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('只读') });
    expect((await region()).unitCount).toBe(2);
    // The header is the platform admin's alone: a region admin sending it is refused, not let into another region.
    expect(errorOf(await call(UNITS, {}, adminToken, visiting)).code).toBe('FORBIDDEN');

    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 10) { edges { node { operation actorName } } } }', { id: env.regionId });
    expect(trail.data.auditTrail.edges[0].node).toMatchObject({ operation: 'actInRegion' });

    expect((await call('mutation($id: ID!) { endActInRegion(regionId: $id) }', { id: env.regionId }, platformToken)).data.endActInRegion).toBe(true);
    expect(errorOf(await call(UNITS, {}, platformToken, visiting)).code).toBe('FORBIDDEN');
    expect((await call('mutation($id: ID!) { endActInRegion(regionId: $id) }', { id: env.regionId }, platformToken)).data.endActInRegion).toBe(false);
  });
});
