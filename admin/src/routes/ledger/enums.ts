import type { LedgerAction, LedgerKind, LedgerStatus } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** Dictionary keys of the ledger's enums: the template types make the compiler check every value has a label. */
export const ledgerLabel = {
  status: (v: LedgerStatus): MessageKey => `enum.ledgerStatus.${v}`,
  kind: (v: LedgerKind): MessageKey => `enum.ledgerKind.${v}`,
  action: (v: LedgerAction): MessageKey => `enum.ledgerAction.${v}`,
};

/** Values in the schema's order (forms and filters list them so). */
export const LEDGER_STATUSES: readonly LedgerStatus[] = ['RAISED', 'ASSIGNED', 'RESOLVED', 'CLOSED', 'DECLINED'];
export const LEDGER_KINDS: readonly LedgerKind[] = ['PROBLEM', 'SUGGESTION', 'OPINION'];

/** The steps a viewer may take on an item, in the order their buttons stand (RAISE is the item's creation). */
export type LedgerStep = Exclude<LedgerAction, 'RAISE'>;
export const LEDGER_STEPS: readonly LedgerStep[] = ['ASSIGN', 'PROGRESS', 'RESOLVE', 'SIGN_OFF', 'REOPEN', 'DECLINE'];
