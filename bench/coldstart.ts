import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import type { Report } from './results';
import { bytes, median, ms, ratio, round, times } from './stats';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const MINIMAL_ENTRY = fileURLToPath(new URL('./minimal-lambda.ts', import.meta.url));

/**
 * The Lambda's esbuild options, translated from the same `bundling` settings the stack gives
 * NodejsFunction (infra/lib/node-function.ts), the way NodejsFunction turns them into esbuild arguments:
 * bundle for node, ESM, target, main fields, minify, source map (with or without sources), banner, and
 * the AWS SDK bundled or not, and the modules left out of the bundle (LAZY_MODULES: shipped beside it and
 * loaded only by writes, which the cold-start probe does not make, so the command hooks that copy them are
 * not run here). A setting this translation does not know fails here, so the bench cannot silently build
 * something other than what is deployed.
 */
export async function lambdaBuildOptions() {
  const { bundlingWithLazyModules } = await import('../infra/lib/node-function');
  const { GRAPHQL_HANDLER_ENTRY } = await import('../infra/lib/paths');
  const bundling = bundlingWithLazyModules() as Record<string, unknown>;
  const known = new Set(['format', 'banner', 'target', 'mainFields', 'minify', 'sourceMap', 'sourcesContent', 'bundleAwsSDK', 'externalModules', 'commandHooks', 'esbuildArgs']);
  const unknown = Object.keys(bundling).filter((key) => !known.has(key) && bundling[key] !== undefined);
  if (unknown.length) throw new Error(`bench: NodejsFunction bundling option(s) ${unknown.join(', ')} are not translated in bench/coldstart.ts`);
  const esbuildArgs = (bundling.esbuildArgs ?? {}) as Record<string, string>;
  const otherArgs = Object.keys(esbuildArgs).filter((arg) => !arg.startsWith('--alias:'));
  if (otherArgs.length) throw new Error(`bench: esbuild argument(s) ${otherArgs.join(', ')} are not translated in bench/coldstart.ts`);
  return {
    entry: GRAPHQL_HANDLER_ENTRY,
    /** Our bundle's replacements (BUNDLE_ALIASES): ours only — the minimal Lambda is Apollo as it comes. */
    alias: Object.fromEntries(Object.entries(esbuildArgs).map(([arg, path]) => [arg.slice('--alias:'.length), path])),
    options: {
      bundle: true,
      platform: 'node' as const,
      format: bundling.format === 'esm' ? ('esm' as const) : ('cjs' as const),
      target: String(bundling.target ?? 'node22'),
      mainFields: bundling.mainFields as string[] | undefined,
      minify: bundling.minify === true,
      sourcemap: bundling.sourceMap === true,
      sourcesContent: bundling.sourcesContent !== false,
      banner: typeof bundling.banner === 'string' ? { js: bundling.banner } : undefined,
      external: [...(bundling.bundleAwsSDK === true ? [] : ['@aws-sdk/*']), ...((bundling.externalModules as string[] | undefined) ?? [])],
      absWorkingDir: REPO,
      logLevel: 'warning' as const,
    },
  };
}

export interface Bundle {
  file: string;
  raw: number;
  gzip: number;
  map: number;
  /** esbuild's metafile, when asked for (`extra.metafile`: bench/profile-cold.ts). */
  metafile?: Metafile;
}

export type LambdaBuildOptions = Awaited<ReturnType<typeof lambdaBuildOptions>>['options'];

/** `extra`: esbuild options the profile adds (a metafile; short lines so the profiler's line ticks map to a source). */
export async function bundle(entry: string, outDir: string, options: LambdaBuildOptions, alias?: Record<string, string>, extra: BuildOptions = {}): Promise<Bundle> {
  const file = join(outDir, options.format === 'esm' ? 'index.mjs' : 'index.js');
  const { metafile } = await build({ ...options, ...extra, alias, entryPoints: [entry], outfile: file });
  const code = readFileSync(file);
  return { file, raw: code.length, gzip: gzipSync(code).length, map: options.sourcemap ? statSync(`${file}.map`).size : 0, metafile };
}

