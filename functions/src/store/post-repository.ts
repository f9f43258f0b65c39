import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Credit } from '../domain/engagement/points';
import type { Post, PostHolder } from '../domain/engagement/post';
import { MAX_POSTS_PER_MEMBER, type Change, type PostStore } from '../domain/engagement/ports';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import { reportKey } from './entities/community-report';
import { creditSteps } from './entities/points';
import {
  HOLDER_PREFIX, postEditedAttributes, postFromItem, postHolderFromItem, postHolderKey, postHolderToItem, postKey, postPartitions, postToItem,
} from './entities/post';
import { indexKeyNames, regionKeyPrefix } from './keys';
import { queryPage } from './query-page';
import { reportRef } from './community-report-repository';
import { setClause } from './resource-repository';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const postRef = (postId: string) => ({ type: 'Post', id: postId });
/** A holder is named by its post and member. */
export const holderRef = (holder: Pick<PostHolder, 'postId' | 'memberId'>) => ({ type: 'PostHolder', id: `${holder.postId}.${holder.memberId}` });

/** Reads of a post's holders before `holders` stops (a holder item is small: one read holds MAX_POST_CAPACITY). */
const MAX_HOLDER_QUERIES = 5;

/**
 * Posts with their holders in the post's partition (entities/post.ts). Every write is one transaction with its
 * audit entry; `holderCount` (and the holder's report's `postsHeld`) change only in `claim` and `leave`, by ADD
 * under conditions DynamoDB evaluates at the time of the write — never by a save.
 */
