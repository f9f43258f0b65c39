import type { AttributeType } from '@aws-sdk/client-cognito-identity-provider';
import { UsernameTakenError, type DirectoryUser, type IdentityDirectory } from '../domain/accounts/ports';
import { connectCognito, type CognitoConnection, type DirectoryConfig } from './cognito-client';

export type { DirectoryConfig };

/**
 * Cognito's admin API (IAM-authorised: the API function's role may call exactly these actions on exactly its
 * pool, infra/lib/identity.ts) — and, with `endpoint` set, the same actions of the local issuer. The user's
 * region, unit and member go into the custom attributes the pre-token trigger turns into claims; the role is
 * the group.
 */
export class CognitoDirectory implements IdentityDirectory {
  constructor(readonly config: DirectoryConfig) {}

  /**
   * AdminCreateUser (no message: the temporary password is handed out by the region) then AdminAddUserToGroup. If
   * the group cannot be added the user is deleted again, so nothing is half made.
   */
  async createUser(user: DirectoryUser, temporaryPassword: string): Promise<void> {
    const { sdk, client } = await this.connect();
    const UserPoolId = this.config.userPoolId;
    try {
      await client.send(
        new sdk.AdminCreateUserCommand({
          UserPoolId,
          Username: user.username,
          TemporaryPassword: temporaryPassword,
          MessageAction: 'SUPPRESS',
          UserAttributes: directoryAttributes(user),
        }),
      );
    } catch (error) {
      if (isNamed(error, 'UsernameExistsException')) throw new UsernameTakenError(user.username);
      throw error;
    }
    try {
      await client.send(new sdk.AdminAddUserToGroupCommand({ UserPoolId, Username: user.username, GroupName: user.role }));
    } catch (error) {
      await this.deleteUser(user.username).catch(() => undefined); // the first error is the one to report
      throw error;
    }
  }

  /** AdminDeleteUser; a user that is not there is already deleted. */
  async deleteUser(username: string): Promise<void> {
    const { sdk, client } = await this.connect();
    try {
      await client.send(new sdk.AdminDeleteUserCommand({ UserPoolId: this.config.userPoolId, Username: username }));
    } catch (error) {
      if (!isNamed(error, 'UserNotFoundException')) throw error;
    }
  }

  /** Disabling: AdminDisableUser, then AdminUserGlobalSignOut (its refresh tokens end). Enabling: AdminEnableUser. */
  async setEnabled(username: string, enabled: boolean): Promise<void> {
    const { sdk, client } = await this.connect();
    const target = { UserPoolId: this.config.userPoolId, Username: username };
    if (enabled) {
      await client.send(new sdk.AdminEnableUserCommand(target));
      return;
    }
    await client.send(new sdk.AdminDisableUserCommand(target));
    await this.signOutEverywhere(username);
  }

  /** AdminSetUserPassword (not permanent: the next sign-in must choose a new one), then AdminUserGlobalSignOut. */
  async resetPassword(username: string, temporaryPassword: string): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(new sdk.AdminSetUserPasswordCommand({ UserPoolId: this.config.userPoolId, Username: username, Password: temporaryPassword, Permanent: false }));
    await this.signOutEverywhere(username);
  }

  /**
   * AdminUpdateUserAttributes on `custom:unit` (the attribute AdminCreateUser set, which the pre-token trigger turns
   * into `gongjian:unit`), then AdminUserGlobalSignOut: the refresh tokens end, so the next token is a new sign-in's
   * and speaks for the new unit. An access token already issued keeps its unit until it expires (15 minutes).
   */
  async setUnit(username: string, unitId: string): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.AdminUpdateUserAttributesCommand({ UserPoolId: this.config.userPoolId, Username: username, UserAttributes: [{ Name: UNIT_ATTRIBUTE, Value: unitId }] }),
    );
    await this.signOutEverywhere(username);
  }

  /**
   * AdminSetUserMFAPreference with the authenticator (software token) off, then AdminUserGlobalSignOut. The pool's
   * MFA is OPTIONAL, so the next sign-in asks for no code; the pre-token trigger finds no `SOFTWARE_TOKEN_MFA` and
   * withholds the admin roles (functions/src/auth/mfa.ts) until the person enrols a new authenticator
   * (AssociateSoftwareToken replaces the old secret) — the old authenticator app's codes are worth nothing.
   */
  async resetAuthenticator(username: string): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.AdminSetUserMFAPreferenceCommand({
        UserPoolId: this.config.userPoolId,
        Username: username,
        SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
      }),
    );
    await this.signOutEverywhere(username);
  }

  /**
   * AdminUserGlobalSignOut. Cognito may refuse it for a disabled user (NotAuthorizedException, "User is
   * disabled."): AdminDisableUser has revoked that user's tokens already, and it cannot sign in, so that is done.
   */
  private async signOutEverywhere(username: string): Promise<void> {
    const { sdk, client } = await this.connect();
    try {
      await client.send(new sdk.AdminUserGlobalSignOutCommand({ UserPoolId: this.config.userPoolId, Username: username }));
    } catch (error) {
      if (!isNamed(error, 'NotAuthorizedException')) throw error;
    }
  }

  private connect(): Promise<CognitoConnection> {
    return connectCognito(this.config);
  }
}

/** The custom attribute of a liaison's unit (infra/lib/identity.ts: `unit`). */
export const UNIT_ATTRIBUTE = 'custom:unit';

/** The user's attributes in the pool: name, the phone only in E.164, the region, and the unit or member when set. */
export function directoryAttributes(user: DirectoryUser): AttributeType[] {
  const phone = e164(user.phone);
  const attributes: Array<[string, string | null]> = [
    ['name', user.name],
    ['phone_number', phone],
    ['custom:region', user.regionId],
    [UNIT_ATTRIBUTE, user.unitId],
    ['custom:member', user.memberId],
  ];
  return attributes.filter((entry): entry is [string, string] => Boolean(entry[1])).map(([Name, Value]) => ({ Name, Value }));
}

/**
 * A phone number as Cognito's `phone_number` takes it (E.164): a mainland mobile (11 digits, 1[3-9]…) gets +86,
 * a number already written with its country code stays; anything else (a landline with an area code, an
 * extension) is left out rather than refused — the account record keeps it as typed.
 */
export function e164(phone: string | null): string | null {
  if (!phone) return null;
  const compact = phone.replace(/[\s-]/g, '');
  if (/^1[3-9][0-9]{9}$/.test(compact)) return `+86${compact}`;
  if (/^\+[1-9][0-9]{6,14}$/.test(compact)) return compact;
  return null;
}

const isNamed = (error: unknown, name: string): boolean => error instanceof Error && error.name === name;

/** Where no pool is configured (a test of other areas): every account action fails, saying so. */
export const unconfiguredDirectory: IdentityDirectory = {
  createUser: notConfigured,
  deleteUser: notConfigured,
  setEnabled: notConfigured,
  resetPassword: notConfigured,
  setUnit: notConfigured,
  resetAuthenticator: notConfigured,
};

function notConfigured(): Promise<never> {
  return Promise.reject(new Error('the identity directory is not configured (USER_POOL_ID)'));
}
