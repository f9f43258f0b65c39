/**
 * The last line of defence for text that reaches a log from outside (an operation name a client chose, an
 * unexpected error's message or stack): long digit runs (ID numbers of 15/18 characters, phones of 11) and
 * anything shaped like a token are cut out. What is logged is chosen field by field first (no variables, no
 * inputs, no headers); this only catches what hides inside a free-text field.
 */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/bearer\s+\S+/gi, 'Bearer [token]'],
  [/eyJ[\w-]*\.[\w-]*(?:\.[\w-]*)?/g, '[token]'],
  // 11 or more digits, optionally ending in the check character X: phones, 15- and 18-digit ID numbers.
  [/\d{11,}[Xx]?|\d{17}[Xx]/g, '[number]'],
];

/** `text` with tokens and long numbers replaced, cut to `max` characters. */
export function redact(text: string, max = 2_000): string {
  let out = text.length > max * 2 ? text.slice(0, max * 2) : text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

/** A GraphQL name as it may be logged and used as a metric dimension: redacted, at most 64 characters. */
export const safeName = (name: string | null | undefined): string | null => (name ? redact(name, 64) : null);
