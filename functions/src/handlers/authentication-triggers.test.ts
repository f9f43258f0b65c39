import type { PostAuthenticationTriggerEvent, PreAuthenticationTriggerEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCKOUT_FAILURES, NO_ATTEMPTS, lockedMessage, type AttemptRecord } from '../auth/lockout';
import { loadMetrics } from '../observability/metrics';
import { testTelemetry } from '../observability/telemetry';
import { captureOutput } from '../observability/testing';
import { lambdaTrigger, triggerReport } from '../observability/trigger';
import type { SignInAttempts } from '../store/sign-in-attempt-repository';
import { createPostAuthenticationHandler } from './post-authentication';
import { SIGN_IN_UNAVAILABLE_MESSAGE, SignInRefusedError, createPreAuthenticationHandler } from './pre-authentication';

/** The triggers' report with a real Powertools logger and EMF metrics, written where captureOutput reads. */
const metrics = await loadMetrics('gongjian-test-trigger', { STAGE: 'test' });
const report = () => triggerReport({ logger: testTelemetry('gongjian-test-trigger').logger, metrics });
let output: ReturnType<typeof captureOutput>;
beforeEach(() => {
  output = captureOutput();
});
afterEach(() => output.restore());
const logLines = (level: string) => output.lines().filter((line) => line.level === level);
const failureMetrics = () => output.lines().filter((line) => '_aws' in line && 'TriggerFailures' in line);

/** The store's contract in memory (the real one runs against DynamoDB Local in tests/integration). */
function memoryAttempts() {
  const records = new Map<string, AttemptRecord>();
  const key = (username: string) => username.toLowerCase();
  const store: SignInAttempts = {
    async change(username, _now, decide) {
      const decision = decide(records.get(key(username)) ?? NO_ATTEMPTS);
      records.set(key(username), decision.next);
      return decision;
    },
    async reset(username) {
      records.set(key(username), NO_ATTEMPTS);
    },
  };
  return { store, records };
}

const common = { version: '1', region: 'cn-north-1', userPoolId: 'cn-north-1_pool', callerContext: { awsSdkVersion: 'x', clientId: 'spa' } };

const preAuth = (userName: string, userNotFound = false): PreAuthenticationTriggerEvent => ({
  ...common,
  triggerSource: 'PreAuthentication_Authentication',
  userName,
  request: userNotFound ? { userAttributes: {}, userNotFound: true } : { userAttributes: { sub: 'sub-1' } },
  response: {},
});

const postAuth = (userName: string): PostAuthenticationTriggerEvent => ({
  ...common,
  triggerSource: 'PostAuthentication_Authentication',
  userName,
  request: { userAttributes: { sub: 'sub-1' }, newDeviceUsed: false },
  response: {},
});

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 1, 8);

describe('Function: createPreAuthenticationHandler', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets 5 attempts through unchanged and refuses the 6th with the lock message Cognito passes on', async () => {
    const { store } = memoryAttempts();
    const handler = createPreAuthenticationHandler({ attempts: () => store, now: () => T0, report: report() });

    for (let i = 0; i < LOCKOUT_FAILURES; i++) {
      const event = preAuth('zhang');
      await expect(handler(event)).resolves.toBe(event);
    }
    await expect(handler(preAuth('zhang'))).rejects.toThrow(lockedMessage(15));
    expect(logLines('WARN')).toEqual([expect.objectContaining({ message: 'sign-in refused: account locked', sub: 'sub-1' })]);
    expect(output.text()).not.toContain('zhang');
    // A lock is routine: no failure for the alarm, but counted (Lambda counts it as an error).
    expect(failureMetrics()).toEqual([]);
    expect(output.lines().filter((line) => 'SignInLocked' in line)).toEqual([expect.objectContaining({ SignInLocked: 1, stage: 'test' })]);
  });

  it('counts an unknown username the same way: the same answers, no account enumeration', async () => {
    const { store } = memoryAttempts();
    const handler = createPreAuthenticationHandler({ attempts: () => store, now: () => T0, report: report() });

    for (let i = 0; i < LOCKOUT_FAILURES; i++) await handler(preAuth('nobody', true));

    await expect(handler(preAuth('nobody', true))).rejects.toThrow(lockedMessage(15));
  });

  it('says how many minutes of the lock are left', async () => {
    const { store, records } = memoryAttempts();
    records.set('zhang', { failures: 0, lockedUntil: T0 + 10 * MINUTE + 1 });

    await expect(createPreAuthenticationHandler({ attempts: () => store, now: () => T0, report: report() })(preAuth('zhang'))).rejects.toThrow(
      lockedMessage(11),
    );
  });

  it('fails closed with a message of its own when the count cannot be stored, logging the error name only', async () => {
    const failing: SignInAttempts = {
      change: async () => Promise.reject(Object.assign(new Error('Requested resource not found: Table: gongjian-prod'), { name: 'ResourceNotFoundException' })),
      reset: async () => undefined,
    };
    const handler = createPreAuthenticationHandler({ attempts: () => failing, now: () => T0, report: report() });

    const refusal = await handler(preAuth('zhang')).catch((e: Error) => e);

    expect(refusal).toBeInstanceOf(SignInRefusedError);
    expect((refusal as Error).message).toBe(SIGN_IN_UNAVAILABLE_MESSAGE);
    expect(logLines('ERROR')).toEqual([expect.objectContaining({ message: 'sign-in attempt not counted: sign-in refused', error: 'ResourceNotFoundException' })]);
    expect(output.text()).not.toContain('gongjian-prod');
    // Everyone is locked out while this lasts: the alarm's metric.
    expect(failureMetrics()).toEqual([expect.objectContaining({ TriggerFailures: 1, service: 'gongjian-test-trigger', stage: 'test' })]);
  });

  it('counts nothing for an event that is not a sign-in attempt', async () => {
    const change = vi.fn();
    const handler = createPreAuthenticationHandler({ attempts: () => ({ change, reset: vi.fn() }), now: () => T0, report: report() });
    const other = { ...preAuth('zhang'), triggerSource: 'TokenGeneration_RefreshTokens' } as unknown as PreAuthenticationTriggerEvent;

    await expect(handler(other)).resolves.toBe(other);
    expect(change).not.toHaveBeenCalled();
  });
});

