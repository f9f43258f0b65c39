/**
 * Facts a store reports when a conditional write is refused. The store says what failed in these terms
 * (which record, which guard) and nothing a user reads; use cases decide the message (see `refusal` in
 * each area's service), and `defaultRefusal` covers whatever a use case does not explain itself.
 */
import { conflict, notFound, type DomainError } from './errors';

/** The kinds of record a refusal can name: each area adds its own. */
export interface RecordRef {
  type: string;
  id: string;
}

export abstract class WriteRefusedError extends Error {
  override readonly name: string = 'WriteRefusedError';
}

/** The record (or one the write depends on) does not exist. */
export class RecordMissingError extends WriteRefusedError {
  override readonly name = 'RecordMissingError';
  constructor(readonly record: RecordRef) {
    super(`${record.type} ${record.id} does not exist`);
  }
}

/** The record's version is not the one the change was based on. */
export class StaleVersionError extends WriteRefusedError {
  override readonly name = 'StaleVersionError';
  constructor(readonly record: RecordRef) {
    super(`${record.type} ${record.id} changed since it was read`);
  }
}

/** A unique value (a unit's name, an active pairing of two units …) is already held by another record. */
export class AlreadyTakenError extends WriteRefusedError {
  override readonly name = 'AlreadyTakenError';
  constructor(
    readonly guard: string,
    readonly value: string,
  ) {
    super(`${guard} already taken: ${value}`);
  }
}

/**
 * Another condition of the write failed: `guard` names it in the owning area's vocabulary (e.g. a unit's
 * `no-children`), `record` is the record whose state refused it.
 */
export class GuardFailedError extends WriteRefusedError {
  override readonly name = 'GuardFailedError';
  constructor(
    readonly record: RecordRef,
    readonly guard: string,
  ) {
    super(`${record.type} ${record.id}: ${guard}`);
  }
}

/** Concurrent writers kept colliding on the same items (real DynamoDB under contention) after retries. */
export class WriteContendedError extends WriteRefusedError {
  override readonly name = 'WriteContendedError';
  constructor() {
    super('transaction kept conflicting with other writers');
  }
}

/** What the user reads for a refusal its use case does not explain: not found, conflict, or busy. */
export function defaultRefusal(error: WriteRefusedError): DomainError {
  if (error instanceof RecordMissingError) return notFound('记录', error.record.id);
  if (error instanceof WriteContendedError) return conflict('系统繁忙，请稍后重试');
  return conflict();
}

/**
 * Runs a write and turns its refusal into what the user reads: `explain` answers the refusals this use
 * case knows (undefined for the rest, which get `defaultRefusal`). Other errors pass unchanged.
 */
export async function refusing<T>(write: Promise<T>, explain: (refusal: WriteRefusedError) => DomainError | undefined): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof WriteRefusedError) throw explain(error) ?? defaultRefusal(error);
    throw error;
  }
}
