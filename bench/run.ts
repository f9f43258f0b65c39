import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGroup } from './groups';
import { GROUPS, Report, type Group } from './results';
import { FULL, QUICK, SMOKE, type BenchSettings } from './settings';

/**
 * `tsx bench/run.ts [--quick | --smoke] [--only roundtrips,coldstart,throughput,admin,public,scale,import] [--admin-dist dir] [--out file]`
 *
 * Starts what each figure group needs (DynamoDB Local, the local stack, Chromium; all on loopback),
 * prints one line per figure on stdout (progress goes to stderr) and writes them all to
 * bench/results.json. See bench/README.md for what each figure means. `--smoke` runs every group once at
 * its smallest (what the smoke test in `npm test` runs); `--admin-dist` measures an admin already built
 * (`npm run build:admin` → admin/dist) instead of building one.
 */
const DEFAULT_OUT = fileURLToPath(new URL('./results.json', import.meta.url));

function parseArgs(argv: string[]): { settings: BenchSettings; groups: Group[]; out: string } {
  let settings = FULL;
  let adminDist: string | undefined;
  let groups: Group[] = [...GROUPS];
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!next) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') settings = QUICK;
    else if (arg === '--smoke') settings = SMOKE;
    else if (arg.startsWith('--admin-dist')) {
      adminDist = resolve(value());
      if (!existsSync(join(adminDist, 'index.html'))) throw new Error(`--admin-dist: no index.html in ${adminDist} (npm run build:admin builds admin/dist)`);
    }
    else if (arg.startsWith('--only')) {
      const names = value().split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = names.filter((n) => !(GROUPS as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`unknown figure group ${unknown.join(', ')}: choose from ${GROUPS.join(', ')}`);
      groups = GROUPS.filter((g) => names.includes(g));
    } else if (arg.startsWith('--out')) out = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(`usage: tsx bench/run.ts [--quick | --smoke] [--only ${GROUPS.join(',')}] [--admin-dist dir] [--out file]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (see --help)`);
  }
  if (adminDist) settings = { ...settings, admin: { ...settings.admin, dist: adminDist } };
  return { settings, groups, out };
}

const progress = (line: string) => process.stderr.write(`· ${line}\n`);

async function main() {
  const { settings, groups, out } = parseArgs(process.argv.slice(2));
  const report = new Report({ ...settings, groups });
  progress(`bench ${settings.preset === 'full' ? '' : `(${settings.preset}) `}${groups.join(', ')} → ${out}`);
  const failed: string[] = [];
  for (const group of groups) {
    const started = performance.now();
    progress(`${group}…`);
    try {
      await runGroup(group, settings, report, progress);
    } catch (error) {
      failed.push(group);
      report.skip(group, 'error', (error as Error).message.split('\n')[0]!);
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    }
    progress(`${group} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  report.write(out);
  progress(`wrote ${report.figures.length} figures to ${out} in ${report.toJSON().seconds} s`);
  // Sockets of finished SDK clients may keep the loop alive; every server started here is stopped.
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(2);
});
