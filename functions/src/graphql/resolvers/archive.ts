import {
  addArchiveDocument, archiveFolderCounts, deleteArchiveDocument, getArchiveDocument, listArchiveDocuments, listArchiveVersions, listDeletedArchiveDocuments,
  replaceArchiveFile, restorableUntil, restoreArchiveDocument, verifyArchiveDocument,
} from '../../domain/archive/service';
import type { Resolvers } from '../generated/resolvers-types';

export const archiveResolvers: Resolvers = {
  Query: {
    archiveDocuments: (_, { filter, ...args }, { principal, ports }) => listArchiveDocuments(principal, filter, args, ports),
    archiveDocument: (_, { id }, { principal, ports }) => getArchiveDocument(principal, id, ports),
    archiveFolders: (_, { year, unitId }, { principal, ports }) => archiveFolderCounts(principal, year, unitId, ports),
    deletedArchiveDocuments: (_, args, { principal, ports }) => listDeletedArchiveDocuments(principal, args, ports),
  },
  Mutation: {
    addArchiveDocument: (_, { input }, { principal, ports }) => addArchiveDocument(principal, input, ports),
    replaceArchiveFile: (_, { input }, { principal, ports }) => replaceArchiveFile(principal, input, ports),
    deleteArchiveDocument: (_, { input }, { principal, ports }) => deleteArchiveDocument(principal, input, ports),
    restoreArchiveDocument: (_, { input }, { principal, ports }) => restoreArchiveDocument(principal, input, ports),
    verifyArchiveDocument: (_, { id }, { principal, ports }) => verifyArchiveDocument(principal, id, ports),
  },
  ArchiveDocument: {
    unit: (document, _, { loaders }) => (document.unitId ? loaders.unit.load(document.unitId) : null),
    versions: (document, args, { principal, ports }) => listArchiveVersions(principal, document, args, ports),
    restorableUntil: (document) => restorableUntil(document),
    lastVerifiedAt: (document) => document.lastVerifiedAt ?? null,
    lastVerification: (document) => document.lastVerification ?? null,
  },
};
