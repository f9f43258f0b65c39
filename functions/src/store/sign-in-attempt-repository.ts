import { usernameKey } from '../domain/accounts/username';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NO_ATTEMPTS, type AttemptRecord } from '../auth/lockout';
import { RetryableWriteError, retryOnCounterRace } from '../domain/retry';
import { attemptsForgottenAt, signInAttemptsKey } from './entities/sign-in-attempts';

/**
 * The lockout count of each username (functions/src/auth/lockout.ts) in the single table, for the
 * Cognito pre- and post-authentication triggers.
 *
 * - One item per username, keyed by the normalized username (`SIGNIN#{key}` / `#ATTEMPTS`).
 * - `change` reads the item (strongly consistent), lets the caller decide the next record, and writes it
 *   on the condition that the item is still the version it read. Two concurrent attempts cannot both
 *   build on the same count: the second write fails its condition, and the attempt is decided again on
 *   the record the first one wrote. No lost updates, so no more than the limit can ever pass.
 * - `reset` sets the record back to no attempts and `lastSignInAt` to now in one update that also raises
 *   the version, so an attempt decided on the record before the reset is decided again. The accounts page
 *   reads `lastSignInAt` (entities/sign-in-attempts.ts).
 * - Every attempt sets `attemptsExpireAt` (epoch seconds) to {@link KEEP_HOURS} after the attempt, or after
 *   the end of a lock if that is later; an item read after it counts as no attempts: uncleared failures are
 *   forgotten exactly {@link KEEP_HOURS} after the last attempt. `expiresAt` (the table's TTL attribute, the
 *   same instant) is set only while the item has no `lastSignInAt`: DynamoDB deletes (within days) the counts
 *   of names that never signed in, and keeps the item of one that did.
 */

/** Uncleared attempts are forgotten this long after the last one (or the end of a lock). */
export const KEEP_HOURS = 24;

/** The pool's comparison of usernames (domain/accounts/username.ts), re-exported for the triggers. */
export { usernameKey };

/** What the authentication triggers need of the store (the port their unit tests fake). */
export type SignInAttempts = Pick<SignInAttemptRepository, 'change' | 'reset'>;

/** Thrown when concurrent attempts kept changing the record for every try. */
export class AttemptConflictError extends Error {
  override readonly name = 'AttemptConflictError';
}

export interface SignInAttemptOptions {
  /** Reads and conditional writes before giving up under contention. @default 8 */
  maxTries?: number;
}

const TYPE = 'SIGNIN_ATTEMPTS';

interface Stored {
  record: AttemptRecord;
  /** 0 when there is no item. */
  version: number;
  createdAt?: string;
  lastSignInAt?: string;
}

export class SignInAttemptRepository {
  private readonly maxTries: number;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: SignInAttemptOptions = {},
  ) {
    this.maxTries = options.maxTries ?? 8;
  }

  /** The record as the next attempt would see it (no attempts when there is none or it has expired). */
  async get(username: string, now: number): Promise<AttemptRecord> {
    return (await this.read(username, now)).record;
  }

  /**
   * Decides on the current record and stores the decision's `next`, atomically with respect to every
   * other `change` and `reset` of the same username (see above). Returns the decision that was stored.
   */
  async change<D extends { next: AttemptRecord }>(username: string, now: number, decide: (record: AttemptRecord) => D): Promise<D> {
    // Someone else wrote in between: decide again on what they wrote (retryOnCounterRace pauses briefly).
    return retryOnCounterRace(
      () => this.changeOnce(username, now, decide),
      this.maxTries,
      (tries) => new AttemptConflictError(`sign-in attempts kept changing concurrently (${tries} tries)`),
    );
  }

  private async changeOnce<D extends { next: AttemptRecord }>(username: string, now: number, decide: (record: AttemptRecord) => D): Promise<D> {
    const stored = await this.read(username, now);
    const decision = decide(stored.record);
    if (sameRecord(decision.next, stored.record) && stored.version > 0) return decision;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...signInAttemptsKey(usernameKey(username)),
            type: TYPE,
            failures: decision.next.failures,
            lockedUntil: decision.next.lockedUntil,
            version: stored.version + 1,
            createdAt: stored.createdAt ?? new Date(now).toISOString(),
            updatedAt: new Date(now).toISOString(),
            attemptsExpireAt: expiresAt(decision.next, now),
            // A put replaces the item: the last sign-in stays, and keeps the item from the TTL.
            ...(stored.lastSignInAt ? { lastSignInAt: stored.lastSignInAt } : { expiresAt: expiresAt(decision.next, now) }),
          },
          ...(stored.version === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': stored.version } }),
        }),
      );
      return decision;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new RetryableWriteError();
      throw error;
    }
  }

  /** After a successful sign-in: no attempts, no lock, and the time of this sign-in (kept: no TTL from now on). */
  async reset(username: string, now: number): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: signInAttemptsKey(usernameKey(username)),
        UpdateExpression:
          'SET #type = :type, failures = :none, lockedUntil = :none, attemptsExpireAt = :expiresAt, lastSignInAt = :now, updatedAt = :now, ' +
          'createdAt = if_not_exists(createdAt, :now) REMOVE expiresAt ADD version :one',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': TYPE,
          ':none': 0,
          ':expiresAt': expiresAt(NO_ATTEMPTS, now),
          ':now': new Date(now).toISOString(),
          ':one': 1,
        },
      }),
    );
  }

  private async read(username: string, now: number): Promise<Stored> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: signInAttemptsKey(usernameKey(username)), ConsistentRead: true }),
    );
    if (!Item) return { record: NO_ATTEMPTS, version: 0 };
    const version = Number(Item.version ?? 0);
    const createdAt = typeof Item.createdAt === 'string' ? Item.createdAt : undefined;
    const lastSignInAt = typeof Item.lastSignInAt === 'string' ? Item.lastSignInAt : undefined;
    // Past its expiry the count is forgotten (the item may wait for DynamoDB to delete it): no attempts.
    if (attemptsForgottenAt(Item) * 1000 <= now) return { record: NO_ATTEMPTS, version, createdAt, lastSignInAt };
    return { record: { failures: Number(Item.failures ?? 0), lockedUntil: Number(Item.lockedUntil ?? 0) }, version, createdAt, lastSignInAt };
  }
}

/** Epoch seconds: KEEP_HOURS after the attempt, or after the lock ends if that is later. */
export function expiresAt(record: AttemptRecord, now: number): number {
  return Math.ceil((Math.max(now, record.lockedUntil) + KEEP_HOURS * 3_600_000) / 1000);
}

const sameRecord = (a: AttemptRecord, b: AttemptRecord) => a.failures === b.failures && a.lockedUntil === b.lockedUntil;
