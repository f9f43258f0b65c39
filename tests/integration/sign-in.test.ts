import { Amplify } from 'aws-amplify';
import { confirmSignIn, fetchAuthSession, fetchMFAPreference, setUpTOTP, signIn, signOut, updateMFAPreference, verifyTOTPSetup } from 'aws-amplify/auth';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT_FAILURES } from '../../functions/src/auth/lockout';
import { CLAIM_MFA_SETUP } from '../../functions/src/auth/mfa';
import { callCognito, CognitoCallError, signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, LOCAL_SPA_CLIENT_ID, LOCAL_USER_POOL_ID, LocalIssuer, totpFor } from '../../local/issuer';
import { newRegion, serveWithIssuer } from './harness';

/**
 * Sign-in through the local issuer's Cognito API, the way the admin SPA does it: Amplify's own SRP
 * client (so the issuer and Amplify are checked against each other), the challenges for a temporary
 * password and an authenticator, enrolment of an authenticator by an admin, refresh, revocation, and
 * the lockout — each followed by what the GraphQL API makes of the token.
 */
describe('sign-in through the Cognito API of the local issuer', () => {
  const closers: (() => Promise<void>)[] = [];
  let regionId: string;
  let base: string;
  let issuer: LocalIssuer;
  let clock = Date.now();

  async function serve() {
    const served = await serveWithIssuer({ regionId, now: () => clock });
    closers.push(served.close);
    return served;
  }

  const viewer = async (bearer: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: '{ viewer { userId roles region { id } } }' }),
    });
    return (await response.json()) as { data: { viewer: { roles: string[]; region: { id: string } | null } } | null; errors?: { extensions: { code: string } }[] };
  };

  beforeAll(async () => {
    regionId = (await newRegion()).regionId;
    ({ url: base, issuer } = await serve());
    Amplify.configure({ Auth: { Cognito: { userPoolId: LOCAL_USER_POOL_ID, userPoolClientId: LOCAL_SPA_CLIENT_ID, userPoolEndpoint: `${base}/cognito` } } });
  });
  afterAll(async () => {
    await signOut().catch(() => undefined);
    await Promise.all(closers.map((close) => close()));
  });

  it('signs the demo admin in with Amplify: password by SRP, then the authenticator code', async () => {
    const first = await signIn({ username: 'admin', password: DEMO_PASSWORD });
    expect(first.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const done = await confirmSignIn({ challengeResponse: totpFor(DEMO_TOTP_SECRET).generate() });
    expect(done.isSignedIn).toBe(true);
    const session = await fetchAuthSession();
    const access = session.tokens!.accessToken.toString();
    expect((await viewer(access)).data?.viewer).toMatchObject({ roles: ['REGION_ADMIN'], region: { id: regionId } });
    // Refresh (GetTokensFromRefreshToken) brings a new access token the API accepts.
    const refreshed = await fetchAuthSession({ forceRefresh: true });
    expect(refreshed.tokens!.accessToken.toString()).not.toBe(access);
    expect((await viewer(refreshed.tokens!.accessToken.toString())).data?.viewer.roles).toEqual(['REGION_ADMIN']);
    // Sign-out revokes the refresh token: it brings no more tokens.
    const refreshToken = await refreshTokenOf('admin');
    await signOut();
    await expect(callCognito(base, 'GetTokensFromRefreshToken', { ClientId: LOCAL_SPA_CLIENT_ID, RefreshToken: refreshToken })).rejects.toMatchObject({ type: 'NotAuthorizedException' });
  });

  it('refuses a wrong password and a wrong code, with the same answer for an unknown user', async () => {
    const wrong = await signIn({ username: 'member', password: 'Wrong@2026' }).catch((e: Error) => e);
    const unknown = await signIn({ username: 'nobody', password: 'Wrong@2026' }).catch((e: Error) => e);
    expect(wrong).toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(unknown).toMatchObject({ name: (wrong as Error).name, message: (wrong as Error).message });
    await signIn({ username: 'platform', password: DEMO_PASSWORD });
    const badCode = await confirmSignIn({ challengeResponse: '000000' }).catch((e: Error) => e);
    expect(badCode).toMatchObject({ name: 'CodeMismatchException' });
    // The same sign-in can still be finished with the right code.
    expect((await confirmSignIn({ challengeResponse: totpFor(DEMO_TOTP_SECRET).generate() })).isSignedIn).toBe(true);
    await signOut();
  });

  it('makes a new admin choose a password, then enrol an authenticator before the admin role is granted', async () => {
    issuer.createUser({ username: 'freshadmin', name: '新管理员', roles: ['REGION_ADMIN'], regionId, password: 'Temp@2026x', temporaryPassword: true });
    const first = await signIn({ username: 'freshadmin', password: 'Temp@2026x' });
    expect(first.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    const weak = await confirmSignIn({ challengeResponse: 'weakpass' }).catch((e: Error) => e);
    expect(weak).toMatchObject({ name: 'InvalidPasswordException' });
    expect((await confirmSignIn({ challengeResponse: 'Chosen@2026' })).isSignedIn).toBe(true);

    // Without an authenticator the token carries no admin role: the API refuses it, the SPA sees why.
    let tokens = (await fetchAuthSession()).tokens!;
    expect(tokens.idToken!.payload[CLAIM_MFA_SETUP]).toBe('required');
    expect((await viewer(tokens.accessToken.toString())).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const setup = await setUpTOTP();
    expect(setup.getSetupUri('共建').href).toMatch(/^otpauth:\/\/totp\//);
    await expect(verifyTOTPSetup({ code: '000000' })).rejects.toMatchObject({ name: 'EnableSoftwareTokenMFAException' });
    await verifyTOTPSetup({ code: totpFor(setup.sharedSecret).generate() });
    await updateMFAPreference({ totp: 'PREFERRED' });
    expect(await fetchMFAPreference()).toMatchObject({ enabled: ['TOTP'], preferred: 'TOTP' });

    tokens = (await fetchAuthSession({ forceRefresh: true })).tokens!;
    expect(tokens.idToken!.payload[CLAIM_MFA_SETUP]).toBeUndefined();
    expect((await viewer(tokens.accessToken.toString())).data?.viewer.roles).toEqual(['REGION_ADMIN']);
    await signOut();

    // From now on the authenticator code is asked at sign-in.
    const again = await signIn({ username: 'FreshAdmin', password: 'Chosen@2026' });
    expect(again.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await confirmSignIn({ challengeResponse: totpFor(setup.sharedSecret).generate() });
    await signOut();
  });

  it(`locks an account for 15 minutes after ${LOCKOUT_FAILURES} failed sign-ins`, async () => {
    const { url } = await serve();
    const attempt = (password: string) => signInWithPassword(url, { username: 'member', password }).then(() => 'signed in', (e: CognitoCallError) => e.type);
    for (let i = 0; i < LOCKOUT_FAILURES; i++) expect(await attempt('Wrong@2026')).toBe('NotAuthorizedException');
    const locked = await signInWithPassword(url, { username: 'member', password: DEMO_PASSWORD }).catch((e: CognitoCallError) => e);
    expect(locked).toMatchObject({ type: 'UserLambdaValidationException' });
    expect((locked as Error).message).toContain('账号已锁定');
    clock += 14 * 60_000;
    expect(await attempt(DEMO_PASSWORD)).toBe('UserLambdaValidationException');
    clock += 2 * 60_000;
    expect(await attempt(DEMO_PASSWORD)).toBe('signed in');
  });

  it('accepts tokens only from its own clients, and no password flow but SRP', async () => {
    await expect(
      callCognito(base, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: LOCAL_SPA_CLIENT_ID, AuthParameters: { USERNAME: 'member', PASSWORD: DEMO_PASSWORD } }),
    ).rejects.toMatchObject({ type: 'InvalidParameterException' });
    await expect(
      callCognito(base, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: 'someone-else', AuthParameters: { USERNAME: 'member', SRP_A: 'abc' } }),
    ).rejects.toMatchObject({ type: 'ResourceNotFoundException' });
    const member = await signInWithPassword(base, { username: 'member', password: DEMO_PASSWORD });
    expect(decodeJwt(member.accessToken)).toMatchObject({ token_use: 'access', client_id: LOCAL_SPA_CLIENT_ID, 'cognito:groups': ['MEMBER'] });
  });

  /** Amplify keeps the refresh token in its storage; read it from there (in Node: its in-memory store). */
  async function refreshTokenOf(username: string): Promise<string> {
    const { defaultStorage } = await import('aws-amplify/utils');
    const key = `CognitoIdentityServiceProvider.${LOCAL_SPA_CLIENT_ID}.${username}.refreshToken`;
    const value = await defaultStorage.getItem(key);
    if (!value) throw new Error('no refresh token kept');
    return value;
  }
});
