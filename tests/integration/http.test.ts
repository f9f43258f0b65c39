import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, createGraphqlHandler } from '../../functions/src/graphql/lambda';
import { ORIGIN_HEADER } from '../../functions/src/graphql/origin';
import { signInWithPassword } from '../../local/cognito-client';
import { DEMO_PARTNER, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { CREATE_UNIT, newRegion, serveWithIssuer, testConfig, unitInput } from './harness';

/**
 * The Lambda handler as the cloud runs it (behind the local server's API Gateway v2 translation),
 * verifying real RS256 tokens from the local issuer by its published key set.
 */
describe('the GraphQL endpoint over HTTP, with tokens', () => {
  const closers: (() => Promise<void>)[] = [];
  let regionId: string;
  let liaisonUnitId: string;
  let base: string;
  let clock = Date.now();

  async function serve(issuerOptions: { now?: () => number } = {}) {
    const served = await serveWithIssuer({ regionId, liaisonUnitId, ...issuerOptions });
    closers.push(served.close);
    return served.url;
  }

  const token = async (url: string, form: Record<string, string>) =>
    fetch(`${url}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  const signIn = async (url: string, username: string) =>
    (await signInWithPassword(url, { username, password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).accessToken;
  const gql = async (url: string, query: string, bearer?: string, variables?: unknown) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    const region = await newRegion();
    regionId = region.regionId;
    liaisonUnitId = (await region.gql(CREATE_UNIT, { input: unitInput({ name: '联络员单位' }) })).data.createUnit.id;
    base = await serve();
  });
  afterAll(() => Promise.all(closers.map((close) => close())));

  it('answers a signed-in region admin, with the region from the token', async () => {
    const bearer = await signIn(base, 'admin');
    const { status, body } = await gql(base, '{ viewer { roles unitId region { id unitCount } } }', bearer);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { viewer: { roles: ['REGION_ADMIN'], unitId: null, region: { id: regionId, unitCount: 1 } } } });
  });

  it('signs a liaison in for its own unit only, and a partner with client credentials', async () => {
    const liaison = await signIn(base, 'liaison');
    const own = await gql(base, 'query($id: ID!) { unit(id: $id) { name } }', liaison, { id: liaisonUnitId });
    expect(own.body.data.unit.name).toBe('联络员单位');
    const list = await gql(base, '{ units(first: 5) { edges { node { id } } } }', liaison);
    expect(list.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const partnerResponse = await token(base, { grant_type: 'client_credentials', client_id: DEMO_PARTNER.clientId, client_secret: DEMO_PARTNER.secret });
    const partner = ((await partnerResponse.json()) as { access_token: string }).access_token;
    expect((await gql(base, '{ viewer { roles region { id } } }', partner)).body.data.viewer).toEqual({ roles: ['PARTNER'], region: { id: regionId } });
    const badSecret = await token(base, { grant_type: 'client_credentials', client_id: DEMO_PARTNER.clientId, client_secret: 'nope' });
    expect(badSecret.status).toBe(401);
  });

  it('treats a missing token as anonymous: public data only, UNAUTHENTICATED elsewhere, no data', async () => {
    const pub = await gql(base, 'query($id: ID!) { publicRegion(id: $id) { id level } }', undefined, { id: regionId });
    expect(pub.body).toEqual({ data: { publicRegion: { id: regionId, level: 'STREET' } } });
    const hidden = await gql(base, '{ units(first: 1) { edges { node { id } } } }');
    expect(hidden.body.data).toBeNull();
    expect(hidden.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses forged, foreign and expired tokens', async () => {
    const genuine = await signIn(base, 'admin');
    const [header, payload] = genuine.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, 'gongjian:region': 'other' })).toString('base64url')}.${genuine.split('.')[2]}`;
    for (const bearer of [forged, 'not-a-jwt']) {
      const { body } = await gql(base, '{ viewer { userId } }', bearer);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeNull();
    }
    // A token from another issuer (another key) at another address.
    const stranger = await serve();
    const foreign = await signIn(stranger, 'admin');
    expect((await gql(base, '{ viewer { userId } }', foreign)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // A token issued 16 minutes ago has expired.
    clock = Date.now() - 16 * 60_000;
    const late = await serve({ now: () => clock });
    const expired = await signIn(late, 'member'); // no authenticator code: that follows the real clock
    const refused = await gql(late, '{ viewer { userId } }', expired);
    expect(refused.body.errors[0]).toMatchObject({ message: '登录已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('lets only signed-in callers introspect, and limits depth and aliases', async () => {
    const bearer = await signIn(base, 'admin');
    expect((await gql(base, '{ __schema { queryType { name } } }')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(base, '{ __schema { queryType { name } } }', bearer)).body.data.__schema.queryType.name).toBe('Query');
    const deep = `{ units(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }`;
    const tooDeep = await gql(base, deep, bearer);
    expect(tooDeep.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.body.errors[0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { userId }`).join(' ')} }`;
    expect((await gql(base, aliases, bearer)).body.errors[0].message).toMatch(/alias/i);
  });

  it('lets the standard introspection query through and refuses a deeper one, for every caller', async () => {
    const bearer = await signIn(base, 'admin');
    const standard = await gql(base, getIntrospectionQuery(), bearer);
    expect(standard.body.errors).toBeUndefined();
    expect(standard.body.data.__schema.types.length).toBeGreaterThan(20);
    const nested = (levels: number) => `{ __schema { types { fields { type ${'{ ofType '.repeat(levels)}{ name }${' }'.repeat(levels)} } } } }`;
    const sixty = await gql(base, nested(60), bearer);
    expect(sixty.status).toBe(400);
    expect(sixty.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(sixty.body.errors[0].message).toMatch(/depth limit of 16/i);
    expect(sixty.body.data).toBeUndefined();
    // Just past the limit: refused too (the limit is not an accident of the token count).
    expect((await gql(base, nested(13), bearer)).body.errors[0].message).toMatch(/depth limit of 16/i);
    expect((await gql(base, nested(11), bearer)).body.errors).toBeUndefined();
  });

  it('refuses a request that bypassed CloudFront (no or a wrong origin header) before anything else runs', async () => {
    const secret = 'origin-secret-of-this-stack';
    const handler = createGraphqlHandler({ ...testConfig(), auth: { issuer: base, clientIds: ['x'] }, allowIntrospection: false, originSecret: secret });
    const event = (headers: Record<string, string>, body = JSON.stringify({ query: '{ __typename }' })) =>
      ({ version: '2.0', rawPath: '/graphql', rawQueryString: '', headers: { 'content-type': 'application/json', ...headers },
        requestContext: { http: { method: 'POST', path: '/graphql' } }, body, isBase64Encoded: false }) as never;
    const call = (headers: Record<string, string>, body?: string) => handler(event(headers, body), {} as never);
    const wrong: Record<string, string>[] = [{}, { [ORIGIN_HEADER]: 'guessed' }, { [ORIGIN_HEADER]: `${secret}x` }];
    for (const headers of wrong) {
      const refused = await call(headers);
      expect(refused.statusCode).toBe(403);
      expect(JSON.parse(refused.body!)).toEqual({ errors: [{ message: '请通过平台的正式地址访问', extensions: { code: 'FORBIDDEN' } }] });
    }
    // Refused before the size limit or the parser: nothing of the API answers a direct caller.
    expect((await call({}, 'x'.repeat(MAX_REQUEST_BYTES + 1))).statusCode).toBe(403);
    const through = await call({ [ORIGIN_HEADER]: secret });
    expect(through.statusCode).toBe(200);
    expect(JSON.parse(through.body!)).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses oversized requests and malformed queries with clear codes', async () => {
    const big = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { userId } }', variables: { pad: 'x'.repeat(1024 * 1024) } }) });
    expect(big.status).toBe(413);
    // The Lambda handler enforces the same limit when API Gateway (10 MB) lets a request through.
    const handler = createGraphqlHandler({ ...testConfig(), auth: { issuer: base, clientIds: ['x'] }, allowIntrospection: false });
    const event = { version: '2.0', rawPath: '/graphql', headers: {}, requestContext: { http: { method: 'POST' } }, body: 'x'.repeat(MAX_REQUEST_BYTES + 1), isBase64Encoded: false };
    expect((await handler(event as never, {} as never)).statusCode).toBe(413);
    const bad = await gql(base, '{ viewer { ', await signIn(base, 'admin'));
    // GraphQL Armor's token limit parses first and reports the syntax error itself.
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(bad.body.errors[0].extensions.code);
    expect(bad.body.errors[0].message).toMatch(/Syntax Error/);
    // A client's mistake is a 400, never a 5xx (which the API's 5xx alarm counts).
    expect(bad.status).toBe(400);
    expect((await gql(base, '{ nope }', await signIn(base, 'admin'))).status).toBe(400);
  });
});
