import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, coldRun, lambdaBuildOptions, MINIMAL_ENTRY, RUNNER, type Bundle } from './coldstart';
import { bytes, median } from './stats';

/**
 * `npm run bench:profile -- --cold`: where the GraphQL Lambda's cold start goes. Bundles the handler exactly as
 * the cold-start figure does (bench/coldstart.ts, the stack's bundling) and maps the V8 profiler's samples through
 * the bundle's source map to the package or module they ran in. Then:
 *
 * 1. the bundle's bytes by package and area (esbuild's metafile; each part's share of the gzip from its own output);
 * 2. RUNS fresh `node --enable-source-maps --cpu-prof` processes each importing the bundle and answering `{ __typename }`
 *    (the cold-start probe), alternating with the minimal Apollo Lambda (the floor), and the profiles' self time
 *    summed by part: V8 compiling the bundle, Node's start-up and loader, source maps, garbage collection, and the
 *    JavaScript by the package or our own area it is in; with the import's share (the rest is the first answer).
 *
 * The profiler samples wall time of the main thread: on a busy machine a descheduled moment lands on whatever ran,
 * so compare parts within one run of this script, ours against the floor, rather than milliseconds across runs.
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
  // esbuild's own code: __commonJS/__esm wrappers (whose self time includes compiling a wrapped module at its first call), __toESM …
  return source === '' ? "bundle: esbuild's module wrappers (and lazy compiling)" : `other ${source}`;
}

interface Summary {
  /** µs of self time by phase and part. */
  byPart: Map<string, { load: number; answer: number }>;
  /** µs of self time of the top functions (part, name) over both phases. */
  byFunction: Map<string, number>;
  total: { load: number; answer: number };
}

function summarise(profiles: { profile: Profile; marks: [number, number, number] }[], bundleFile: string, map: SourceMap): Summary {
  const lines = readFileSync(bundleFile, 'utf8').split('\n');
  const lineLength = (line: number) => lines[line]?.length ?? Infinity;
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
        else if (frame.lineNumber === 0 && frame.columnNumber === 0 && node.positionTicks?.length) {
          // The bundle's top level, one function for every ESM module esbuild hoisted: its line ticks say which
          // module, where a line is short enough to hold one (the minified code's lines are long: those stay the bundle's).
          const ticks = node.positionTicks.reduce((sum, tick) => sum + tick.ticks, 0);
          for (const tick of node.positionTicks) {
            const line = lineLength(tick.line - 1) <= 400 ? partOf(sourceAt(tick.line - 1, 0)) : 'bundle: module top level (long minified lines, not attributed)';
            add(line, phase, (us * tick.ticks) / ticks, '(top level)');
          }
        } else add(partOf(sourceAt(frame.lineNumber, frame.columnNumber)), phase, us, nameAt(frame));
      }
    }
  }
  return { byPart, byFunction, total };
}

/** Ours against the floor, part by part: ms per cold start (import + first answer), the import's share, and the difference. */
function printComparison(ours: Summary, floor: Summary, runs: number) {
  const msOf = (us: number) => (us / 1000 / runs).toFixed(1).padStart(6);
  const both = (time?: { load: number; answer: number }) => (time ? time.load + time.answer : 0);
  console.log(`\nCPU self time per cold start, ms (mean of ${runs} profiled runs each; "import" is its share before the first answer):`);
  console.log(`  ${'ours'.padStart(6)} ${'import'.padStart(6)} ${'floor'.padStart(6)} ${'diff'.padStart(6)}  part`);
  console.log(`  ${msOf(both(ours.total))} ${msOf(ours.total.load)} ${msOf(both(floor.total))} ${msOf(both(ours.total) - both(floor.total))}  total`);
  const parts = [...new Set([...ours.byPart.keys(), ...floor.byPart.keys()])].sort(
    (a, b) => Math.max(both(ours.byPart.get(b)), both(floor.byPart.get(b))) - Math.max(both(ours.byPart.get(a)), both(floor.byPart.get(a))),
  );
  let small = { ours: 0, floor: 0 };
  for (const part of parts) {
    const [a, b] = [both(ours.byPart.get(part)), both(floor.byPart.get(part))];
    if (Math.max(a, b) / runs < 300) {
      small = { ours: small.ours + a, floor: small.floor + b };
      continue;
    }
    console.log(`  ${msOf(a)} ${msOf(ours.byPart.get(part)?.load ?? 0)} ${msOf(b)} ${msOf(a - b)}  ${part}`);
  }
  console.log(`  ${msOf(small.ours)} ${''.padStart(6)} ${msOf(small.floor)} ${msOf(small.ours - small.floor)}  (parts under 0.3 ms each, together)`);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The bundle's text by the source each piece came from, read off its source map (the "mappings" of a minified
 * bundle cover every token): what each source left in the output.
 */
function outputBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, string[]> {
  const pieces = new Map<string, string[]>();
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const segments: { column: number; source: number | null }[] = [];
    for (const segment of lineMappings.split(',').filter(Boolean)) {
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length >= 4) source += fields[1]!;
      segments.push({ column, source: fields.length >= 4 ? source : null });
    }
    segments.forEach((segment, i) => {
      const name = segment.source === null ? '' : map.sources[segment.source]!;
      const list = pieces.get(name) ?? [];
      list.push(line.slice(segment.column, segments[i + 1]?.column ?? line.length));
      pieces.set(name, list);
    });
  });
  return pieces;
}

