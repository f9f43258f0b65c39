import ExcelJS from 'exceljs';
import { decodeJwt } from 'jose';
import { CLAIM_REGION } from '../../functions/src/auth/claims';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoCallError, signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { CREATE_UNIT, errorOf, newRegion, serveWithIssuer, unitInput } from './harness';

/**
 * Accounts end to end: the GraphQL API over HTTP with real tokens, DynamoDB Local for the records and the local
 * issuer's admin actions for the sign-ins — an account the secretariat makes is one a person then signs in with.
 */
describe('accounts: made by the secretariat, used by people', () => {
  let env: Awaited<ReturnType<typeof newRegion>>;
  let served: Awaited<ReturnType<typeof serveWithIssuer>>;
  let adminToken: string;
  let unitId: string;
  const mobile = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  const call = async (query: string, variables: Record<string, unknown> = {}, token = adminToken) => {
    const response = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  };

  beforeAll(async () => {
    env = await newRegion();
    unitId = (await env.gql(CREATE_UNIT, { input: unitInput({ liaison: { name: '李四', phone: mobile } }) })).data.createUnit.id;
    served = await serveWithIssuer({ regionId: env.regionId, anonymousLimit: null });
    adminToken = (await signInWithPassword(served.url, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).accessToken;
  });
  afterAll(() => served?.close());

  it('a liaison account signs in with its temporary password, sets its own, and acts for its unit only; disabled, it cannot sign in', async () => {
    const made = await call(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword account { username role unit { id } state version } } }',
      { input: { username: mobile, name: '李四', phone: mobile, role: 'UNIT_LIAISON', unitId } },
    );
    expect(made.errors).toBeUndefined();
    const { temporaryPassword, account } = made.data.createAccount;
    expect(account).toMatchObject({ username: mobile, role: 'UNIT_LIAISON', unit: { id: unitId }, state: 'ACTIVE', version: 1 });

    await expect(signInWithPassword(served.url, { username: mobile, password: temporaryPassword })).rejects.toThrow('new password');
    const signedIn = await signInWithPassword(served.url, { username: mobile, password: temporaryPassword, newPassword: 'Liaison#2026new' });
    const viewer = await call('{ viewer { roles unitId region { id } } }', {}, signedIn.accessToken);
    expect(viewer.data.viewer).toEqual({ roles: ['UNIT_LIAISON'], unitId, region: { id: env.regionId } });
    const own = await call('query($id: ID!) { unit(id: $id) { id } }', { id: unitId }, signedIn.accessToken);
    expect(own.data.unit).toEqual({ id: unitId });
    const list = await call('{ units(first: 1) { edges { node { id } } } }', {}, signedIn.accessToken);
    expect(errorOf(list).code).toBe('FORBIDDEN');

    const disabled = await call('mutation($input: AccountChangeInput!) { disableAccount(input: $input) { state version } }', { input: { username: mobile, version: 1 } });
    expect(disabled.data.disableAccount).toEqual({ state: 'DISABLED', version: 2 });
    await expect(signInWithPassword(served.url, { username: mobile, password: 'Liaison#2026new' })).rejects.toBeInstanceOf(CognitoCallError);

    await call('mutation($input: AccountChangeInput!) { enableAccount(input: $input) { state } }', { input: { username: mobile, version: 2 } });
    const reset = await call('mutation($input: AccountChangeInput!) { resetPassword(input: $input) { temporaryPassword account { version } } }', { input: { username: mobile, version: 3 } });
    expect(reset.data.resetPassword.account.version).toBe(4);
    await expect(signInWithPassword(served.url, { username: mobile, password: 'Liaison#2026new' })).rejects.toBeInstanceOf(CognitoCallError);
    await signInWithPassword(served.url, { username: mobile, password: reset.data.resetPassword.temporaryPassword, newPassword: 'Liaison#2026again' });

    const trail = await call('query($id: ID!) { auditTrail(recordId: $id, first: 10) { edges { node { operation } } } }', { id: mobile });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(['resetPassword', 'enableAccount', 'disableAccount', 'createAccount']);
  });

  it('refuses at the field a username the provider already has (a demo account), and keeps nothing', async () => {
    const result = await call('mutation($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }', {
      input: { username: 'Member', name: '重名', role: 'REGION_ADMIN' },
    });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(await env.ports.accounts.get('member')).toBeNull();
    expect((await env.ports.regions.get(env.regionId))?.accountCount).toBe(1);
  });

  it('the bulk run makes the liaisons’ accounts and a one-time handout whose passwords sign in', async () => {
    const second = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const secondUnit = (await env.gql(CREATE_UNIT, { input: unitInput({ liaison: { name: '王五', phone: second } }) })).data.createUnit.id;
    await env.gql(CREATE_UNIT, { input: unitInput({ liaison: { name: '赵六', phone: '010-66668888' } }) });
    const STEP = 'mutation($input: CreateLiaisonAccountsInput!) { createLiaisonAccounts(input: $input) { handoutId created { username unitId } skipped { reason } alreadyHadAccount processedUnits totalUnits nextCursor done } }';
    let step = (await call(STEP, { input: { size: 1 } })).data.createLiaisonAccounts;
    const steps = [step];
    while (!step.done) {
      step = (await call(STEP, { input: { size: 1, after: step.nextCursor, handoutId: step.handoutId } })).data.createLiaisonAccounts;
      steps.push(step);
    }
    expect(steps).toHaveLength(3);
    expect(steps.flatMap((s) => s.created)).toEqual([{ username: second, unitId: secondUnit }]);
    expect(steps.reduce((n, s) => n + s.alreadyHadAccount, 0)).toBe(1);
    expect(steps.flatMap((s) => s.skipped.map((k: any) => k.reason))).toEqual(['联络员手机号缺失或不是手机号']);

    const handout = await call('mutation($h: ID!) { liaisonAccountsHandout(handoutId: $h) { name downloadUrl } }', { h: step.handoutId });
    const bytes = Buffer.from(await (await fetch(handout.data.liaisonAccountsHandout.downloadUrl)).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    const person = rows.find((r) => r.includes(second))!;
    expect(person).toBeDefined();
    const password = person[4]!;
    await signInWithPassword(served.url, { username: second, password, newPassword: 'Wangwu#2026new' });
    const again = await call('mutation($h: ID!) { liaisonAccountsHandout(handoutId: $h) { name } }', { h: step.handoutId });
    expect(errorOf(again).field).toBe('handoutId');
  });

  it('the platform admin creates a region and appoints its admin, who signs in to that region', async () => {
    const platformToken = (await signInWithPassword(served.url, { username: 'platform', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).accessToken;
    const slug = `t${randomUUID().slice(0, 8)}`;
    const created = await call('mutation($input: CreateRegionInput!) { createRegion(input: $input) { id slug } }', { input: { name: '十里铺街道', level: 'STREET', slug } }, platformToken);
    const regionId = created.data.createRegion.id;
    const username = `admin-${slug}`;
    const appointed = await call('mutation($input: AppointRegionAdminInput!) { appointRegionAdmin(input: $input) { temporaryPassword } }', { input: { regionId, username, name: '刘书记' } }, platformToken);
    // Newest first; other tests' regions (some dated ahead) may come before it: page until it shows.
    let listed: any;
    let after: string | null = null;
    for (let page = 0; !listed && page < 20; page++) {
      const regions = await call('query($after: String) { regions(first: 50, after: $after) { edges { node { id name adminCount admins { username } } } pageInfo { endCursor hasNextPage } } }', { after }, platformToken);
      listed = regions.data.regions.edges.map((e: any) => e.node).find((r: any) => r.id === regionId);
      if (!regions.data.regions.pageInfo.hasNextPage) break;
      after = regions.data.regions.pageInfo.endCursor;
    }
    expect(listed).toEqual({ id: regionId, name: '十里铺街道', adminCount: 1, admins: [{ username }] });
    // An admin's first sign-in: a new password, then (no authenticator yet) a token without the admin role until one is enrolled.
    const first = await signInWithPassword(served.url, { username, password: appointed.data.appointRegionAdmin.temporaryPassword, newPassword: 'Liushuji#2026' });
    expect(decodeJwt(first.accessToken)).toMatchObject({ username, [CLAIM_REGION]: regionId });
  });
});
