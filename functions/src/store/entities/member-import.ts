/**
 * Member import (党员导入): one item per import, in the region's partition of imports.
 *
 * | item          | pk                          | sk        | other keys                                            |
 * |---------------|-----------------------------|-----------|-------------------------------------------------------|
 * | member import | R#{r}#MEMBERIMPORT#{import} | #IMPORT   | gsi1 `R#{r}#MEMBERIMPORTS` / `{createdAt}#{id}` (newest first) |
 *
 * The sheet and the rows to create are not in the table: they are sealed payloads in the files bucket
 * (payloads/{r}/{import}/…), deleted when the import completes.
 */
import type { MemberImport } from '../../domain/members/member-import';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const memberImportKey = (regionId: string, importId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#MEMBERIMPORT#${importId}`,
  sk: '#IMPORT',
});

const FIELDS = [
  'id', 'regionId', 'fileName', 'status', 'headerRowNumber', 'columns', 'problems', 'summary', 'errors', 'errorCount', 'toImport',
  'processed', 'created', 'skipped', 'failures', 'createdBy', 'createdAt', 'updatedAt', 'version',
] as const satisfies readonly (keyof MemberImport)[];

/** The region's imports, by when they were made. */
export const memberImportsPartition = (regionId: string): Partition => ({ index: 'gsi1', partitionValue: `${regionRoot(regionId)}#MEMBERIMPORTS` });

export const memberImportToItem = (job: MemberImport) => ({
  ...memberImportKey(job.regionId, job.id),
  type: 'MEMBER_IMPORT',
  ...job,
  ...indexAttributes([memberImportsPartition(job.regionId)], `${job.createdAt}#${job.id}`),
});

export function memberImportFromItem(item: Record<string, unknown>): MemberImport {
  const job = pickFields<MemberImport>(item, FIELDS);
  for (const counter of ['errorCount', 'toImport', 'processed', 'created', 'skipped', 'version'] as const) job[counter] = Number(job[counter] ?? 0);
  return job;
}
