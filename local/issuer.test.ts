import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { CLAIM_GROUPS, CLAIM_REGION, CLAIM_UNIT } from '../functions/src/auth/claims';
import { temporaryPassword } from '../functions/src/domain/accounts/rules';
import { accessKeyIdOf, ADMIN_ACTIONS, CLIENT_ACTIONS, hashSecret, LOCAL_ACCESS_KEY_ID, LOCAL_SPA_CLIENT_ID, LOCAL_USER_POOL_ID, LocalIssuer, passwordProblem } from './issuer';
import { clientProof, clientStart } from './srp';

describe('Method: passwordProblem', () => {
  it.each([
    ['Gongjian@2026', null],
    ['abcDEF12', null],
    ['abc!ef12', null],
  ])('accepts %s', (password, problem) => expect(passwordProblem(password)).toBe(problem));
  it.each([['Ab1!'], ['abcdefgh1'], ['ABCDEFGH'], ['abcdefgh']])('refuses %s', (password) => {
    expect(passwordProblem(password)).not.toBeNull();
  });
});

describe('Method: passwordProblem (the accounts area\'s temporary passwords)', () => {
  it('accepts every temporary password the accounts area makes', () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword();
      expect(passwordProblem(password), password).toBeNull();
    }
  });
});

describe('Method: hashSecret', () => {
  it('salts every hash', () => expect(hashSecret('same')).not.toBe(hashSecret('same')));
});

const SIGNED = 'AWS4-HMAC-SHA256 Credential=local/20261201/cn-north-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00';
const FOREIGN = 'AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261201/cn-north-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00';
const TEMPORARY = 'Tmp#2026abcd';

/** An in-memory issuer with no users, a clock the test moves, and helpers that call it as the SDK and the SPA do. */
async function emptyIssuer(file: string | null = null) {
  const issuer = await LocalIssuer.open({ issuerUrl: 'http://127.0.0.1:1', file, initialUsers: async () => ({ users: [], clients: [] }) });
  /** An admin action, signed with the local credentials unless told otherwise. */
  const admin = (action: string, body: Record<string, unknown>, authorization: string | null = SIGNED) =>
    issuer.cognito(action, { UserPoolId: LOCAL_USER_POOL_ID, ...body }, authorization ?? undefined);
  const call = async (action: string, body: unknown) => {
    const answer = await issuer.cognito(action, body);
    if (answer.status !== 200) throw Object.assign(new Error(String(answer.body.message)), { type: answer.body.__type });
    return answer.body as Record<string, any>;
  };
  /** USER_SRP_AUTH as the SPA does it; answers NEW_PASSWORD_REQUIRED with `newPassword` when given. */
  const signIn = async (username: string, password: string, newPassword?: string) => {
    const { a, A } = clientStart();
    const started = await call('InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: LOCAL_SPA_CLIENT_ID, AuthParameters: { USERNAME: username, SRP_A: A } });
    const p = started.ChallengeParameters as Record<string, string>;
    const proof = clientProof({ poolName: LOCAL_USER_POOL_ID.split('_')[1]!, userId: p.USER_ID_FOR_SRP!, password, a, A, salt: p.SALT!, B: p.SRP_B!, secretBlock: p.SECRET_BLOCK! });
    let step = await call('RespondToAuthChallenge', {
      ChallengeName: 'PASSWORD_VERIFIER',
      ClientId: LOCAL_SPA_CLIENT_ID,
      ChallengeResponses: { USERNAME: p.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP: proof.timestamp, PASSWORD_CLAIM_SIGNATURE: proof.signature },
    });
    if (step.ChallengeName === 'NEW_PASSWORD_REQUIRED' && newPassword) {
      step = await call('RespondToAuthChallenge', { ChallengeName: 'NEW_PASSWORD_REQUIRED', ClientId: LOCAL_SPA_CLIENT_ID, Session: step.Session, ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword } });
    }
    return step;
  };
  const refresh = (refreshToken: string) => call('GetTokensFromRefreshToken', { ClientId: LOCAL_SPA_CLIENT_ID, RefreshToken: refreshToken });
  return { issuer, admin, signIn, refresh };
}

