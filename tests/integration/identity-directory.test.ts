import { AdminCreateUserCommand, AdminGetUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_GROUPS, CLAIM_REGION, CLAIM_UNIT } from '../../functions/src/auth/claims';
import { CLAIM_MFA_SETUP } from '../../functions/src/auth/mfa';
import { UsernameTakenError, type DirectoryUser } from '../../functions/src/domain/accounts/ports';
import { temporaryPassword } from '../../functions/src/domain/accounts/rules';
import { CognitoDirectory } from '../../functions/src/store/cognito-directory';
import { callCognito, passwordStep, signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, LOCAL_SPA_CLIENT_ID, LOCAL_USER_POOL_ID, totpFor } from '../../local/issuer';
import { newRegion, serveWithIssuer } from './harness';

/**
 * The accounts area's directory (functions/src/store/cognito-directory.ts, the AWS SDK's Cognito client) against
 * the local issuer's admin actions over HTTP, followed by what a person then meets at sign-in and what the GraphQL
 * API makes of the token: the same calls the API function makes to Cognito in the cloud.
 */
describe('CognitoDirectory against the local issuer', () => {
  let base: string;
  let regionId: string;
  let close: () => Promise<void>;
  let directory: CognitoDirectory;
  let sdk: CognitoIdentityProviderClient;
  let serial = 0;

  beforeAll(async () => {
    regionId = (await newRegion()).regionId;
    ({ url: base, close } = await serveWithIssuer({ regionId }));
    directory = new CognitoDirectory({ userPoolId: LOCAL_USER_POOL_ID, endpoint: `${base}/cognito` });
    sdk = new CognitoIdentityProviderClient({ endpoint: `${base}/cognito`, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  });
  afterAll(async () => {
    sdk?.destroy();
    await close?.();
  });

  /** A liaison of this region with a fresh username (mixed case: the pool compares it case-insensitively). */
  const newLiaison = (): DirectoryUser => ({
    username: `Liaison${Date.now().toString(36)}${serial++}`,
    name: '联络员王五',
    phone: '138 0000 0000',
    role: 'UNIT_LIAISON',
    regionId,
    unitId: 'unit-1',
    memberId: null,
  });

  const viewer = async (bearer: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: '{ viewer { roles region { id } } }' }),
    });
    return ((await response.json()) as { data?: { viewer: { roles: string[]; region: { id: string } | null } } }).data?.viewer;
  };
  const refresh = (refreshToken: string) => callCognito(base, 'GetTokensFromRefreshToken', { ClientId: LOCAL_SPA_CLIENT_ID, RefreshToken: refreshToken });
  const getUser = (username: string) => sdk.send(new AdminGetUserCommand({ UserPoolId: LOCAL_USER_POOL_ID, Username: username }));

  it('makes a liaison with a temporary password: the first sign-in asks for a new one, then the token carries the group, region and unit', async () => {
    const user = newLiaison();
    const password = temporaryPassword();
    await directory.createUser(user, password);

    const attributes = Object.fromEntries(((await getUser(user.username)).UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    expect(attributes).toMatchObject({ name: '联络员王五', phone_number: '+8613800000000', 'custom:region': regionId, 'custom:unit': 'unit-1' });
    expect(attributes['custom:member']).toBeUndefined();
    expect(await passwordStep(base, user.username.toLowerCase(), password)).toMatchObject({ ChallengeName: 'NEW_PASSWORD_REQUIRED' });
    const session = await signInWithPassword(base, { username: user.username, password, newPassword: 'Chosen@2026' });
    expect(decodeJwt(session.accessToken)).toMatchObject({ [CLAIM_GROUPS]: ['UNIT_LIAISON'], [CLAIM_REGION]: regionId, [CLAIM_UNIT]: 'unit-1', username: user.username });
    expect(await viewer(session.accessToken)).toEqual({ roles: ['UNIT_LIAISON'], region: { id: regionId } });
  });

  it('refuses a username that exists in another case (UsernameTakenError)', async () => {
    const user = newLiaison();
    await directory.createUser(user, temporaryPassword());
    const again = directory.createUser({ ...user, username: user.username.toUpperCase(), name: '别人' }, temporaryPassword());
    await expect(again).rejects.toBeInstanceOf(UsernameTakenError);
    await expect(again).rejects.toMatchObject({ username: user.username.toUpperCase() });
    // The first user is untouched.
    expect((await getUser(user.username)).UserAttributes).toContainEqual({ Name: 'name', Value: '联络员王五' });
  });

  it('disables a user: no sign-in, its refresh token ends; enabled again, it signs in', async () => {
    const user = newLiaison();
    const password = temporaryPassword();
    await directory.createUser(user, password);
    const session = await signInWithPassword(base, { username: user.username, password, newPassword: 'Chosen@2026' });

    await directory.setEnabled(user.username, false);
    expect((await getUser(user.username)).Enabled).toBe(false);
    await expect(passwordStep(base, user.username, 'Chosen@2026')).rejects.toMatchObject({ type: 'NotAuthorizedException', message: 'NotAuthorizedException: User is disabled.' });
    await expect(refresh(session.refreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });

    await directory.setEnabled(user.username, true);
    const again = await signInWithPassword(base, { username: user.username, password: 'Chosen@2026' });
    expect(await viewer(again.accessToken)).toMatchObject({ roles: ['UNIT_LIAISON'] });
  });

  it('resets a password: the old one is refused, the temporary one asks for a new one, sessions end', async () => {
    const user = newLiaison();
    const first = temporaryPassword();
    await directory.createUser(user, first);
    const session = await signInWithPassword(base, { username: user.username, password: first, newPassword: 'Chosen@2026' });

    const second = temporaryPassword();
    await directory.resetPassword(user.username, second);
    await expect(passwordStep(base, user.username, 'Chosen@2026')).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    await expect(refresh(session.refreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    expect(await passwordStep(base, user.username, second)).toMatchObject({ ChallengeName: 'NEW_PASSWORD_REQUIRED' });
    expect((await signInWithPassword(base, { username: user.username, password: second, newPassword: 'Another@2026' })).accessToken).toBeTruthy();
  });

  it("moves a liaison to another unit (custom:unit): its sessions end, and its next sign-in's token speaks for the new unit", async () => {
    const user = newLiaison();
    const password = temporaryPassword();
    await directory.createUser(user, password);
    const session = await signInWithPassword(base, { username: user.username, password, newPassword: 'Chosen@2026' });
    expect(decodeJwt(session.accessToken)).toMatchObject({ [CLAIM_UNIT]: 'unit-1' });

    await directory.setUnit(user.username.toUpperCase(), 'unit-2');
    const attributes = Object.fromEntries(((await getUser(user.username)).UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    expect(attributes).toMatchObject({ 'custom:unit': 'unit-2', 'custom:region': regionId, name: '联络员王五', phone_number: '+8613800000000' });
    await expect(refresh(session.refreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    const again = await signInWithPassword(base, { username: user.username, password: 'Chosen@2026' });
    expect(decodeJwt(again.accessToken)).toMatchObject({ [CLAIM_GROUPS]: ['UNIT_LIAISON'], [CLAIM_UNIT]: 'unit-2' });
    await expect(directory.setUnit(`nobody-${serial++}`, 'unit-2')).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  it("turns an admin's authenticator off: sessions end, the next sign-in asks for no code and grants no admin role until a new one is enrolled", async () => {
    // The issuer's demo admin (this file's own issuer), enrolled with the demo key.
    const session = await signInWithPassword(base, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET });
    expect((await getUser('admin')).UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);

    await directory.resetAuthenticator('admin');
    expect((await getUser('admin')).UserMFASettingList).toEqual([]);
    await expect(refresh(session.refreshToken)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    const step = await passwordStep(base, 'admin', DEMO_PASSWORD);
    expect(step.ChallengeName).toBeUndefined();
    const enrolling = step.AuthenticationResult.AccessToken as string;
    expect(decodeJwt(enrolling)).toMatchObject({ [CLAIM_GROUPS]: [], [CLAIM_MFA_SETUP]: 'required' });
    expect(await viewer(enrolling)).toBeUndefined();

    // Enrolment, as the SPA does it: a new secret, a code from it, then the preference.
    const { SecretCode } = await callCognito(base, 'AssociateSoftwareToken', { AccessToken: enrolling });
    expect(SecretCode).not.toBe(DEMO_TOTP_SECRET);
    await callCognito(base, 'VerifySoftwareToken', { AccessToken: enrolling, UserCode: totpFor(SecretCode).generate() });
    await callCognito(base, 'SetUserMFAPreference', { AccessToken: enrolling, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    expect((await passwordStep(base, 'admin', DEMO_PASSWORD)).ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const enrolled = await signInWithPassword(base, { username: 'admin', password: DEMO_PASSWORD, totpSecret: SecretCode });
    expect(await viewer(enrolled.accessToken)).toEqual({ roles: ['REGION_ADMIN'], region: { id: regionId } });
  });

  it('deletes a user (and a user already gone without complaint)', async () => {
    const user = newLiaison();
    const password = temporaryPassword();
    await directory.createUser(user, password);
    await directory.deleteUser(user.username.toUpperCase());
    await expect(getUser(user.username)).rejects.toMatchObject({ name: 'UserNotFoundException' });
    await expect(passwordStep(base, user.username, password)).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    await expect(directory.deleteUser(user.username)).resolves.toBeUndefined();
  });

  it('removes the user again when its group cannot be added, and reports why', async () => {
    const user = { ...newLiaison(), role: 'NO_SUCH_GROUP' as DirectoryUser['role'] };
    await expect(directory.createUser(user, temporaryPassword())).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(getUser(user.username)).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  it('refuses the admin actions to a caller without the local credentials (the SPA, a browser)', async () => {
    const create = { UserPoolId: LOCAL_USER_POOL_ID, Username: 'intruder', TemporaryPassword: 'Intrude@2026', MessageAction: 'SUPPRESS' as const };
    // Unsigned, as a browser would send it.
    const unsigned = await fetch(`${base}/cognito`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminCreateUser' },
      body: JSON.stringify(create),
    });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toMatchObject({ __type: 'NotAuthorizedException' });
    // Signed, but with other credentials.
    const foreign = new CognitoIdentityProviderClient({ endpoint: `${base}/cognito`, region: 'cn-north-1', credentials: { accessKeyId: 'AKIAFOREIGN', secretAccessKey: 'local' } });
    await expect(foreign.send(new AdminCreateUserCommand(create))).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    foreign.destroy();
    await expect(getUser('intruder')).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });
});
