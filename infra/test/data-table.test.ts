import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_DEFINITION } from '../../functions/src/store/table-definition';
import { DataTable, TABLE_ACTIONS } from '../lib/data-table';
import { TableBackup } from '../lib/table-backup';
import { Key } from 'aws-cdk-lib/aws-kms';
import { grantedActions, testStack } from './support';

describe('Construct: DataTable', () => {
  let template: Template;

  beforeAll(() => {
    // Prepare
    const stack = testStack();
    const data = new DataTable(stack, 'Data');
    const fn = new LambdaFunction(stack, 'Fn', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('export const handler = async () => {};'),
    });
    // Act
    data.bind(fn);
    template = Template.fromStack(stack);
  });

  it('keys the table by pk/sk from TABLE_DEFINITION', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
      ],
    });
  });

  it('creates every GSI of TABLE_DEFINITION with its string keys and all attributes projected', () => {
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0];
    const indexes = table?.Properties.GlobalSecondaryIndexes as Array<Record<string, unknown>>;

    expect(indexes).toHaveLength(TABLE_DEFINITION.globalSecondaryIndexes.length);
    for (const index of TABLE_DEFINITION.globalSecondaryIndexes) {
      expect(indexes).toContainEqual({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      });
      expect(table?.Properties.AttributeDefinitions).toEqual(
        expect.arrayContaining([
          { AttributeName: index.partitionKey.name, AttributeType: 'S' },
          { AttributeName: index.sortKey.name, AttributeType: 'S' },
        ]),
      );
    }
  });

  it('is on-demand, recoverable to a point in time, deletion-protected, encrypted and expires by TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  describe('Method: bind', () => {
    it('sets TABLE_NAME on the function', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: { TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') } } },
      });
    });

    it('grants exactly the item, query and batch actions, never Scan or a wildcard', () => {
      const actions = grantedActions(template);

      expect([...actions].sort()).toEqual([...TABLE_ACTIONS].sort());
      expect(actions).not.toContain('dynamodb:Scan');
      expect(actions.filter((action) => action.includes('*'))).toEqual([]);
    });

    it('grants on the table and on each index by name, with no index wildcard', () => {
      const tableArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataTable'), 'Arn'] };
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [
            Match.objectLike({
              Resource: [
                tableArn,
                ...TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
                  'Fn::Join': ['', [tableArn, `/index/${index.indexName}`]],
                })),
              ],
            }),
          ],
        },
      });
    });
  });
});

describe('Method: DataTable.bindItems', () => {
  const setup = () => {
    const stack = testStack();
    const data = new DataTable(stack, 'Data');
    const fn = new LambdaFunction(stack, 'Fn', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('export const handler = async () => {};'),
    });
    return { stack, data, fn };
  };

  it('grants the named item actions on the table only, for the items of one partition-key prefix', () => {
    const { stack, data, fn } = setup();

    data.bindItems(fn, ['dynamodb:GetItem', 'dynamodb:PutItem'], 'SIGNIN#');

    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataTable'), 'Arn'] },
            Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SIGNIN#*'] } },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') } } },
    });
    expect(grantedActions(template).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
  });

  it.each([
    ['a wildcard in the prefix', ['dynamodb:GetItem'], 'SIGN*', /^partitionKeyPrefix must be/],
    ['an empty prefix', ['dynamodb:GetItem'], '', /^partitionKeyPrefix must be/],
    ['no action', [], 'SIGNIN#', 'bindItems needs at least one action'],
  ] as const)('refuses %s', (_, actions, prefix, error) => {
    const { data, fn } = setup();

    expect(() => data.bindItems(fn, actions, prefix)).toThrow(error);
  });
});

describe('Construct: DataTable (failing)', () => {
  it('refuses a definition with two indexes of the same name', () => {
    const [first] = TABLE_DEFINITION.globalSecondaryIndexes;
    const definition = { ...TABLE_DEFINITION, globalSecondaryIndexes: [first!, first!] };

    expect(() => new DataTable(testStack(), 'Data', { definition })).toThrow(
      "index names must be unique: 'gsi1' appears twice in the table definition",
    );
  });

  it('refuses an empty TTL attribute name', () => {
    const definition = { ...TABLE_DEFINITION, timeToLiveAttribute: ' ' };

    expect(() => new DataTable(testStack(), 'Data', { definition })).toThrow(/^timeToLiveAttribute must be/);
  });
});

describe('Construct: TableBackup (failing)', () => {
  it.each([0, 366, 1.5])('refuses %d days of retention', (days) => {
    const stack = testStack();
    const table = new DataTable(stack, 'Data');
    expect(() => new TableBackup(stack, 'Backup', { stage: 'test', table: table.table, encryptionKey: new Key(stack, 'Key'), retentionDays: days })).toThrow(
      `retentionDays must be a whole number from 1 to 365, received ${days}`,
    );
  });
});
