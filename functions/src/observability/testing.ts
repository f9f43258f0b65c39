import { vi } from 'vitest';

/** Everything written to stdout and stderr while it runs (Powertools writes there, not through `console`). */
export function captureOutput() {
  const chunks: string[] = [];
  const record = (chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(record as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(record as typeof process.stderr.write);
  return {
    text: () => chunks.join(''),
    /** Each line that is a JSON object, parsed. */
    lines: (): Record<string, unknown>[] =>
      chunks.join('').split('\n').flatMap((line) => {
        try {
          const value: unknown = JSON.parse(line);
          return typeof value === 'object' && value !== null ? [value as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
    restore: () => {
      out.mockRestore();
      err.mockRestore();
    },
  };
}
