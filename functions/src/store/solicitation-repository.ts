import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside, Change } from '../domain/alongside';
import type { AuditEntry } from '../domain/audit/audit';
import type { Meeting } from '../domain/meetings/meeting';
import type { SolicitationStore } from '../domain/meetings/ports';
import type { AgendaSolicitation, SolicitationReply } from '../domain/meetings/solicitation';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import { auditEntryToItem } from './entities/audit-entry';
import { meetingKey, meetingToItem } from './entities/meeting';
import {
  openSolicitations, solicitationFromItem, solicitationKey, solicitationReplyFromItem, solicitationReplyKey, solicitationReplyPrefix, solicitationReplyToItem,
  solicitationToItem,
} from './entities/meeting-solicitation';
import { indexKeyNames } from './keys';
import { readPartition } from './query-page';
import { alongsideSteps, transactWrite, versioned, type TransactStep } from './transact';

/** Queries of one whole read (a meeting's replies, a unit's open rounds): each up to 1 MB. */
const MAX_READS = 10;

/** 议题征集 (entities/meeting-solicitation.ts): every write one transaction with its audit entries. */
export class SolicitationRepository implements SolicitationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, meetingId: string): Promise<AgendaSolicitation | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: solicitationKey(regionId, meetingId), ConsistentRead: true }));
    return Item ? solicitationFromItem(Item) : null;
  }

  async open(round: AgendaSolicitation, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: solicitationToItem(round), ...versioned(undefined) } },
        onConditionFailed: () => new AlreadyTakenError('agenda-solicitation', round.meetingId),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: Change<AgendaSolicitation>, alongside: Alongside): Promise<void> {
    const record = { type: 'AgendaSolicitation', id: change.current.meetingId };
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: solicitationToItem(change.next), ...versioned(change.current.version) } },
        onConditionFailed: (old) => (old ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async replies(regionId: string, meetingId: string): Promise<SolicitationReply[]> {
    const partition = { partitionValue: meetingKey(regionId, meetingId).pk };
    return (await readPartition(this.client, this.tableName, partition, { prefix: solicitationReplyPrefix, maxReads: MAX_READS })).map(solicitationReplyFromItem);
  }

  async getReply(regionId: string, meetingId: string, unitId: string): Promise<SolicitationReply | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: solicitationReplyKey(regionId, meetingId, unitId), ConsistentRead: true }),
    );
    return Item ? solicitationReplyFromItem(Item) : null;
  }

  getReplies(regionId: string, keys: readonly { meetingId: string; unitId: string }[]): Promise<(SolicitationReply | null)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return getInOrder(this.client, this.tableName, keys.map((k) => solicitationReplyKey(regionId, k.meetingId, k.unitId)), solicitationReplyFromItem);
  }

  async saveReply(change: { current: SolicitationReply | null; next: SolicitationReply }, alongside: Alongside): Promise<void> {
    const { next } = change;
    const round = { type: 'AgendaSolicitation', id: next.meetingId };
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: solicitationReplyToItem(next), ...versioned(change.current?.version) } },
        onConditionFailed: () => new StaleVersionError({ type: 'SolicitationReply', id: `${next.meetingId}.${next.unitId}` }),
      },
      {
        // The round is still open in the same transaction: a reply racing the closing never lands after it.
        item: {
          ConditionCheck: {
            TableName: this.tableName,
            Key: solicitationKey(next.regionId, next.meetingId),
            ConditionExpression: '#state = :open',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':open': 'OPEN' },
          },
        },
        onConditionFailed: (old) => (old ? new GuardFailedError(round, 'state') : new RecordMissingError(round)),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async adopt(meeting: Change<Meeting>, reply: Change<SolicitationReply>, alongside: Alongside, replyAudit: AuditEntry): Promise<void> {
    const meetingRecord = { type: 'Meeting', id: meeting.current.id };
    const steps: TransactStep[] = [
      {
        item: { Put: { TableName: this.tableName, Item: meetingToItem(meeting.next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': meeting.current.version } } },
        onConditionFailed: (old) => (old ? new StaleVersionError(meetingRecord) : new RecordMissingError(meetingRecord)),
      },
      {
        item: { Put: { TableName: this.tableName, Item: solicitationReplyToItem(reply.next), ...versioned(reply.current.version) } },
        onConditionFailed: () => new StaleVersionError({ type: 'SolicitationReply', id: `${reply.next.meetingId}.${reply.next.unitId}` }),
      },
      { item: { Put: { TableName: this.tableName, Item: auditEntryToItem(replyAudit), ConditionExpression: 'attribute_not_exists(pk)' } } },
      ...alongsideSteps(this.tableName, alongside),
    ];
    await transactWrite(this.client, steps);
  }

  async openForUnit(regionId: string, unitId: string, now: string, limit: number): Promise<AgendaSolicitation[]> {
    const { index, partitionValue } = openSolicitations(regionId);
    const { pk, sk } = indexKeyNames(index);
    const rounds: AgendaSolicitation[] = [];
    let startKey: Record<string, unknown> | undefined;
    for (let read = 0; read < MAX_READS; read++) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk AND #sk >= :now',
          FilterExpression: 'contains(askedUnitIds, :unit)',
          ExpressionAttributeNames: { '#pk': pk, '#sk': sk },
          ExpressionAttributeValues: { ':pk': partitionValue, ':now': now, ':unit': unitId },
          ExclusiveStartKey: startKey,
        }),
      );
      rounds.push(...(result.Items ?? []).map((item) => solicitationFromItem(item)));
      startKey = result.LastEvaluatedKey;
      if (!startKey || rounds.length >= limit) return rounds.slice(0, limit);
    }
    return rounds.slice(0, limit);
  }
}