/**
 * Loads a bundle and answers one API Gateway v2 event, in the fresh process it runs in; prints timings (and the
 * monotonic clock at each step, µs, the CPU profile's clock: bench/profile-cold.ts splits its samples by them).
 */
export const RUNNER = `
const hr = () => Number(process.hrtime.bigint() / 1000n);
const marks = [hr()];
const started = performance.now();
const { handler } = await import(process.argv[2]);
const loaded = performance.now();
marks.push(hr());
const event = {
  version: '2.0', routeKey: 'POST /graphql', rawPath: '/graphql', rawQueryString: '', isBase64Encoded: false,
  headers: { 'content-type': 'application/json', host: 'bench.local' },
  requestContext: { accountId: 'bench', apiId: 'bench', domainName: 'bench.local', domainPrefix: 'bench', requestId: 'cold-1',
    routeKey: 'POST /graphql', stage: '$default', time: '', timeEpoch: Date.now(),
    http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' } },
  body: JSON.stringify({ query: '{ __typename }' }),
};
const context = { functionName: 'bench', awsRequestId: 'cold-1', getRemainingTimeInMillis: () => 29000 };
const result = await handler(event, context, () => undefined);
const answered = performance.now();
marks.push(hr());
process.stdout.write(JSON.stringify({ load: loaded - started, answer: answered - loaded, sinceBoot: answered, marks, cpu: process.cpuUsage(), status: result.statusCode, body: result.body }));
process.exit(0);
`;

/** Environment of the real handler, as the stack sets it; nothing in it is contacted for `{ __typename }`. */
export const LAMBDA_ENV = {
  AWS_REGION: 'cn-north-1',
  TABLE_NAME: 'gongjian-bench',
  FILES_BUCKET_NAME: 'gongjian-bench-files',
  AUTH_ISSUER: 'http://127.0.0.1:9',
  AUTH_CLIENT_IDS: 'bench',
  STAGE: 'bench',
  // As the stack sets it (graphql-api.ts); the vault reads the secret at its first use, which the probe never makes.
  VAULT_KEY_SECRET_ARN: 'arn:aws-cn:secretsmanager:cn-north-1:000000000000:secret:gongjian-bench-vault-key',
};

export interface ColdRun {
  load: number;
  answer: number;
  total: number;
  /** From process start (Node's own boot included) to the answer. */
  sinceBoot: number;
  /** The monotonic clock (µs) at the import's start, when loaded, when answered. */
  marks: [number, number, number];
  /** CPU time (user + system, ms) of the process from its start to the answer: steadier than wall time on a busy machine. */
  cpu: number;
}

/** One fresh process loading `file` and answering; `nodeFlags` replace `--enable-source-maps` (the profile adds `--cpu-prof`). */
export function coldRun(runner: string, file: string, nodeFlags: string[] = ['--enable-source-maps']): Promise<ColdRun> {
  return new Promise((resolve, reject) => {
    // NODE_OPTIONS=--enable-source-maps as the stack sets it; nothing else from this environment.
    execFile(
      process.execPath,
      [...nodeFlags, runner, file],
      { env: { PATH: process.env.PATH ?? '', ...LAMBDA_ENV }, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`bench: cold start of ${file} failed: ${stderr.slice(-500) || error.message}`));
        const out = JSON.parse(stdout) as { load: number; answer: number; sinceBoot: number; marks: ColdRun['marks']; cpu: { user: number; system: number }; status: number; body: string };
        if (out.status !== 200 || !out.body.includes('"__typename":"Query"')) {
          return reject(new Error(`bench: ${file} answered ${out.status}: ${out.body}`));
        }
        resolve({ load: out.load, answer: out.answer, total: out.load + out.answer, sinceBoot: out.sinceBoot, marks: out.marks, cpu: (out.cpu.user + out.cpu.system) / 1000 });
      },
    );
  });
}

