import {
  adjustMemberPoints, confirmServiceHours, engagementRules, evaluationGrid, listServiceRecords, listTrainingRecords, logServiceHours, logTraining,
  memberPoints, ownPoints, ownServiceRecords, pointsEntries, recomputePoints, setEngagementRules, setEvaluationGrade, trainingStatus, unitEvaluation,
} from '../../domain/engagement/records-service';
import type { Resolvers } from '../generated/resolvers-types';

export const engagementRecordResolvers: Resolvers = {
  Query: {
    serviceRecords: (_, args, { principal, ports }) => listServiceRecords(principal, args, ports),
    trainingRecords: (_, args, { principal, ports }) => listTrainingRecords(principal, args, ports),
    trainingStatus: (_, args, { principal, ports }) => trainingStatus(principal, args, ports),
    engagementRules: (_, args, { principal, ports }) => engagementRules(principal, args, ports),
    memberPoints: (_, args, { principal, ports }) => memberPoints(principal, args, ports),
    evaluationGrid: (_, args, { principal, ports }) => evaluationGrid(principal, args, ports),
    unitEvaluation: (_, args, { principal, ports }) => unitEvaluation(principal, args, ports),
  },
  Mutation: {
    logServiceHours: (_, { input }, { principal, ports }) => logServiceHours(principal, input, ports),
    confirmServiceHours: (_, { input }, { principal, ports }) => confirmServiceHours(principal, input, ports),
    logTraining: (_, { input }, { principal, ports }) => logTraining(principal, input, ports),
    setEngagementRules: (_, { input }, { principal, ports }) => setEngagementRules(principal, input, ports),
    adjustMemberPoints: (_, { input }, { principal, ports }) => adjustMemberPoints(principal, input, ports),
    recomputePoints: (_, args, { principal, ports }) => recomputePoints(principal, args, ports),
    setEvaluationGrade: (_, { input }, { principal, ports }) => setEvaluationGrade(principal, input, ports),
  },
  Viewer: {
    memberPoints: (principal, args, { ports }) => ownPoints(principal, args, ports),
    serviceRecords: (principal, args, { ports }) => ownServiceRecords(principal, args, ports),
  },
  ServiceRecord: {
    member: (record, _, { loaders }) => loaders.member.load(record.memberId),
    memberUnit: (record, _, { loaders }) => loaders.unit.load(record.memberUnitId),
    community: (record, _, { loaders }) => loaders.unit.load(record.communityUnitId),
    post: (record, _, { loaders }) => (record.postId ? loaders.post.load(record.postId) : null),
  },
  MemberPoints: {
    member: (points, _, { loaders }) => loaders.member.load(points.memberId),
    // Authorized with its parent (memberPoints checks who may read the member's year).
    entries: (points, args, { ports }) => pointsEntries(points, args, ports),
  },
};
