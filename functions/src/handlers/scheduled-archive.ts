import { ARCHIVE_MAINTENANCE_JOB, purgeExpiredDocuments, verifyArchiveSweep } from '../domain/archive/maintenance';
import { forEachRegion } from '../domain/regions/each-region';
import { describeError } from '../observability/describe-error';
import { JOB_METRICS } from './scheduled-metrics';
import type { JobContext, JobSummary } from './scheduled';

/** Documents per region and run (the rest waits for the next run). */
export const PURGES_PER_REGION = 200;
export const VERIFIES_PER_REGION = 500;

/**
 * The archive's daily maintenance in every region (domain/archive/maintenance.ts): the 回收站 purged, then a slice of
 * the verify sweep. A region that fails is logged and counted and the others go on; a document not intact is an error
 * line and an ArchiveVerifyProblems data point. Stops taking regions at the deadline (the rest get theirs next run).
 */
export async function runArchiveMaintenance({ ports, report, deadline }: JobContext): Promise<JobSummary> {
  const summary = { job: ARCHIVE_MAINTENANCE_JOB, regions: 0, purged: 0, verified: 0, problems: 0, failures: 0, unfinished: false };
  await forEachRegion(ports, async (region) => {
    if (ports.now().getTime() >= deadline) {
      summary.unfinished = true;
      return false;
    }
    summary.regions += 1;
    try {
      const purge = await purgeExpiredDocuments(region.id, ports, { maxDocuments: PURGES_PER_REGION, deadline });
      summary.purged += purge.purged.length;
      const sweep = await verifyArchiveSweep(region.id, ports, { maxDocuments: VERIFIES_PER_REGION, deadline });
      summary.verified += sweep.verified;
      for (const finding of sweep.findings) {
        summary.problems += 1;
        report.logger.error('archive document not intact', {
          regionId: region.id, documentId: finding.documentId, status: finding.status,
          versions: finding.problems.map((p) => `${p.versionNumber}:${p.kind}`).join(','),
        });
        report.count(JOB_METRICS.archiveProblems);
      }
      if (purge.more || !sweep.finished) summary.unfinished = true;
    } catch (error) {
      summary.failures += 1;
      report.logger.error('archive maintenance failed in a region', { regionId: region.id, error: describeError(error) });
      report.count(JOB_METRICS.failures);
    }
  });
  return summary;
}
