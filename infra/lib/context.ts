import type { IConstruct } from 'constructs';

/**
 * The operator's context values (`cdk deploy -c name=value`, or `context` in cdk.json). The CLI passes
 * every `-c` value as a string, cdk.json passes JSON: both are accepted, anything else stops synth with
 * a message naming the value.
 */
export const CONTEXT = {
  waf: 'waf',
  webAclArn: 'webAclArn',
  wafRateLimit: 'wafRateLimit',
  wafAnonymousRateLimit: 'wafAnonymousRateLimit',
  backupRetentionDays: 'backupRetentionDays',
  apiReservedConcurrency: 'apiReservedConcurrency',
  triggerReservedConcurrency: 'triggerReservedConcurrency',
  apiProvisionedConcurrency: 'apiProvisionedConcurrency',
  kmsKey: 'kmsKey',
  fileVersionRetentionDays: 'fileVersionRetentionDays',
} as const;

export const DEFAULTS = {
  /** Requests per IP in 5 minutes, any path (WAF rate-based rule). */
  wafRateLimit: 2_000,
  /** Requests per IP in 5 minutes to /graphql without an `authorization` header. */
  wafAnonymousRateLimit: 300,
  /** Days a daily backup of the table is kept (monthly ones: MONTHLY_BACKUP_RETENTION_DAYS). */
  backupRetentionDays: 35,
  /** Concurrent executions reserved for (and capping) the GraphQL function. */
  apiReservedConcurrency: 50,
  /** Concurrent executions reserved for (and capping) each Cognito trigger. */
  triggerReservedConcurrency: 10,
  /**
   * Days an earlier version of a stored file (files/) is kept after it was overwritten or deleted — which the product
   * never does: it is how an archive file changed behind its back (found by verifyArchiveDocument) is recovered.
   */
  fileVersionRetentionDays: 3650,
} as const;

/** WAF rate-based rules: AWS accepts 10 … 2,000,000,000 requests per evaluation window. */
const WAF_RATE = { min: 10, max: 2_000_000_000 };

/** `true`/`false` (or their strings); `fallback` when absent. */
export function booleanContext(scope: IConstruct, name: string, fallback: boolean): boolean {
  const value: unknown = scope.node.tryGetContext(name);
  if (value === undefined || value === '') return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new Error(`context '${name}' must be true or false, received '${String(value)}'`);
}

/** A whole number within [min, max] (or its string); `fallback` when absent. */
export function integerContext(scope: IConstruct, name: string, fallback: number | undefined, range: { min: number; max: number }): number | undefined {
  const value: unknown = scope.node.tryGetContext(name);
  if (value === undefined || value === '') return fallback;
  const parsed = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isInteger(parsed) || parsed < range.min || parsed > range.max) {
    throw new Error(`context '${name}' must be a whole number from ${range.min} to ${range.max}, received '${String(value)}'`);
  }
  return parsed;
}

/** A string matching `pattern`; undefined when absent. */
function stringContext(scope: IConstruct, name: string, pattern: RegExp, what: string): string | undefined {
  const value: unknown = scope.node.tryGetContext(name);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new Error(`context '${name}' must be ${what}, received '${String(value)}'`);
  }
  return value;
}

export interface WafSettings {
  /** Whether the distribution is behind a web ACL (default: on for the stage `prod` only). */
  readonly enabled: boolean;
  /** The web ACL of the edge stack (its output `WebAclArn`), when the operator has passed it. */
  readonly webAclArn?: string;
  readonly rateLimit: number;
  readonly anonymousRateLimit: number;
}

export interface OperatorSettings {
  readonly waf: WafSettings;
  readonly backupRetentionDays: number;
  /** Undefined: no reserved concurrency (context 0). */
  readonly apiReservedConcurrency?: number;
  readonly triggerReservedConcurrency?: number;
  /** Undefined: no provisioned concurrency (the default). */
  readonly apiProvisionedConcurrency?: number;
  /** ARN of an existing KMS key to use instead of the stack's own. */
  readonly kmsKeyArn?: string;
  readonly fileVersionRetentionDays: number;
}

const WEB_ACL_ARN = /^arn:aws[\w-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/;
const KMS_KEY_ARN = /^arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/[\w-]+$/;

/** Every operator setting of a stage, read and checked at once (so a bad value stops synth before anything is built). */
export function operatorSettingsOf(scope: IConstruct, stage: string): OperatorSettings {
  const zeroIsNone = (value: number | undefined) => (value === 0 ? undefined : value);
  const settings: OperatorSettings = {
    waf: {
      enabled: booleanContext(scope, CONTEXT.waf, stage === 'prod'),
      webAclArn: stringContext(scope, CONTEXT.webAclArn, WEB_ACL_ARN, 'the ARN of a CLOUDFRONT-scope web ACL in us-east-1 (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>)'),
      rateLimit: integerContext(scope, CONTEXT.wafRateLimit, DEFAULTS.wafRateLimit, WAF_RATE)!,
      anonymousRateLimit: integerContext(scope, CONTEXT.wafAnonymousRateLimit, DEFAULTS.wafAnonymousRateLimit, WAF_RATE)!,
    },
    // AWS Backup: at least 1 day; the monthly copies are kept 365 days, so a daily one longer than that makes no sense.
    backupRetentionDays: integerContext(scope, CONTEXT.backupRetentionDays, DEFAULTS.backupRetentionDays, { min: 1, max: 365 })!,
    apiReservedConcurrency: zeroIsNone(integerContext(scope, CONTEXT.apiReservedConcurrency, DEFAULTS.apiReservedConcurrency, { min: 0, max: 10_000 })),
    triggerReservedConcurrency: zeroIsNone(integerContext(scope, CONTEXT.triggerReservedConcurrency, DEFAULTS.triggerReservedConcurrency, { min: 0, max: 1_000 })),
    apiProvisionedConcurrency: zeroIsNone(integerContext(scope, CONTEXT.apiProvisionedConcurrency, undefined, { min: 0, max: 10_000 })),
    fileVersionRetentionDays: integerContext(scope, CONTEXT.fileVersionRetentionDays, DEFAULTS.fileVersionRetentionDays, { min: 30, max: 36_500 })!,
    kmsKeyArn: stringContext(scope, CONTEXT.kmsKey, KMS_KEY_ARN, 'the ARN of a symmetric KMS key (arn:aws:kms:<region>:<account>:key/<id>)'),
  };
  const { apiReservedConcurrency: reserved, apiProvisionedConcurrency: provisioned } = settings;
  if (provisioned !== undefined && reserved !== undefined && provisioned > reserved) {
    throw new Error(`context '${CONTEXT.apiProvisionedConcurrency}' (${provisioned}) cannot exceed '${CONTEXT.apiReservedConcurrency}' (${reserved}): Lambda keeps provisioned instances within the reserved ones`);
  }
  return settings;
}
