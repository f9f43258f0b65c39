/**
 * Fails when a generated file differs from what codegen.ts would write now (schema or documents
 * changed without `npm run codegen`). Generates in memory; writes nothing.
 */
import { readFileSync, existsSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
const stale = outputs.filter(({ filename, content }) => !existsSync(filename) || readFileSync(filename, 'utf8') !== content);
if (stale.length > 0) {
  console.error(`Generated files are stale; run \`npm run codegen\` and commit:\n${stale.map((o) => `  ${o.filename}`).join('\n')}`);
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated files are up to date`);
