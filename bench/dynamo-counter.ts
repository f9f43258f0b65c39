import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What one operation cost in DynamoDB: requests by API action and the capacity DynamoDB reported. */
export interface DynamoCost {
  requests: number;
  byAction: Record<string, number>;
  rcu: number;
  wcu: number;
}

/** Actions that take ReturnConsumedCapacity; every other action is counted without it. */
const REPORTS_CAPACITY = new Set([
  'GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem',
  'TransactGetItems', 'TransactWriteItems',
]);

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/**
 * Counts every command a DynamoDB client sends, without changing product code: a middleware on the
 * client's stack (the document client shares the base client's stack) that counts each call by its
 * action and asks DynamoDB for the capacity it consumed (`ReturnConsumedCapacity: TOTAL`).
 * Retries inside the SDK are one call here (DynamoDB Local never throttles).
 */
export class DynamoCounter {
  private cost: DynamoCost = emptyCost();
  private readonly instrumented = new WeakSet<object>();

  instrument(client: DynamoDBDocumentClient): void {
    if (this.instrumented.has(client.middlewareStack)) return;
    this.instrumented.add(client.middlewareStack);
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const action = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
        const input = args.input as Record<string, unknown>;
        const asked = REPORTS_CAPACITY.has(action) && input.ReturnConsumedCapacity === undefined;
        this.cost.requests++;
        this.cost.byAction[action] = (this.cost.byAction[action] ?? 0) + 1;
        const result = await next(asked ? { ...args, input: { ...input, ReturnConsumedCapacity: 'TOTAL' } } : args);
        const consumed = (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
        for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) this.addCapacity(action, c);
        return result;
      },
      { step: 'initialize', name: 'benchDynamoCounter', override: true },
    );
  }

  private addCapacity(action: string, c: Capacity) {
    const total = c.CapacityUnits ?? 0;
    if (c.ReadCapacityUnits !== undefined || c.WriteCapacityUnits !== undefined) {
      this.cost.rcu += c.ReadCapacityUnits ?? 0;
      this.cost.wcu += c.WriteCapacityUnits ?? 0;
    } else if (/^(Get|Query|Scan|BatchGet|TransactGet)/.test(action)) {
      this.cost.rcu += total;
    } else {
      this.cost.wcu += total;
    }
  }

  reset(): void {
    this.cost = emptyCost();
  }

  snapshot(): DynamoCost {
    return { ...this.cost, byAction: { ...this.cost.byAction } };
  }

  /** Counts what `run` sends, alone (callers run one operation at a time). */
  async measure<T>(run: () => Promise<T>): Promise<{ result: T; cost: DynamoCost }> {
    this.reset();
    const result = await run();
    return { result, cost: this.snapshot() };
  }
}

const emptyCost = (): DynamoCost => ({ requests: 0, byAction: {}, rcu: 0, wcu: 0 });
