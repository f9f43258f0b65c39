import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination, type HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Tracing, type Alias } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { MIN_LOG_RETENTION_DAYS } from './access-logs-bucket';
import { NODE_FUNCTION_DEFAULTS, acknowledgePinnedRuntime, acknowledgeTracingGrant, bundlingWithLazyModules, observabilityEnvironment } from './node-function';
import { ORIGIN_HEADER } from '../../functions/src/graphql/origin';
import { SERVICES } from '../../functions/src/observability/logger';
import { GRAPHQL_HANDLER_ENTRY } from './paths';
import { NIST, acknowledgeGrantPolicy, acknowledgeSynchronousFunction } from './nag';

export { ESM_REQUIRE_BANNER } from './node-function';

export interface ApiThrottle {
  /** Steady-state requests per second across the API. */
  readonly rateLimit: number;
  /** Requests allowed in a burst above the steady rate. */
  readonly burstLimit: number;
}

export interface GraphqlApiProps {
  /** Deployment stage (`dev`, `prod` …), passed to the handler as `STAGE`. */
  readonly stage: string;
  /**
   * The handler module; it must export `handler`.
   * @default functions/src/handlers/graphql.ts
   */
  readonly entry?: string;
  /**
   * Retention of the function's and the API's logs; the security baseline asks for at least 180 days.
   * @default RetentionDays.SIX_MONTHS
   */
  readonly logRetention?: RetentionDays;
  /**
   * Throttling of the default stage.
   * @default { rateLimit: 100, burstLimit: 200 }
   */
  readonly throttle?: ApiThrottle;
  /**
   * X-Ray active tracing, and the handler's tracer (DynamoDB and HTTPS subsegments).
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * Share of requests logged at DEBUG (`POWERTOOLS_LOGGER_SAMPLE_RATE`, 0…1).
   * @default 0.01
   */
  readonly debugSampleRate?: number;
  /**
   * The stage's key (`DataKey`): the function's and the API's log groups and both secrets are encrypted with it.
   * @default AWS-owned encryption of the logs, the AWS-managed Secrets Manager key
   */
  readonly encryptionKey?: IKey;
  /**
   * Concurrent executions reserved for the function — also its ceiling: a flood of requests cannot take the
   * account's whole concurrency (the sign-in triggers keep theirs) nor grow the bill without bound; requests
   * beyond it are throttled (HTTP 429 from Lambda, 500/503 at the API) and alarm (`ApiFunctionThrottles`).
   * @default none
   */
  readonly reservedConcurrency?: number;
  /**
   * Execution environments kept initialised (no cold start for that many concurrent requests) on the alias
   * `live`, which the API then invokes. Billed all month whether used or not (infra/README.md).
   * @default none: no alias, the API invokes the function's latest version
   */
  readonly provisionedConcurrency?: number;
}

/** The default share of requests logged at DEBUG. */
export const DEFAULT_DEBUG_SAMPLE_RATE = 0.01;

export const GRAPHQL_PATH = '/graphql';
/** Open data (issue 17): `GET /open/{regionId}/{year}/{list}.{csv|xlsx}`, answered by the same function (it routes by path). */
export const OPEN_DATA_ROUTE = '/open/{proxy+}';
/** Calendar feeds (issue 16): `GET /calendar/{secret}.ics`, answered by the same function (it routes by path). */
export const CALENDAR_FEED_ROUTE = '/calendar/{proxy+}';

/** The GraphQL Lambda function behind an HTTP API that answers `GET` and `POST /graphql`. */
export class GraphqlApi extends Construct {
  readonly function: NodejsFunction;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly logGroup: LogGroup;
  /** The alias `live` the API invokes, when `provisionedConcurrency` is set. */
  readonly alias?: Alias;
  /**
   * The header CloudFront must add to every request it forwards here (`{ 'x-gongjian-origin': secret }`):
   * the function refuses any request without it, so the API's own endpoint is no way around CloudFront.
   */
  readonly originHeaders: Record<string, string>;
  /** The generated value of that header (Secrets Manager), resolved at deploy into both sides. */
  readonly originSecret: Secret;
  /**
   * The key of the personal-data vault (functions/src/store/vault.ts): ID numbers' fingerprints and sealed
   * copies are made with it. Read only by this function at run time; kept when the stack goes (without it
   * no sealed number can be revealed and no fingerprint matches again).
   */
  readonly vaultKey: Secret;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    const logRetention = props.logRetention ?? RetentionDays.SIX_MONTHS;
    const throttle = props.throttle ?? { rateLimit: 100, burstLimit: 200 };
    validate(props.stage, logRetention, throttle, props.reservedConcurrency, props.provisionedConcurrency);

