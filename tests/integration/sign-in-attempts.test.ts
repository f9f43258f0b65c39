import { randomUUID } from 'node:crypto';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { LOCKOUT_FAILURES, LOCKOUT_MINUTES, NO_ATTEMPTS, beforeAttempt } from '../../functions/src/auth/lockout';
import { createDocumentClient } from '../../functions/src/store/clients';
import {
  AttemptConflictError,
  KEEP_HOURS,
  SignInAttemptRepository,
  usernameKey,
} from '../../functions/src/store/sign-in-attempt-repository';
import { testConfig } from './harness';

/**
 * The lockout count against DynamoDB Local (the real conditional writes, nothing mocked): what the
 * pre-authentication trigger stores before each attempt and the post-authentication trigger clears.
 */

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);

function setup() {
  const config = testConfig();
  const client = createDocumentClient(config);
  const repository = new SignInAttemptRepository(client, config.tableName);
  // Each test its own user: tests never see each other's counts.
  const username = `user-${randomUUID().slice(0, 8)}`;
  const attempt = (now: number, name = username) => repository.change(name, now, (record) => beforeAttempt(record, now));
  const rawItem = async (name = username) =>
    (await client.send(new GetCommand({ TableName: config.tableName, Key: { pk: `SIGNIN#${usernameKey(name)}`, sk: '#ATTEMPTS' } }))).Item;
  return { config, client, repository, username, attempt, rawItem };
}

/**
 * A document client that runs `between` once, after the first read of the item and before the caller
 * sees it: another writer getting in between the read and the conditional write.
 */
function interleaving(client: DynamoDBDocumentClient, between: () => Promise<void>, times = 1): DynamoDBDocumentClient {
  let left = times;
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return async (command: { constructor: { name: string } }) => {
        const output = await target.send(command as never);
        if (command.constructor.name === 'GetCommand' && left > 0) {
          left--;
          await between();
        }
        return output;
      };
    },
  });
}

describe('successful: sign-in attempts', () => {
  it('lets 5 attempts through, refuses the 6th with a 15-minute lock, and counts again once it is over', async () => {
    const { attempt, repository, username } = setup();

    for (let i = 1; i <= LOCKOUT_FAILURES; i++) {
      await expect(attempt(T0 + i)).resolves.toMatchObject({ allowed: true, next: { failures: i, lockedUntil: 0 } });
    }
    const sixth = await attempt(T0 + MINUTE);
    expect(sixth).toEqual({ allowed: false, minutesLeft: LOCKOUT_MINUTES, next: { failures: 0, lockedUntil: T0 + MINUTE + LOCKOUT_MINUTES * MINUTE } });
    await expect(attempt(T0 + 15 * MINUTE)).resolves.toMatchObject({ allowed: false, minutesLeft: 1 });
    await expect(repository.get(username, T0 + 15 * MINUTE)).resolves.toEqual(sixth.next);
    await expect(attempt(T0 + 16 * MINUTE)).resolves.toEqual({ allowed: true, next: { failures: 1, lockedUntil: 0 } });
  });

  it('clears the count and the lock after a successful sign-in', async () => {
    const { attempt, repository, username, rawItem } = setup();
    for (let i = 0; i <= LOCKOUT_FAILURES; i++) await attempt(T0);
    expect((await repository.get(username, T0)).lockedUntil).toBeGreaterThan(T0);

    await repository.reset(username, T0 + MINUTE);

    await expect(repository.get(username, T0 + MINUTE)).resolves.toEqual(NO_ATTEMPTS);
    expect(await rawItem()).toMatchObject({ type: 'SIGNIN_ATTEMPTS', failures: 0, lockedUntil: 0, version: 7 });
    await expect(attempt(T0 + 2 * MINUTE)).resolves.toEqual({ allowed: true, next: { failures: 1, lockedUntil: 0 } });
  });

  it('counts one account whatever the case of the username (the pool is case-insensitive)', async () => {
    const { attempt, repository, username } = setup();

    await attempt(T0, username.toUpperCase());
    await attempt(T0, username);
    await attempt(T0, `${username[0]!.toUpperCase()}${username.slice(1)}`);

    await expect(repository.get(username.toUpperCase(), T0)).resolves.toEqual({ failures: 3, lockedUntil: 0 });
    expect(usernameKey('Zo\u0308e')).toBe(usernameKey('zöe'));
  });

  it(`keeps the item ${KEEP_HOURS} hours after the last attempt (TTL on expiresAt) and forgets it then, even before DynamoDB deletes it`, async () => {
    const { attempt, repository, username, rawItem } = setup();
    await attempt(T0);
    await attempt(T0 + MINUTE);

    const item = await rawItem();
    expect(item).toMatchObject({ type: 'SIGNIN_ATTEMPTS', failures: 2, version: 2, expiresAt: (T0 + MINUTE) / 1000 + KEEP_HOURS * 3600 });
    expect(item?.pk).toBe(`SIGNIN#${username}`);
    await expect(repository.get(username, T0 + MINUTE + KEEP_HOURS * 3_600_000 - 1)).resolves.toEqual({ failures: 2, lockedUntil: 0 });
    await expect(repository.get(username, T0 + MINUTE + KEEP_HOURS * 3_600_000)).resolves.toEqual(NO_ATTEMPTS);
    await expect(attempt(T0 + MINUTE + KEEP_HOURS * 3_600_000)).resolves.toEqual({ allowed: true, next: { failures: 1, lockedUntil: 0 } });
    expect(await rawItem()).toMatchObject({ failures: 1, version: 3 });
  });

  it('a successful sign-in sets lastSignInAt and keeps the item from the TTL; later failures keep both, and are still forgotten in time', async () => {
    const { attempt, repository, username, rawItem } = setup();
    await attempt(T0);
    await repository.reset(username, T0 + MINUTE);
    const signedIn = await rawItem();
    expect(signedIn).toMatchObject({ lastSignInAt: new Date(T0 + MINUTE).toISOString(), failures: 0 });
    expect(signedIn?.expiresAt).toBeUndefined();

    await attempt(T0 + 2 * MINUTE);
    const failed = await rawItem();
    expect(failed).toMatchObject({ lastSignInAt: new Date(T0 + MINUTE).toISOString(), failures: 1, attemptsExpireAt: (T0 + 2 * MINUTE) / 1000 + KEEP_HOURS * 3600 });
    expect(failed?.expiresAt).toBeUndefined();
    await expect(repository.get(username, T0 + 2 * MINUTE + KEEP_HOURS * 3_600_000)).resolves.toEqual(NO_ATTEMPTS);
  });

  it('keeps a lock at least until it ends', async () => {
    const { attempt, rawItem } = setup();
    for (let i = 0; i <= LOCKOUT_FAILURES; i++) await attempt(T0);

    expect((await rawItem())?.expiresAt).toBe((T0 + LOCKOUT_MINUTES * MINUTE) / 1000 + KEEP_HOURS * 3600);
  });

  it('does not write when it refuses an attempt during a lock', async () => {
    const { attempt, rawItem } = setup();
    for (let i = 0; i <= LOCKOUT_FAILURES; i++) await attempt(T0);
    const locked = await rawItem();

    await attempt(T0 + MINUTE);

    expect(await rawItem()).toEqual(locked);
  });
});

