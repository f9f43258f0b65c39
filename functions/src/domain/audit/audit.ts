import type { RegionPrincipal } from '../../auth/principal';
import { maskPhone } from '../privacy';

/** One change of one record, as the audit trail keeps it: who, when, what, which record, outcome. */
export interface AuditEntry {
  id: string;
  regionId: string;
  at: string;
  actorId: string;
  actorName: string;
  operation: string;
  /** The record's kind, as its area names it (`AuditedRecord.type`: Unit, Pairing, Upload …). */
  recordType: string;
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
  /** Set when the values are ids of records of this kind (a unit's parent, a pairing's sides): the API names them. */
  refersTo?: 'Unit';
}

/**
 * What an area tells the audit trail about one kind of record: its name in the trail, the fields that
 * are not worth a line (counters other writes keep), and the fields whose values are unit ids.
 */
export interface AuditedRecord {
  type: string;
  ignoredFields: readonly string[];
  unitFields: readonly string[];
}

/** Bookkeeping fields every record has; a change of only these is not worth a line. */
export const BOOKKEEPING_FIELDS = ['id', 'version', 'updatedAt', 'createdAt', 'regionId'] as const;

const MAX_VALUE = 120;

/**
 * The changed fields between two states, compact and safe to keep: nested values flattened to dot
 * paths, phone numbers masked (PIPL: nothing sensitive in the trail), long values cut.
 */
export function summarizeChanges(before: object | null, after: object | null, record: Pick<AuditedRecord, 'ignoredFields' | 'unitFields'>): FieldChange[] {
  const left = flatten(before ?? {});
  const right = flatten(after ?? {});
  const ignored = [...BOOKKEEPING_FIELDS, ...record.ignoredFields];
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (f) => !ignored.some((i) => f === i || f.startsWith(`${i}.`)),
  );
  // Absent and empty are the same: a new record's empty fields are no change.
  return fields
    .filter((f) => (left[f] ?? null) !== (right[f] ?? null))
    .sort()
    .map((field) => ({
      field,
      before: shown(field, left[field]),
      after: shown(field, right[field]),
      ...(record.unitFields.includes(field) ? { refersTo: 'Unit' as const } : {}),
    }));
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

export function auditEntry(
  principal: RegionPrincipal,
  id: string,
  at: Date,
  entry: Pick<AuditEntry, 'operation' | 'recordType' | 'recordId' | 'version' | 'changes'>,
): AuditEntry {
  return {
    id,
    regionId: principal.regionId,
    at: at.toISOString(),
    actorId: principal.userId,
    actorName: principal.displayName,
    outcome: 'SUCCESS',
    ...entry,
  };
}
