import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAdmin } from './admin';
import { runColdStart } from './coldstart';
import { GROUPS, Report, type Group } from './results';
import { runRoundTrips } from './roundtrips';
import { runScale } from './scale';
import { benchConfig, startBenchDynamo } from './services';
import { FULL, QUICK, type BenchSettings } from './settings';
import { runThroughput } from './throughput';

/**
 * `tsx bench/run.ts [--quick] [--only roundtrips,coldstart,throughput,admin,scale] [--out file]`
 *
 * Starts what each figure group needs (DynamoDB Local, the local stack, Chromium; all on loopback),
 * prints one line per figure on stdout (progress goes to stderr) and writes them all to
 * bench/results.json. See bench/README.md for what each figure means.
 */
const DEFAULT_OUT = fileURLToPath(new URL('./results.json', import.meta.url));

function parseArgs(argv: string[]): { settings: BenchSettings; groups: Group[]; out: string } {
  let quick = false;
  let groups: Group[] = [...GROUPS];
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!next) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') quick = true;
    else if (arg.startsWith('--only')) {
      const names = value().split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = names.filter((n) => !(GROUPS as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`unknown figure group ${unknown.join(', ')}: choose from ${GROUPS.join(', ')}`);
      groups = GROUPS.filter((g) => names.includes(g));
    } else if (arg.startsWith('--out')) out = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(`usage: tsx bench/run.ts [--quick] [--only ${GROUPS.join(',')}] [--out file]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (see --help)`);
  }
  return { settings: quick ? QUICK : FULL, groups, out };
}

const progress = (line: string) => process.stderr.write(`· ${line}\n`);

async function runGroup(group: Group, settings: BenchSettings, report: Report): Promise<void> {
  switch (group) {
    case 'roundtrips':
    case 'scale': {
      const dynamo = await startBenchDynamo();
      try {
        const config = benchConfig({ dynamodbEndpoint: dynamo.endpoint, tableName: dynamo.tableName });
        if (group === 'roundtrips') await runRoundTrips(config, settings.roundtrips.sizes, report);
        else await runScale(config, settings.scale, report, progress);
      } finally {
        await dynamo.stop();
      }
      return;
    }
    case 'coldstart':
      return runColdStart(settings.coldstart.runs, report);
    case 'throughput':
      return runThroughput(settings.throughput, report);
    case 'admin':
      return runAdmin(settings.admin.runs, report);
  }
}

async function main() {
  const { settings, groups, out } = parseArgs(process.argv.slice(2));
  const report = new Report({ ...settings, groups });
  progress(`bench ${settings.quick ? '(quick) ' : ''}${groups.join(', ')} → ${out}`);
  const failed: string[] = [];
  for (const group of groups) {
    const started = performance.now();
    progress(`${group}…`);
    try {
      await runGroup(group, settings, report);
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
