import { exportCommunityReports, exportTrainingStatus } from '../../domain/engagement/excel-service';
import type { Resolvers } from '../generated/resolvers-types';

export const engagementExcelResolvers: Resolvers = {
  Mutation: {
    exportCommunityReports: (_, args, { principal, ports }) => exportCommunityReports(principal, args, ports),
    exportTrainingStatus: (_, args, { principal, ports }) => exportTrainingStatus(principal, args, ports),
  },
};
