import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { EngagementRules } from '../domain/engagement/points';
import type { EngagementRulesStore } from '../domain/engagement/ports';
import { StaleVersionError } from '../domain/write-refusals';
import { engagementRulesFromItem, engagementRulesKey, engagementRulesToItem } from './entities/points';
import { alongsideSteps, transactWrite } from './transact';

/** A region's rules per year (entities/points.ts): one item a year, put whole at the version read (0: none yet). */
export class EngagementRulesRepository implements EngagementRulesStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, year: number): Promise<EngagementRules | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: engagementRulesKey(regionId, year), ConsistentRead: true }));
    return Item ? engagementRulesFromItem(Item) : null;
  }

  async save(rules: EngagementRules, expectedVersion: number, alongside: Alongside): Promise<void> {
    const condition =
      expectedVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': expectedVersion } };
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: engagementRulesToItem(rules), ...condition } },
        onConditionFailed: () => new StaleVersionError({ type: 'EngagementRules', id: String(rules.year) }),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}
