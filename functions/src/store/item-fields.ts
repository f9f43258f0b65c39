/** A model read off a table item: its own fields (absent ones as null), keys and index attributes dropped. */
export function pickFields<T>(item: Record<string, unknown>, fields: readonly (keyof T & string)[]): T {
  return Object.fromEntries(fields.map((f) => [f, item[f] ?? null])) as T;
}