    this.logGroup = new LogGroup(this, 'FunctionLogs', {
      retention: logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
      encryptionKey: props.encryptionKey,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to this log group only.
    const role = new Role(this, 'FunctionRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'GraphQL handler: its own log group, plus what DataTable and FilesBucket bind',
    });
    this.logGroup.grantWrite(role);

    this.originSecret = new Secret(this, 'OriginSecret', {
      description: `Gongjian ${props.stage}: the ${ORIGIN_HEADER} header CloudFront adds to API requests; the API refuses requests without it`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
      encryptionKey: props.encryptionKey,
    });
    const originRotation =
      'the value is resolved at deploy into the distribution and the function (dynamic references), which a ' +
      'rotation would not update: change it with a new value and a deploy of the stack (infra/README.md)';
    Validations.of(this.originSecret).acknowledge(
      { id: 'AwsSolutions-SMG4', reason: originRotation },
      { id: NIST.secretRotation, reason: originRotation },
    );
    // A dynamic reference ({{resolve:secretsmanager:…}}): CloudFormation resolves it at deploy; the template holds no value.
    const originValue = this.originSecret.secretValue.unsafeUnwrap();
    this.originHeaders = { [ORIGIN_HEADER]: originValue };

    this.vaultKey = new Secret(this, 'VaultKey', {
      description: `Gongjian ${props.stage}: key of the personal-data vault (ID numbers); read by the GraphQL function only`,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
      encryptionKey: props.encryptionKey,
    });
    const vaultRotation =
      'fingerprints of stored ID numbers are made with this key: a rotation would stop every stored number from ' +
      'matching and being revealed; a key change is a re-encryption job, not a rotation (infra/README.md)';
    Validations.of(this.vaultKey).acknowledge(
      { id: 'AwsSolutions-SMG4', reason: vaultRotation },
      { id: NIST.secretRotation, reason: vaultRotation },
    );
    this.vaultKey.grantRead(role);

    this.function = new NodejsFunction(this, 'Function', {
      ...NODE_FUNCTION_DEFAULTS,
      bundling: bundlingWithLazyModules(),
      entry: props.entry ?? GRAPHQL_HANDLER_ENTRY,
      handler: 'handler',
      memorySize: 1024,
      timeout: Duration.seconds(29),
      role,
      logGroup: this.logGroup,
      reservedConcurrentExecutions: props.reservedConcurrency,
      tracing: props.tracing ? Tracing.ACTIVE : undefined,
      environment: {
        ...observabilityEnvironment({
          serviceName: SERVICES.api,
          stage: props.stage,
          debugSampleRate: props.debugSampleRate ?? DEFAULT_DEBUG_SAMPLE_RATE,
          tracing: props.tracing ?? false,
        }),
        STAGE: props.stage,
        NODE_OPTIONS: '--enable-source-maps',
        ORIGIN_SECRET: originValue,
        // The ARN only: the function reads the key at run time, so it is in no configuration or template.
        VAULT_KEY_SECRET_ARN: this.vaultKey.secretArn,
      },
    });
    acknowledgePinnedRuntime(this.function);
    if (props.tracing) acknowledgeTracingGrant(this.function);
    acknowledgeSynchronousFunction(this.function, 'API Gateway (HTTP API, Lambda proxy integration)');
    if (props.reservedConcurrency === undefined) {
      Validations.of(this.function).acknowledge({
        id: NIST.lambdaConcurrency,
        reason:
          'the operator chose no reserved concurrency (context apiReservedConcurrency=0): the API stage throttle ' +
          '(and the WAF rate rules where on) bound the load instead',
      });
    }
    // The log group's grant has made the role's policy already; the table's and the bucket's grants join it.
    acknowledgeGrantPolicy(role.node.tryFindChild('DefaultPolicy'), 'GraphQL function');
    if (props.provisionedConcurrency !== undefined) {
      this.alias = this.function.addAlias('live', { provisionedConcurrentExecutions: props.provisionedConcurrency });
    }

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
      encryptionKey: props.encryptionKey,
    });
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-graphql`,
      description: 'Gongjian GraphQL API (served to browsers through the admin site at /graphql)',
      createDefaultStage: false,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            route: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    const routes = this.httpApi.addRoutes({
      path: GRAPHQL_PATH,
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', this.alias ?? this.function),
    });
    routes.push(
      ...this.httpApi.addRoutes({
        path: OPEN_DATA_ROUTE,
        methods: [HttpMethod.GET],
        integration: new HttpLambdaIntegration('OpenDataIntegration', this.alias ?? this.function),
      }),
      ...this.httpApi.addRoutes({
        path: CALENDAR_FEED_ROUTE,
        methods: [HttpMethod.GET],
        integration: new HttpLambdaIntegration('CalendarFeedIntegration', this.alias ?? this.function),
      }),
    );
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'the API is public by design (published data is read without signing in; a calendar feed is opened by the ' +
          'secret in its URL); the GraphQL context verifies the bearer token and each resolver checks the principal (issue: sign-in)',
      });
    }
  }

  /** `https://<api-id>.execute-api.<region>.<suffix>`: the API's own endpoint, without a trailing slash. */
  get endpoint(): string {
    return this.httpApi.apiEndpoint;
  }

  /** The endpoint's host name, for use as a CloudFront origin. */
  get domainName(): string {
    const stack = Stack.of(this);
    return `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}

function validate(stage: string, logRetention: RetentionDays, throttle: ApiThrottle, reserved?: number, provisioned?: number): void {
  for (const [name, value] of Object.entries({ reservedConcurrency: reserved, provisionedConcurrency: provisioned })) {
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new Error(`${name} must be a positive whole number (leave it out for none), received ${value}`);
    }
  }
  if (reserved !== undefined && provisioned !== undefined && provisioned > reserved) {
    throw new Error(`provisionedConcurrency (${provisioned}) cannot exceed reservedConcurrency (${reserved})`);
  }
  if (stage.trim() === '') {
    throw new Error(`stage must be a non-empty name such as 'dev' or 'prod', received '${stage}'`);
  }
  // RetentionDays.INFINITE is 9999; every other member is its number of days.
  if (logRetention < MIN_LOG_RETENTION_DAYS) {
    throw new Error(`logRetention must be at least ${MIN_LOG_RETENTION_DAYS} days, received ${logRetention}`);
  }
  for (const [name, value] of Object.entries(throttle)) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`throttle.${name} must be a positive whole number, received ${value}`);
    }
  }
  if (throttle.burstLimit < throttle.rateLimit) {
    throw new Error(
      `throttle.burstLimit must be at least throttle.rateLimit, received ${throttle.burstLimit} < ${throttle.rateLimit}`,
    );
  }
}
