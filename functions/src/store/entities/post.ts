/**
 * Posts (设岗定责) and their holders (认岗): keys, index entries and item mapping.
 *
 * | item                                  | pk                  | sk                 |
 * |---------------------------------------|---------------------|--------------------|
 * | post (counter `holderCount`)          | R#{r}#POST#{post}   | #POST              |
 * | holder (a member holding the post)    | R#{r}#POST#{post}   | HOLDER#{member}    |
 *
 * Index entries:
 * | index | partition (gsiNpk)                                  | sort key (gsiNsk)      | serves                          |
 * |-------|-----------------------------------------------------|------------------------|---------------------------------|
 * | gsi2  | R#{r}#POSTS#COMMUNITY#{community} (post)            | `{title}#{post}`       | a community's posts, by title   |
 * | gsi5  | R#{r}#POSTS#COMMUNITY#{community}#STATUS#{s} (post) | `{title}#{post}`       | its open ones (OPEN)            |
 * | gsi2  | R#{r}#POSTS#HELDBY#{member} (holder)                | `{claimedAt}#{post}`   | the posts a member holds        |
 *
 * Titles sort by their UTF-8 bytes (a community has few posts: no pinyin key). A post's holders are one Query of its
 * partition (`^HOLDER#`, at most MAX_POST_CAPACITY).
 */
import type { Post, PostHolder, PostStatus } from '../../domain/engagement/post';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const POST_TYPE = 'POST';
export const POST_HOLDER_TYPE = 'POST_HOLDER';
export const HOLDER_PREFIX = 'HOLDER#';

export const postKey = (regionId: string, postId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#POST#${postId}`, sk: '#POST' });

export const postHolderKey = (regionId: string, postId: string, memberId: string): PrimaryKey => ({
  pk: postKey(regionId, postId).pk,
  sk: `${HOLDER_PREFIX}${memberId}`,
});

const posts = (regionId: string) => `${regionRoot(regionId)}#POSTS`;

export const postPartitions = {
  byCommunity: (regionId: string, communityUnitId: string): Partition => ({ index: 'gsi2', partitionValue: `${posts(regionId)}#COMMUNITY#${communityUnitId}` }),
  byCommunityStatus: (regionId: string, communityUnitId: string, status: PostStatus): Partition => ({
    index: 'gsi5',
    partitionValue: `${posts(regionId)}#COMMUNITY#${communityUnitId}#STATUS#${status}`,
  }),
  /** The holder items of a member: the posts it holds. */
  heldBy: (regionId: string, memberId: string): Partition => ({ index: 'gsi2', partitionValue: `${posts(regionId)}#HELDBY#${memberId}` }),
};

/** Where a post sorts in its community's lists: its title, then its id (titles may repeat). */
export const postSortKey = (post: Pick<Post, 'title' | 'id'>) => `${post.title}#${post.id}`;

/** Where a holder sorts in its member's list: when it claimed the post, then the post. */
export const holderSortKey = (holder: Pick<PostHolder, 'claimedAt' | 'postId'>) => `${holder.claimedAt}#${holder.postId}`;

const POST_FIELDS = [
  'id', 'regionId', 'communityUnitId', 'title', 'duties', 'capacity', 'holderCount', 'startsOn', 'endsOn', 'status', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Post)[];

const postIndexes = (post: Post) =>
  indexAttributes(
    [postPartitions.byCommunity(post.regionId, post.communityUnitId), postPartitions.byCommunityStatus(post.regionId, post.communityUnitId, post.status)],
    postSortKey(post),
  );

export const postToItem = (post: Post) => ({ ...postKey(post.regionId, post.id), type: POST_TYPE, ...post, ...postIndexes(post) });

/** What a save of the post writes: its own fields and index entries, never `holderCount` (the claims keep it) nor what never changes. */
export function postEditedAttributes(post: Post): Record<string, unknown> {
  const { id: _id, regionId: _regionId, communityUnitId: _communityUnitId, createdAt: _createdAt, holderCount: _holderCount, ...fields } = post;
  return { ...fields, ...postIndexes(post) };
}

export function postFromItem(item: Record<string, unknown>): Post {
  const post = pickFields<Post>(item, POST_FIELDS);
  post.capacity = Number(post.capacity);
  post.holderCount = Number(post.holderCount ?? 0);
  post.version = Number(post.version);
  return post;
}

const HOLDER_FIELDS = ['regionId', 'postId', 'communityUnitId', 'memberId', 'memberName', 'reportId', 'claimedAt'] as const satisfies readonly (keyof PostHolder)[];

export const postHolderToItem = (holder: PostHolder) => ({
  ...postHolderKey(holder.regionId, holder.postId, holder.memberId),
  type: POST_HOLDER_TYPE,
  ...holder,
  ...indexAttributes([postPartitions.heldBy(holder.regionId, holder.memberId)], holderSortKey(holder)),
});

export const postHolderFromItem = (item: Record<string, unknown>): PostHolder => pickFields<PostHolder>(item, HOLDER_FIELDS);
