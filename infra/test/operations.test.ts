import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT, DEFAULTS, operatorSettingsOf } from '../lib/context';
import { TABLE_KEY_ACTIONS, BUCKET_KEY_ACTIONS } from '../lib/data-key';
import { addGongjianStacks } from '../lib/gongjian-app';
import type { GongjianStack } from '../lib/gongjian-stack';
import { MONTHLY_BACKUP_RETENTION_DAYS } from '../lib/table-backup';
import { WAF_RULES, type GongjianEdgeStack } from '../lib/web-acl';
import { ADMIN_DIST_FIXTURE, HANDLER_FIXTURE, PROD_CONTEXT, TEST_WEB_ACL_ARN, acknowledgedIds, grantedActions, nagFindings, testApp } from './support';

const EXISTING_KEY = 'arn:aws:kms:ap-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** The stage's stacks with the given context; both cdk-nag packs run on synth (an unacknowledged error throws). */
function synth(context: Record<string, unknown>) {
  const app = testApp(context);
  const { main, edge } = addGongjianStacks(app, { apiEntry: HANDLER_FIXTURE, adminAssetPath: ADMIN_DIST_FIXTURE });
  const assembly = app.synth();
  return { app, main, edge, findings: nagFindings(assembly.directory) };
}

type Resource = { Properties: Record<string, any>; DeletionPolicy?: string };
const only = (template: Template, type: string): Resource => {
  const found = Object.values(template.findResources(type));
  expect(found, type).toHaveLength(1);
  return found[0] as Resource;
};
const keyArn = (template: Template) => ({ 'Fn::GetAtt': [Object.keys(template.findResources('AWS::KMS::Key')).find((id) => id.startsWith('DataKey'))!, 'Arn'] });
const ruleNamed = (acl: Resource, name: string) => (acl.Properties.Rules as Array<Record<string, any>>).find((rule) => rule.Name === name)!;

