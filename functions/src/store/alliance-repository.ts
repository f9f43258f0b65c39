import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside, Change } from '../domain/alongside';
import type { CharterVersion } from '../domain/alliance/charter';
import { isSingleHolderPost, MAX_OFFICER_RECORDS, type AllianceSettings, type Officer, type OfficerPost, type SubBody, type SubBodyKind } from '../domain/alliance/model';
import type { AllianceStore, Appointment } from '../domain/alliance/ports';
import type { RepresentativeChange, RepresentativeChangeFilter } from '../domain/alliance/representative-change';
import { nameKey } from '../domain/names';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import {
  allianceSettingsFromItem, allianceSettingsKey, allianceSettingsToItem, OFFICER_PREFIX, officerFromItem, officerKey, officersPartition, officerToItem,
  postHolderItem, subBodyFromItem, subBodyKey, subBodyNameGuardItem, subBodyNameGuardKey, subBodyPartitions, subBodyToItem,
} from './entities/alliance';
import {
  CHARTER_VERSION_PREFIX, charterCounterKey, charterPartition, charterVersionFromItem, charterVersionToItem, LAST_CHARTER_NUMBER, lastCharterNumberFromItem,
  representativeChangeFromItem, representativeChangeKey, representativeChangesPartition, representativeChangeToItem,
} from './entities/charter';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const holderChanged = (post: OfficerPost) => new GuardFailedError({ type: 'OfficerPost', id: post }, 'holder-changed');

