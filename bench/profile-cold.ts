import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, coldRun, lambdaBuildOptions, MINIMAL_ENTRY, RUNNER, type Bundle } from './coldstart';
import { bytes, median } from './stats';

/**
 * `npm run bench:profile -- --cold`: where the GraphQL Lambda's cold start goes. Bundles the handler exactly as
 * the cold-start figure does (bench/coldstart.ts, the stack's bundling), but with short lines (esbuild `lineLimit`,
 * nothing else changes) so that the V8 profiler's line ticks map through the source map to a module. Then:
 *
 * 1. the bundle's bytes by package and area (esbuild's metafile; gzip shares are the raw shares of the whole gzip);
 * 2. RUNS fresh `node --enable-source-maps --cpu-prof` processes each importing the bundle and answering `{ __typename }`
 *    (the cold-start probe), and the profiles' self time summed, split into the import and the first answer and
 *    by part: V8's own work (parsing, compiling: `(program)`), garbage collection, and the JavaScript by the
 *    package or our own area it is in. The same for the minimal Apollo Lambda, for the floor.
 *
 * Findings are kept in bench/README.md ("Where the cold start's time goes").
 */
const RUNS = Number(process.env.COLD_PROFILE_RUNS ?? 10);
const TOP = 25;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The part a source (a path in the source map, relative to the repository) belongs to. */
export function partOf(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const rest = source.slice(at + 'node_modules/'.length).split('/');
    const pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg === 'graphql') return 'graphql-js';
    if (pkg.startsWith('@apollo/') || pkg === '@as-integrations/aws-lambda') return 'Apollo Server';
    if (pkg.startsWith('@escape.tech/')) return 'GraphQL Armor';
    if (pkg === 'zod') return 'zod';
    if (/^@aws-sdk\/|^@smithy\/|^@aws-crypto\/|^fast-xml-parser$|^strnum$|^tslib$/.test(pkg)) return 'AWS SDK';
    if (pkg.startsWith('@aws-lambda-powertools/')) return 'Powertools';
    return `package ${pkg}`;
  }
  const ours = /functions\/src\/(.*)$/.exec(source);
  if (ours) {
    const parts = ours[1]!.split('/');
    if (parts[0] === 'graphql' && parts[1] === 'resolvers') return `ours: resolvers/${parts[2]!.replace(/\.ts$/, '')}`;
    if (parts[0] === 'graphql' && parts[1] === 'generated') return `ours: graphql/generated/${parts[2]!.replace(/\.ts$/, '')}`;
    if (parts[0] === 'domain' && parts.length > 2) return `ours: domain/${parts[1]}`;
    return `ours: ${parts.slice(0, -1).join('/') || '.'}${parts.length > 1 ? '' : `/${parts[0]}`}`.replace(/\/$/, '');
  }
  return source === '' ? "esbuild's helpers (module wrappers: __toESM, __copyProps …)" : `other ${source}`;
}

interface Summary {
  /** µs of self time by phase and part. */
  byPart: Map<string, { load: number; answer: number }>;
  /** µs of self time of the top functions (part, name) over both phases. */
  byFunction: Map<string, number>;
  total: { load: number; answer: number };
}

