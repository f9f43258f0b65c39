import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Counters } from '../domain/lists/figures';
import type { ListFiguresStore } from '../domain/lists/ports';
import { listFiguresFromItem, listFiguresKey } from './entities/list-figures';

/** A year's figures of the lists: one GetItem (the writes keep them). */
export class ListFiguresRepository implements ListFiguresStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, year: number): Promise<Counters> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: listFiguresKey(regionId, year), ConsistentRead: true }));
    return listFiguresFromItem(Item);
  }
}
