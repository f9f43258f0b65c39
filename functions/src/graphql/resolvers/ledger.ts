import {
  allowedLedgerActions, assignLedgerItem, declineLedgerItem, getLedgerItem, ledgerItemOverdue, ledgerYear, listLedgerItems, raiseLedgerItem,
  reopenLedgerItem, reportLedgerProgress, resolveLedgerItem, signOffLedgerItem,
} from '../../domain/ledger/service';
import type { Resolvers } from '../generated/resolvers-types';

export const ledgerResolvers: Resolvers = {
  Query: {
    ledgerItems: (_, args, { principal, ports }) => listLedgerItems(principal, args, ports),
    ledgerItem: (_, { id }, { principal, ports }) => getLedgerItem(principal, id, ports),
    ledgerYear: (_, args, { principal, ports }) => ledgerYear(principal, args, ports),
  },
  Mutation: {
    raiseLedgerItem: (_, { input }, { principal, ports }) => raiseLedgerItem(principal, input, ports),
    assignLedgerItem: (_, { input }, { principal, ports }) => assignLedgerItem(principal, input, ports),
    reportLedgerProgress: (_, { input }, { principal, ports }) => reportLedgerProgress(principal, input, ports),
    resolveLedgerItem: (_, { input }, { principal, ports }) => resolveLedgerItem(principal, input, ports),
    signOffLedgerItem: (_, { input }, { principal, ports }) => signOffLedgerItem(principal, input, ports),
    reopenLedgerItem: (_, { input }, { principal, ports }) => reopenLedgerItem(principal, input, ports),
    declineLedgerItem: (_, { input }, { principal, ports }) => declineLedgerItem(principal, input, ports),
  },
  LedgerItem: {
    raisedByUnit: (item, _, { loaders }) => loaders.unit.load(item.raisedByUnitId),
    handlerUnit: (item, _, { loaders }) => (item.handlerUnitId ? loaders.unit.load(item.handlerUnitId) : null),
    overdue: (item, _, { ports }) => ledgerItemOverdue(item, ports),
    allowedActions: (item, _, { principal }) => allowedLedgerActions(principal, item),
  },
};
