import type { AuditedRecord } from '../audit/audit';

/** The roles an account is made for; a platform admin is made by the operator, partners are clients, not people. */
export const ACCOUNT_ROLES = ['REGION_ADMIN', 'UNIT_LIAISON', 'MEMBER'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ACCOUNT_STATES = ['ACTIVE', 'DISABLED'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/**
 * A person's sign-in (账号) as the region keeps it. The identity provider (Cognito in the cloud, the local
 * issuer locally) holds the password and the authenticator; this record holds who the account is for, so a
 * region lists, filters and audits its accounts without asking the provider. The username is the pool's: one
 * per deployment, compared case-insensitively. The role and the unit/member binding follow from the record the
 * account is made for, and only this area writes them to the provider's custom attributes.
 */
export interface Account {
  username: string;
  regionId: string;
  name: string;
  phone: string | null;
  role: AccountRole;
  /** A liaison's unit. */
  unitId: string | null;
  /** A member's record. */
  memberId: string | null;
  state: AccountState;
  /** Set on creation and on every password reset: the first sign-in after it must choose a new password. */
  temporaryPasswordSetAt: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}

/**
 * An account's sign-ins as the lockout keeps them (functions/src/auth/lockout.ts: the cloud's authentication
 * triggers and the local issuer write one item per username): the last successful sign-in, the attempts counted
 * since (a sign-in under way counts until it succeeds), and the end of a lock while it lasts.
 */
export interface SignInState {
  lastSignInAt: string | null;
  failedSignIns: number;
  lockedUntil: string | null;
}

/** The account as the audit trail records it: the record id is the username. */
export const ACCOUNT_AUDIT: AuditedRecord = { type: 'Account', ignoredFields: ['temporaryPasswordSetAt'], unitFields: ['unitId'] };

/** An account just made (or reset), with the temporary password shown once and never stored in the clear. */
export interface AccountWithPassword {
  account: Account;
  temporaryPassword: string;
}

/** One person of a bulk run's handout sheet: whom to give which temporary password. */
export interface HandoutEntry {
  username: string;
  name: string;
  unitName: string;
  phone: string | null;
  /** The temporary password, sealed by the vault (decrypted only to build the sheet, once). */
  sealedPassword: string;
  createdAt: string;
}
