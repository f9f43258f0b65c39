/**
 * The partner guide's example client (examples/partner-client, docs/partner-guide.md) against a served stack: the
 * local issuer's demo partner and the real Lambda handler behind the local server. urql keeps its default settings,
 * so its short queries go as GET: the API lets a GET through when it carries a bearer token (or a preflight header),
 * refuses a header-less one as a possible CSRF, and never runs a mutation sent as GET.
 */
import { buildSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegionPrincipal } from '../../functions/src/auth/principal';
import { createNeed } from '../../functions/src/domain/lists/service';
import { publish } from '../../functions/src/domain/publication/service';
import { todayInChina } from '../../functions/src/domain/validation';
import { typeDefs } from '../../functions/src/graphql/generated/type-defs';
import {
  configFromEnv,
  createGongjianClient,
  downloadSchema,
  fetchPublicNeeds,
  fetchViewer,
  GongjianError,
  main,
  requestToken,
  type PartnerConfig,
} from '../../examples/partner-client';
import { CREATE_UNIT, newRegion, serveWithIssuer, unitInput } from './harness';

describe('the partner example client with urql defaults, over HTTP', () => {
  let url: string;
  let regionId: string;
  let config: PartnerConfig;
  let close: () => Promise<void>;
  const year = Number(todayInChina().slice(0, 4));

  beforeAll(async () => {
    const env = await newRegion();
    regionId = env.regionId;
    const admin = env.admin as RegionPrincipal;
    const community = (await env.gql(CREATE_UNIT, { input: unitInput({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit.id;
    const need = await createNeed(admin, { year, title: '老人助餐', category: '养老', source: 'RESIDENTS', communityUnitId: community }, env.ports);
    await createNeed(admin, { year, title: '未公示的需求', category: '养老', source: 'RESIDENTS', communityUnitId: community }, env.ports);
    await publish(admin, { id: need.id }, env.ports);
    const served = await serveWithIssuer({ regionId, anonymousLimit: null });
    url = served.url;
    close = served.close;
    // What a partner sets: the URL; the demo partner's id and secret are the defaults.
    config = configFromEnv({ GONGJIAN_URL: url });
  });
  afterAll(() => close?.());

  /** Every request urql (or the test) sends, with its method. */
  function recordRequests() {
    const seen: { method: string; url: string }[] = [];
    const original = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      seen.push({ method: init?.method ?? (input instanceof Request ? input.method : 'GET'), url: String(input instanceof Request ? input.url : input) });
      return original(input, init);
    });
    return { seen, restore: () => spy.mockRestore() };
  }

  it('gets a token, then reads the viewer and a page of published needs with queries sent as GET', async () => {
    const token = await requestToken(config);
    expect(token.expiresIn).toBeGreaterThan(0);
    // The token carries the client's scopes and region (the API reads them; a partner need not).
    const claims = JSON.parse(Buffer.from(token.accessToken.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ scope: 'gongjian/public.read gongjian/member.act', 'gongjian:region': regionId, token_use: 'access' });
    const client = createGongjianClient(url, token.accessToken);
    const requests = recordRequests();
    try {
      expect(await fetchViewer(client)).toMatchObject({ roles: ['PARTNER'], region: { id: regionId, name: `测试街道${regionId}` } });
      const page = await fetchPublicNeeds(client, regionId, 10);
      expect(page.items.map((need) => need.title)).toEqual(['老人助餐']);
      expect(page.items[0]).toMatchObject({ category: '养老', status: 'COLLECTED' });
      expect(page.hasNextPage).toBe(false);
    } finally {
      requests.restore();
    }
    const graphqlRequests = requests.seen.filter((request) => new URL(request.url).pathname === '/graphql');
    expect(graphqlRequests).toHaveLength(2);
    expect(graphqlRequests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('runs as the guide says (`npx tsx examples/partner-client/index.ts`), printing the viewer and the needs', async () => {
    const lines: string[] = [];
    await main([], config, (line) => lines.push(line));
    expect(lines.join('\n')).toContain(`viewer: roles PARTNER; region 测试街道${regionId}`);
    expect(lines.join('\n')).toContain('老人助餐 · 养老');
  });

  it('downloads the schema as SDL (introspection with the token), the same types and fields the server runs', async () => {
    const token = await requestToken(config);
    const sdl = await downloadSchema(createGongjianClient(url, token.accessToken));
    const schema = buildSchema(sdl);
    expect(schema.getQueryType()?.getFields()).toHaveProperty('publicRegion');
    expect(schema.getQueryType()?.getFields()).toHaveProperty('viewer');
    expect(schema.getMutationType()?.getFields()).toHaveProperty('rateProject');
    expect(printSchema(schema)).toBe(sdl);
    // Exactly the schema the server runs (built from schema/*.graphql without descriptions).
    expect(sdl).toBe(printSchema(buildSchema(typeDefs)));
    // --schema prints it.
    const printed: string[] = [];
    await main(['--schema'], config, (line) => printed.push(line));
    expect(printed.join('\n')).toBe(sdl);
  });

  const needsQuery = (id: string) => `{ publicRegion(id: "${id}") { name } }`;
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql?${new URLSearchParams({ query })}`, { headers });

  it('refuses an anonymous GET without a preflight header as a possible CSRF, and answers it with apollo-require-preflight', async () => {
    const refused = await get(needsQuery(regionId));
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
    expect(body.errors[0]!.message).toMatch(/authorization/);

    const allowed = await get(needsQuery(regionId), { 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { publicRegion: { name: `测试街道${regionId}` } } });
  });

  it('lets a GET with a bearer token through, and never shares its answer (no-store)', async () => {
    const token = await requestToken(config);
    const answer = await get('{ viewer { roles } }', { authorization: `Bearer ${token.accessToken}` });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { viewer: { roles: ['PARTNER'] } } });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    // A header that is not a bearer token passes the CSRF check but authenticates no one.
    const basic = await get('{ viewer { roles } }', { authorization: 'Basic ZGVtbzpkZW1v' });
    expect(((await basic.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never runs a mutation sent as GET, even with a token', async () => {
    const token = await requestToken(config);
    const mutation = 'mutation { rateProject(input: { projectId: "p-1", score: 5, raterKey: "r-1" }) { count } }';
    const refused = await get(mutation, { authorization: `Bearer ${token.accessToken}` });
    expect(refused.status).toBe(405);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toBe('GET requests only support query operations, not mutation operations');
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('reports the API errors with their code: an unknown client, a refused operation', async () => {
    await expect(requestToken({ ...config, clientSecret: 'wrong' })).rejects.toThrow(/token request failed \(401\)/);
    const token = await requestToken(config);
    const client = createGongjianClient(url, token.accessToken);
    const forbidden = await client.query('{ units(first: 1) { edges { node { id } } } }', {}).toPromise();
    expect(forbidden.error?.graphQLErrors[0]?.extensions.code).toBe('FORBIDDEN');
    await expect(fetchPublicNeeds(client, 'no-such-region')).rejects.toBeInstanceOf(GongjianError);
  });
});
