/**
 * Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], no apostrophe first or last,
 * not the reserved "History", and unique without regard to case.
 */
export const SHEET_NAME_MAX = 31;

const truncate = (name: string, max: number): string => {
  let out = '';
  for (const char of name) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
};

export function sanitizeSheetName(name: string, fallback = '未命名'): string {
  const cleaned = name
    .replace(/[\u0000-\u001f:\\/?*[\]]/g, '_')
    .trim()
    .replace(/^'+|'+$/g, '');
  const truncated = truncate(cleaned, SHEET_NAME_MAX).replace(/'+$/, '').trim();
  if (truncated === '') return fallback;
  return truncated.toLowerCase() === 'history' ? `${truncated}_` : truncated;
}

/** Valid, distinct names for the given ones, in order: a repeated name gets "(2)", "(3)"… within the limit. */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = sanitizeSheetName(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      const suffix = `(${n})`;
      candidate = `${truncate(base, SHEET_NAME_MAX - suffix.length).replace(/'+$/, '')}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
