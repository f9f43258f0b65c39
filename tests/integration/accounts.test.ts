import ExcelJS from 'exceljs';
import { decodeJwt } from 'jose';
import { CLAIM_GROUPS, CLAIM_REGION, CLAIM_UNIT } from '../../functions/src/auth/claims';
import { LOCKOUT_FAILURES } from '../../functions/src/auth/lockout';
import { CLAIM_MFA_SETUP } from '../../functions/src/auth/mfa';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCognito, CognitoCallError, passwordStep, signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, LOCAL_SPA_CLIENT_ID, totpFor } from '../../local/issuer';
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
    // The lockout counts in the table, as in the local stack and the cloud: the API shows it on the accounts.
    served = await serveWithIssuer({ regionId: env.regionId, anonymousLimit: null, signInAttemptsInTable: true });
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

    // Removed: only once disabled; then the record, the unit's hold and the provider's user are gone, the trail kept.
    const DELETE = 'mutation($input: AccountChangeInput!) { deleteAccount(input: $input) { username } }';
    expect(errorOf(await call(DELETE, { input: { username: mobile, version: 4 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const before = (await env.ports.regions.get(env.regionId))!.accountCount;
    await call('mutation($input: AccountChangeInput!) { disableAccount(input: $input) { state } }', { input: { username: mobile, version: 4 } });
    expect((await call(DELETE, { input: { username: mobile, version: 5 } })).data.deleteAccount).toEqual({ username: mobile });
    expect(await env.ports.accounts.get(mobile)).toBeNull();
    expect((await env.ports.regions.get(env.regionId))!.accountCount).toBe(before - 1);
    expect(served.issuer.users().some((u) => u.username === mobile)).toBe(false);
    const again = await call('mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { username version } } }', {
      input: { username: mobile, name: '李四', phone: mobile, role: 'UNIT_LIAISON', unitId },
    });
    expect(again.data.createAccount.account).toEqual({ username: mobile, version: 1 });
    const kept = await call('query($id: ID!) { auditTrail(recordId: $id, first: 10) { edges { node { operation } } } }', { id: mobile });
    expect(kept.data.auditTrail.edges.map((e: any) => e.node.operation).slice(0, 3)).toEqual(['createAccount', 'deleteAccount', 'disableAccount']);
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

  const mobileNumber = () => `135${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const CHANGE = (operation: string, fields: string) => `mutation($input: AccountChangeInput!) { ${operation}(input: $input) { ${fields} } }`;
  const SIGN_IN_STATE = 'query($u: ID!) { account(username: $u) { lastSignInAt failedSignIns lockedUntil version } }';

  /** A liaison account of a new unit, signed in once (its own password chosen). */
  async function signedInLiaison() {
    const username = mobileNumber();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
    const made = await call('mutation($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }', {
      input: { username, name: '联络员', role: 'UNIT_LIAISON', unitId: unit },
    });
    const password = 'Liaison#2026own';
    const session = await signInWithPassword(served.url, { username, password: made.data.createAccount.temporaryPassword, newPassword: password });
    return { username, unit, password, session };
  }

  it('shows the last sign-in, the failed attempts and a lock; unlockAccount lets the person sign in again', async () => {
    const before = Date.now();
    const { username, password } = await signedInLiaison();
    const signedIn = (await call(SIGN_IN_STATE, { u: username })).data.account;
    expect(Date.parse(signedIn.lastSignInAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(signedIn).toMatchObject({ failedSignIns: 0, lockedUntil: null });

    const attempt = (p: string) => signInWithPassword(served.url, { username, password: p }).then(() => 'signed in', (e: CognitoCallError) => e.type);
    for (let i = 0; i < LOCKOUT_FAILURES; i++) expect(await attempt('Wrong#2026pw')).toBe('NotAuthorizedException');
    expect((await call(SIGN_IN_STATE, { u: username })).data.account).toMatchObject({ failedSignIns: LOCKOUT_FAILURES, lockedUntil: null });
    // The next attempt meets the lock, the right password too; the page shows until when.
    expect(await attempt(password)).toBe('UserLambdaValidationException');
    const locked = (await call(SIGN_IN_STATE, { u: username })).data.account;
    expect(Date.parse(locked.lockedUntil) - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(locked.lastSignInAt).toBe(signedIn.lastSignInAt);
    // The accounts list reads the same state (one batch for the page).
    const listed = await call('query($u: ID) { accounts(first: 50, filter: { unitId: $u }) { edges { node { username lockedUntil } } } }', { u: null });
    expect(listed.data.accounts.edges.map((e: any) => e.node)).toContainEqual({ username, lockedUntil: locked.lockedUntil });

    const unlocked = await call(CHANGE('unlockAccount', 'username lockedUntil failedSignIns version'), { input: { username, version: locked.version } });
    expect(unlocked.data.unlockAccount).toEqual({ username, lockedUntil: null, failedSignIns: 0, version: locked.version });
    expect(await attempt(password)).toBe('signed in');
    const trail = await call('query($id: ID!) { auditTrail(recordId: $id, first: 10) { edges { node { operation } } } }', { id: username });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(['unlockAccount', 'createAccount']);
  });

  it('rebinding a liaison to another unit: its next token speaks for the new unit only, and the old unit may get a new liaison account', async () => {
    const { username, unit: oldUnit, password, session } = await signedInLiaison();
    const newUnit = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
    const REBIND = 'mutation($input: RebindAccountInput!) { rebindAccount(input: $input) { unitId unit { id } version } }';
    const taken = await call(REBIND, { input: { username, version: 1, unitId: (await signedInLiaison()).unit } });
    expect(errorOf(taken)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });

    const moved = await call(REBIND, { input: { username, version: 1, unitId: newUnit } });
    expect(moved.data.rebindAccount).toEqual({ unitId: newUnit, unit: { id: newUnit }, version: 2 });
    // Its sessions ended; a new sign-in's token carries the new unit, and the API lets it act for that unit only.
    await expect(callCognito(served.url, 'GetTokensFromRefreshToken', { ClientId: LOCAL_SPA_CLIENT_ID, RefreshToken: session.refreshToken })).rejects.toBeInstanceOf(CognitoCallError);
    const again = await signInWithPassword(served.url, { username, password });
    expect(decodeJwt(again.accessToken)).toMatchObject({ [CLAIM_UNIT]: newUnit });
    expect((await call('{ viewer { unitId } }', {}, again.accessToken)).data.viewer.unitId).toBe(newUnit);
    expect((await call('query($id: ID!) { unit(id: $id) { id } }', { id: newUnit }, again.accessToken)).data.unit).toEqual({ id: newUnit });
    const old = await call('query($id: ID!) { unit(id: $id) { id } }', { id: oldUnit }, again.accessToken);
    expect(old.data?.unit ?? null).toBeNull();

    const successor = await call('mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { unitId } } }', {
      input: { username: mobileNumber(), name: '新联络员', role: 'UNIT_LIAISON', unitId: oldUnit },
    });
    expect(successor.data.createAccount.account).toEqual({ unitId: oldUnit });
  });

  it("resetAuthenticator: the admin's next sign-in asks for no code and opens nothing until a new authenticator is enrolled", async () => {
    const username = `adm-${randomUUID().slice(0, 8)}`;
    const made = await call('mutation($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }', { input: { username, name: '副书记', role: 'REGION_ADMIN' } });
    const password = 'Fushuji#2026';
    /** Enrols an authenticator with the enrolment-only token, as the SPA does; returns its key. */
    const enrol = async (accessToken: string) => {
      const { SecretCode } = await callCognito(served.url, 'AssociateSoftwareToken', { AccessToken: accessToken });
      await callCognito(served.url, 'VerifySoftwareToken', { AccessToken: accessToken, UserCode: totpFor(SecretCode).generate() });
      await callCognito(served.url, 'SetUserMFAPreference', { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
      return SecretCode as string;
    };
    const first = await signInWithPassword(served.url, { username, password: made.data.createAccount.temporaryPassword, newPassword: password });
    const key = await enrol(first.accessToken);
    const enrolled = await signInWithPassword(served.url, { username, password, totpSecret: key });
    expect((await call('{ viewer { roles } }', {}, enrolled.accessToken)).data.viewer.roles).toEqual(['REGION_ADMIN']);

    const reset = await call(CHANGE('resetAuthenticator', 'username version'), { input: { username, version: 1 } });
    expect(reset.data.resetAuthenticator).toEqual({ username, version: 2 });
    await expect(callCognito(served.url, 'GetTokensFromRefreshToken', { ClientId: LOCAL_SPA_CLIENT_ID, RefreshToken: enrolled.refreshToken })).rejects.toBeInstanceOf(CognitoCallError);
    const step = await passwordStep(served.url, username, password);
    expect(step.ChallengeName).toBeUndefined();
    const enrolling = step.AuthenticationResult.AccessToken as string;
    expect(decodeJwt(enrolling)).toMatchObject({ [CLAIM_GROUPS]: [], [CLAIM_MFA_SETUP]: 'required' });
    expect(errorOf(await call('{ accounts(first: 1) { edges { node { username } } } }', {}, enrolling)).code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const newKey = await enrol(enrolling);
    expect(newKey).not.toBe(key);
    await expect(signInWithPassword(served.url, { username, password, totpSecret: key })).rejects.toBeInstanceOf(CognitoCallError);
    const back = await signInWithPassword(served.url, { username, password, totpSecret: newKey });
    expect((await call('{ viewer { roles } }', {}, back.accessToken)).data.viewer.roles).toEqual(['REGION_ADMIN']);
    const liaison = await call(CHANGE('resetAuthenticator', 'username'), { input: { username: mobile, version: 1 } });
    expect(errorOf(liaison)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
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
