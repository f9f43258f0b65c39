import {
  appointRegionAdmin, createAccount, deleteAccount, createLiaisonAccounts, createRegion, disableAccount, enableAccount, getAccount, liaisonAccountsHandout,
  listAccounts, listRegions, rebindAccount, regionAdmins, resetAuthenticator, resetPassword, unlockAccount,
} from '../../domain/accounts/service';
import type { Resolvers } from '../generated/resolvers-types';

export const accountResolvers: Resolvers = {
  Query: {
    accounts: (_, args, { principal, ports }) => listAccounts(principal, args, ports),
    account: (_, { username }, { principal, ports }) => getAccount(principal, username, ports),
    regions: (_, args, { principal, ports }) => listRegions(principal, args, ports),
  },
  Mutation: {
    createAccount: (_, { input }, { principal, ports }) => createAccount(principal, input, ports),
    createLiaisonAccounts: (_, { input }, { principal, ports }) => createLiaisonAccounts(principal, input, ports),
    liaisonAccountsHandout: (_, { handoutId }, { principal, ports }) => liaisonAccountsHandout(principal, handoutId, ports),
    disableAccount: (_, { input }, { principal, ports }) => disableAccount(principal, input, ports),
    enableAccount: (_, { input }, { principal, ports }) => enableAccount(principal, input, ports),
    deleteAccount: (_, { input }, { principal, ports }) => deleteAccount(principal, input, ports),
    resetPassword: (_, { input }, { principal, ports }) => resetPassword(principal, input, ports),
    unlockAccount: (_, { input }, { principal, ports }) => unlockAccount(principal, input, ports),
    rebindAccount: (_, { input }, { principal, ports }) => rebindAccount(principal, input, ports),
    resetAuthenticator: (_, { input }, { principal, ports }) => resetAuthenticator(principal, input, ports),
    createRegion: (_, { input }, { principal, ports }) => createRegion(principal, input, ports),
    appointRegionAdmin: (_, { input }, { principal, ports }) => appointRegionAdmin(principal, input, ports),
  },
  Account: {
    unit: (account, _, { loaders }) => (account.unitId ? loaders.unit.load(account.unitId) : null),
    member: (account, _, { loaders }) => (account.memberId ? loaders.member.load(account.memberId) : null),
    // The lockout's item of each account of a page: one batch (the loader), read only if asked for.
    lastSignInAt: async (account, _, { loaders }) => (await loaders.signIn.load(account.username)).lastSignInAt,
    failedSignIns: async (account, _, { loaders }) => (await loaders.signIn.load(account.username)).failedSignIns,
    lockedUntil: async (account, _, { loaders }) => (await loaders.signIn.load(account.username)).lockedUntil,
  },
  Region: {
    // The platform admin's view of a region; the region's own people read its counts, not its admins.
    admins: (region, _, { principal, loaders }) => regionAdmins(principal, region, (usernames) => loaders.account.loadMany(usernames)),
  },
};