export class PostRepository implements PostStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, postId: string): Promise<Post | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: postKey(regionId, postId), ConsistentRead: true }));
    return Item ? postFromItem(Item) : null;
  }

  getMany(regionId: string, postIds: readonly string[]): Promise<(Post | null)[]> {
    return getInOrder(this.client, this.tableName, postIds.map((id) => postKey(regionId, id)), postFromItem);
  }

  listForCommunity(regionId: string, communityUnitId: string, includeClosed: boolean, page: PageRequest): Promise<Page<Post>> {
    const partition = includeClosed ? postPartitions.byCommunity(regionId, communityUnitId) : postPartitions.byCommunityStatus(regionId, communityUnitId, 'OPEN');
    return queryPage(this.client, { tableName: this.tableName, partition, page, regionKeyPrefix: regionKeyPrefix(regionId) }, postFromItem);
  }

  async holders(regionId: string, postId: string): Promise<PostHolder[]> {
    const holders: PostHolder[] = [];
    let startKey: Record<string, unknown> | undefined;
    for (let read = 0; read < MAX_HOLDER_QUERIES; read++) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :holders)',
          ExpressionAttributeValues: { ':pk': postKey(regionId, postId).pk, ':holders': HOLDER_PREFIX },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      holders.push(...(result.Items ?? []).map(postHolderFromItem));
      startKey = result.LastEvaluatedKey;
      if (!startKey) break;
    }
    // The keys order holders by member; the port promises the order they claimed in.
    return holders.sort(byClaimedAt);
  }

  async holder(regionId: string, postId: string, memberId: string): Promise<PostHolder | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: postHolderKey(regionId, postId, memberId), ConsistentRead: true }));
    return Item ? postHolderFromItem(Item) : null;
  }

  async heldBy(regionId: string, memberId: string): Promise<PostHolder[]> {
    const { index, partitionValue } = postPartitions.heldBy(regionId, memberId);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': indexKeyNames(index).pk },
        ExpressionAttributeValues: { ':pk': partitionValue },
        ScanIndexForward: false,
        Limit: MAX_POSTS_PER_MEMBER,
      }),
    );
    return (result.Items ?? []).map(postHolderFromItem);
  }

  async create(post: Post, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: postToItem(post), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('post-id', post.id),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: Change<Post>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    assertSamePost(change);
    const { clause, names, values } = setClause(postEditedAttributes(next));
    names['#version'] = 'version';
    names['#count'] = 'holderCount';
    values[':version'] = current.version;
    values[':capacity'] = next.capacity;
    // The holders as they are at the time of the write: never more than the new capacity; none when it closes.
    let condition = '#version = :version AND #count <= :capacity';
    const closing = next.status === 'CLOSED' && current.status !== 'CLOSED';
    if (closing) {
      values[':zero'] = 0;
      condition += ' AND #count = :zero';
    }
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: postKey(current.regionId, current.id),
            UpdateExpression: `SET ${clause}`,
            ConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: (old) => {
          if (!old) return new RecordMissingError(postRef(current.id));
          if (Number(old.version) !== current.version) return new StaleVersionError(postRef(current.id));
          const holders = Number(old.holderCount ?? 0);
          return new GuardFailedError(postRef(current.id), holders > next.capacity ? 'capacity-below-holders' : 'has-holders');
        },
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async claim(holder: PostHolder, alongside: Alongside): Promise<void> {
    const steps: TransactStep[] = [
      {
        item: { Put: { TableName: this.tableName, Item: postHolderToItem(holder), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('post-holder', holderRef(holder).id),
      },
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: postKey(holder.regionId, holder.postId),
            UpdateExpression: 'ADD #count :one',
            ConditionExpression: 'attribute_exists(pk) AND #status = :open AND #count < #capacity',
            ExpressionAttributeNames: { '#count': 'holderCount', '#capacity': 'capacity', '#status': 'status' },
            ExpressionAttributeValues: { ':one': 1, ':open': 'OPEN' },
          },
        },
        onConditionFailed: (old) => {
          if (!old) return new RecordMissingError(postRef(holder.postId));
          return new GuardFailedError(postRef(holder.postId), old.status !== 'OPEN' ? 'closed' : 'full');
        },
      },
    ];
    if (holder.reportId) {
      steps.push({
        item: {
          Update: {
            TableName: this.tableName,
            Key: reportKey(holder.regionId, holder.reportId),
            UpdateExpression: 'ADD #held :one',
            // The member's active report to the post's community, as it is at the time of the write.
            ConditionExpression: 'attribute_exists(pk) AND #status IN (:pending, :confirmed) AND #member = :member AND #community = :community',
            ExpressionAttributeNames: { '#held': 'postsHeld', '#status': 'status', '#member': 'memberId', '#community': 'communityUnitId' },
            ExpressionAttributeValues: { ':one': 1, ':pending': 'PENDING', ':confirmed': 'CONFIRMED', ':member': holder.memberId, ':community': holder.communityUnitId },
          },
        },
        onConditionFailed: (old) => (old ? new GuardFailedError(reportRef(holder.reportId!), 'not-active') : new RecordMissingError(reportRef(holder.reportId!))),
      });
    }
    steps.push(...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }

  async leave(holder: PostHolder, alongside: Alongside, credit?: Credit): Promise<void> {
    if (credit && credit.entry.regionId !== holder.regionId) throw new Error(`credit ${credit.entry.id} is of region ${credit.entry.regionId}, not ${holder.regionId}`);
    const steps: TransactStep[] = [
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: postHolderKey(holder.regionId, holder.postId, holder.memberId),
            // The holding as read (a member who left and claimed again holds it anew, maybe with another report).
            ConditionExpression: 'attribute_exists(pk) AND claimedAt = :claimedAt',
            ExpressionAttributeValues: { ':claimedAt': holder.claimedAt },
          },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(holderRef(holder)) : new RecordMissingError(holderRef(holder))),
      },
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: postKey(holder.regionId, holder.postId),
            UpdateExpression: 'ADD #count :minus',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#count': 'holderCount' },
            ExpressionAttributeValues: { ':minus': -1 },
          },
        },
        onConditionFailed: () => new RecordMissingError(postRef(holder.postId)),
      },
    ];
    if (holder.reportId) {
      steps.push({
        item: {
          Update: {
            TableName: this.tableName,
            Key: reportKey(holder.regionId, holder.reportId),
            UpdateExpression: 'ADD #held :minus',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#held': 'postsHeld' },
            ExpressionAttributeValues: { ':minus': -1 },
          },
        },
        onConditionFailed: () => new RecordMissingError(reportRef(holder.reportId!)),
      });
    }
    // The months held, credited in the same write (PointsStore.credit's promises).
    if (credit) steps.push(...creditSteps(this.tableName, credit));
    steps.push(...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }
}

/** A save changes a post's own fields: never its id or community. */
export function assertSamePost({ current, next }: Change<Post>): void {
  if (next.id !== current.id || next.regionId !== current.regionId || next.communityUnitId !== current.communityUnitId) {
    throw new Error(`save: post ${current.id} keeps its id and community`);
  }
}

const byClaimedAt = (a: PostHolder, b: PostHolder) =>
  a.claimedAt < b.claimedAt ? -1 : a.claimedAt > b.claimedAt ? 1 : a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
