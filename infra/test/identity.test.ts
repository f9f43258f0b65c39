import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks, NIST80053R5Checks } from 'cdk-nag';
import { DataKey, TABLE_KEY_ACTIONS } from '../lib/data-key';
import { TableBackup } from '../lib/table-backup';
import { beforeAll, describe, expect, it } from 'vitest';
import { GROUPS, RESOURCE_SERVER, SCOPE_MEMBER_ACT, SCOPE_PUBLIC_READ } from '../../functions/src/auth/claims';
import { DataTable } from '../lib/data-table';
import { GraphqlApi } from '../lib/graphql-api';
import { DIRECTORY_ACTIONS, Identity, partnerRegionsOf, type IdentityProps } from '../lib/identity';
import { HANDLER_FIXTURE, grantedActions, testApp, testStack } from './support';

interface ValidationReport {
  pluginReports: Array<{ violations: Array<{ ruleName: string; severity: string }> }>;
}

type Resource = { Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

const PARTNER_REGIONS = { partner2abc: 'region-west' };

describe('Construct: Identity (with the GraphQL function bound, cdk-nag on)', () => {
  let template: Template;
  let report: ValidationReport;
  let pool: Resource;
  const client = (name: string): Resource => {
    const found = Object.values(template.findResources('AWS::Cognito::UserPoolClient', { Properties: { ClientName: name } }));
    expect(found).toHaveLength(1);
    return found[0] as Resource;
  };

  beforeAll(() => {
    // Prepare
    const app = testApp();
    const stack = new Stack(app, 'Test');
    // The stage's key and the table's backup, as in the stack, so the NIST pack has nothing else to say
    const { key } = new DataKey(stack, 'Key', { stage: 'test' });
    const table = new DataTable(stack, 'Data', { encryptionKey: key });
    new TableBackup(stack, 'Backup', { stage: 'test', table: table.table, encryptionKey: key });
    const identity = new Identity(stack, 'Identity', { stage: 'test', table, partnerRegions: PARTNER_REGIONS, encryptionKey: key, reservedConcurrency: 10 });
    const api = new GraphqlApi(stack, 'Api', { stage: 'test', entry: HANDLER_FIXTURE, encryptionKey: key, reservedConcurrency: 5 });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new NIST80053R5Checks(app));
    // Act: an unacknowledged cdk-nag error makes synth throw here
    identity.bind(api.function);
    identity.bindDirectory(api.function);
    const assembly = app.synth();
    report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
    template = Template.fromStack(stack);
    pool = Object.values(template.findResources('AWS::Cognito::UserPool'))[0] as Resource;
  });

  it('creates one user pool without self sign-up, signing in by case-insensitive username', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameConfiguration: { CaseSensitive: false },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'admin_only', Priority: 1 }] },
    });
    expect(pool.Properties.UsernameAttributes).toBeUndefined();
    expect(pool.Properties.AliasAttributes).toBeUndefined();
  });

  it('requires 8+ characters with lowercase, uppercase and digits', () => {
    expect(pool.Properties.Policies).toEqual({
      PasswordPolicy: {
        MinimumLength: 8,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: false,
        TemporaryPasswordValidityDays: 3,
      },
    });
  });

  it('offers MFA with an authenticator app (TOTP) only, on the ESSENTIALS plan', () => {
    expect(pool.Properties).toMatchObject({
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'ESSENTIALS',
    });
  });

  it('keeps the pool: Retain on delete and replace, deletion protection on', () => {
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.UpdateReplacePolicy).toBe('Retain');
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
  });

  it('has the custom attributes region, unit and member, changeable by admins, never written by the SPA client', () => {
    expect(pool.Properties.Schema).toEqual(
      ['region', 'unit', 'member'].map((name) => ({ Name: name, AttributeDataType: 'String', Mutable: true })),
    );
    const spa = client('admin-spa').Properties;
    expect(spa.ReadAttributes).toEqual(expect.arrayContaining(['custom:region', 'custom:unit', 'custom:member']));
    expect(spa.WriteAttributes).toEqual(['name']);
  });

  it('has exactly the four role groups', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (group) => (group as Resource).Properties.GroupName,
    );

    expect(groups.sort()).toEqual([...GROUPS].sort());
  });

  it('lets the SPA client (Amplify) sign in with SRP and refresh only: no secret, no OAuth, 15-minute tokens, 12-hour refresh, revocation', () => {
    expect(client('admin-spa').Properties).toMatchObject({
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: false,
      AccessTokenValidity: 15,
      IdTokenValidity: 15,
      RefreshTokenValidity: 720,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
    expect(client('admin-spa').Properties.AllowedOAuthFlows).toBeUndefined();
    expect(client('admin-spa').Properties.CallbackURLs).toBeUndefined();
    // Amplify v6 refreshes with GetTokensFromRefreshToken and signs out with RevokeToken (revocation on,
    // above). Without refresh-token rotation both GetTokensFromRefreshToken and REFRESH_TOKEN_AUTH work.
    expect(client('admin-spa').Properties.RefreshTokenRotation).toBeUndefined();
  });

  it('gives partner systems a client with a secret, client credentials only, and both scopes', () => {
    const scope = (name: string) => ({ 'Fn::Join': ['', [{ Ref: Match.stringLikeRegexp('^IdentityUserPoolResourceServer') }, `/${name}`]] });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'partner',
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: [scope('public.read'), scope('member.act')],
      // No user sign-in flow, so no refresh token is ever issued to this client.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
  });

  it('declares the resource server and scopes of claims.ts', () => {
    const servers = Object.values(template.findResources('AWS::Cognito::UserPoolResourceServer')) as Resource[];

    expect(servers).toHaveLength(1);
    const { Identifier, Scopes } = servers[0]!.Properties as { Identifier: string; Scopes: Array<{ ScopeName: string }> };
    expect(Identifier).toBe(RESOURCE_SERVER);
    expect(Scopes.map((scope) => `${Identifier}/${scope.ScopeName}`)).toEqual([SCOPE_PUBLIC_READ, SCOPE_MEMBER_ACT]);
  });

  it('has a Cognito domain named after the stage and the stack id', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['-', ['gongjian-test', Match.objectLike({ 'Fn::Select': Match.anyValue() })]] },
    });
  });

  it('runs the pre-token trigger with the V3 event, on Node 22 arm64, with the partner mapping', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreTokenGenerationConfig: {
          LambdaArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityPreTokenFunction'), 'Arn'] },
          LambdaVersion: 'V3_0',
        },
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Timeout: 5,
      Environment: { Variables: { PARTNER_REGIONS: JSON.stringify(PARTNER_REGIONS), NODE_OPTIONS: '--enable-source-maps' } },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'cognito-idp.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityPreTokenFunction'), 'Arn'] },
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityUserPool'), 'Arn'] },
    });
  });

  it('gives the trigger its own role that may only write its log (kept 180 days), read users of its pool, the partner clients and the suspension markers', () => {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^IdentityPreTokenRole') }] },
    });

    // The table's key, as DynamoDB uses it for the caller (TABLE_KEY_ACTIONS, through DynamoDB only).
    expect(grantedActions(Template.fromJSON({ Resources: policies })).sort()).toEqual(
      ['cognito-idp:AdminGetUser', 'dynamodb:GetItem', 'dynamodb:GetItem', 'logs:CreateLogStream', 'logs:PutLogEvents', ...TABLE_KEY_ACTIONS].sort(),
    );
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityPreTokenRole'), 'Arn'] },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^IdentityPreTokenLogs') } },
    });
    const logs = Object.entries(template.findResources('AWS::Logs::LogGroup')).filter(([id]) => id.startsWith('IdentityPreTokenLogs'));
    expect(logs).toHaveLength(1);
    expect(logs[0]![1]).toMatchObject({ DeletionPolicy: 'Retain', Properties: { RetentionInDays: 180 } });
  });

  it('lets the trigger call AdminGetUser on exactly its pool, in a policy of its own so that there is no dependency cycle', () => {
    const [readMfa, ...others] = Object.entries(template.findResources('AWS::IAM::Policy', {
      Properties: { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'cognito-idp:AdminGetUser' })]) } },
    }));

    expect(others).toEqual([]);
    expect(readMfa?.[0]).toMatch(/^IdentityPreTokenReadMfa/);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyName: Match.stringLikeRegexp('^IdentityPreTokenReadMfa'),
      PolicyDocument: {
        Statement: [{ Effect: 'Allow', Action: 'cognito-idp:AdminGetUser', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityUserPool[0-9A-F]{8}$'), 'Arn'] } }],
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^IdentityPreTokenRole') }],
    });
    // No dependency cycle: synth (beforeAll) validates the template and would have thrown (see below).
  });

  it.each([
    ['PreAuthentication', 'PreAuthentication', ['dynamodb:GetItem', 'dynamodb:PutItem']],
    ['PostAuthentication', 'PostAuthentication', ['dynamodb:UpdateItem']],
  ])('runs the %s trigger (lockout) with its own role, its log kept 180 days, and only the sign-in attempts items', (id, trigger, actions) => {
    const fnId = Match.stringLikeRegexp(`^Identity${id}Function`);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: Match.objectLike({ [trigger]: { 'Fn::GetAtt': [fnId, 'Arn'] } }),
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'cognito-idp.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityUserPool'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 256,
      Timeout: 5,
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp(`^Identity${id}Role`), 'Arn'] },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp(`^Identity${id}Logs`) } },
      Environment: { Variables: { TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') }, NODE_OPTIONS: '--enable-source-maps' } },
    });
    const logs = Object.entries(template.findResources('AWS::Logs::LogGroup')).filter(([logId]) => logId.startsWith(`Identity${id}Logs`));
    expect(logs).toHaveLength(1);
    expect(logs[0]![1]).toMatchObject({ DeletionPolicy: 'Retain', Properties: { RetentionInDays: 180 } });

    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: Match.stringLikeRegexp(`^Identity${id}Role`) }] },
    });
    // The table's key, as DynamoDB uses it for the caller (TABLE_KEY_ACTIONS, through DynamoDB only).
    expect(grantedActions(Template.fromJSON({ Resources: policies })).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', ...actions, ...TABLE_KEY_ACTIONS].sort());
    const [policy] = Object.values(policies);
    const tableStatement = (policy!.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>).find((statement) =>
      String(statement.Action).startsWith('dynamodb:') || (Array.isArray(statement.Action) && String(statement.Action[0]).startsWith('dynamodb:')),
    );
    expect(tableStatement).toMatchObject({
      Effect: 'Allow',
      Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SIGNIN#*'] } },
    });
    // The table itself, no index, nothing else.
    expect(tableStatement!.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] });
    const keyStatement = (policy!.Properties.PolicyDocument.Statement as Array<Record<string, any>>).find((statement) => JSON.stringify(statement.Action).includes('kms:'));
    expect(keyStatement!.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Key/), 'Arn'] });
    expect(JSON.stringify(keyStatement!.Condition)).toContain('"kms:ViaService":{"Fn::Join":["",["dynamodb."');
  });

  it('lets the pre-token trigger read the partner clients and the suspension markers only (GetItem), with TABLE_NAME', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityPreTokenRole'), 'Arn'] },
      Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') } }) },
    });
    const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^IdentityPreTokenRole') }] } });
    const statements = Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>);
    const table = statements.filter((statement) => JSON.stringify(statement.Action).includes('dynamodb:'));
    expect(table).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PARTNERCLIENT#*'] } },
      },
      {
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PLATFORM#SUSPENDEDREGION#*'] } },
      },
    ]);
  });

  it('reserves the given concurrency for each trigger and encrypts their logs with the key', () => {
    const triggers = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => /^Identity\w+Function/.test(id));
    expect(triggers).toHaveLength(3);
    for (const [, fn] of triggers) expect(fn.Properties.ReservedConcurrentExecutions).toBe(10);
    const logs = Object.entries(template.findResources('AWS::Logs::LogGroup')).filter(([id]) => id.startsWith('Identity'));
    expect(logs).toHaveLength(3);
    for (const [, group] of logs) expect(group.Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Key/), 'Arn'] });
  });

  it('lets no app client write the custom attributes (a user cannot move himself to another region, unit or member)', () => {
    const clients = Object.values(template.findResources('AWS::Cognito::UserPoolClient')) as Resource[];
    expect(clients.length).toBeGreaterThanOrEqual(2);
    // Without WriteAttributes (the partner client, which never holds a user's token) Cognito lets a client write the
    // standard attributes only; a client that names its own must not name a custom one.
    for (const appClient of clients) {
      const writable = (appClient.Properties.WriteAttributes as string[] | undefined) ?? [];
      expect(writable.filter((attribute) => attribute.startsWith('custom:')), String(appClient.Properties.ClientName)).toEqual([]);
    }
    expect(client('admin-spa').Properties.WriteAttributes).toEqual(['name']);
  });

  it('lets the GraphQL function make accounts: USER_POOL_ID, and exactly the directory actions on exactly its pool', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiFunctionRole'), 'Arn'] },
      Environment: { Variables: Match.objectLike({ USER_POOL_ID: { Ref: Match.stringLikeRegexp('^IdentityUserPool[0-9A-F]{8}$') } }) },
    });
    const apiPolicies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ApiFunctionRole') }] },
    });
    const statements = Object.values(apiPolicies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown; Effect: string; Condition?: unknown }>);
    const cognito = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('cognito')));
    expect(cognito).toEqual([
      {
        Effect: 'Allow',
        Action: [...DIRECTORY_ACTIONS].sort(),
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^IdentityUserPool[0-9A-F]{8}$/), 'Arn'] },
      },
    ]);
    expect([...DIRECTORY_ACTIONS].sort()).toEqual(
      [
        'AddUserPoolClientSecret', 'AdminAddUserToGroup', 'AdminCreateUser', 'AdminDeleteUser', 'AdminDisableUser', 'AdminEnableUser', 'AdminSetUserMFAPreference',
        'AdminSetUserPassword', 'AdminUpdateUserAttributes', 'AdminUserGlobalSignOut', 'CreateUserPoolClient', 'DeleteUserPoolClient', 'DeleteUserPoolClientSecret', 'ListUserPoolClientSecrets',
      ].map((action) => `cognito-idp:${action}`),
    );
  });

  it('tells the GraphQL function the issuer and every accepted client', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          AUTH_ISSUER: {
            'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: Match.stringLikeRegexp('^IdentityUserPool') }]],
          },
          AUTH_CLIENT_IDS: {
            'Fn::Join': [
              '',
              [
                { Ref: Match.stringLikeRegexp('^IdentityUserPoolSpaClient') },
                ',',
                { Ref: Match.stringLikeRegexp('^IdentityUserPoolPartnerClient') },
                ',partner2abc',
              ],
            ],
          },
        }),
      },
    });
  });

  it('leaves no cdk-nag finding unacknowledged, error or warning', () => {
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.map((violation) => `${violation.severity} ${violation.ruleName}`),
    );

    expect(findings).toEqual([]);
  });
});