/** The alliance's officers, settings and bodies (entities/alliance.ts); every write one transaction with its audit entry. */
export class AllianceRepository implements AllianceStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async officer(regionId: string, officerId: string): Promise<Officer | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: officerKey(regionId, officerId), ConsistentRead: true }));
    return Item ? officerFromItem(Item) : null;
  }

  async officers(regionId: string): Promise<Officer[]> {
    const officers: Officer[] = [];
    let after: string | null = null;
    do {
      const page: Page<Officer> = await queryPage(
        this.client,
        { tableName: this.tableName, partition: officersPartition(regionId), sortKeyPrefix: OFFICER_PREFIX, page: { size: 100, after }, regionKeyPrefix: regionKeyPrefix(regionId) },
        officerFromItem,
      );
      officers.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && officers.length < MAX_OFFICER_RECORDS);
    return officers.slice(0, MAX_OFFICER_RECORDS);
  }

  async appointOfficer({ officer, replaced }: Appointment, alongside: Alongside): Promise<void> {
    const steps: TransactStep[] = [
      {
        item: { Put: { TableName: this.tableName, Item: officerToItem(officer), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('officer-id', officer.id),
      },
    ];
    if (replaced) steps.push(this.saveStep(replaced));
    if (isSingleHolderPost(officer.post)) {
      const previous = replaced?.current.id ?? '';
      steps.push({
        item: {
          Put: {
            TableName: this.tableName,
            Item: postHolderItem(officer.regionId, officer.post, officer.id),
            ConditionExpression: previous ? 'holderId = :previous' : 'attribute_not_exists(pk) OR holderId = :previous',
            ExpressionAttributeValues: { ':previous': previous },
          },
        },
        onConditionFailed: () => holderChanged(officer.post),
      });
    }
    await transactWrite(this.client, [...steps, ...alongsideSteps(this.tableName, alongside)]);
  }

  async saveOfficer(change: Change<Officer>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    const steps = [this.saveStep(change)];
    if (isSingleHolderPost(current.post) && current.current && !next.current) {
      steps.push({
        item: {
          Put: {
            TableName: this.tableName,
            Item: postHolderItem(current.regionId, current.post, ''),
            ConditionExpression: 'holderId = :holder',
            ExpressionAttributeValues: { ':holder': current.id },
          },
        },
        onConditionFailed: () => holderChanged(current.post),
      });
    }
    await transactWrite(this.client, [...steps, ...alongsideSteps(this.tableName, alongside)]);
  }

  private saveStep({ current, next }: Change<Officer>): TransactStep {
    const record = { type: 'Officer', id: current.id };
    return {
      item: {
        Put: { TableName: this.tableName, Item: officerToItem(next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version } },
      },
      onConditionFailed: (existing) => (existing ? new StaleVersionError(record) : new RecordMissingError(record)),
    };
  }

  async settings(regionId: string): Promise<AllianceSettings | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: allianceSettingsKey(regionId), ConsistentRead: true }));
    return Item ? allianceSettingsFromItem(Item) : null;
  }

  async saveSettings(change: { current: AllianceSettings | null; next: AllianceSettings }, alongside: Alongside): Promise<void> {
    const expected = change.current?.version;
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: allianceSettingsToItem(change.next),
            ConditionExpression: expected === undefined ? 'attribute_not_exists(pk)' : 'version = :v',
            ExpressionAttributeValues: expected === undefined ? undefined : { ':v': expected },
          },
        },
        onConditionFailed: () => new StaleVersionError({ type: 'AllianceSettings', id: change.next.regionId }),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async subBody(regionId: string, subBodyId: string): Promise<SubBody | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: subBodyKey(regionId, subBodyId), ConsistentRead: true }));
    return Item ? subBodyFromItem(Item) : null;
  }

  subBodies(regionId: string, kind: SubBodyKind | null, page: PageRequest): Promise<Page<SubBody>> {
    const partition = kind ? subBodyPartitions.byKind(regionId, kind) : subBodyPartitions.all(regionId);
    return queryPage(this.client, { tableName: this.tableName, partition, page, regionKeyPrefix: regionKeyPrefix(regionId) }, subBodyFromItem);
  }

  async createSubBody(body: SubBody, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: await subBodyToItem(body), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('sub-body-id', body.id),
      },
      this.nameGuardStep(body),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async saveSubBody({ current, next }: Change<SubBody>, alongside: Alongside): Promise<void> {
    const record = { type: 'SubBody', id: current.id };
    const steps: TransactStep[] = [
      {
        item: {
          Put: { TableName: this.tableName, Item: await subBodyToItem(next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version } },
        },
        onConditionFailed: (existing) => (existing ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
    ];
    if (nameKey(current.name) !== nameKey(next.name)) {
      steps.push(
        {
          item: {
            Delete: {
              TableName: this.tableName,
              Key: subBodyNameGuardKey(current.regionId, current.name),
              ConditionExpression: 'subBodyId = :id',
              ExpressionAttributeValues: { ':id': current.id },
            },
          },
          onConditionFailed: () => new StaleVersionError(record),
        },
        this.nameGuardStep(next),
      );
    }
    await transactWrite(this.client, [...steps, ...alongsideSteps(this.tableName, alongside)]);
  }

  private nameGuardStep(body: SubBody): TransactStep {
    return {
      item: { Put: { TableName: this.tableName, Item: subBodyNameGuardItem(body), ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: () => new AlreadyTakenError('sub-body-name', body.name),
    };
  }

  async lastCharterNumber(regionId: string): Promise<number> {
    // Consistent: an upload reads the last number right before its conditional write.
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: charterCounterKey(regionId), ConsistentRead: true }));
    return lastCharterNumberFromItem(Item);
  }

  charterVersions(regionId: string, page: PageRequest): Promise<Page<CharterVersion>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: charterPartition(regionId), sortKeyPrefix: CHARTER_VERSION_PREFIX, page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      charterVersionFromItem,
    );
  }

  async addCharterVersion(version: CharterVersion, alongside: Alongside): Promise<void> {
    if (!Number.isInteger(version.number) || version.number < 1) throw new Error(`addCharterVersion: ${version.id} needs a number from 1, received ${version.number}`);
    const first = version.number === 1;
    // The counter first: when the number is taken that is what the caller hears (it retries with a fresh number).
    const counter: TransactStep = {
      item: {
        Update: {
          TableName: this.tableName,
          Key: charterCounterKey(version.regionId),
          UpdateExpression: 'SET #last = :number, #type = :type',
          ConditionExpression: first ? 'attribute_not_exists(#last)' : '#last = :previous',
          ExpressionAttributeNames: { '#last': LAST_CHARTER_NUMBER, '#type': 'type' },
          ExpressionAttributeValues: { ':number': version.number, ':type': 'CHARTER_COUNTER', ...(first ? {} : { ':previous': version.number - 1 }) },
        },
      },
      onConditionFailed: () => new GuardFailedError({ type: 'CharterCounter', id: version.regionId }, 'number-taken'),
    };
    await transactWrite(this.client, [
      counter,
      {
        item: { Put: { TableName: this.tableName, Item: charterVersionToItem(version), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('charter-version-id', version.id),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async representativeChange(regionId: string, changeId: string): Promise<RepresentativeChange | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: representativeChangeKey(regionId, changeId), ConsistentRead: true }));
    return Item ? representativeChangeFromItem(Item) : null;
  }

  representativeChanges(regionId: string, filter: RepresentativeChangeFilter, page: PageRequest): Promise<Page<RepresentativeChange>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: representativeChangesPartition(regionId, filter), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      representativeChangeFromItem,
    );
  }

  async saveRepresentativeChange({ current, next }: Change<RepresentativeChange>, alongside: Alongside): Promise<void> {
    const record = { type: 'RepresentativeChange', id: current.id };
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName, Item: representativeChangeToItem(next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version },
          },
        },
        onConditionFailed: (existing) => (existing ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}

/** The put of a filing a unit's save makes (UnitChange.representativeChanges): where none is. */
export function representativeChangePutStep(tableName: string, change: RepresentativeChange): TransactStep {
  return {
    item: { Put: { TableName: tableName, Item: representativeChangeToItem(change), ConditionExpression: 'attribute_not_exists(pk)' } },
    onConditionFailed: () => new AlreadyTakenError('representative-change-id', change.id),
  };
}
