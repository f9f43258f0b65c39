/**
 * A region's figures of one year of the lists (domain/lists/figures.ts): one item, counters added to by the
 * need, resource and project writes in their own transactions.
 *
 * | item          | pk                          | sk        |
 * |---------------|-----------------------------|-----------|
 * | year figures  | R#{r}#LISTYEAR#{year}       | #FIGURES  |
 *
 * Each counter is a top-level attribute `n:{key}` (`n:needs.status.COLLECTED`, `n:needs.category.养老` …): ADD
 * works on top-level numbers without the item or the attribute existing first.
 */
import type { Counters } from '../../domain/lists/figures';
import { regionRoot, type PrimaryKey } from '../keys';
import type { TransactStep } from '../transact';

const PREFIX = 'n:';

export const listFiguresKey = (regionId: string, year: number): PrimaryKey => ({ pk: `${regionRoot(regionId)}#LISTYEAR#${year}`, sk: '#FIGURES' });

export function listFiguresFromItem(item: Record<string, unknown> | undefined): Counters {
  const counters: Counters = {};
  for (const [name, value] of Object.entries(item ?? {})) if (name.startsWith(PREFIX)) counters[name.slice(PREFIX.length)] = Number(value);
  return counters;
}

/** The step adding `moved` to the year's figures; none when nothing moved (a transaction touches an item once: one per write). */
export function listFiguresSteps(tableName: string, regionId: string, year: number, moved: Counters): TransactStep[] {
  const entries = Object.entries(moved).filter(([, value]) => value !== 0);
  if (entries.length === 0) return [];
  const names: Record<string, string> = { '#type': 'type' };
  const values: Record<string, unknown> = { ':type': 'LIST_FIGURES' };
  const adds = entries.map(([key, value], i) => {
    names[`#n${i}`] = `${PREFIX}${key}`;
    values[`:n${i}`] = value;
    return `#n${i} :n${i}`;
  });
  return [
    {
      item: {
        Update: {
          TableName: tableName,
          Key: listFiguresKey(regionId, year),
          UpdateExpression: `SET #type = :type ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    },
  ];
}
