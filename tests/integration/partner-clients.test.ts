import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_REGION } from '../../functions/src/auth/claims';
import { AddUserPoolClientSecretCommand, CognitoIdentityProviderClient, ListUserPoolClientSecretsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoPartnerClients } from '../../functions/src/store/cognito-partner-clients';
import { signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, LOCAL_USER_POOL_ID } from '../../local/issuer';
import { newRegion, serveWithIssuer } from './harness';

/** How long the API keeps a partner client's state in this test (production: one minute). */
const CACHE_MS = 300;

/**
 * Partner clients as data, end to end: the platform admin registers a partner system over HTTP with a real token,
 * the local issuer's CreateUserPoolClient makes its client, the secret works at /oauth2/token, and the token acts
 * as PARTNER of that region — no deployment, no AUTH_CLIENT_IDS entry. Rotation and revocation as the partner sees them.
 */
describe('partner clients: registered by the platform admin, used by the partner', () => {
  let env: Awaited<ReturnType<typeof newRegion>>;
  let served: Awaited<ReturnType<typeof serveWithIssuer>>;
  let platformToken: string;

  const call = async (query: string, variables: Record<string, unknown> = {}, token = platformToken) => {
    const response = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  };
  const token = async (clientId: string, clientSecret: string, scope?: string) => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, ...(scope ? { scope } : {}) });
    const response = await fetch(`${served.url}/oauth2/token`, { method: 'POST', body: form });
    return { status: response.status, body: (await response.json()) as { access_token?: string; error?: string } };
  };
  const viewer = (accessToken: string) => call('{ viewer { roles region { id } } }', {}, accessToken);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    env = await newRegion();
    // The served issuer's demo accounts belong to another region: the client is registered for env's region.
    served = await serveWithIssuer({ regionId: 'demo-elsewhere', anonymousLimit: null, partnerClientCacheMs: CACHE_MS });
    platformToken = (await signInWithPassword(served.url, { username: 'platform', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).accessToken;
  });
  afterAll(() => served?.close());

  it('register → the secret works → the token is PARTNER of that region; rotate → old refused, new works; revoke → no token, issued ones refused', async () => {
    const registered = await call(
      'mutation($input: RegisterPartnerClientInput!) { registerPartnerClient(input: $input) { clientSecret client { clientId regionId name scopes state version } } }',
      { input: { regionId: env.regionId, name: '掌上长安小程序', scopes: ['gongjian/public.read', 'gongjian/member.act'] } },
    );
    expect(registered.errors).toBeUndefined();
    const { client, clientSecret } = registered.data.registerPartnerClient;
    expect(client).toMatchObject({ regionId: env.regionId, name: '掌上长安小程序', scopes: ['gongjian/public.read', 'gongjian/member.act'], state: 'ACTIVE', version: 1 });
    expect(served.issuer.clientIds()).not.toContain(client.clientId); // accepted as data, not by list

    const issued = await token(client.clientId, clientSecret);
    expect(issued.status).toBe(200);
    const first = issued.body.access_token!;
    expect(decodeJwt(first)[CLAIM_REGION]).toBe(env.regionId);
    expect((await viewer(first)).data.viewer).toEqual({ roles: ['PARTNER'], region: { id: env.regionId } });
    expect((await token(client.clientId, 'wrong')).status).toBe(401);

    const listed = await call('query($r: ID!) { partnerClients(regionId: $r) { edges { node { clientId state } } } }', { r: env.regionId });
    expect(listed.data.partnerClients.edges).toEqual([{ node: { clientId: client.clientId, state: 'ACTIVE' } }]);
    // The secret is nowhere but in the answer it was made for.
    expect(JSON.stringify(listed)).not.toContain(clientSecret);

    const rotated = await call('mutation($c: ID!) { rotatePartnerClientSecret(clientId: $c, version: 1) { clientSecret client { version } } }', { c: client.clientId });
    expect(rotated.errors).toBeUndefined();
    const newSecret = rotated.data.rotatePartnerClientSecret.clientSecret as string;
    expect(newSecret).not.toBe(clientSecret);
    expect((await token(client.clientId, clientSecret)).status).toBe(401);
    const second = (await token(client.clientId, newSecret)).body.access_token!;
    expect((await viewer(second)).data.viewer.roles).toEqual(['PARTNER']);

    const revoked = await call('mutation($c: ID!) { revokePartnerClient(clientId: $c) { state version revokedAt } }', { c: client.clientId });
    expect(revoked.data.revokePartnerClient).toMatchObject({ state: 'REVOKED', version: 3 });
    expect((await token(client.clientId, newSecret)).status).toBe(401);
    // A token issued before the revocation: refused once the API's cached answer is older than its TTL.
    await sleep(CACHE_MS + 100);
    expect((await viewer(second)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const trail = await env.ports.audit.listForRegion(env.regionId, { size: 10 });
    expect(trail.edges.map((e) => e.node.operation).filter((o) => o.includes('PartnerClient'))).toEqual(
      expect.arrayContaining(['registerPartnerClient', 'rotatePartnerClientSecret', 'revokePartnerClient']),
    );
  });

  it('gives a registered client the region of its item, and only the scopes it was given', async () => {
    const other = await newRegion();
    const registered = await call('mutation($input: RegisterPartnerClientInput!) { registerPartnerClient(input: $input) { clientSecret client { clientId } } }', {
      input: { regionId: other.regionId, name: '别区系统', scopes: ['gongjian/public.read'] },
    });
    const { client, clientSecret } = registered.data.registerPartnerClient;
    const issued = (await token(client.clientId, clientSecret, 'gongjian/public.read')).body.access_token!;
    expect(decodeJwt(issued)[CLAIM_REGION]).toBe(other.regionId);
    expect((await viewer(issued)).data.viewer.region.id).toBe(other.regionId);
    // Asking for a scope the client was not given is refused at the token endpoint.
    expect((await token(client.clientId, clientSecret, 'gongjian/member.act')).status).toBe(400);
  });

  it('the Cognito directory (the AWS SDK, against the issuer): rotation after an interrupted one still leaves only the new secret', async () => {
    const directory = new CognitoPartnerClients({ userPoolId: LOCAL_USER_POOL_ID, endpoint: `${served.url}/cognito` });
    const made = await directory.create('demo 掌上长安', ['gongjian/public.read']);
    const sdk = new CognitoIdentityProviderClient({ endpoint: `${served.url}/cognito`, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    // A rotation that stopped after adding its secret: the client holds two.
    const stray = await sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId: LOCAL_USER_POOL_ID, ClientId: made.clientId }));
    const secret = await directory.rotateSecret(made.clientId);
    const listed = await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId: LOCAL_USER_POOL_ID, ClientId: made.clientId }));
    expect(listed.ClientSecrets).toHaveLength(1);
    for (const old of [made.clientSecret, stray.ClientSecretDescriptor!.ClientSecretValue!]) expect((await token(made.clientId, old)).status).toBe(401);
    // Not registered in the table: the secret is right, but no token (as the pre-token trigger refuses it).
    expect(await token(made.clientId, secret)).toMatchObject({ status: 400 });
    await directory.delete(made.clientId);
    await directory.delete(made.clientId); // already gone: deleted
    sdk.destroy();
  });

  it('only the platform admin registers; the region admin and a partner get FORBIDDEN', async () => {
    const demo = (await token('demo-partner', 'demo-partner-secret')).body.access_token!;
    const attempt = await call('mutation($input: RegisterPartnerClientInput!) { registerPartnerClient(input: $input) { clientSecret } }', {
      input: { regionId: env.regionId, name: 'x', scopes: ['gongjian/public.read'] },
    }, demo);
    expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