function summarise(profiles: { profile: Profile; marks: [number, number, number] }[], bundleFile: string, map: SourceMap): Summary {
  const byPart = new Map<string, { load: number; answer: number }>();
  const byFunction = new Map<string, number>();
  const total = { load: 0, answer: 0 };
  const bundleUrl = `file://${bundleFile}`;
  const sourceAt = (line: number, column: number): string => {
    const entry = map.findEntry(line, column) as { originalSource?: string };
    return entry?.originalSource ?? '';
  };
  /** A bundled function's own name (the source map's, not the minified one) and where it is. */
  const nameAt = (frame: ProfileNode['callFrame']): string => {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
    const where = entry?.originalSource ? `${entry.originalSource.replace(/^.*node_modules\//, '').replace(/^.*functions\/src\//, '')}:${(entry.originalLine ?? 0) + 1}` : '';
    return `${entry?.name ?? (frame.functionName || '(top level)')} ${where}`.trim();
  };
  /** Node's own JavaScript and V8's work it starts, by what it is for. */
  const nodePart = (frame: ProfileNode['callFrame']): string =>
    frame.functionName === 'compileSourceTextModule' ? 'V8: compiling the bundle (compileSourceTextModule)'
    : frame.url.includes('source_map') ? 'Node: source maps (--enable-source-maps)'
    : frame.url.startsWith('node:') || frame.url === '' ? 'Node: start-up, module loader, other'
    : `other ${frame.url}`;
  const add = (part: string, phase: 'load' | 'answer', us: number, fn?: string) => {
    const entry = byPart.get(part) ?? { load: 0, answer: 0 };
    entry[phase] += us;
    byPart.set(part, entry);
    total[phase] += us;
    if (fn) byFunction.set(`${part}\t${fn}`, (byFunction.get(`${part}\t${fn}`) ?? 0) + us);
  };
  for (const { profile, marks } of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    // Self time per node and phase (samples between the import's start and the answer).
    const self = new Map<number, { load: number; answer: number }>();
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i]!;
      const phase = t < marks[0] ? null : t <= marks[1] ? 'load' : t <= marks[2] ? 'answer' : null;
      if (!phase) return;
      const entry = self.get(id) ?? { load: 0, answer: 0 };
      entry[phase] += profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!;
      self.set(id, entry);
    });
    for (const [id, time] of self) {
      const node = nodes.get(id)!;
      const frame = node.callFrame;
      for (const phase of ['load', 'answer'] as const) {
        const us = time[phase];
        if (!us) continue;
        if (frame.functionName === '(garbage collector)') add('garbage collection', phase, us);
        else if (frame.functionName === '(program)') add('V8 (program: parsing, compiling, runtime)', phase, us);
        else if (frame.functionName === '(idle)') add('idle (waiting)', phase, us);
        else if (frame.url !== bundleUrl) add(nodePart(frame), phase, us, frame.functionName);
        else if (node.positionTicks?.length) {
          // The lines where the samples fell (the bundle's top level is one function: its lines say which module;
          // a line's last mapping names it).
          const ticks = node.positionTicks.reduce((sum, tick) => sum + tick.ticks, 0);
          for (const tick of node.positionTicks) add(partOf(sourceAt(tick.line - 1, 10_000)), phase, (us * tick.ticks) / ticks, nameAt(frame));
        } else add(partOf(sourceAt(frame.lineNumber, frame.columnNumber)), phase, us, nameAt(frame));
      }
    }
  }
  return { byPart, byFunction, total };
}

function printSummary(title: string, summary: Summary, runs: number) {
  const msOf = (us: number) => (us / 1000 / runs).toFixed(1).padStart(6);
  console.log(`\n${title}: CPU self time per cold start (ms, mean of ${runs} profiled runs), import | first answer | both`);
  console.log(`  ${msOf(summary.total.load)} ${msOf(summary.total.answer)} ${msOf(summary.total.load + summary.total.answer)}  total`);
  const rows = [...summary.byPart].sort((a, b) => b[1].load + b[1].answer - (a[1].load + a[1].answer));
  for (const [part, time] of rows) {
    if ((time.load + time.answer) / runs < 200) continue; // under 0.2 ms
    console.log(`  ${msOf(time.load)} ${msOf(time.answer)} ${msOf(time.load + time.answer)}  ${part}`);
  }
  const small = rows.filter(([, time]) => (time.load + time.answer) / runs < 200).reduce((sum, [, time]) => sum + time.load + time.answer, 0);
  console.log(`  ${''.padStart(6)} ${''.padStart(6)} ${msOf(small)}  (parts under 0.2 ms each, together)`);
}

