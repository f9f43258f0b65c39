import { Aws, Duration, Fn, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolOperation,
  type UserPoolDomain,
  type UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Tracing, type Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';
import {
  GROUPS,
  RESOURCE_SERVER,
  SCOPE_MEMBER_ACT,
  SCOPE_PUBLIC_READ,
} from '../../functions/src/auth/claims';
import { IDLE_MINUTES } from '../../functions/src/auth/session';
import { PARTNER_REGIONS_ENV } from '../../functions/src/handlers/pre-token';
import { PARTNER_CLIENT_PREFIX } from '../../functions/src/store/entities/partner-client';
import { SUSPENDED_REGION_PREFIX } from '../../functions/src/store/entities/region';
import { SIGN_IN_ATTEMPTS_PREFIX } from '../../functions/src/store/entities/sign-in-attempts';
import { MIN_LOG_RETENTION_DAYS } from './access-logs-bucket';
import type { DataTable } from './data-table';
import { NODE_FUNCTION_DEFAULTS, TRACER_MODULES, acknowledgePinnedRuntime, acknowledgeTracingGrant, bundlingWithLazyModules, observabilityEnvironment } from './node-function';
import { DEFAULT_DEBUG_SAMPLE_RATE } from './graphql-api';
import { SERVICES } from '../../functions/src/observability/logger';
import { NIST, acknowledgeGrantPolicy, acknowledgeSynchronousFunction } from './nag';
import { POST_AUTHENTICATION_HANDLER_ENTRY, PRE_AUTHENTICATION_HANDLER_ENTRY, PRE_TOKEN_HANDLER_ENTRY } from './paths';

/** Partner app client id → the region (tenant) its client-credentials tokens act in. */
export type PartnerRegions = Readonly<Record<string, string>>;

export interface IdentityProps {
  /** Deployment stage (`dev`, `prod` …): part of the Cognito domain prefix and the pool's name. */
  readonly stage: string;
  /**
   * The single table, where the pre- and post-authentication triggers keep each username's sign-in
   * attempts (the lockout count). They may touch only those items (`SIGNIN#…`). The pre-token trigger may
   * read the partner clients (`PARTNERCLIENT#…`) only.
   */
  readonly table: DataTable;
  /**
   * Partner app clients and their regions. The pre-token trigger puts the region into each client's
   * client-credentials token as `gongjian:region`; every client named here is also accepted by the API
   * (`AUTH_CLIENT_IDS`). Client ids are known only after the client exists, so the stack's own partner
   * client is added here after the first deployment (infra/README.md). Partners registered by the platform
   * admin (`registerPartnerClient`) need no entry: their region is their PartnerClient item's, read by the
   * trigger and by the API. A client neither mapped nor registered gets no token.
   * @default {} (the stack's own partner client has no region)
   */
  readonly partnerRegions?: PartnerRegions;
  /**
   * Prefix of the Cognito domain `https://<prefix>.auth.<region>.amazoncognito.com`, which serves the
   * OAuth token endpoint for client credentials. It must be unique in the AWS region across all accounts.
   * @default `gongjian-<stage>-<first 8 hex digits of the CloudFormation stack id>`: unique per stack,
   *   without naming the account, so the template stays environment-agnostic
   */
  readonly domainPrefix?: string;
  /**
   * Retention of the trigger functions' logs; the security baseline asks for at least 180 days.
   * @default RetentionDays.SIX_MONTHS
   */
  readonly logRetention?: RetentionDays;
  /**
   * X-Ray active tracing of the three triggers, and their tracer (DynamoDB / Cognito subsegments).
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * The stage's key (`DataKey`): the triggers' log groups are encrypted with it (the table's key grant comes
   * with `DataTable.bindItems`).
   * @default AWS-owned encryption of the logs
   */
  readonly encryptionKey?: IKey;
  /**
   * Concurrent executions reserved for each trigger: sign-in keeps working when something else (the API under
   * a flood) takes the account's concurrency, and a burst of sign-in attempts cannot take more than this.
   * @default none
   */
  readonly reservedConcurrency?: number;
}

/** The custom user attributes an operator sets; the trigger copies them into the access token. */
export const CUSTOM_ATTRIBUTES = ['region', 'unit', 'member'] as const;

/** User sessions: tokens live as long as the baseline's idle limit; refresh tokens one working day. */
export const USER_TOKEN_VALIDITY = Duration.minutes(IDLE_MINUTES);
export const REFRESH_TOKEN_VALIDITY = Duration.hours(12);

const GROUP_DESCRIPTIONS: Record<(typeof GROUPS)[number], string> = {
  PLATFORM_ADMIN: 'Platform admin (平台管理员): operator of the deployment, belongs to no region',
  REGION_ADMIN: 'Region admin (秘书处): everything inside custom:region',
  UNIT_LIAISON: 'Unit liaison (联络员): the unit custom:unit in custom:region',
  MEMBER: 'Member (党员): the member record custom:member in custom:region',
};

const CONTEXT_PARTNER_REGIONS = 'partnerRegions';

/**
 * Sign-in on Cognito: one user pool for every person (admins, liaisons, members), the admin SPA's app
 * client, a partner app client with client credentials, the `gongjian` resource server and its scopes, a
 * Cognito domain for the token endpoint, a pre-token-generation trigger that writes the claims of
 * functions/src/auth/claims.ts into access tokens and withholds the admin groups from admins without an
 * authenticator, and pre-/post-authentication triggers that lock an account after 5 failed sign-ins. The
 * API verifies the tokens itself (`bind`).
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly spaClient: UserPoolClient;
  readonly partnerClient: UserPoolClient;
  readonly resourceServer: UserPoolResourceServer;
  readonly domain: UserPoolDomain;
  readonly preTokenFunction: NodejsFunction;
  readonly preAuthenticationFunction: NodejsFunction;
  readonly postAuthenticationFunction: NodejsFunction;
  readonly partnerRegions: PartnerRegions;
  private readonly stage: string;
  private readonly tracing: boolean;
  private readonly encryptionKey?: IKey;
  private readonly reservedConcurrency?: number;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    const partnerRegions = props.partnerRegions ?? {};
    const logRetention = props.logRetention ?? RetentionDays.SIX_MONTHS;
    validate(props, partnerRegions, logRetention);
    this.partnerRegions = partnerRegions;
    this.stage = props.stage;
    this.tracing = props.tracing ?? false;
    this.encryptionKey = props.encryptionKey;
    this.reservedConcurrency = props.reservedConcurrency;

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `${Stack.of(this).stackName}-users`,
      // Operators create every account (README); there is no sign-up page.
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      // The baseline: 8+ characters of 3 character classes. Cognito cannot express "3 of 4 classes", only
      // each class on its own, so it requires these three: lowercase, uppercase and digits. Symbols are
      // allowed, not required. (The local issuer accepts any 3 of the 4; every password valid here is
      // valid there.)
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(3),
      },
      // MFA is a pool-wide setting, and the pool holds liaisons and members as well as admins: the
      // baseline asks MFA of platform and region admins only. OPTIONAL with TOTP (an authenticator app;
      // no SMS, which needs an SNS role and reaches no one offline): a user who has enrolled an
      // authenticator is challenged at every sign-in. For the admin groups the pre-token trigger enforces
      // enrolment: it withholds those groups from a user without an authenticator (infra/README.md, "MFA").
      // REQUIRED would make every liaison and member enrol too.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      // ESSENTIALS: access-token customisation (the V3 trigger below) needs it. Threat protection
      // (compromised credentials, adaptive authentication) is PLUS only; without it, failed sign-ins meet
      // the lockout triggers below and Cognito's built-in lockout (README, "Lockout").
      featurePlan: FeaturePlan.ESSENTIALS,
      // No e-mail is kept and no phone number is verified (the accounts area stores a liaison's mobile as
      // phone_number, unverified, for the operators' reference), so there is nothing to recover through: a region
      // admin resets the password (a new temporary one, AdminSetUserPassword).
      accountRecovery: AccountRecovery.NONE,
      // Mutable so that operators can change them (AdminUpdateUserAttributes); no app client may write them.
      customAttributes: Object.fromEntries(CUSTOM_ATTRIBUTES.map((name) => [name, new StringAttribute({ mutable: true })])),
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    // The pool's password rule and its MFA choice are deliberate, see above.
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG1',
      reason:
        'the security baseline asks for 8+ characters of 3 character classes; Cognito cannot require "3 of 4", ' +
        'so the pool requires lowercase, uppercase and digits (8+ characters) and allows symbols without requiring a fourth class',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is pool-wide and the pool also holds unit liaisons and members; the baseline requires MFA for platform ' +
        'and region admins only, so MFA is OPTIONAL with TOTP and the pre-token trigger withholds the admin groups ' +
        'from the tokens of a user who has not enrolled an authenticator (infra/README.md, MFA)',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'the ESSENTIALS feature plan is chosen: it provides the access-token customisation the API needs; PLUS ' +
        '(threat protection) is an opt-in cost decision, and failed sign-ins meanwhile meet the lockout triggers ' +
        '(5 failures, 15 minutes) and Cognito\'s built-in lockout',
    });

    GROUPS.forEach((group, precedence) => {
      new CfnUserPoolGroup(this, `Group${group}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: group,
        description: GROUP_DESCRIPTIONS[group],
        precedence,
      });
    });

    const partnerScopes = [
      new ResourceServerScope({ scopeName: scopeName(SCOPE_PUBLIC_READ), scopeDescription: 'Read published lists, projects and resolutions (公示)' }),
      new ResourceServerScope({ scopeName: scopeName(SCOPE_MEMBER_ACT), scopeDescription: 'Member-facing actions on behalf of members' }),
    ];
    this.resourceServer = this.userPool.addResourceServer('ResourceServer', {
      identifier: RESOURCE_SERVER,
      userPoolResourceServerName: 'Gongjian GraphQL API',
      scopes: partnerScopes,
    });

    // The admin SPA signs users in with SRP (the password never leaves the browser) on its own Chinese
    // sign-in page, which the local stack mirrors; Cognito's hosted UI cannot be put in the console's terms.
    // So no OAuth flows, no callback URLs, no secret (a browser cannot keep one).
    this.spaClient = this.userPool.addClient('SpaClient', {
      userPoolClientName: 'admin-spa',
      generateSecret: false,
      authFlows: { userSrp: true }, // plus ALLOW_REFRESH_TOKEN_AUTH, which CDK always adds
      disableOAuth: true,
      // The baseline's idle limit: a session the SPA does not refresh ends after 15 minutes.
      accessTokenValidity: USER_TOKEN_VALIDITY,
      idTokenValidity: USER_TOKEN_VALIDITY,
      refreshTokenValidity: REFRESH_TOKEN_VALIDITY,
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ fullname: true })
        .withCustomAttributes(...CUSTOM_ATTRIBUTES),
      // Never the custom attributes: a user must not move himself to another region, unit or member.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    // Partner systems (mobile app, mini-program, other government systems): client credentials only. CDK
    // always lists ALLOW_REFRESH_TOKEN_AUTH; with no user sign-in flow, no refresh token is ever issued.
    this.partnerClient = this.userPool.addClient('PartnerClient', {
      userPoolClientName: 'partner',
      generateSecret: true,
      authFlows: { userSrp: false },
      oAuth: {
        flows: { clientCredentials: true },
        scopes: partnerScopes.map((scope) => OAuthScope.resourceServer(this.resourceServer, scope)),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: USER_TOKEN_VALIDITY,
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? defaultDomainPrefix(props.stage) },
    });

    this.preTokenFunction = this.triggerFunction('PreToken', {
      entry: PRE_TOKEN_HANDLER_ENTRY,
      description: 'Cognito pre-token generation (V3): gongjian claims in access tokens, admin groups only with MFA',
      roleDescription: 'Cognito pre-token-generation trigger: its own log group, AdminGetUser on its pool',
      logRetention,
      serviceName: SERVICES.preToken,
      environment: { [PARTNER_REGIONS_ENV]: JSON.stringify(partnerRegions) },
    });
    // V3_0: the trigger also runs for client-credentials tokens (V2_0 would skip partners).
    this.userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, this.preTokenFunction, LambdaVersion.V3_0);
    // MFA for admins: the trigger asks AdminGetUser whether an admin has enrolled an authenticator. The pool
    // depends on the function (its trigger) and the function on its role's default policy, so the pool's
    // ARN must not go into that policy (a dependency cycle): a separate inline policy, as the
    // aws-cdk-lib/aws-cognito README recommends for trigger permissions. Exactly this pool, one action.
    this.preTokenFunction.role!.attachInlinePolicy(
      new Policy(this, 'PreTokenReadMfa', {
        statements: [new PolicyStatement({ actions: ['cognito-idp:AdminGetUser'], resources: [this.userPool.userPoolArn] })],
      }),
    );
    acknowledgeGrantPolicy(this.node.tryFindChild('PreTokenReadMfa'), 'pre-token trigger (AdminGetUser on its pool)');
    // Partner clients as data: a client-credentials request of a client not in `partnerRegions` gets its region
    // from the client's PartnerClient item (registered by the platform admin), and no token when it is unknown or
    // revoked. The trigger may read exactly those items (GetItem on PARTNERCLIENT#*), nothing else of the table.
    props.table.bindItems(this.preTokenFunction, ['dynamodb:GetItem'], PARTNER_CLIENT_PREFIX);
    // A suspended region's people and partners get no token: the trigger reads the region's suspension marker
    // (PLATFORM#SUSPENDEDREGION#{r}, written with the suspension), never the region's own items.
    props.table.bindItems(this.preTokenFunction, ['dynamodb:GetItem'], SUSPENDED_REGION_PREFIX);

    // Lockout (5 failed sign-ins → 15 minutes, functions/src/auth/lockout.ts): the pre-authentication
    // trigger counts every attempt before the password is checked and refuses a locked account; the
    // post-authentication trigger clears the count after a successful sign-in. Neither runs on a refresh
    // (infra/README.md, "Lockout"). Each may touch only the sign-in attempts items, with what it needs.
    this.preAuthenticationFunction = this.triggerFunction('PreAuthentication', {
      entry: PRE_AUTHENTICATION_HANDLER_ENTRY,
      description: 'Cognito pre-authentication: counts sign-in attempts, refuses a locked account',
      roleDescription: 'Cognito pre-authentication trigger: its own log group, read and write sign-in attempts',
      logRetention,
      serviceName: SERVICES.preAuthentication,
    });
    props.table.bindItems(this.preAuthenticationFunction, ['dynamodb:GetItem', 'dynamodb:PutItem'], SIGN_IN_ATTEMPTS_PREFIX);
    this.userPool.addTrigger(UserPoolOperation.PRE_AUTHENTICATION, this.preAuthenticationFunction);

    this.postAuthenticationFunction = this.triggerFunction('PostAuthentication', {
      entry: POST_AUTHENTICATION_HANDLER_ENTRY,
      description: 'Cognito post-authentication: clears the sign-in attempts after a successful sign-in',
      roleDescription: 'Cognito post-authentication trigger: its own log group, reset sign-in attempts',
      logRetention,
      serviceName: SERVICES.postAuthentication,
    });
    props.table.bindItems(this.postAuthenticationFunction, ['dynamodb:UpdateItem'], SIGN_IN_ATTEMPTS_PREFIX);
    this.userPool.addTrigger(UserPoolOperation.POST_AUTHENTICATION, this.postAuthenticationFunction);
  }

  /**
   * A Cognito trigger function: the shared Node settings, 256 MB, 5 s (Cognito waits 5 seconds for a
   * trigger), its own log group (`<id>Logs`, kept) and its own role (`<id>Role`) that may write that log
   * group; each caller grants the rest.
   */
  private triggerFunction(
    id: string,
    options: {
      entry: string;
      description: string;
      roleDescription: string;
      logRetention: RetentionDays;
      serviceName: string;
      environment?: Record<string, string>;
    },
  ): NodejsFunction {
    const logGroup = new LogGroup(this, `${id}Logs`, { retention: options.logRetention, removalPolicy: RemovalPolicy.RETAIN, encryptionKey: this.encryptionKey });
    const role = new Role(this, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: options.roleDescription,
    });
    logGroup.grantWrite(role);
    const fn = new NodejsFunction(this, `${id}Function`, {
      ...NODE_FUNCTION_DEFAULTS,
      entry: options.entry,
      handler: 'handler',
      description: options.description,
      memorySize: 256,
      timeout: Duration.seconds(5),
      role,
      logGroup,
      reservedConcurrentExecutions: this.reservedConcurrency,
      // The tracer is imported only when tracing is on: outside the bundle, shipped beside it.
      bundling: bundlingWithLazyModules(NODE_FUNCTION_DEFAULTS.bundling, TRACER_MODULES),
      tracing: this.tracing ? Tracing.ACTIVE : undefined,
      environment: {
        ...options.environment,
        ...observabilityEnvironment({ serviceName: options.serviceName, stage: this.stage, debugSampleRate: DEFAULT_DEBUG_SAMPLE_RATE, tracing: this.tracing }),
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    acknowledgePinnedRuntime(fn);
    if (this.tracing) acknowledgeTracingGrant(fn);
    acknowledgeSynchronousFunction(fn, 'Cognito (a user pool trigger)');
    acknowledgeGrantPolicy(role.node.tryFindChild('DefaultPolicy'), `${id} trigger`);
    if (this.reservedConcurrency === undefined) {
      Validations.of(fn).acknowledge({
        id: NIST.lambdaConcurrency,
        reason: 'the operator chose no reserved concurrency for the sign-in triggers (context triggerReservedConcurrency=0)',
      });
    }
    return fn;
  }

  /** The three triggers by name: the sign-in fails closed on each (monitoring alarms on any failure). */
  get triggers(): Record<'PreToken' | 'PreAuthentication' | 'PostAuthentication', NodejsFunction> {
    return { PreToken: this.preTokenFunction, PreAuthentication: this.preAuthenticationFunction, PostAuthentication: this.postAuthenticationFunction };
  }

  /** The token issuer: `https://cognito-idp.<region>.<url suffix>/<user pool id>`. */
  get issuer(): string {
    return `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}/${this.userPool.userPoolId}`;
  }

  /** App clients whose tokens the API accepts: the SPA, the stack's partner client, every mapped partner. */
  get clientIds(): string[] {
    const own = [this.spaClient.userPoolClientId, this.partnerClient.userPoolClientId];
    return [...own, ...Object.keys(this.partnerRegions)];
  }

  /** The Cognito domain's URL; the token endpoint is `<url>/oauth2/token`. */
  get domainUrl(): string {
    return this.domain.baseUrl();
  }

  /**
   * Lets `fn` verify access tokens: sets `AUTH_ISSUER` and `AUTH_CLIENT_IDS`. No IAM is needed: the keys
   * are public at `<issuer>/.well-known/jwks.json`.
   */
  bind(fn: LambdaFunction): void {
    fn.addEnvironment('AUTH_ISSUER', this.issuer);
    fn.addEnvironment('AUTH_CLIENT_IDS', this.clientIds.join(','));
  }

  /**
   * Lets `fn` make and manage people's accounts (the accounts area, functions/src/store/cognito-directory.ts) and
   * the partner clients (functions/src/store/cognito-partner-clients.ts):
   * sets `USER_POOL_ID` and grants exactly {@link DIRECTORY_ACTIONS} on exactly this pool. The grant joins the
   * function's own policy: the pool depends only on its triggers, never on the API, so there is no cycle.
   */
  bindDirectory(fn: LambdaFunction): void {
    fn.addEnvironment(USER_POOL_ID_ENV, this.userPool.userPoolId);
    fn.addToRolePolicy(new PolicyStatement({ actions: [...DIRECTORY_ACTIONS], resources: [this.userPool.userPoolArn] }));
  }
}

/** The environment variable the API reads the pool from (functions/src/config.ts). */
export const USER_POOL_ID_ENV = 'USER_POOL_ID';

/**
 * What the accounts area calls on the pool (functions/src/store/cognito-directory.ts), and nothing more:
 * AdminUpdateUserAttributes only to move a liaison to another unit (`custom:unit`, rebindAccount), and
 * AdminSetUserMFAPreference only to turn an admin's authenticator off (resetAuthenticator); no listing, no AdminGetUser.
 * Then what the partner clients' area calls (functions/src/store/cognito-partner-clients.ts): make and delete an
 * app client, and rotate its secret (add one, list them, delete the old one). No UpdateUserPoolClient, no
 * DescribeUserPoolClient (the secret is read only from the answer that makes it), no ListUserPoolClients.
 */
export const DIRECTORY_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminSetUserPassword',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminSetUserMFAPreference',
  'cognito-idp:CreateUserPoolClient',
  'cognito-idp:DeleteUserPoolClient',
  'cognito-idp:AddUserPoolClientSecret',
  'cognito-idp:ListUserPoolClientSecrets',
  'cognito-idp:DeleteUserPoolClientSecret',
] as const;

/**
 * Partner regions from context, for deployments: `cdk deploy -c partnerRegions='{"<client id>":"<region id>"}'`
 * or the same object under `context` in cdk.json. Absent means none.
 */
export function partnerRegionsOf(scope: IConstruct): PartnerRegions | undefined {
  const value: unknown = scope.node.tryGetContext(CONTEXT_PARTNER_REGIONS);
  if (value === undefined) return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new Error(`context '${CONTEXT_PARTNER_REGIONS}' must be a JSON object of client id → region id, received '${value}'`);
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`context '${CONTEXT_PARTNER_REGIONS}' must be a JSON object of client id → region id`);
  }
  return parsed as PartnerRegions;
}