describe('successful: sign-in attempts under concurrency', () => {
  it('lets exactly 5 of 20 simultaneous attempts through, and the others meet the lock', async () => {
    const { attempt, repository, username } = setup();

    const decisions = await Promise.all(Array.from({ length: 20 }, () => attempt(T0)));

    expect(decisions.filter((d) => d.allowed)).toHaveLength(LOCKOUT_FAILURES);
    expect(decisions.filter((d) => d.allowed).map((d) => d.next.failures).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(decisions.filter((d) => !d.allowed)).toHaveLength(15);
    await expect(repository.get(username, T0)).resolves.toEqual({ failures: 0, lockedUntil: T0 + LOCKOUT_MINUTES * MINUTE });
  });

  it('never lets two attempts both pass the limit, even when one comes between the read and the write of the other', async () => {
    const { config, client, username, attempt } = setup();
    for (let i = 1; i < LOCKOUT_FAILURES; i++) await attempt(T0);
    const other = new SignInAttemptRepository(client, config.tableName);
    let second: unknown;
    const racing = new SignInAttemptRepository(
      interleaving(client, async () => void (second = await other.change(username, T0, (record) => beforeAttempt(record, T0)))),
      config.tableName,
    );

    const first = await racing.change(username, T0, (record) => beforeAttempt(record, T0));

    expect(second).toEqual({ allowed: true, next: { failures: LOCKOUT_FAILURES, lockedUntil: 0 } });
    expect(first).toMatchObject({ allowed: false, minutesLeft: LOCKOUT_MINUTES });
    const [a, b] = await Promise.all([attempt(T0), attempt(T0)]);
    expect([a.allowed, b.allowed]).toEqual([false, false]);
  });

  it('decides again when the record changed between its read and its write (no lost update)', async () => {
    const { config, client, username, rawItem } = setup();
    const other = new SignInAttemptRepository(client, config.tableName);
    await other.change(username, T0, (record) => beforeAttempt(record, T0));
    // Between this attempt's read (1 failure) and its write, a second attempt stores 2 failures.
    const racing = new SignInAttemptRepository(
      interleaving(client, async () => void (await other.change(username, T0, (record) => beforeAttempt(record, T0)))),
      config.tableName,
    );

    const decision = await racing.change(username, T0, (record) => beforeAttempt(record, T0));

    expect(decision).toEqual({ allowed: true, next: { failures: 3, lockedUntil: 0 } });
    expect(await rawItem()).toMatchObject({ failures: 3, version: 3 });
  });

  it('decides again when a successful sign-in reset the record in between', async () => {
    const { config, client, username } = setup();
    const other = new SignInAttemptRepository(client, config.tableName);
    for (let i = 0; i < 3; i++) await other.change(username, T0, (record) => beforeAttempt(record, T0));
    const racing = new SignInAttemptRepository(interleaving(client, () => other.reset(username, T0)), config.tableName);

    await expect(racing.change(username, T0, (record) => beforeAttempt(record, T0))).resolves.toEqual({
      allowed: true,
      next: { failures: 1, lockedUntil: 0 },
    });
  });
});

describe('failing: sign-in attempts', () => {
  it('gives up with AttemptConflictError when the record changes before every write', async () => {
    const { config, client, username } = setup();
    const other = new SignInAttemptRepository(client, config.tableName);
    const racing = new SignInAttemptRepository(
      interleaving(client, async () => void (await other.change(username, T0, () => ({ next: { failures: 0, lockedUntil: Math.random() } }))), 3),
      config.tableName,
      { maxTries: 3 },
    );

    await expect(racing.change(username, T0, (record) => beforeAttempt(record, T0))).rejects.toBeInstanceOf(AttemptConflictError);
  });

  it('passes on errors other than a failed condition', async () => {
    const { client, username } = setup();
    const repository = new SignInAttemptRepository(client, 'no-such-table');

    await expect(repository.change(username, T0, (record) => beforeAttempt(record, T0))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