/** The bundle's bytes by part (esbuild's metafile: bytes of each input in the output). */
function printBytes(ours: Bundle) {
  const output = Object.values(ours.metafile!.outputs).find((out) => out.entryPoint)!;
  const byPart = new Map<string, number>();
  let counted = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const part = partOf(input);
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
    counted += bytesInOutput;
  }
  console.log(`\nbundle ${bytes(ours.raw)} raw, ${bytes(ours.gzip)} gzip, by part (raw bytes in the output; gzip ≈ the raw share of the whole gzip):`);
  for (const [part, size] of [...byPart].sort((a, b) => b[1] - a[1])) {
    if (size < 4096) continue;
    console.log(`  ${bytes(size).padStart(9)}  ≈${bytes(Math.round((size / counted) * ours.gzip)).padStart(9)} gzip  ${part}`);
  }
  const small = [...byPart.values()].filter((size) => size < 4096).reduce((a, b) => a + b, 0);
  console.log(`  ${bytes(small).padStart(9)}  ≈${bytes(Math.round((small / counted) * ours.gzip)).padStart(9)} gzip  (parts under 4 KB each, together)`);
  console.log(`  ${bytes(ours.raw - counted).padStart(9)}  esbuild's own (wrappers, banner)`);
}

export async function profileColdStart(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-bench-coldprof-'));
  try {
    const { entry, options, alias } = await lambdaBuildOptions();
    // Short lines for the profile's line ticks; esbuild keeps the minified code otherwise the same.
    const ours = await bundle(entry, join(dir, 'graphql'), options, alias, { metafile: true, lineLimit: 100 });
    const floor = await bundle(MINIMAL_ENTRY, join(dir, 'minimal'), options, undefined, { lineLimit: 100 });
    printBytes(ours);
    // gzip of the exact production bundle, for comparison (line breaks change it by a little).
    const production = await bundle(entry, join(dir, 'production'), options, alias);
    console.log(`  (the production bundle, without short lines: ${bytes(production.raw)} raw, ${bytes(production.gzip)} gzip)`);

    const runner = join(dir, 'runner.mjs');
    writeFileSync(runner, RUNNER);
    const results: Record<'ours' | 'floor', { profile: Profile; marks: [number, number, number] }[]> = { ours: [], floor: [] };
    const timings: Record<'ours' | 'floor', number[]> = { ours: [], floor: [] };
    for (let i = 0; i <= RUNS; i++) {
      for (const which of i % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const)) {
        const profDir = join(dir, `prof-${which}-${i}`);
        mkdirSync(profDir);
        const file = which === 'ours' ? ours.file : floor.file;
        const run = await coldRun(runner, file, ['--enable-source-maps', '--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=100']);
        if (i === 0) continue; // warm-up (file cache)
        const [name] = readdirSync(profDir);
        results[which].push({ profile: JSON.parse(readFileSync(join(profDir, name!), 'utf8')) as Profile, marks: run.marks });
        timings[which].push(run.sinceBoot);
      }
    }
    const mapOf = (file: string) => new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    console.log(
      `\nprofiled runs (the profiler slows them): node start to first answer ${median(timings.ours).toFixed(0)} ms, ` +
        `minimal ${median(timings.floor).toFixed(0)} ms (medians of ${RUNS}; \`npm run bench -- --only coldstart\` for the figure)`,
    );
    const oursSummary = summarise(results.ours, ours.file, mapOf(ours.file));
    printSummary('GraphQL Lambda', oursSummary, RUNS);
    printSummary('minimal Apollo Lambda', summarise(results.floor, floor.file, mapOf(floor.file)), RUNS);
    console.log(`\nGraphQL Lambda, top functions (self time, ms per cold start, import + first answer):`);
    for (const [key, us] of [...oursSummary.byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      const [part, fn] = key.split('\t');
      console.log(`  ${(us / 1000 / RUNS).toFixed(1).padStart(6)}  ${fn}  (${part})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
