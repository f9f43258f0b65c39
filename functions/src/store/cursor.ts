import { badInput } from '../domain/errors';

/**
 * Opaque page cursors: the key of the last item returned, base64url JSON. A cursor is accepted only
 * if it has exactly the expected key attributes and every partition value belongs to the caller's
 * region, so a forged cursor cannot read across tenants or a different list.
 */
export type CursorKey = Record<string, string>;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string,
  expected: { attributes: string[]; fixed?: Record<string, string>; keyPrefix: string },
): CursorKey {
  const invalid = () => badInput('after', '分页游标无效，请从第一页重新查询');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid();
  const key = parsed as Record<string, unknown>;
  const names = Object.keys(key).sort();
  if (names.join() !== [...expected.attributes].sort().join()) throw invalid();
  for (const name of names) {
    const value = key[name];
    if (typeof value !== 'string') throw invalid();
    if (name.endsWith('pk') && !value.startsWith(expected.keyPrefix)) throw invalid();
  }
  for (const [name, value] of Object.entries(expected.fixed ?? {})) {
    if (key[name] !== value) throw invalid();
  }
  return key as CursorKey;
}

