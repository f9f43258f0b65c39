import { runAdmin } from './admin';
import { runColdStart } from './coldstart';
import { runImport } from './import';
import { runPublic } from './public';
import type { Group, Report } from './results';
import { runRoundTrips } from './roundtrips';
import { runScale } from './scale';
import { benchConfig, startBenchDynamo } from './services';
import type { BenchSettings } from './settings';
import type { LocalStack } from '../local/stack';
import { runThroughput } from './throughput';

/**
 * Runs one figure group with its settings: starts what it needs (DynamoDB Local for round trips and
 * scale; the groups start the local stack and Chromium themselves), adds its figures to `report`, stops
 * everything it started. Throws if the group cannot be measured. Used by `bench/run.ts` and by the
 * smoke test (tests/bench/smoke.test.ts).
 */
export async function runGroup(
  group: Group,
  settings: BenchSettings,
  report: Report,
  progress: (line: string) => void,
  /** A seeded local stack (serving the admin's dist) for the throughput, admin and public groups to share. */
  shared?: LocalStack,
): Promise<void> {
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
      return runThroughput(settings.throughput, report, shared);
    case 'admin':
      return runAdmin(settings.admin, report, shared);
    case 'public':
      // The public page is served from the admin's site folder (its p/): `--admin-dist` names both.
      return runPublic({ runs: settings.public.runs, dist: settings.admin.dist }, report, shared);
    case 'import':
      return runImport(settings.import, report, progress);
  }
}
