import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { addGongjianStack, stageOf } from '../lib/gongjian-app';
import type { GongjianStack } from '../lib/gongjian-stack';
import { ADMIN_DIST_FIXTURE, HANDLER_FIXTURE, grantedActions, testApp } from './support';

interface ValidationReport {
  pluginReports: Array<{ pluginName: string; violations: Array<{ ruleName: string; severity: string }> }>;
}

describe('Stack: Gongjian (cdk-nag AwsSolutions on the whole app)', () => {
  let stack: GongjianStack;
  let template: Template;
  let report: ValidationReport;

  beforeAll(() => {
    // Prepare
    const app = testApp({ stage: 'prod' });
    stack = addGongjianStack(app, { apiEntry: HANDLER_FIXTURE, adminAssetPath: ADMIN_DIST_FIXTURE });
    // Act: tests run in "in-memory" mode, where an unacknowledged cdk-nag error makes synth throw
    const assembly = app.synth();
    report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
    template = Template.fromStack(stack);
  });

  it('names the stack after the stage in context', () => {
    expect(stack.stackName).toBe('Gongjian-prod');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ STAGE: 'prod' }) },
    });
  });

  it('leaves no cdk-nag finding unacknowledged, error or warning', () => {
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.map((violation) => `${violation.severity} ${violation.ruleName}`),
    );

    expect(findings).toEqual([]);
  });

  it('is environment-agnostic, so it synthesizes without credentials', () => {
    expect(stack.resolve(stack.account)).toEqual({ Ref: 'AWS::AccountId' });
    expect(stack.resolve(stack.region)).toEqual({ Ref: 'AWS::Region' });
  });

  it('gives the API function the table, the files bucket, the token issuer and the stage', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Environment: {
        Variables: {
          STAGE: 'prod',
          NODE_OPTIONS: '--enable-source-maps',
          TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') },
          FILES_BUCKET_NAME: { Ref: Match.stringLikeRegexp('^FilesBucket') },
          AUTH_ISSUER: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([{ Ref: Match.stringLikeRegexp('^IdentityUserPool') }])] }),
          AUTH_CLIENT_IDS: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
        },
      },
    });
  });

  it('grants no Scan and no wildcard action to anything but CDK deployment helpers', () => {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ApiFunctionRole') }] },
    });
    const apiActions = grantedActions(Template.fromJSON({ Resources: policies }));

    expect(apiActions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem', 's3:PutObject']));
    expect(grantedActions(template)).not.toContain('dynamodb:Scan');
    expect(apiActions.filter((action) => action.includes('*'))).toEqual([]);
  });

  it('lets browsers upload to the files bucket from the site origin only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedOrigins: [
              { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^AdminSiteDistribution'), 'DomainName'] }]] },
            ],
          }),
        ],
      },
    });
  });

  it('retains every bucket and the table, and keeps every log at least 180 days', () => {
    for (const type of ['AWS::S3::Bucket', 'AWS::DynamoDB::Table', 'AWS::Logs::LogGroup']) {
      const resources = Object.values(template.findResources(type));
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) expect(resource.DeletionPolicy, type).toBe('Retain');
    }
    for (const logGroup of Object.values(template.findResources('AWS::Logs::LogGroup'))) {
      expect(logGroup.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
    }
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 365 })] },
    });
  });

  it("publishes the SPA's sign-in settings at /auth/config: this stack's pool and SPA client, 15 minutes idle", () => {
    const deployments = Object.entries(template.findResources('Custom::CDKBucketDeployment')).filter(([id]) =>
      id.startsWith('AdminSiteDeployAuthConfig'),
    );

    expect(deployments).toHaveLength(1);
    const config = deployments[0]![1].Properties;
    expect(Object.values(config.SourceMarkers[0])).toEqual([
      { Ref: expect.stringMatching(/^IdentityUserPool[0-9A-F]{8}$/) },
      { Ref: expect.stringMatching(/^IdentityUserPoolSpaClient/) },
    ]);
    expect(config.SystemMetadata).toEqual({ 'cache-control': 'no-store', 'content-type': 'application/json' });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([Match.objectLike({ PathPattern: '/auth/config', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' })]),
      }),
    });
  });

  it("lets the SPA reach this region's Cognito user pool API (CSP connect-src) for sign-in", () => {
    const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp = JSON.stringify(policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy);

    expect(csp).toContain(`https://cognito-idp.\",{\"Ref\":\"AWS::Region\"},\".\",{\"Ref\":\"AWS::URLSuffix\"}`);
  });

  it('runs the lockout triggers and the pre-token trigger on the pool', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreAuthentication: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityPreAuthenticationFunction'), 'Arn'] },
        PostAuthentication: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityPostAuthenticationFunction'), 'Arn'] },
        PreTokenGenerationConfig: { LambdaArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityPreTokenFunction'), 'Arn'] }, LambdaVersion: 'V3_0' },
      },
    });
  });

  it('outputs the site URL, the GraphQL URL, the table and the bucket names, and the sign-in settings', () => {
    const outputs = template.findOutputs('*');

    expect(Object.keys(outputs).sort()).toEqual(
      [
        'AdminBucketName', 'FilesBucketName', 'GraphqlUrl', 'HttpApiUrl', 'SiteUrl', 'TableName',
        'UserPoolId', 'SpaClientId', 'PartnerClientId', 'CognitoDomain', 'AuthIssuer',
      ].sort(),
    );
    template.hasOutput('GraphqlUrl', {
      Value: {
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^AdminSiteDistribution'), 'DomainName'] }, '/graphql']],
      },
    });
  });
});

describe('Function: stageOf', () => {
  it("defaults to 'dev'", () => {
    expect(stageOf(new App())).toBe('dev');
  });

  it('reads -c stage=…', () => {
    expect(stageOf(new App({ context: { stage: 'staging-2' } }))).toBe('staging-2');
  });

  it('refuses a stage that cannot name a stack and its resources', () => {
    expect(() => stageOf(new App({ context: { stage: 'Prod' } }))).toThrow(
      "context 'stage' must be 1-20 lowercase letters, digits or hyphens starting with a letter, received 'Prod'",
    );
  });
});