describe('Stage prod (WAF on by default, the web ACL passed), KMS, Backup, concurrency defaults', () => {
  let main: GongjianStack;
  let edge: GongjianEdgeStack;
  let template: Template;
  let edgeTemplate: Template;
  let findings: string[];

  beforeAll(() => {
    const result = synth(PROD_CONTEXT);
    main = result.main!;
    edge = result.edge!;
    findings = result.findings;
    template = Template.fromStack(main);
    edgeTemplate = Template.fromStack(edge);
  });

  describe('WAF', () => {
    it('puts the CLOUDFRONT-scope web ACL in a stack of its own in us-east-1, deployed before the main stack', () => {
      expect(edge.stackName).toBe('Gongjian-prod-edge');
      expect(edge.region).toBe('us-east-1');
      expect(main.dependencies).toContain(edge);
      const acl = only(edgeTemplate, 'AWS::WAFv2::WebACL');
      expect(acl.Properties).toMatchObject({ Name: 'gongjian-prod', Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
      template.resourceCountIs('AWS::WAFv2::WebACL', 0);
      edgeTemplate.hasOutput('WebAclArn', { Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WafWebAcl'), 'Arn'] } });
    });

    it('runs the AWS common and known-bad-inputs rule sets (the 8 KB body limit counted only)', () => {
      const acl = only(edgeTemplate, 'AWS::WAFv2::WebACL');
      expect(ruleNamed(acl, WAF_RULES.common)).toMatchObject({
        Priority: 2,
        OverrideAction: { None: {} },
        Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet', RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }] } },
      });
      expect(ruleNamed(acl, WAF_RULES.knownBadInputs)).toMatchObject({
        Priority: 3,
        Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
      });
      expect(ruleNamed(acl, WAF_RULES.knownBadInputs).Statement.ManagedRuleGroupStatement.RuleActionOverrides).toBeUndefined();
    });

    it('blocks an IP above 2000 requests in 5 minutes', () => {
      expect(ruleNamed(only(edgeTemplate, 'AWS::WAFv2::WebACL'), WAF_RULES.rate)).toMatchObject({
        Priority: 1,
        Action: { Block: {} },
        Statement: { RateBasedStatement: { Limit: DEFAULTS.wafRateLimit, EvaluationWindowSec: 300, AggregateKeyType: 'IP' } },
      });
    });

    it('blocks an IP above 300 anonymous requests (/graphql or /open/… without authorization) in 5 minutes, before anything else', () => {
      const rule = ruleNamed(only(edgeTemplate, 'AWS::WAFv2::WebACL'), WAF_RULES.anonymousGraphqlRate);
      expect(rule).toMatchObject({ Priority: 0, Action: { Block: {} } });
      expect(rule.Statement.RateBasedStatement).toEqual({
        Limit: DEFAULTS.wafAnonymousRateLimit,
        EvaluationWindowSec: 300,
        AggregateKeyType: 'IP',
        ScopeDownStatement: {
          AndStatement: {
            Statements: [
              {
                OrStatement: {
                  Statements: [
                    { ByteMatchStatement: { FieldToMatch: { UriPath: {} }, PositionalConstraint: 'EXACTLY', SearchString: '/graphql', TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }] } },
                    { ByteMatchStatement: { FieldToMatch: { UriPath: {} }, PositionalConstraint: 'STARTS_WITH', SearchString: '/open/', TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }] } },
                  ],
                },
              },
              {
                NotStatement: {
                  Statement: {
                    SizeConstraintStatement: { FieldToMatch: { SingleHeader: { Name: 'authorization' } }, ComparisonOperator: 'GT', Size: 0, TextTransformations: [{ Priority: 0, Type: 'NONE' }] },
                  },
                },
              },
            ],
          },
        },
      });
    });

    it('logs to aws-waf-logs-gongjian-prod (180 days, own key) with the authorization and cookie headers redacted', () => {
      const logGroup = only(edgeTemplate, 'AWS::Logs::LogGroup');
      expect(logGroup.Properties).toMatchObject({ LogGroupName: 'aws-waf-logs-gongjian-prod', RetentionInDays: 180, KmsKeyId: { 'Fn::GetAtt': [expect.stringMatching(/^WafLogKey/), 'Arn'] } });
      expect(only(edgeTemplate, 'AWS::WAFv2::LoggingConfiguration').Properties).toMatchObject({
        ResourceArn: { 'Fn::GetAtt': [expect.stringMatching(/^WafWebAcl/), 'Arn'] },
        RedactedFields: [{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: 'cookie' } }],
      });
      edgeTemplate.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/gongjian-prod-edge' });
    });

    it('associates the web ACL with the distribution, and acknowledges no missing WAF (CFR2)', () => {
      template.hasResourceProperties('AWS::CloudFront::Distribution', { DistributionConfig: Match.objectLike({ WebACLId: TEST_WEB_ACL_ARN }) });
      expect(acknowledgedIds(main.site.distribution)).not.toContain('AwsSolutions-CFR2');
    });
  });

  describe('KMS', () => {
    it('creates the stage key: rotated, retained, alias/gongjian-prod', () => {
      const keys = Object.entries(template.findResources('AWS::KMS::Key')).filter(([id]) => id.startsWith('DataKey'));
      expect(keys).toHaveLength(1);
      expect(keys[0]![1]).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: { EnableKeyRotation: true, PendingWindowInDays: 30 } });
      template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/gongjian-prod', TargetKeyId: keyArn(template) });
    });

    it("lets CloudWatch Logs of this region use it, for this account's and region's log groups only", () => {
      const [, key] = Object.entries(template.findResources('AWS::KMS::Key')).find(([id]) => id.startsWith('DataKey'))!;
      const statement = (key.Properties.KeyPolicy.Statement as Array<Record<string, any>>).find((s) => s.Sid === 'CloudWatchLogsOfThisAccountAndRegion')!;
      expect(statement.Principal).toEqual({ Service: { 'Fn::Join': ['', ['logs.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] } });
      expect(statement.Condition).toEqual({
        ArnLike: {
          'kms:EncryptionContext:aws:logs:arn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':log-group:*']] },
        },
      });
    });

    it('encrypts the table, the files bucket (with a bucket key) and both secrets with it', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn(template) } });
      template.hasResourceProperties('AWS::S3::Bucket', {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn(template) }, BucketKeyEnabled: true }] },
        VersioningConfiguration: { Status: 'Enabled' },
      });
      const secrets = Object.values(template.findResources('AWS::SecretsManager::Secret'));
      expect(secrets).toHaveLength(2);
      for (const secret of secrets) expect(secret.Properties.KmsKeyId).toEqual(keyArn(template));
    });

    it("encrypts every log group of the API, the triggers and the scheduled jobs with it (CDK's deployment helper's own excepted)", () => {
      const logGroups = Object.entries(template.findResources('AWS::Logs::LogGroup'));
      const ours = logGroups.filter(([id]) => /^(Api|Identity|Jobs)/.test(id));
      expect(ours.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual(
        ['ApiAccessLogs', 'ApiFunctionLogs', 'IdentityPostAuthenticationLogs', 'IdentityPreAuthenticationLogs', 'IdentityPreTokenLogs', 'JobsLogs'],
      );
      for (const [, group] of ours) expect(group.Properties.KmsKeyId).toEqual(keyArn(template));
      expect(logGroups.length - ours.length).toBe(1);
    });

    it('lets the API function use the key through DynamoDB and S3 only (presigned URLs are signed by its role)', () => {
      const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ApiFunctionRole') }] } });
      const statements = Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>);
      const onKey = statements.filter((statement) => JSON.stringify(statement.Resource) === JSON.stringify(keyArn(template)));
      const via = (statement: Record<string, any>) => JSON.stringify(statement.Condition?.StringEquals?.['kms:ViaService']);
      expect(onKey.map((statement) => [via(statement), [statement.Action].flat().sort()]).sort()).toEqual(
        [
          [JSON.stringify({ 'Fn::Join': ['', ['dynamodb.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] }), [...TABLE_KEY_ACTIONS].sort()],
          [JSON.stringify({ 'Fn::Join': ['', ['s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] }), [...BUCKET_KEY_ACTIONS].sort()],
        ].sort(),
      );
      expect(grantedActions(Template.fromJSON({ Resources: policies })).filter((action) => action.includes('*'))).toEqual([]);
      // The vault key's secret: CDK's secret grant puts the role into the key's policy, through Secrets Manager only.
      const [, key] = Object.entries(template.findResources('AWS::KMS::Key')).find(([id]) => id.startsWith('DataKey'))!;
      expect(key.Properties.KeyPolicy.Statement).toContainEqual(
        expect.objectContaining({
          Principal: { AWS: { 'Fn::GetAtt': [expect.stringMatching(/^ApiFunctionRole/), 'Arn'] } },
          Action: 'kms:Decrypt',
          Condition: { StringEquals: { 'kms:ViaService': { 'Fn::Join': ['', ['secretsmanager.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } } },
        }),
      );
    });

    it('outputs the key', () => {
      template.hasOutput('DataKeyArn', { Value: keyArn(template) });
    });
  });

  describe('AWS Backup', () => {
    it('keeps a vault encrypted with the stage key, retained', () => {
      const vault = only(template, 'AWS::Backup::BackupVault');
      expect(vault).toMatchObject({ DeletionPolicy: 'Retain', Properties: { BackupVaultName: 'gongjian-prod', EncryptionKeyArn: keyArn(template) } });
    });

    it('backs the table up daily (kept 35 days) and monthly (kept 365 days) into it', () => {
      const plan = only(template, 'AWS::Backup::BackupPlan').Properties.BackupPlan;
      const vault = { 'Fn::GetAtt': [expect.stringMatching(/^BackupVault/), 'BackupVaultName'] };
      expect(plan.BackupPlanRule).toEqual([
        expect.objectContaining({ RuleName: 'daily', ScheduleExpression: 'cron(0 18 * * ? *)', Lifecycle: { DeleteAfterDays: DEFAULTS.backupRetentionDays }, TargetBackupVault: vault }),
        expect.objectContaining({ RuleName: 'monthly', ScheduleExpression: 'cron(30 18 1 * ? *)', Lifecycle: { DeleteAfterDays: MONTHLY_BACKUP_RETENTION_DAYS }, TargetBackupVault: vault }),
      ]);
      const selection = only(template, 'AWS::Backup::BackupSelection').Properties.BackupSelection;
      expect(selection.Resources).toEqual([{ 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] }]);
    });
  });

  describe('Concurrency', () => {
    it('reserves 50 for the API function and 10 for each trigger; no provisioned concurrency, no alias', () => {
      template.hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^ApiFunctionLogs') } }, ReservedConcurrentExecutions: DEFAULTS.apiReservedConcurrency });
      const triggers = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => /^Identity\w+Function/.test(id));
      expect(triggers.map(([, fn]) => fn.Properties.ReservedConcurrentExecutions)).toEqual([10, 10, 10]);
      template.resourceCountIs('AWS::Lambda::Alias', 0);
      template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiFunction'), 'Arn'] } });
    });
  });

  it('leaves no finding of either cdk-nag pack (AWS Solutions, NIST 800-53 rev 5) unacknowledged', () => {
    expect(findings).toEqual([]);
  });
});

describe('Stage dev (WAF off by default), concurrency off, provisioned concurrency, an existing key, longer backups', () => {
  let main: GongjianStack;
  let template: Template;
  let findings: string[];
  let app: App;

  beforeAll(() => {
    const result = synth({
      stage: 'dev',
      [CONTEXT.apiReservedConcurrency]: '0',
      [CONTEXT.triggerReservedConcurrency]: 0,
      [CONTEXT.apiProvisionedConcurrency]: '2',
      [CONTEXT.kmsKey]: EXISTING_KEY,
      [CONTEXT.backupRetentionDays]: '90',
    });
    expect(result.edge).toBeUndefined();
    main = result.main!;
    app = result.app;
    findings = result.findings;
    template = Template.fromStack(main);
  });

  it('creates no web ACL and no edge stack, and acknowledges the missing WAF (CFR2) with its reason', () => {
    expect(app.node.children.filter((child) => child.node.id.endsWith('-edge'))).toEqual([]);
    template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    const distribution = only(template, 'AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig.WebACLId).toBeUndefined();
    expect(acknowledgedIds(main.site.distribution)).toContain('AwsSolutions-CFR2');
  });

  it('reserves no concurrency (context 0) and says why', () => {
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
    expect(acknowledgedIds(main.api.function)).toContain('NIST.800.53.R5-LambdaConcurrency');
  });

  it('keeps 2 environments initialised on the alias live, which the API invokes', () => {
    template.hasResourceProperties('AWS::Lambda::Alias', { Name: 'live', ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationUri: { Ref: Match.stringLikeRegexp('^ApiFunctionAlias') } });
  });

  it('uses the existing key (context kmsKey) for the table, the bucket, the logs and the vault, and creates none of its own', () => {
    // The alarm topic's key is the only key left (its policy admits CloudWatch, which the data key's must not).
    const keys = Object.keys(template.findResources('AWS::KMS::Key'));
    expect(keys).toEqual([expect.stringMatching(/^MonitoringAlarmTopicKey/)]);
    template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEType: 'KMS', KMSMasterKeyId: EXISTING_KEY } });
    template.hasResourceProperties('AWS::S3::Bucket', { BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: EXISTING_KEY } })] } });
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: EXISTING_KEY });
    template.hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: EXISTING_KEY });
  });

  it('keeps daily backups as long as backupRetentionDays says', () => {
    const plan = only(template, 'AWS::Backup::BackupPlan').Properties.BackupPlan;
    expect(plan.BackupPlanRule.map((rule: any) => [rule.RuleName, rule.Lifecycle.DeleteAfterDays])).toEqual([['daily', 90], ['monthly', 365]]);
  });

  it('leaves no finding of either cdk-nag pack unacknowledged', () => {
    expect(findings).toEqual([]);
  });
});

