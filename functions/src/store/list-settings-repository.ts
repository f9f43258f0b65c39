import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { ListSettings } from '../domain/lists/need';
import type { ListSettingsStore } from '../domain/lists/ports';
import { StaleVersionError } from '../domain/write-refusals';
import { regionRoot, type PrimaryKey } from './keys';
import { alongsideSteps, transactWrite } from './transact';

/**
 * | item                | pk                      | sk         |
 * |---------------------|-------------------------|------------|
 * | lists settings      | R#{r}#LISTSETTINGS      | #SETTINGS  |
 */
export const listSettingsKey = (regionId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#LISTSETTINGS`, sk: '#SETTINGS' });

/** The region's settings of the lists: one item, saved at the version read (none yet: must still be none). */
export class ListSettingsRepository implements ListSettingsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string): Promise<ListSettings | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: listSettingsKey(regionId), ConsistentRead: true }));
    if (!Item) return null;
    return {
      regionId: String(Item.regionId),
      needCategories: (Item.needCategories as string[]) ?? [],
      claimWindowDays: Number(Item.claimWindowDays),
      version: Number(Item.version),
    };
  }

  async save(change: { current: ListSettings | null; next: ListSettings }, alongside: Alongside): Promise<void> {
    const expected = change.current?.version;
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...listSettingsKey(change.next.regionId), type: 'LIST_SETTINGS', ...change.next },
            ConditionExpression: expected === undefined ? 'attribute_not_exists(pk)' : 'version = :v',
            ExpressionAttributeValues: expected === undefined ? undefined : { ':v': expected },
          },
        },
        onConditionFailed: () => new StaleVersionError({ type: 'ListSettings', id: change.next.regionId }),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}
