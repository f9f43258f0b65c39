import {
  claimPost, closePost, confirmCommunityReport, createPost, endCommunityReport, getCommunityReport, getPost, leavePost, listCommunityReports,
  listPosts, ownPosts, ownReports, postHolders, reportToCommunity, updatePost,
} from '../../domain/engagement/service';
import type { Resolvers } from '../generated/resolvers-types';

export const engagementResolvers: Resolvers = {
  Query: {
    communityReport: (_, { id }, { principal, ports }) => getCommunityReport(principal, id, ports),
    communityReports: (_, args, { principal, ports }) => listCommunityReports(principal, args, ports),
    post: (_, { id }, { principal, ports }) => getPost(principal, id, ports),
    posts: (_, args, { principal, ports }) => listPosts(principal, args, ports),
  },
  Mutation: {
    reportToCommunity: (_, { input }, { principal, ports }) => reportToCommunity(principal, input, ports),
    confirmCommunityReport: (_, { input }, { principal, ports }) => confirmCommunityReport(principal, input, ports),
    endCommunityReport: (_, { input }, { principal, ports }) => endCommunityReport(principal, input, ports),
    createPost: (_, { input }, { principal, ports }) => createPost(principal, input, ports),
    updatePost: (_, { input }, { principal, ports }) => updatePost(principal, input, ports),
    closePost: (_, args, { principal, ports }) => closePost(principal, args, ports),
    claimPost: (_, args, { principal, ports }) => claimPost(principal, args, ports),
    leavePost: (_, args, { principal, ports }) => leavePost(principal, args, ports),
  },
  Viewer: {
    communityReports: (principal, _, { ports }) => ownReports(principal, ports),
    posts: (principal, _, { ports }) => ownPosts(principal, ports),
  },
  // Units, members and posts a page names load in batches (the per-request loaders).
  CommunityReport: {
    member: (report, _, { loaders }) => loaders.member.load(report.memberId),
    memberUnit: (report, _, { loaders }) => loaders.unit.load(report.memberUnitId),
    community: (report, _, { loaders }) => loaders.unit.load(report.communityUnitId),
  },
  Post: {
    community: (post, _, { loaders }) => loaders.unit.load(post.communityUnitId),
    // One query of the post's partition: for a post's page, not every row of a list.
    holders: (post, _, { principal, ports }) => postHolders(principal, post, ports),
  },
  PostHolder: {
    member: (holder, _, { loaders }) => loaders.member.load(holder.memberId),
    post: (holder, _, { loaders }) => loaders.post.load(holder.postId),
  },
};
