import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlHandler } from '../../functions/src/graphql/lambda';
import { createLocalHttpServer } from '../../local/http-server';
import { newRegion, testConfig } from './harness';

/** The Lambda handler as the cloud runs it, behind the local server's API Gateway v2 translation. */
describe('the GraphQL endpoint over HTTP', () => {
  const servers: Server[] = [];
  const start = async (authMode: 'demo-admin' | 'none', regionId: string) => {
    const server = createLocalHttpServer(createGraphqlHandler({ ...testConfig(), authMode, demoRegionId: regionId }), '/nonexistent');
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  };
  const post = (url: string, body: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  let regionId: string;
  beforeAll(async () => {
    regionId = (await newRegion()).regionId;
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  it('answers a signed-in query', async () => {
    const url = await start('demo-admin', regionId);
    const response = await post(url, { query: '{ viewer { roles region { id unitCount } } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { roles: ['REGION_ADMIN'], region: { id: regionId, unitCount: 0 } } } });
  });

  it('signs no one in outside the local stack: UNAUTHENTICATED, no data', async () => {
    const url = await start('none', regionId);
    const body = await (await post(url, { query: '{ units(first: 1) { edges { node { id } } } }' })).json();
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('keeps introspection off and schema hints out when not allowed', async () => {
    const url = await start('demo-admin', regionId);
    const body = await (await post(url, { query: '{ __schema { types { name } } }' })).json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('refuses oversized requests and malformed queries with clear codes', async () => {
    const url = await start('demo-admin', regionId);
    const big = await post(url, { query: `{ viewer { userId } }`, variables: { pad: 'x'.repeat(1024 * 1024) } });
    expect(big.status).toBe(413);
    const bad = await (await post(url, { query: '{ viewer { ' })).json();
    expect(bad.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
