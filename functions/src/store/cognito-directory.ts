import type { DirectoryUser, IdentityDirectory } from '../domain/accounts/ports';

/** Where the directory's admin API is: the pool, and locally the issuer's Cognito endpoint. */
export interface DirectoryConfig {
  userPoolId: string;
  /** The local issuer's `${origin}/cognito`; unset in the cloud. */
  endpoint?: string;
}

/** PLACEHOLDER (being built): Cognito's admin API (AdminCreateUser …), the same for the local issuer. */
export class CognitoDirectory implements IdentityDirectory {
  constructor(readonly config: DirectoryConfig) {}

  createUser(_user: DirectoryUser, _temporaryPassword: string): Promise<void> {
    throw new Error('CognitoDirectory: not built yet');
  }
  deleteUser(_username: string): Promise<void> {
    throw new Error('not built yet');
  }
  setEnabled(_username: string, _enabled: boolean): Promise<void> {
    throw new Error('not built yet');
  }
  resetPassword(_username: string, _temporaryPassword: string): Promise<void> {
    throw new Error('not built yet');
  }
}

/** Where no pool is configured (a test of other areas): every account action fails, saying so. */
export const unconfiguredDirectory: IdentityDirectory = {
  createUser: notConfigured,
  deleteUser: notConfigured,
  setEnabled: notConfigured,
  resetPassword: notConfigured,
};

function notConfigured(): Promise<never> {
  return Promise.reject(new Error('the identity directory is not configured (USER_POOL_ID)'));
}