/** `gongjian/public.read` → `public.read`. */
function scopeName(scope: string): string {
  return scope.slice(RESOURCE_SERVER.length + 1);
}

function defaultDomainPrefix(stage: string): string {
  // arn:…:stack/<stack name>/<uuid>: the uuid's first group is unique per stack and names no account.
  const stackUuid = Fn.select(2, Fn.split('/', Aws.STACK_ID));
  return Fn.join('-', ['gongjian', stage, Fn.select(0, Fn.split('-', stackUuid))]);
}

// Cognito app client ids: word characters and '+', up to 128.
const CLIENT_ID = /^[\w+]{1,128}$/;
// Cognito domain prefixes: lowercase letters, digits and inner hyphens; no reserved words.
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const STAGE = /^[a-z][a-z0-9-]{0,19}$/;

function validate(props: IdentityProps, partnerRegions: PartnerRegions, logRetention: RetentionDays): void {
  if (!STAGE.test(props.stage)) {
    throw new Error(
      `stage must be 1-20 lowercase letters, digits or hyphens starting with a letter, received '${props.stage}'`,
    );
  }
  for (const [clientId, region] of Object.entries(partnerRegions)) {
    if (!CLIENT_ID.test(clientId)) {
      throw new Error(`partnerRegions: '${clientId}' is not a Cognito app client id`);
    }
    if (typeof region !== 'string' || !/^\S{1,128}$/.test(region)) {
      throw new Error(`partnerRegions: the region of client '${clientId}' must be a region id, received '${String(region)}'`);
    }
  }
  const prefix = props.domainPrefix;
  if (prefix !== undefined && !Token.isUnresolved(prefix)) {
    if (!DOMAIN_PREFIX.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
      throw new Error(
        `domainPrefix must be 1-63 lowercase letters, digits or inner hyphens without 'aws', 'amazon' or 'cognito', received '${prefix}'`,
      );
    }
  }
  // RetentionDays.INFINITE is 9999; every other member is its number of days.
  if (logRetention < MIN_LOG_RETENTION_DAYS) {
    throw new Error(`logRetention must be at least ${MIN_LOG_RETENTION_DAYS} days, received ${logRetention}`);
  }
  const reserved = props.reservedConcurrency;
  if (reserved !== undefined && !(Number.isInteger(reserved) && reserved > 0)) {
    throw new Error(`reservedConcurrency must be a positive whole number (leave it out for none), received ${reserved}`);
  }
}
