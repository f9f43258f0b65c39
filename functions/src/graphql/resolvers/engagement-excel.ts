import { exportCommunityReports } from '../../domain/engagement/excel-service';
import type { Resolvers } from '../generated/resolvers-types';

export const engagementExcelResolvers: Resolvers = {
  Mutation: {
    exportCommunityReports: (_, args, { principal, ports }) => exportCommunityReports(principal, args, ports),
  },
};
