import type { AuditedRecord } from '../audit/audit';

export type PostStatus = 'OPEN' | 'CLOSED';

/** A post (岗位) a community defines (设岗定责, 003 doc 1). `holderCount` is a counter the claims keep under `holderCount < capacity`. */
export interface Post {
  id: string;
  regionId: string;
  communityUnitId: string;
  title: string;
  duties: string | null;
  capacity: number;
  holderCount: number;
  startsOn: string | null;
  endsOn: string | null;
  status: PostStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A member holding a post (认岗). One per member and post. */
export interface PostHolder {
  regionId: string;
  postId: string;
  communityUnitId: string;
  memberId: string;
  memberName: string;
  /** The member's active report to the post's community, when it holds the post as a reported member: its `postsHeld` moves with the claim. */
  reportId: string | null;
  claimedAt: string;
}

export const POST_AUDIT: AuditedRecord = { type: 'Post', ignoredFields: ['holderCount'], unitFields: ['communityUnitId'] };
export const POST_HOLDER_AUDIT: AuditedRecord = { type: 'PostHolder', ignoredFields: [], unitFields: ['communityUnitId'] };
