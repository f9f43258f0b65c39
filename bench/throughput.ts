import { spawn } from 'node:child_process';
import { signInWithPassword } from '../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../local/issuer';
import type { LocalStack } from '../local/stack';
import { ADMIN_PAGE, OPERATIONS } from './operations';
import type { Report } from './results';
import { benchStack } from './services';
import { median, ms, percentile, ratio, round, times } from './stats';

export interface ThroughputSettings {
  concurrency: number;
  warmupMs: number;
  windowMs: number;
  /** Measured windows per query, alternating between the two queries. */
  rounds: number;
}

/** A token of the demo region's admin from the local issuer, signed in as the admin SPA does (SRP, then the authenticator code). */
export async function adminToken(stack: LocalStack): Promise<string> {
  const session = await signInWithPassword(stack.url, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET });
  return session.accessToken;
}

/**
 * The load generator, in its own Node process (so the server's process CPU is the server's alone):
 * `concurrency` keep-alive connections, each sending the next request when the last answered. It says
 * when the measured window starts (after the warm-up) and prints a summary at the end. Latency is per
 * request, from send to the end of the answer.
 */
const LOAD_SCRIPT = `
const http = require('node:http');
const { url, body, headers, concurrency, warmupMs, windowMs } = JSON.parse(process.env.BENCH_LOAD);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const once = () => new Promise((resolve, reject) => {
  const start = performance.now();
  const request = http.request(url, { method: 'POST', agent, headers }, (response) => {
    response.on('data', () => undefined);
    response.on('end', () => resolve({ ms: performance.now() - start, ok: response.statusCode === 200 }));
  });
  request.on('error', reject);
  request.end(body);
});
const phase = async (durationMs, latencies) => {
  let failed = 0;
  const until = performance.now() + durationMs;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < until) {
      const r = await once();
      if (!r.ok) failed++;
      latencies?.push(r.ms);
    }
  }));
  return failed;
};
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
(async () => {
  let failed = await phase(warmupMs);
  process.stdout.write('measuring\\n');
  const latencies = [];
  const started = performance.now();
  failed += await phase(windowMs, latencies);
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ requests: latencies.length, failed, elapsedMs, p50: pct(latencies, 50), p99: pct(latencies, 99) }) + '\\n');
  agent.destroy();
})().catch((error) => { process.stderr.write(String(error)); process.exit(1); });
`;

interface Window {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of this (the server's) process per request, user + system. */
  cpuMs: number;
  requests: number;
}

function loadWindow(url: string, body: string, headers: Record<string, string>, settings: ThroughputSettings, warmupMs: number): Promise<Window> {
  const load = { url, body, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, concurrency: settings.concurrency, warmupMs, windowMs: settings.windowMs };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', LOAD_SCRIPT], { env: { PATH: process.env.PATH ?? '', BENCH_LOAD: JSON.stringify(load) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let cpuAtStart: NodeJS.CpuUsage | undefined;
    let cpu: NodeJS.CpuUsage | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), warmupMs + settings.windowMs + 30_000);
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!cpuAtStart && out.includes('measuring\n')) cpuAtStart = process.cpuUsage();
      if (cpuAtStart && !cpu && out.trimEnd().endsWith('}')) cpu = process.cpuUsage(cpuAtStart);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const summary = out.split('\n').find((line) => line.startsWith('{'));
      if (code !== 0 || !summary || !cpu) return reject(new Error(`bench: load generator failed (${code}): ${err.slice(-300)}`));
      const result = JSON.parse(summary) as { requests: number; failed: number; elapsedMs: number; p50: number; p99: number };
      if (result.failed > 0) return reject(new Error(`bench: ${result.failed} requests did not answer 200 under load`));
      resolve({
        rps: (result.requests / result.elapsedMs) * 1000,
        p50: result.p50,
        p99: result.p99,
        cpuMs: (cpu.user + cpu.system) / 1000 / result.requests,
        requests: result.requests,
      });
    });
  });
}

/**
 * Figure 3: requests per second and p50/p99 latency of the local /graphql (the Lambda handler behind the
 * local HTTP server, DynamoDB Local behind it) for the units page query, against the same server, token
 * and connection answering `{ __typename }`. Windows alternate between the two; each starts with a
 * warm-up that is not measured (the first one longer: JIT, the key set fetch, connections).
 */
export async function runThroughput(settings: ThroughputSettings, report: Report, shared?: LocalStack): Promise<void> {
  const { stack, done } = await benchStack({ port: 0, inMemory: true, seed: true, quiet: true }, shared);
  try {
    const token = await adminToken(stack);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const queries = {
      unitsPage: JSON.stringify({ query: OPERATIONS.unitList, variables: { first: ADMIN_PAGE, after: null, filter: {} } }),
      trivial: JSON.stringify({ query: '{ __typename }' }),
    };
    // Both must answer data, not errors, or the figure measures error handling.
    for (const [name, body] of Object.entries(queries)) {
      const answer = (await (await fetch(stack.graphqlUrl, { method: 'POST', headers, body })).json()) as { data?: unknown; errors?: unknown[] };
      if (!answer.data || answer.errors?.length) throw new Error(`bench: ${name} did not answer data: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    const windows: Record<keyof typeof queries, Window[]> = { unitsPage: [], trivial: [] };
    for (let round = 0; round < settings.rounds; round++) {
      const order = round % 2 ? (['unitsPage', 'trivial'] as const) : (['trivial', 'unitsPage'] as const);
      for (const which of order) {
        const warmup = round === 0 ? settings.warmupMs * 2 : settings.warmupMs;
        windows[which].push(await loadWindow(stack.graphqlUrl, queries[which], headers, settings, warmup));
      }
    }
    const med = (which: keyof typeof queries, key: keyof Window) => median(windows[which].map((w) => w[key]));
    const [rps, rpsFloor] = [med('unitsPage', 'rps'), med('trivial', 'rps')];
    const params = { concurrency: settings.concurrency, window: `${settings.windowMs / 1000}s`, rounds: settings.rounds };
    report.add({
      group: 'throughput',
      name: 'units-page-rps',
      params,
      values: { rps: round(rps, 1), trivialRps: round(rpsFloor, 1), ratio: round(ratio(rps, rpsFloor), 3), requests: windows.unitsPage.reduce((n, w) => n + w.requests, 0) },
      text: `${rps.toFixed(0)} req/s (trivial query ${rpsFloor.toFixed(0)} req/s): ${times(ratio(rps, rpsFloor))}`,
    });
    const [cpu, cpuFloor] = [med('unitsPage', 'cpuMs'), med('trivial', 'cpuMs')];
    report.add({
      group: 'throughput',
      name: 'units-page-server-cpu',
      params,
      values: { msPerRequest: round(cpu, 3), trivialMsPerRequest: round(cpuFloor, 3), ratio: round(ratio(cpu, cpuFloor), 3) },
      text: `${ms(cpu)} CPU of the server process per request (trivial query ${ms(cpuFloor)}): ${times(ratio(cpu, cpuFloor))}`,
    });
    for (const key of ['p50', 'p99'] as const) {
      const [a, b] = [med('unitsPage', key), med('trivial', key)];
      report.add({
        group: 'throughput',
        name: `units-page-${key}`,
        params,
        values: { ms: round(a), trivialMs: round(b), ratio: round(ratio(a, b), 3) },
        text: `${ms(a)} (trivial query ${ms(b)}): ${times(ratio(a, b))}`,
      });
    }
  } finally {
    await done();
  }
}