describe('Stage prod before its web ACL exists', () => {
  it('synthesizes only the edge stack (custom rate limits from context), and says how to go on', () => {
    const { main, edge } = synth({ stage: 'prod', [CONTEXT.wafRateLimit]: '1000', [CONTEXT.wafAnonymousRateLimit]: 100 });

    expect(main).toBeUndefined();
    const acl = only(Template.fromStack(edge!), 'AWS::WAFv2::WebACL');
    expect(ruleNamed(acl, WAF_RULES.rate).Statement.RateBasedStatement.Limit).toBe(1000);
    expect(ruleNamed(acl, WAF_RULES.anonymousGraphqlRate).Statement.RateBasedStatement.Limit).toBe(100);
    Annotations.fromStack(edge!).hasWarning('*', Match.stringLikeRegexp('Gongjian-prod is not synthesized: .*-c webAclArn=<arn>'));
  });
});

describe('Function: operatorSettingsOf (failing)', () => {
  const settings = (context: Record<string, unknown>, stage = 'prod') => () => operatorSettingsOf(new App({ context }), stage);

  it('turns WAF on for prod only, unless told', () => {
    expect(operatorSettingsOf(new App(), 'prod').waf.enabled).toBe(true);
    expect(operatorSettingsOf(new App(), 'staging').waf.enabled).toBe(false);
    expect(operatorSettingsOf(new App({ context: { waf: 'false' } }), 'prod').waf.enabled).toBe(false);
    expect(operatorSettingsOf(new App({ context: { waf: true } }), 'dev').waf.enabled).toBe(true);
  });

  it.each([
    [{ waf: 'yes' }, "context 'waf' must be true or false, received 'yes'"],
    [{ wafRateLimit: '5' }, "context 'wafRateLimit' must be a whole number from 10 to 2000000000, received '5'"],
    [{ wafAnonymousRateLimit: 'many' }, /^context 'wafAnonymousRateLimit' must be a whole number/],
    [{ backupRetentionDays: 0 }, "context 'backupRetentionDays' must be a whole number from 1 to 365, received '0'"],
    [{ apiReservedConcurrency: -1 }, /^context 'apiReservedConcurrency' must be a whole number from 0/],
    [{ apiReservedConcurrency: 5, apiProvisionedConcurrency: 10 }, /^context 'apiProvisionedConcurrency' \(10\) cannot exceed 'apiReservedConcurrency' \(5\)/],
    [{ kmsKey: 'alias/mine' }, /^context 'kmsKey' must be the ARN of a symmetric KMS key/],
    [{ webAclArn: 'arn:aws:wafv2:ap-east-1:111122223333:regional/webacl/x/y' }, /^context 'webAclArn' must be the ARN of a CLOUDFRONT-scope web ACL in us-east-1/],
  ])('refuses %j', (context, error) => {
    expect(settings(context)).toThrow(error);
  });
});
