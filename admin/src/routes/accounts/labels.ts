import type { AccountRole, AccountState } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** Dictionary keys of the area's enums: the template types make the compiler check each value has a label. */
export const accountLabel = {
  role: (v: AccountRole): MessageKey => `enum.accountRole.${v}`,
  state: (v: AccountState): MessageKey => `enum.accountState.${v}`,
};

/** The order the forms and filters list them: the people a secretariat opens accounts for most, first. */
export const ACCOUNT_ROLES: readonly AccountRole[] = ['UNIT_LIAISON', 'MEMBER', 'REGION_ADMIN'];
export const ACCOUNT_STATES: readonly AccountState[] = ['ACTIVE', 'DISABLED'];

export const STATE_COLOR: Record<AccountState, string> = { ACTIVE: 'green', DISABLED: 'default' };

/** The lockout's limit (functions/src/auth/lockout.ts, LOCKOUT_FAILURES): with this many failures the next attempt locks the account. */
export const LOCKOUT_FAILURES = 5;