describe('Construct: Identity (bind alone)', () => {
  it('verifying tokens needs no grant: bind sets the issuer and clients and grants nothing of Cognito', () => {
    const stack = testStack();
    const identity = new Identity(stack, 'Identity', { stage: 'test', table: new DataTable(stack, 'Data') });
    const api = new GraphqlApi(stack, 'Api', { stage: 'test', entry: HANDLER_FIXTURE });
    identity.bind(api.function);
    const template = Template.fromStack(stack);
    const apiPolicies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ApiFunctionRole') }] },
    });
    expect(grantedActions(Template.fromJSON({ Resources: apiPolicies })).filter((action) => action.startsWith('cognito'))).toEqual([]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiFunctionRole'), 'Arn'] },
      Environment: { Variables: Match.objectLike({ USER_POOL_ID: Match.absent() }) },
    });
  });
});

describe('Construct: Identity (the cycle the separate policy avoids)', () => {
  it("cannot synthesize with the pool's ARN in the trigger role's default policy", () => {
    const stack = testStack();
    const identity = new Identity(stack, 'Identity', { stage: 'test', table: new DataTable(stack, 'Data') });
    identity.preTokenFunction.addToRolePolicy(
      new PolicyStatement({ actions: ['cognito-idp:AdminGetUser'], resources: [identity.userPool.userPoolArn] }),
    );

    expect(() => Template.fromStack(stack)).toThrow(/Circular dependency with \[IdentityUserPool\w+ -> IdentityPreTokenFunction\w+ -> IdentityPreTokenRoleDefaultPolicy/);
  });
});

describe('Construct: Identity (failing)', () => {
  const make = (props: Partial<IdentityProps>) => () => {
    const stack = testStack();
    return new Identity(stack, 'Identity', { stage: 'test', table: new DataTable(stack, 'Data'), ...props });
  };

  it('refuses a partner mapping key that is not a client id', () => {
    expect(make({ partnerRegions: { 'not a client': 'r1' } })).toThrow("partnerRegions: 'not a client' is not a Cognito app client id");
  });

  it('refuses an empty region in the partner mapping', () => {
    expect(make({ partnerRegions: { abc: '' } })).toThrow(/^partnerRegions: the region of client 'abc' must be a region id/);
  });

  it.each(['Gongjian', 'my-aws-pool', '-gongjian', 'a'.repeat(64)])('refuses the domain prefix %s', (domainPrefix) => {
    expect(make({ domainPrefix })).toThrow(/^domainPrefix must be 1-63 lowercase letters/);
  });

  it('refuses a log retention shorter than 180 days', () => {
    expect(make({ logRetention: RetentionDays.ONE_MONTH })).toThrow('logRetention must be at least 180 days, received 30');
  });

  it('refuses a stage that cannot name the domain', () => {
    expect(make({ stage: 'Prod' })).toThrow(/^stage must be 1-20 lowercase letters/);
  });
});

describe('Function: partnerRegionsOf', () => {
  const of = (value: unknown) => partnerRegionsOf(new App({ context: value === undefined ? {} : { partnerRegions: value } }));

  it('is undefined without the context value', () => {
    expect(of(undefined)).toBeUndefined();
  });

  it('reads -c partnerRegions=… (a JSON string) and an object from cdk.json', () => {
    expect(of('{"abc123":"r1"}')).toEqual({ abc123: 'r1' });
    expect(of({ abc123: 'r1' })).toEqual({ abc123: 'r1' });
  });

  it('refuses a value that is not a JSON object', () => {
    expect(() => of('abc123=r1')).toThrow("context 'partnerRegions' must be a JSON object of client id → region id, received 'abc123=r1'");
    expect(() => of('["r1"]')).toThrow("context 'partnerRegions' must be a JSON object");
  });
});
