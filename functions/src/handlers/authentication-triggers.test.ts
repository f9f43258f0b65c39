import type { PostAuthenticationTriggerEvent, PreAuthenticationTriggerEvent } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCKOUT_FAILURES, NO_ATTEMPTS, lockedMessage, type AttemptRecord } from '../auth/lockout';
import type { SignInAttempts } from '../store/sign-in-attempt-repository';
import { createPostAuthenticationHandler } from './post-authentication';
import { SIGN_IN_UNAVAILABLE_MESSAGE, createPreAuthenticationHandler } from './pre-authentication';

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
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = createPreAuthenticationHandler({ attempts: () => store, now: () => T0 });

    for (let i = 0; i < LOCKOUT_FAILURES; i++) {
      const event = preAuth('zhang');
      await expect(handler(event)).resolves.toBe(event);
    }
    await expect(handler(preAuth('zhang'))).rejects.toThrow(lockedMessage(15));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"sub":"sub-1"'));
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('zhang'));
  });

  it('counts an unknown username the same way: the same answers, no account enumeration', async () => {
    const { store } = memoryAttempts();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = createPreAuthenticationHandler({ attempts: () => store, now: () => T0 });

    for (let i = 0; i < LOCKOUT_FAILURES; i++) await handler(preAuth('nobody', true));

    await expect(handler(preAuth('nobody', true))).rejects.toThrow(lockedMessage(15));
  });

  it('says how many minutes of the lock are left', async () => {
    const { store, records } = memoryAttempts();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    records.set('zhang', { failures: 0, lockedUntil: T0 + 10 * MINUTE + 1 });

    await expect(createPreAuthenticationHandler({ attempts: () => store, now: () => T0 })(preAuth('zhang'))).rejects.toThrow(
      lockedMessage(11),
    );
  });

  it('fails closed with a message of its own when the count cannot be stored, logging the error name only', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: SignInAttempts = {
      change: async () => Promise.reject(Object.assign(new Error('Requested resource not found: Table: gongjian-prod'), { name: 'ResourceNotFoundException' })),
      reset: async () => undefined,
    };
    const handler = createPreAuthenticationHandler({ attempts: () => failing, now: () => T0 });

    const refusal = await handler(preAuth('zhang')).catch((e: Error) => e);

    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toBe(SIGN_IN_UNAVAILABLE_MESSAGE);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"error":"ResourceNotFoundException"'));
    expect(error).not.toHaveBeenCalledWith(expect.stringContaining('gongjian-prod'));
  });

  it('counts nothing for an event that is not a sign-in attempt', async () => {
    const change = vi.fn();
    const handler = createPreAuthenticationHandler({ attempts: () => ({ change, reset: vi.fn() }), now: () => T0 });
    const other = { ...preAuth('zhang'), triggerSource: 'TokenGeneration_RefreshTokens' } as unknown as PreAuthenticationTriggerEvent;

    await expect(handler(other)).resolves.toBe(other);
    expect(change).not.toHaveBeenCalled();
  });
});

describe('Function: createPostAuthenticationHandler', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clears the count after a successful sign-in, so 5 more attempts go through', async () => {
    const { store, records } = memoryAttempts();
    const pre = createPreAuthenticationHandler({ attempts: () => store, now: () => T0 });
    const post = createPostAuthenticationHandler({ attempts: () => store, now: () => T0 });
    for (let i = 0; i < LOCKOUT_FAILURES - 1; i++) await pre(preAuth('zhang'));

    const event = postAuth('Zhang');
    await expect(post(event)).resolves.toBe(event);

    expect(records.get('zhang')).toEqual(NO_ATTEMPTS);
    for (let i = 0; i < LOCKOUT_FAILURES; i++) await pre(preAuth('zhang'));
  });

  it('lets the sign-in through when the count cannot be cleared, and logs the error name', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const post = createPostAuthenticationHandler({
      attempts: () => ({ change: vi.fn(), reset: async () => Promise.reject(Object.assign(new Error('x'), { name: 'ProvisionedThroughputExceededException' })) }),
      now: () => T0,
    });

    const event = postAuth('zhang');
    await expect(post(event)).resolves.toBe(event);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('ProvisionedThroughputExceededException'));
  });
});