const liaison = {
  Username: 'Liaison01',
  TemporaryPassword: TEMPORARY,
  MessageAction: 'SUPPRESS',
  UserAttributes: [
    { Name: 'name', Value: '联络员王五' },
    { Name: 'phone_number', Value: '+8613800000000' },
    { Name: 'custom:region', Value: 'r-1' },
    { Name: 'custom:unit', Value: 'u-1' },
  ],
};

describe('Method: accessKeyIdOf', () => {
  it('reads the key id of a SigV4 Authorization header', () => {
    expect(accessKeyIdOf(SIGNED)).toBe(LOCAL_ACCESS_KEY_ID);
    expect(accessKeyIdOf(FOREIGN)).toBe('AKIAEXAMPLE');
  });
  it.each([[undefined], [''], ['Bearer abc'], ['AWS4-HMAC-SHA256 Signature=00']])('finds none in %s', (header) => expect(accessKeyIdOf(header)).toBeNull());
});

describe('Class: LocalIssuer (admin actions)', () => {
  it.each([
    ['no signature', null],
    ['a bearer token', 'Bearer abc'],
    ['a foreign key id', FOREIGN],
  ])('refuses an admin action with %s, and changes nothing', async (_, authorization) => {
    const { admin } = await emptyIssuer();
    for (const action of ADMIN_ACTIONS) {
      expect(await admin(action, liaison, authorization)).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException' } });
    }
    expect(await admin('AdminGetUser', { Username: 'liaison01' })).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException' } });
  });

  it('AdminUpdateUserAttributes changes the attributes named, as the pool checks them; the next token carries them', async () => {
    const { admin, signIn } = await emptyIssuer();
    await admin('AdminCreateUser', liaison);
    await admin('AdminAddUserToGroup', { Username: 'liaison01', GroupName: 'UNIT_LIAISON' });
    expect(await admin('AdminUpdateUserAttributes', { Username: 'LIAISON01', UserAttributes: [{ Name: 'custom:unit', Value: 'u-2' }] })).toEqual({ status: 200, body: {} });
    expect(await admin('AdminUpdateUserAttributes', { Username: 'liaison01', UserAttributes: [{ Name: 'custom:role', Value: 'x' }] })).toMatchObject({
      status: 400,
      body: { __type: 'InvalidParameterException' },
    });
    const attributes = (await admin('AdminGetUser', { Username: 'liaison01' })).body.UserAttributes;
    expect(attributes).toEqual(expect.arrayContaining([{ Name: 'custom:unit', Value: 'u-2' }, { Name: 'custom:region', Value: 'r-1' }, { Name: 'name', Value: '联络员王五' }]));
    const done = await signIn('liaison01', TEMPORARY, 'Chosen@2026');
    expect(decodeJwt(done.AuthenticationResult.AccessToken)).toMatchObject({ [CLAIM_UNIT]: 'u-2' });
    expect(await admin('AdminUpdateUserAttributes', { Username: 'nobody', UserAttributes: [] })).toMatchObject({ body: { __type: 'UserNotFoundException' } });
  });

  it('makes a user with a temporary password and a group: the first sign-in asks for a new password, then the token carries role, region and unit', async () => {
    const { admin, signIn } = await emptyIssuer();
    const created = await admin('AdminCreateUser', liaison);
    expect(created).toMatchObject({ status: 200, body: { User: { Username: 'Liaison01', Enabled: true, UserStatus: 'FORCE_CHANGE_PASSWORD' } } });
    expect(await admin('AdminAddUserToGroup', { Username: 'liaison01', GroupName: 'UNIT_LIAISON' })).toEqual({ status: 200, body: {} });
    const got = await admin('AdminGetUser', { Username: 'LIAISON01' });
    expect(got.body).toMatchObject({ Username: 'Liaison01', Enabled: true, UserStatus: 'FORCE_CHANGE_PASSWORD' });
    expect(got.body.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'name', Value: '联络员王五' },
        { Name: 'phone_number', Value: '+8613800000000' },
        { Name: 'custom:region', Value: 'r-1' },
        { Name: 'custom:unit', Value: 'u-1' },
      ]),
    );

    expect(await signIn('liaison01', TEMPORARY)).toMatchObject({ ChallengeName: 'NEW_PASSWORD_REQUIRED' });
    const done = await signIn('liaison01', TEMPORARY, 'Chosen@2026');
    const claims = decodeJwt(done.AuthenticationResult.AccessToken);
    expect(claims).toMatchObject({ [CLAIM_GROUPS]: ['UNIT_LIAISON'], [CLAIM_REGION]: 'r-1', [CLAIM_UNIT]: 'u-1', username: 'Liaison01', name: '联络员王五' });
    expect((await admin('AdminGetUser', { Username: 'liaison01' })).body.UserStatus).toBe('CONFIRMED');
    // The chosen password is the password now.
    expect((await signIn('LIAISON01', 'Chosen@2026')).AuthenticationResult).toBeDefined();
  });

  it('refuses a taken username in any case, a weak temporary password, an attribute the pool lacks, a phone not in E.164, an unknown group or pool', async () => {
    const { admin } = await emptyIssuer();
    await admin('AdminCreateUser', liaison);
    expect(await admin('AdminCreateUser', { ...liaison, Username: 'LIAISON01' })).toMatchObject({ status: 400, body: { __type: 'UsernameExistsException' } });
    expect(await admin('AdminCreateUser', { ...liaison, Username: 'other', TemporaryPassword: 'weakpassword' })).toMatchObject({ body: { __type: 'InvalidPasswordException' } });
    expect(await admin('AdminCreateUser', { ...liaison, Username: 'other', TemporaryPassword: undefined })).toMatchObject({ body: { __type: 'InvalidParameterException' } });
    expect(await admin('AdminCreateUser', { ...liaison, Username: 'other', UserAttributes: [{ Name: 'email', Value: 'a@b.cn' }] })).toMatchObject({ body: { __type: 'InvalidParameterException' } });
    expect(await admin('AdminCreateUser', { ...liaison, Username: 'other', UserAttributes: [{ Name: 'phone_number', Value: '13800000000' }] })).toMatchObject({
      body: { __type: 'InvalidParameterException', message: 'Invalid phone number format.' },
    });
    expect(await admin('AdminAddUserToGroup', { Username: 'liaison01', GroupName: 'PARTNER' })).toMatchObject({ body: { __type: 'ResourceNotFoundException' } });
    expect(await admin('AdminCreateUser', { ...liaison, Username: 'other', UserPoolId: 'cn-north-1_other' })).toMatchObject({ body: { __type: 'ResourceNotFoundException' } });
    expect(await admin('AdminGetUser', { Username: 'other' })).toMatchObject({ body: { __type: 'UserNotFoundException' } });
  });

  it.each(['AdminAddUserToGroup', 'AdminDeleteUser', 'AdminDisableUser', 'AdminEnableUser', 'AdminSetUserPassword', 'AdminUserGlobalSignOut', 'AdminGetUser'])(
    '%s of an unknown user: UserNotFoundException',
    async (action) => {
      const { admin } = await emptyIssuer();
      expect(await admin(action, { Username: 'nobody', GroupName: 'MEMBER', Password: TEMPORARY })).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException' } });
    },
  );

  it('disables a user: no sign-in ("User is disabled."), its refresh token ends; enabled again, it signs in', async () => {
    const { admin, signIn, refresh } = await emptyIssuer();
    await admin('AdminCreateUser', liaison);
    const session = (await signIn('liaison01', TEMPORARY, 'Chosen@2026')).AuthenticationResult;
    await admin('AdminDisableUser', { Username: 'liaison01' });
    expect((await admin('AdminGetUser', { Username: 'liaison01' })).body.Enabled).toBe(false);
    await expect(signIn('liaison01', 'Chosen@2026')).rejects.toMatchObject({ type: 'NotAuthorizedException', message: 'User is disabled.' });
    await expect(refresh(session.RefreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    // A wrong password still reads as a wrong password (nothing told to someone who does not know it).
    await expect(signIn('liaison01', 'Wrong@2026x')).rejects.toMatchObject({ message: 'Incorrect username or password.' });
    await admin('AdminEnableUser', { Username: 'liaison01' });
    expect((await signIn('liaison01', 'Chosen@2026')).AuthenticationResult).toBeDefined();
  });

  it('sets a temporary password (Permanent false): the old one is refused, the new one asks for a new password, sessions end', async () => {
    const { admin, signIn, refresh } = await emptyIssuer();
    await admin('AdminCreateUser', liaison);
    const session = (await signIn('liaison01', TEMPORARY, 'Chosen@2026')).AuthenticationResult;
    expect(await admin('AdminSetUserPassword', { Username: 'liaison01', Password: 'short' })).toMatchObject({ body: { __type: 'InvalidPasswordException' } });
    expect(await admin('AdminSetUserPassword', { Username: 'liaison01', Password: 'Reset#2026xy', Permanent: false })).toEqual({ status: 200, body: {} });
    await expect(refresh(session.RefreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    await expect(signIn('liaison01', 'Chosen@2026')).rejects.toMatchObject({ message: 'Incorrect username or password.' });
    expect(await signIn('liaison01', 'Reset#2026xy')).toMatchObject({ ChallengeName: 'NEW_PASSWORD_REQUIRED' });
    expect((await signIn('liaison01', 'Reset#2026xy', 'Again@2026x')).AuthenticationResult).toBeDefined();
  });

  it('signs a user out everywhere: its refresh tokens end, it can sign in again', async () => {
    const { admin, signIn, refresh } = await emptyIssuer();
    await admin('AdminCreateUser', liaison);
    const first = (await signIn('liaison01', TEMPORARY, 'Chosen@2026')).AuthenticationResult;
    const second = (await signIn('liaison01', 'Chosen@2026')).AuthenticationResult;
    expect(await admin('AdminUserGlobalSignOut', { Username: 'liaison01' })).toEqual({ status: 200, body: {} });
    await expect(refresh(first.RefreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    await expect(refresh(second.RefreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    expect((await signIn('liaison01', 'Chosen@2026')).AuthenticationResult).toBeDefined();
  });

  it('deletes a user: gone, its refresh token ends, the name is free again', async () => {
    const { admin, signIn, refresh } = await emptyIssuer();
    await admin('AdminCreateUser', liaison);
    const session = (await signIn('liaison01', TEMPORARY, 'Chosen@2026')).AuthenticationResult;
    expect(await admin('AdminDeleteUser', { Username: 'LIAISON01' })).toEqual({ status: 200, body: {} });
    expect(await admin('AdminGetUser', { Username: 'liaison01' })).toMatchObject({ body: { __type: 'UserNotFoundException' } });
    await expect(refresh(session.RefreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    await expect(signIn('liaison01', 'Chosen@2026')).rejects.toMatchObject({ message: 'Incorrect username or password.' });
    expect(await admin('AdminCreateUser', liaison)).toMatchObject({ status: 200 });
  });

  it('keeps what the admin actions change in its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongjian-issuer-'));
    try {
      const file = join(dir, 'issuer.json');
      const first = await emptyIssuer(file);
      await first.admin('AdminCreateUser', liaison);
      await first.admin('AdminAddUserToGroup', { Username: 'liaison01', GroupName: 'UNIT_LIAISON' });
      await first.admin('AdminDisableUser', { Username: 'liaison01' });
      const again = await emptyIssuer(file);
      expect((await again.admin('AdminGetUser', { Username: 'liaison01' })).body).toMatchObject({ Enabled: false, UserStatus: 'FORCE_CHANGE_PASSWORD' });
      await again.admin('AdminEnableUser', { Username: 'liaison01' });
      const third = await emptyIssuer(file);
      const done = await third.signIn('liaison01', TEMPORARY, 'Chosen@2026');
      expect(decodeJwt(done.AuthenticationResult.AccessToken)[CLAIM_GROUPS]).toEqual(['UNIT_LIAISON']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Class: LocalIssuer (partner clients: the app-client actions)', () => {
  const newClient = { ClientName: 'partner demo 掌上', GenerateSecret: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ['gongjian/public.read'] };
  const clientBody = { ...newClient, ClientName: 'partner demo' };

  async function withRegions(regions: Record<string, string | null>) {
    const issuer = await LocalIssuer.open({
      issuerUrl: 'http://127.0.0.1:1',
      file: null,
      initialUsers: async () => ({ users: [], clients: [] }),
      partnerClientRegion: async (id) => regions[id] ?? null,
    });
    const act = (action: string, body: Record<string, unknown>, authorization: string | null = SIGNED) =>
      issuer.cognito(action, { UserPoolId: LOCAL_USER_POOL_ID, ...body }, authorization ?? undefined);
    const token = (client_id: string, client_secret: string) => issuer.clientCredentials({ grant_type: 'client_credentials', client_id, client_secret });
    return { issuer, act, token };
  }

  it('refuses every client action without the local credentials', async () => {
    const { act } = await withRegions({});
    for (const action of CLIENT_ACTIONS) {
      for (const authorization of [null, 'Bearer abc', FOREIGN]) {
        expect(await act(action, { ...clientBody, ClientId: 'x', ClientSecretId: 'y' }, authorization)).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException' } });
      }
    }
  });

  it('checks the client asked for: a name Cognito takes, a secret, client credentials only, known scopes', async () => {
    const { act } = await withRegions({});
    expect((await act('CreateUserPoolClient', newClient)).body.__type).toBe('InvalidParameterException');
    expect((await act('CreateUserPoolClient', { ...clientBody, GenerateSecret: false })).body.__type).toBe('InvalidParameterException');
    expect((await act('CreateUserPoolClient', { ...clientBody, AllowedOAuthFlows: ['code'] })).body.__type).toBe('InvalidOAuthFlowException');
    expect((await act('CreateUserPoolClient', { ...clientBody, AllowedOAuthScopes: ['openid'] })).body.__type).toBe('ScopeDoesNotExistException');
  });

  it('a made client gets tokens of the region its item names, none when unknown or revoked; rotation and deletion end old secrets', async () => {
    const regions: Record<string, string | null> = {};
    const { issuer, act, token } = await withRegions(regions);
    const made = (await act('CreateUserPoolClient', clientBody)).body.UserPoolClient as { ClientId: string; ClientSecret: string };
    expect(issuer.clientIds()).not.toContain(made.ClientId);
    expect(await token(made.ClientId, made.ClientSecret)).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    regions[made.ClientId] = 'r-7';
    const ok = await token(made.ClientId, made.ClientSecret);
    expect(ok.status).toBe(200);
    expect(decodeJwt((ok.body as { access_token: string }).access_token)[CLAIM_REGION]).toBe('r-7');

    const added = (await act('AddUserPoolClientSecret', { ClientId: made.ClientId })).body.ClientSecretDescriptor as { ClientSecretId: string; ClientSecretValue: string };
    expect((await token(made.ClientId, made.ClientSecret)).status).toBe(200); // both work during the rotation
    expect((await act('AddUserPoolClientSecret', { ClientId: made.ClientId })).body.__type).toBe('LimitExceededException');
    const listed = (await act('ListUserPoolClientSecrets', { ClientId: made.ClientId })).body.ClientSecrets as { ClientSecretId: string }[];
    expect(listed).toHaveLength(2);
    const old = listed.find((s) => s.ClientSecretId !== added.ClientSecretId)!;
    expect(await act('DeleteUserPoolClientSecret', { ClientId: made.ClientId, ClientSecretId: old.ClientSecretId })).toMatchObject({ status: 200 });
    expect((await act('DeleteUserPoolClientSecret', { ClientId: made.ClientId, ClientSecretId: added.ClientSecretId })).body.__type).toBe('InvalidParameterException');
    expect((await token(made.ClientId, made.ClientSecret)).status).toBe(401);
    expect((await token(made.ClientId, added.ClientSecretValue)).status).toBe(200);

    regions[made.ClientId] = null; // revoked in the table
    expect((await token(made.ClientId, added.ClientSecretValue)).status).toBe(400);
    expect(await act('DeleteUserPoolClient', { ClientId: made.ClientId })).toMatchObject({ status: 200 });
    expect((await token(made.ClientId, added.ClientSecretValue)).status).toBe(401);
    expect((await act('DeleteUserPoolClient', { ClientId: made.ClientId })).body.__type).toBe('ResourceNotFoundException');
  });
});
