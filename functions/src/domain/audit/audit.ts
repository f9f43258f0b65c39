import type { Principal } from '../../auth/principal';
import { maskPhone } from '../privacy';

/** One change of one record, as the audit trail keeps it: who, when, what, which record, outcome. */
export interface AuditEntry {
  id: string;
  regionId: string;
  at: string;
  actorId: string;
  actorName: string;
  operation: string;
  recordType: 'Unit' | 'Pairing' | 'Upload';
  recordId: string;
  /** The record's version after the change; null when it was deleted or has none. */
  version: number | null;
  outcome: 'SUCCESS';
  changes: FieldChange[];
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_VALUE = 120;

/**
 * The changed fields between two states, compact and safe to keep: nested values flattened to dot
 * paths, phone numbers masked (PIPL: nothing sensitive in the trail), long values cut.
 */
export function summarizeChanges(before: object | null, after: object | null, ignore: readonly string[] = []): FieldChange[] {
  const left = flatten(before ?? {});
  const right = flatten(after ?? {});
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (f) => !ignore.some((i) => f === i || f.startsWith(`${i}.`)),
  );
  // Absent and empty are the same: a new record's empty fields are no change.
  return fields
    .filter((f) => (left[f] ?? null) !== (right[f] ?? null))
    .sort()
    .map((field) => ({ field, before: shown(field, left[field]), after: shown(field, right[field]) }));
}

function flatten(value: object, prefix = ''): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, path));
    else out[path] = v === null || v === undefined ? null : Array.isArray(v) ? JSON.stringify(v) : String(v);
  }
  return out;
}

function shown(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const safe = field.endsWith('phone') ? maskPhone(value) : value;
  return safe && safe.length > MAX_VALUE ? `${safe.slice(0, MAX_VALUE)}…` : safe;
}

/** Fields whose values are unit ids, in any record: the API resolves them to units. */
export const UNIT_REFERENCE_FIELDS: readonly string[] = ['parentId', 'registration.communityId', 'unitId', 'communityId'];

/** Bookkeeping fields every record has; a change of only these is not worth a line. */
export const BOOKKEEPING_FIELDS = ['version', 'updatedAt', 'createdAt', 'regionId'] as const;

export function auditEntry(
  principal: Principal,
  newId: () => string,
  now: Date,
  entry: Pick<AuditEntry, 'operation' | 'recordType' | 'recordId' | 'version' | 'changes'>,
): AuditEntry {
  return {
    id: newId(),
    regionId: principal.regionId,
    at: now.toISOString(),
    actorId: principal.userId,
    actorName: principal.displayName,
    outcome: 'SUCCESS',
    ...entry,
  };
}
