import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '../functions/src/config';
import { createScheduledHandler, SCHEDULED_JOBS } from '../functions/src/handlers/scheduled';
import { loggerOf, SERVICES } from '../functions/src/observability/logger';
import { triggerReport } from '../functions/src/observability/trigger';
import { createPorts } from '../functions/src/store/ports';
import { endpointsFile } from './stack';

/**
 * `npm run jobs -- <job> [--days N]`: runs a scheduled job (functions/src/handlers/scheduled.ts) once against the local
 * stack that `npm start` is running (its data in .data/), as EventBridge runs it in AWS. `--days N` runs it as if N
 * days had passed (the 回收站's 30 days, without waiting).
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_DEV ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';

const [job, ...rest] = process.argv.slice(2);
const days = rest[0] === '--days' ? Number(rest[1]) : 0;
if (!job || !(job in SCHEDULED_JOBS) || !Number.isFinite(days)) {
  console.error(`usage: npm run jobs -- <job> [--days N]   (jobs: ${Object.keys(SCHEDULED_JOBS).join(', ')})`);
  process.exit(2);
}
const file = endpointsFile(resolve('.data'));
if (!existsSync(file)) {
  console.error('the local stack is not running: start it with `npm start` (its data in .data/), then run the job');
  process.exit(1);
}
const data = JSON.parse(readFileSync(file, 'utf8')) as Pick<AppConfig, 'tableName' | 'filesBucketName' | 'dynamodbEndpoint' | 's3Endpoint' | 'vaultKey'>;
const ports = createPorts({ ...data, auth: { issuer: 'unused', clientIds: [] }, allowIntrospection: false });
const shifted = { ...ports, now: () => new Date(Date.now() + days * 86_400_000) };
const handler = createScheduledHandler({
  ports: () => shifted,
  report: triggerReport({ logger: loggerOf(SERVICES.scheduledJobs), metrics: null }),
  timeBudgetSeconds: 600,
});
console.log(JSON.stringify(await handler({ job }), null, 2));
