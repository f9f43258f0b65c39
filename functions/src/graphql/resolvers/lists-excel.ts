import { exportNeeds, exportProjects, exportResources, importNeeds, needImportTemplate, previewNeedImport } from '../../domain/lists/excel-service';
import type { Resolvers } from '../generated/resolvers-types';

export const listExcelResolvers: Resolvers = {
  Query: {
    needImportTemplate: (_, args, { principal, ports }) => needImportTemplate(principal, args, ports),
  },
  Mutation: {
    previewNeedImport: (_, { input }, { principal, ports }) => previewNeedImport(principal, input, ports),
    importNeeds: (_, { input }, { principal, ports }) => importNeeds(principal, input, ports),
    exportNeeds: (_, args, { principal, ports }) => exportNeeds(principal, args, ports),
    exportResources: (_, args, { principal, ports }) => exportResources(principal, args, ports),
    exportProjects: (_, args, { principal, ports }) => exportProjects(principal, args, ports),
  },
};