/**
 * Figure 2: size of the bundled GraphQL Lambda and the time to load it and answer a first query in a
 * fresh Node process, each against a minimal Apollo Server Lambda bundled the same way. Runs alternate
 * between the two (so drift of the machine hits both), the first of each is a warm-up (file cache).
 */
export async function runColdStart(runs: number, report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-bench-cold-'));
  try {
    const { entry, options, alias } = await lambdaBuildOptions();
    const ours = await bundle(entry, join(dir, 'graphql'), options, alias);
    const floor = await bundle(MINIMAL_ENTRY, join(dir, 'minimal'), options);
    report.add({
      group: 'coldstart',
      name: 'bundle',
      values: {
        raw: ours.raw, gzip: ours.gzip, sourceMap: ours.map, minimalRaw: floor.raw, minimalGzip: floor.gzip,
        rawRatio: round(ratio(ours.raw, floor.raw), 3), gzipRatio: round(ratio(ours.gzip, floor.gzip), 3),
      },
      text:
        `${bytes(ours.raw)} raw, ${bytes(ours.gzip)} gzip (minimal Apollo Lambda ${bytes(floor.raw)}, ${bytes(floor.gzip)}): ` +
        `${times(ratio(ours.raw, floor.raw))} raw, ${times(ratio(ours.gzip, floor.gzip))} gzip`,
    });

    const runner = join(dir, 'runner.mjs');
    writeFileSync(runner, RUNNER);
    const measured: { ours: ColdRun[]; floor: ColdRun[] } = { ours: [], floor: [] };
    for (let i = 0; i <= runs; i++) {
      // Alternate which goes first; run 0 of each is the warm-up.
      const order = i % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const);
      for (const which of order) {
        const run = await coldRun(runner, which === 'ours' ? ours.file : floor.file);
        if (i > 0) measured[which].push(run);
      }
    }
    for (const [name, key, what] of [
      ['load', 'load', 'import()'],
      ['first-answer', 'answer', 'first answer after load'],
      ['load-and-answer', 'total', 'import() + first answer'],
    ] as const) {
      const a = median(measured.ours.map((r) => r[key]));
      const b = median(measured.floor.map((r) => r[key]));
      report.add({
        group: 'coldstart',
        name,
        params: { runs },
        values: { medianMs: round(a), minimalMedianMs: round(b), ratio: round(ratio(a, b), 3), runsMs: measured.ours.map((r) => round(r[key], 1)).join(',') },
        text: `${what} ${ms(a)} (minimal ${ms(b)}): ${times(ratio(a, b))}, median of ${runs}`,
      });
    }
    const boot = median(measured.ours.map((r) => r.sinceBoot));
    const bootFloor = median(measured.floor.map((r) => r.sinceBoot));
    // The process's CPU time to the answer too: on a machine busy with other work it moves much less than the clock.
    const cpu = median(measured.ours.map((r) => r.cpu));
    const cpuFloor = median(measured.floor.map((r) => r.cpu));
    report.add({
      group: 'coldstart',
      name: 'process-start-to-answer',
      params: { runs },
      values: {
        medianMs: round(boot), minimalMedianMs: round(bootFloor), ratio: round(ratio(boot, bootFloor), 3),
        cpuMedianMs: round(cpu), minimalCpuMedianMs: round(cpuFloor), cpuRatio: round(ratio(cpu, cpuFloor), 3),
      },
      text:
        `node start to first answer ${ms(boot)} (minimal ${ms(bootFloor)}): ${times(ratio(boot, bootFloor))}; ` +
        `its CPU ${ms(cpu)} (minimal ${ms(cpuFloor)}): ${times(ratio(cpu, cpuFloor))}, median of ${runs}`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
