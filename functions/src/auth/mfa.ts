import type { Role } from './principal';

/**
 * MFA for platform and region admins (ARCHITECTURE.md, security baseline). Cognito's MFA setting is
 * pool-wide, so the pool keeps it OPTIONAL and this rule withholds the admin roles from the tokens of a
 * user who has not enrolled an authenticator (TOTP). Such a token is good for enrolment only: the API
 * finds no role in it and refuses it. The pre-token trigger applies the rule in the cloud, the local
 * issuer applies it locally; the admin SPA reads CLAIM_MFA_SETUP and sends the user to enrolment.
 */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['PLATFORM_ADMIN', 'REGION_ADMIN'];

/** Added to the ID and access tokens (value `required`) when roles were withheld for want of an authenticator. */
export const CLAIM_MFA_SETUP = 'gongjian:mfa_setup';
export const MFA_SETUP_REQUIRED = 'required';

export interface GrantedGroups {
  /** The groups the token carries. */
  groups: string[];
  /** The groups held back until an authenticator is enrolled (empty when none). */
  withheld: string[];
}

/** Does this set of groups need an authenticator before it is granted? */
export const needsAuthenticator = (groups: readonly string[]): boolean =>
  groups.some((group) => (MFA_REQUIRED_ROLES as readonly string[]).includes(group));

/** The groups a token may carry, given whether the user has enrolled an authenticator. */
export function grantedGroups(groups: readonly string[], hasAuthenticator: boolean): GrantedGroups {
  if (hasAuthenticator) return { groups: [...groups], withheld: [] };
  const withheld = groups.filter((group) => (MFA_REQUIRED_ROLES as readonly string[]).includes(group));
  return { groups: groups.filter((group) => !withheld.includes(group)), withheld };
}
