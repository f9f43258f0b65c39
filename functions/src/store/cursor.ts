import { createHash } from 'node:crypto';
import { CursorRejectedError } from '../domain/paging';

/**
 * Opaque page cursors: base64url JSON of the key of the last item returned (`k`) and a fingerprint of
 * the list it belongs to (`q`: index, partition, key and filter conditions). A cursor is accepted only
 * with exactly the expected key attributes, every partition value in the caller's region (a forged
 * cursor cannot read across tenants), and the same list: a cursor of another filter is refused rather
 * than silently continuing a different list. `unscoped` names key attributes outside every region (the table
 * key of an item whose own key is global, keys.ts): the list's index partition is still checked.
 */
export type CursorKey = Record<string, string>;

export function encodeCursor(key: CursorKey, list: string): string {
  return Buffer.from(JSON.stringify({ k: key, q: list }), 'utf8').toString('base64url');
}

/** A short, stable fingerprint of what identifies a list. */
export const listFingerprint = (parts: unknown): string =>
  createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);

export function decodeCursor(
  cursor: string,
  expected: { attributes: string[]; fixed?: Record<string, string>; keyPrefix: string; list: string; unscoped?: readonly string[] },
): CursorKey {
  const invalid = () => new CursorRejectedError('invalid');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid();
  const { k: key, q: list } = parsed as { k?: unknown; q?: unknown };
  if (!key || typeof key !== 'object' || Array.isArray(key) || typeof list !== 'string') throw invalid();
  const entries = Object.entries(key as Record<string, unknown>);
  if (entries.map(([name]) => name).sort().join() !== [...expected.attributes].sort().join()) throw invalid();
  for (const [name, value] of entries) {
    if (typeof value !== 'string') throw invalid();
    if (name.endsWith('pk') && !expected.unscoped?.includes(name) && !value.startsWith(expected.keyPrefix)) throw invalid();
  }
  for (const [name, value] of Object.entries(expected.fixed ?? {})) {
    if ((key as Record<string, unknown>)[name] !== value) throw new CursorRejectedError('other-list');
  }
  if (list !== expected.list) throw new CursorRejectedError('other-list');
  return key as CursorKey;
}
