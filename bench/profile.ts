import { Session } from 'node:inspector/promises';
import { profileColdStart } from './profile-cold';
import { seedDataset } from './dataset';
import { ADMIN_PAGE, OPERATIONS } from './operations';
import { benchConfig, inProcessApi, startBenchDynamo } from './services';

/**
 * `npm run bench:profile -- --cold`: where the Lambda's cold start goes (bench/profile-cold.ts).
 *
 * `npm run bench:profile`: where the units page's server CPU goes. Seeds 100 units, warms up, measures the CPU
 * of a trivial query and of the units page (300 each, in process as bench/throughput.ts measures them), then
 * samples the CPU of 300 units pages with the V8 profiler and prints the self time by package and the top
 * functions. Findings are kept in bench/README.md ("Where the units page's time goes").
 */
const RUNS = 300;
if (process.argv.includes('--cold')) {
  // `npm run bench:profile -- --cold`: the cold start instead (bench/profile-cold.ts).
  await profileColdStart();
  process.exit(0);
}
const dynamo = await startBenchDynamo();
try {
  const config = benchConfig({ dynamodbEndpoint: dynamo.endpoint, tableName: dynamo.tableName });
  const api = inProcessApi(config);
  const data = await seedDataset(api.seedClient, config.tableName, api.ports, { size: 100 });
  const page = () => api.run(OPERATIONS.unitList, { first: ADMIN_PAGE, after: null, filter: {} }, data.admin);
  const trivial = () => api.run('{ viewer { userId } }', {}, data.admin);
  for (let i = 0; i < 50; i++) await page(), await trivial();
  const cpuOf = async (run: () => Promise<unknown>) => {
    const start = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) await run();
    const used = process.cpuUsage(start);
    return { total: (used.user + used.system) / 1000 / RUNS, system: used.system / 1000 / RUNS };
  };
  const [trivialMs, pageMs] = [await cpuOf(trivial), await cpuOf(page)];
  console.log(
    `server CPU per request: trivial query ${trivialMs.total.toFixed(2)} ms, units page ${pageMs.total.toFixed(2)} ms ` +
      `(${(pageMs.total / trivialMs.total).toFixed(1)}×), of which in the kernel (system time: sockets) ${pageMs.system.toFixed(2)} ms`,
  );

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (let i = 0; i < RUNS; i++) await page();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const where = frame.url.includes('node_modules/') ? frame.url.split('node_modules/').pop()! : frame.url.replace(/^.*\/work\/[^/]+\//, '');
    const key = `${frame.functionName || '(anonymous)'}\t${where}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + profile.timeDeltas![i]!);
  });
  const busy = [...selfTime].filter(([key]) => !key.startsWith('(idle)'));
  const total = busy.reduce((sum, [, t]) => sum + t, 0);
  const byPart = new Map<string, number>();
  for (const [key, time] of busy) {
    const where = key.split('\t')[1]!;
    const part = /^@smithy|^@aws-sdk/.test(where) ? 'AWS SDK (smithy, signing, (un)marshalling)'
      : /^graphql\/|^@apollo|^@escape\.tech/.test(where) ? 'GraphQL execution (graphql-js, Apollo, Armor)'
      : key.startsWith('(garbage collector)') ? 'garbage collection'
      : where === '' || where.startsWith('node:') ? 'Node (sockets, HTTP client, buffers)'
      : /^functions\//.test(where) ? "Gongjian's own code"
      : 'other packages';
    byPart.set(part, (byPart.get(part) ?? 0) + time);
  }
  console.log(`\nbusy CPU of ${RUNS} units pages, by part:`);
  for (const [part, time] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`  ${((time / total) * 100).toFixed(1).padStart(5)}%  ${part}`);
  console.log('\ntop functions (self time):');
  for (const [key, time] of busy.sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${((time / total) * 100).toFixed(1).padStart(5)}%  ${key.replace('\t', '  ')}`);
  api.close();
} finally {
  await dynamo.stop();
}
