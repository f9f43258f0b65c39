/**
 * Business events counted from the GraphQL layer (never from the domain): a root mutation field that
 * resolved without an error, and what its result says. Metric names are the contract with the dashboard
 * (infra/lib/monitoring.ts).
 */
export interface BusinessMetric {
  readonly metric: string;
  /** The value to add for this successful result (0 adds nothing). */
  value(result: unknown, requestStartedAtMs: number): number;
}

const one = () => 1;

/** An import's step that finished it: the members it created in all. A repeated call on a finished import returns it unchanged (its `updatedAt` is older than the request), so it counts once. */
function importedWhenCompletedNow(result: unknown, requestStartedAtMs: number): number {
  const job = result as { status?: unknown; created?: unknown; updatedAt?: unknown } | null;
  if (!job || job.status !== 'COMPLETED' || typeof job.created !== 'number' || typeof job.updatedAt !== 'string') return 0;
  return Date.parse(job.updatedAt) >= requestStartedAtMs ? job.created : 0;
}

export const BUSINESS_METRICS: Readonly<Record<string, BusinessMetric>> = {
  createUnit: { metric: 'UnitsCreated', value: one },
  registerUnit: { metric: 'UnitsRegistered', value: one },
  createPairing: { metric: 'PairingsCreated', value: one },
  createMember: { metric: 'MembersCreated', value: one },
  continueMemberImport: { metric: 'MembersImported', value: importedWhenCompletedNow },
  createMeeting: { metric: 'MeetingsCreated', value: one },
  sendMeetingNotice: { metric: 'MeetingNoticesSent', value: one },
  // Meetings held (minutes recorded) when the API has that mutation.
};

export const BUSINESS_METRIC_NAMES: readonly string[] = [...new Set(Object.values(BUSINESS_METRICS).map((b) => b.metric))];