/**
 * The bundle's bytes by part: raw bytes each part left in the output (esbuild's metafile), and its share of the
 * gzip: each part's own output text (from the source map) compressed alone, the whole gzip shared in proportion.
 */
function printBytes(ours: Bundle) {
  const output = Object.values(ours.metafile!.outputs).find((out) => out.entryPoint)!;
  const raw = new Map<string, number>();
  let counted = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const part = partOf(input);
    raw.set(part, (raw.get(part) ?? 0) + bytesInOutput);
    counted += bytesInOutput;
  }
  const texts = new Map<string, string[]>();
  for (const [source, pieces] of outputBySource(readFileSync(ours.file, 'utf8'), JSON.parse(readFileSync(`${ours.file}.map`, 'utf8')))) {
    const part = source ? partOf(source) : "esbuild's own";
    texts.set(part, [...(texts.get(part) ?? []), ...pieces]);
  }
  const alone = new Map([...texts].map(([part, pieces]) => [part, gzipSync(pieces.join('')).length]));
  const sum = [...alone.values()].reduce((a, b) => a + b, 0);
  const gzipOf = (part: string) => Math.round(((alone.get(part) ?? 0) / sum) * ours.gzip);
  console.log(`\nbundle ${bytes(ours.raw)} raw, ${bytes(ours.gzip)} gzip, by part (raw: bytes in the output; gzip: its share of the whole):`);
  const rows = [...raw].sort((a, b) => gzipOf(b[0]) - gzipOf(a[0]));
  for (const [part, size] of rows.filter(([part]) => gzipOf(part) >= 1024)) {
    console.log(`  ${bytes(size).padStart(9)} ${bytes(gzipOf(part)).padStart(9)} gzip  ${part}`);
  }
  const small = rows.filter(([part]) => gzipOf(part) < 1024);
  console.log(
    `  ${bytes(small.reduce((a, [, size]) => a + size, 0)).padStart(9)} ${bytes(small.reduce((a, [part]) => a + gzipOf(part), 0)).padStart(9)} gzip  ` +
      `(${small.length} parts under 1 KB gzip each, together)`,
  );
  console.log(`  ${bytes(ours.raw - counted).padStart(9)} ${bytes(gzipOf("esbuild's own")).padStart(9)} gzip  esbuild's own (wrappers, banner)`);
}

export async function profileColdStart(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-bench-coldprof-'));
  try {
    const { entry, options, alias } = await lambdaBuildOptions();
    // The production bundle exactly (short lines would map the top level's line ticks better, but they make Node's
    // source-map work several times dearer): functions map by where they start, the top level's ticks by their line.
    const ours = await bundle(entry, join(dir, 'graphql'), options, alias, { metafile: true });
    const floor = await bundle(MINIMAL_ENTRY, join(dir, 'minimal'), options);
    printBytes(ours);

    const runner = join(dir, 'runner.mjs');
    writeFileSync(runner, RUNNER);
    const results: Record<'ours' | 'floor', { profile: Profile; marks: [number, number, number] }[]> = { ours: [], floor: [] };
    const timings: Record<'ours' | 'floor', { wall: number; cpu: number }[]> = { ours: [], floor: [] };
    for (let i = 0; i <= RUNS; i++) {
      for (const which of i % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const)) {
        const profDir = join(dir, `prof-${which}-${i}`);
        mkdirSync(profDir);
        const file = which === 'ours' ? ours.file : floor.file;
        const run = await coldRun(runner, file, ['--enable-source-maps', '--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=100']);
        if (i === 0) continue; // warm-up (file cache)
        const [name] = readdirSync(profDir);
        results[which].push({ profile: JSON.parse(readFileSync(join(profDir, name!), 'utf8')) as Profile, marks: run.marks });
        timings[which].push({ wall: run.sinceBoot, cpu: run.cpu });
      }
    }
    const mapOf = (file: string) => new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    console.log(
      `\nprofiled runs (the profiler slows them; medians of ${RUNS}; \`npm run bench -- --only coldstart\` for the figure): ` +
        `node start to first answer ${median(timings.ours.map((r) => r.wall)).toFixed(0)} ms, minimal ${median(timings.floor.map((r) => r.wall)).toFixed(0)} ms; ` +
        `CPU of the process ${median(timings.ours.map((r) => r.cpu)).toFixed(0)} ms, minimal ${median(timings.floor.map((r) => r.cpu)).toFixed(0)} ms`,
    );
    const oursSummary = summarise(results.ours, ours.file, mapOf(ours.file));
    printComparison(oursSummary, summarise(results.floor, floor.file, mapOf(floor.file)), RUNS);
    console.log(`\nGraphQL Lambda, top functions (self time, ms per cold start, import + first answer):`);
    for (const [key, us] of [...oursSummary.byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      const [part, fn] = key.split('\t');
      console.log(`  ${(us / 1000 / RUNS).toFixed(1).padStart(6)}  ${fn}  (${part})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
