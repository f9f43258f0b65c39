import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Grant } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { TABLE_KEY_ACTIONS, grantKeyVia } from './data-key';
import { TABLE_DEFINITION, type KeyAttribute, type TableDefinition } from '../../functions/src/store/table-definition';

export interface DataTableProps {
  /**
   * Keys, indexes and TTL attribute of the table.
   * @default TABLE_DEFINITION (functions/src/store/table-definition.ts), the definition the local runner uses too
   */
  readonly definition?: TableDefinition;
  /**
   * The customer-managed key the table is encrypted with (`DataKey`); functions bound to the table may use it
   * through DynamoDB only.
   * @default the AWS-managed DynamoDB key
   */
  readonly encryptionKey?: IKey;
}

/**
 * Everything the product code does: item reads and writes, queries, batches, and transactions
 * (TransactWriteItems / TransactGetItems are authorised per item action, so they need nothing more).
 * No Scan: product code reads known keys only.
 */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:Query',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
] as const;

/** The single-item actions a function can be limited to with {@link DataTable.bindItems}. */
export type ItemAction = 'dynamodb:GetItem' | 'dynamodb:PutItem' | 'dynamodb:UpdateItem' | 'dynamodb:DeleteItem';

const toAttribute = (key: KeyAttribute): Attribute => ({
  name: key.name,
  type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER,
});

/**
 * The single DynamoDB table: on-demand, point-in-time recovery, deletion-protected, kept on stack deletion,
 * encrypted with the stage's key when given.
 */
export class DataTable extends Construct {
  readonly table: Table;
  private readonly definition: TableDefinition;
  private readonly encryptionKey?: IKey;

  constructor(scope: Construct, id: string, props: DataTableProps = {}) {
    super(scope, id);
    const definition = props.definition ?? TABLE_DEFINITION;
    validate(definition);
    this.definition = definition;
    this.encryptionKey = props.encryptionKey;

    this.table = new Table(this, 'Table', {
      partitionKey: toAttribute(definition.partitionKey),
      sortKey: toAttribute(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      ...(props.encryptionKey
        ? { encryption: TableEncryption.CUSTOMER_MANAGED, encryptionKey: props.encryptionKey }
        : { encryption: TableEncryption.AWS_MANAGED }),
      timeToLiveAttribute: definition.timeToLiveAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of definition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: toAttribute(index.partitionKey),
        sortKey: toAttribute(index.sortKey),
      });
    }
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /**
   * Lets `fn` use the table: sets `TABLE_NAME` and grants {@link TABLE_ACTIONS} on the table and on
   * each of its indexes by name (no `index/*` wildcard).
   */
  bind(fn: LambdaFunction): Grant {
    fn.addEnvironment('TABLE_NAME', this.table.tableName);
    const indexArns = this.definition.globalSecondaryIndexes.map(
      (index) => `${this.table.tableArn}/index/${index.indexName}`,
    );
    return this.grantKey(fn, Grant.addToPrincipal({
      grantee: fn,
      actions: [...TABLE_ACTIONS],
      resourceArns: [this.table.tableArn, ...indexArns],
    }));
  }

  /** With a customer-managed key, `fn` may use it through DynamoDB (`kms:ViaService`), for this table's items. */
  private grantKey(fn: LambdaFunction, grant: Grant): Grant {
    return this.encryptionKey ? grant.combine(grantKeyVia(this.encryptionKey, fn, 'dynamodb', TABLE_KEY_ACTIONS)) : grant;
  }

  /**
   * Lets `fn` use a few single-item actions on the items whose partition key starts with
   * `partitionKeyPrefix`, and nothing else: sets `TABLE_NAME` and grants `actions` on the table (no index)
   * on the condition `dynamodb:LeadingKeys` like `<prefix>*`. Only item actions, which always name their
   * key: `ForAllValues` would hold for a request without one.
   */
  bindItems(fn: LambdaFunction, actions: readonly ItemAction[], partitionKeyPrefix: string): Grant {
    if (actions.length === 0) throw new Error('bindItems needs at least one action');
    if (!/^[\w#-]+$/.test(partitionKeyPrefix)) {
      throw new Error(`partitionKeyPrefix must be letters, digits, '_', '-' or '#' (no wildcard), received '${partitionKeyPrefix}'`);
    }
    fn.addEnvironment('TABLE_NAME', this.table.tableName);
    return this.grantKey(fn, Grant.addToPrincipal({
      grantee: fn,
      actions: [...actions],
      resourceArns: [this.table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${partitionKeyPrefix}*`] } },
    }));
  }
}

function validate(definition: TableDefinition): void {
  const names = new Set<string>();
  for (const index of definition.globalSecondaryIndexes) {
    if (names.has(index.indexName)) {
      throw new Error(`index names must be unique: '${index.indexName}' appears twice in the table definition`);
    }
    names.add(index.indexName);
  }
  if (definition.globalSecondaryIndexes.length > 20) {
    throw new Error(
      `a table has at most 20 global secondary indexes, received ${definition.globalSecondaryIndexes.length}`,
    );
  }
  if (definition.timeToLiveAttribute.trim() === '') {
    throw new Error('timeToLiveAttribute must be a non-empty attribute name, received an empty string');
  }
}
