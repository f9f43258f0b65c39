import type { ArchiveFolder } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** The folder's label (the schema's description): the template type makes the compiler check every folder has one. */
export const folderLabel = (folder: ArchiveFolder): MessageKey => `enum.archiveFolder.${folder}`;

/** The folder tree's groups, in the schema's order: 三册, 四簿 (a unit's books), then the region's other records. */
export const FOLDER_GROUPS: readonly { label: MessageKey; folders: readonly ArchiveFolder[] }[] = [
  { label: 'archive.groupBooks3', folders: ['MEMBER_ROSTER', 'ACTIVIST_ROSTER', 'SPECIAL_MEMBER_ROSTER'] },
  { label: 'archive.groupBooks4', folders: ['STUDY_RECORD', 'ORGANISATION_LIFE_RECORD', 'SERVICE_RECORD', 'DUES_LEDGER'] },
  { label: 'archive.groupOther', folders: ['MEETING_RECORDS', 'AGREEMENTS', 'REGISTRATION_FORMS', 'CHARTER', 'PHOTOS', 'OTHER'] },
];

export const ARCHIVE_FOLDERS: readonly ArchiveFolder[] = FOLDER_GROUPS.flatMap((group) => group.folders);

/** 三册四簿: filed under the unit (party branch) that keeps them; the API refuses one without a unit. */
export const isBranchBook = (folder: ArchiveFolder | null | undefined): boolean =>
  Boolean(folder) && FOLDER_GROUPS[0]!.folders.concat(FOLDER_GROUPS[1]!.folders).includes(folder!);

/** Lists and counts refresh on any change of a document (an add, replace, delete or restore returns one). */
export const ARCHIVE_REFRESH = { additionalTypenames: ['ArchiveDocument'] };

/**
 * The day (China) a deleted document is purged for good: the daily maintenance runs at 03:00 China time (19:00 UTC,
 * infra/lib/scheduled-jobs.ts ARCHIVE_MAINTENANCE) and purges what was restorable until before it.
 */
export function purgeDate(restorableUntil: string): string {
  const until = Date.parse(restorableUntil);
  const day = 86_400_000;
  const runUtcHour = 19;
  const sameDayRun = Math.floor(until / day) * day + runUtcHour * 3_600_000;
  const run = sameDayRun > until ? sameDayRun : sameDayRun + day;
  // China is UTC+8 all year: the run's date there.
  return new Date(run + 8 * 3_600_000).toISOString().slice(0, 10);
}