describe('Function: createPostAuthenticationHandler', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clears the count after a successful sign-in, so 5 more attempts go through', async () => {
    const { store, records } = memoryAttempts();
    const pre = createPreAuthenticationHandler({ attempts: () => store, now: () => T0, report: report() });
    const post = createPostAuthenticationHandler({ attempts: () => store, now: () => T0, report: report() });
    for (let i = 0; i < LOCKOUT_FAILURES - 1; i++) await pre(preAuth('zhang'));

    const event = postAuth('Zhang');
    await expect(post(event)).resolves.toBe(event);

    expect(records.get('zhang')).toEqual(NO_ATTEMPTS);
    for (let i = 0; i < LOCKOUT_FAILURES; i++) await pre(preAuth('zhang'));
  });

  it('lets the sign-in through when the count cannot be cleared, and logs the error name', async () => {
    const post = createPostAuthenticationHandler({
      attempts: () => ({ change: vi.fn(), reset: async () => Promise.reject(Object.assign(new Error('x'), { name: 'ProvisionedThroughputExceededException' })) }),
      now: () => T0,
      report: report(),
    });

    const event = postAuth('zhang');
    await expect(post(event)).resolves.toBe(event);
    expect(logLines('ERROR')).toEqual([expect.objectContaining({ error: 'ProvisionedThroughputExceededException', sub: 'sub-1' })]);
    expect(failureMetrics()).toHaveLength(1);
  });
});

describe('Function: lambdaTrigger', () => {
  const telemetry = () => testTelemetry('gongjian-test-trigger', { metrics });
  const lambdaContext = { awsRequestId: 'req-1', functionName: 'pre-auth', memoryLimitInMB: '256', invokedFunctionArn: 'arn', functionVersion: '$LATEST' };

  it('reports an unexpected error as a failure (redacted), and lets it through to Cognito', async () => {
    const handler = lambdaTrigger('gongjian-test-trigger', () => async () => Promise.reject(new Error('bad item for 11010519491231002X')), undefined, telemetry());

    await expect(handler({}, lambdaContext as never)).rejects.toThrow('bad item');

    expect(logLines('ERROR')).toEqual([
      expect.objectContaining({ message: 'trigger failed', function_request_id: 'req-1', cold_start: expect.any(Boolean), error: expect.objectContaining({ name: 'Error' }) }),
    ]);
    expect(output.text()).not.toContain('11010519491231002X');
    expect(failureMetrics()).toHaveLength(1);
  });

  it('does not report a deliberate refusal', async () => {
    const handler = lambdaTrigger(
      'gongjian-test-trigger',
      () => async () => Promise.reject(new SignInRefusedError(lockedMessage(15))),
      (error) => error instanceof SignInRefusedError,
      telemetry(),
    );

    await expect(handler({})).rejects.toThrow(lockedMessage(15));
    expect(output.lines()).toEqual([]);
  });
});
