import type { RegionPrincipal } from '../functions/src/auth/principal';
import { ACCOUNT_AUDIT, ACCOUNT_ROLES, type Account, type AccountRole } from '../functions/src/domain/accounts/account';
import { recordChange } from '../functions/src/domain/audit/service';
import type { Ports } from '../functions/src/domain/ports';
import type { LocalUser } from './issuer';

/**
 * The account records of the demo users the issuer already has (README's demo accounts), so the accounts page
 * lists them and a bulk run does not give the demo liaison's unit a second account. Records only: the users exist in
 * the issuer. Idempotent: an account already recorded is left as it is.
 */
export async function seedDemoAccounts(ports: Ports, principal: RegionPrincipal, users: readonly LocalUser[]): Promise<number> {
  let made = 0;
  for (const user of users) {
    const role = user.roles.find((r): r is AccountRole => (ACCOUNT_ROLES as readonly string[]).includes(r));
    if (!role || user.regionId !== principal.regionId || (await ports.accounts.get(user.username))) continue;
    const now = ports.now().toISOString();
    const account: Account = {
      username: user.username,
      regionId: principal.regionId,
      name: user.name,
      phone: null,
      role,
      unitId: role === 'UNIT_LIAISON' ? (user.unitId ?? null) : null,
      memberId: role === 'MEMBER' ? (user.memberId ?? null) : null,
      state: 'ACTIVE',
      temporaryPasswordSetAt: user.temporaryPassword ? now : null,
      createdAt: now,
      createdBy: principal.displayName,
      updatedAt: now,
      version: 1,
    };
    const audit = recordChange(principal, ports, ACCOUNT_AUDIT, { operation: 'seedDemoAccounts', recordId: account.username, version: 1, before: null, after: account });
    await ports.accounts.create(account, { audit });
    made += 1;
  }
  return made;
}
