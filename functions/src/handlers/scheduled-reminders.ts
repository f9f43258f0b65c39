import { MEETING_REMINDERS_JOB } from '../domain/notifications/outbox';
import { dispatchRemindersForAllRegions } from '../domain/notifications/outbox-service';
import { JOB_METRICS } from './scheduled-metrics';
import type { JobContext, JobSummary } from './scheduled';

/**
 * The reminders due by now in every active region, recorded in the outbox (domain/notifications/outbox-service.ts). A
 * region that fails is logged and counted and the others go on; `unfinished` when a region had more meetings than
 * one run reads (the next run, a quarter of an hour later, takes them).
 */
export async function runMeetingReminders({ ports, report }: JobContext): Promise<JobSummary> {
  const results = await dispatchRemindersForAllRegions(ports.now(), ports);
  const summary = { job: MEETING_REMINDERS_JOB, regions: results.length, meetings: 0, reminders: 0, entries: 0, failures: 0, unfinished: false };
  for (const result of results) {
    summary.meetings += result.meetings;
    summary.reminders += result.reminders;
    summary.entries += result.entries;
    if (!result.complete) summary.unfinished = true;
    if (result.error) {
      summary.failures += 1;
      report.logger.error('meeting reminders failed in a region', { regionId: result.regionId, error: result.error });
      report.count(JOB_METRICS.failures);
    }
  }
  return summary;
}
