import type { RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { CursorRejectedError, type Page } from '../paging';
import type { Ports } from '../ports';
import { systemActor } from '../system-actor';
import { yearInChina } from '../validation';
import { RecordMissingError, StaleVersionError } from '../write-refusals';
import { ARCHIVE_DOCUMENT_AUDIT, purgeCutoff, verificationStatus, type ArchiveDocument, type ArchiveProblem, type ArchiveVerificationStatus } from './document';
import { verifyDocument } from './service';

/**
 * The archive's scheduled maintenance (handlers/scheduled.ts runs it daily for every region): the 回收站 purged of
 * what is past RESTORE_DAYS, and every document verified against the bucket, a slice per run.
 */

/** The job's name: the scheduled handler's registry key and the system actor of its audit entries. */
export const ARCHIVE_MAINTENANCE_JOB = 'archive-maintenance';
/** The first year a document can be filed in (validation.ts `year`): the sweep's oldest year. */
export const FIRST_ARCHIVE_YEAR = 2000;
const PAGE_SIZE = 25;

/** What one run may spend in a region: documents at most, and until when (ms since the epoch, by ports.now). */
export interface MaintenanceBudget {
  maxDocuments: number;
  deadline: number;
}

type MaintenancePorts = Pick<Ports, 'archive' | 'files' | 'now' | 'newId'>;

const spent = (budget: MaintenanceBudget, done: number, ports: MaintenancePorts) => done >= budget.maxDocuments || ports.now().getTime() >= budget.deadline;
const refusedAsMoved = (error: unknown) => error instanceof StaleVersionError || error instanceof RecordMissingError;

export interface PurgeOutcome {
  /** Documents removed for good. */
  purged: string[];
  /** Documents that moved meanwhile (restored, or purged by a run beside this one): left alone. */
  skipped: string[];
  /** The budget ran out with expired documents left: the next run continues. */
  more: boolean;
}

/**
 * Purges the 回收站's documents deleted more than RESTORE_DAYS ago, oldest first (the index stops at the first one
 * not yet expired). Each in three steps, every one safe to repeat: the document is marked (purgeStartedAt, a new
 * version: a restore that read it before loses on its version, and none is allowed after), its files are removed,
 * then its versions and the document itself. A run that failed part-way finds the marked document again.
 */
export async function purgeExpiredDocuments(regionId: string, ports: MaintenancePorts, budget: MaintenanceBudget): Promise<PurgeOutcome> {
  const actor = systemActor(regionId, ARCHIVE_MAINTENANCE_JOB);
  const cutoff = purgeCutoff(ports.now());
  const outcome: PurgeOutcome = { purged: [], skipped: [], more: false };
  let after: string | null = null;
  for (;;) {
    const done = outcome.purged.length + outcome.skipped.length;
    if (spent(budget, done, ports)) {
      outcome.more = true;
      return outcome;
    }
    const page = await ports.archive.expiredDocuments(regionId, cutoff, { size: Math.min(PAGE_SIZE, budget.maxDocuments - done), after });
    for (const { node } of page.edges) {
      // The index is read eventually consistent; the document's own record decides (and the writes' conditions).
      const document = await ports.archive.document(regionId, node.id);
      const expired = document?.deletedAt && document.deletedAt < cutoff;
      const result = expired ? await purgeDocument(actor, document, ports) : 'skipped';
      outcome[result].push(node.id);
    }
    if (!page.pageInfo.hasNextPage) return outcome;
    after = page.pageInfo.endCursor;
  }
}

async function purgeDocument(actor: RegionPrincipal, document: ArchiveDocument, ports: MaintenancePorts): Promise<'purged' | 'skipped'> {
  let marked = document;
  if (!document.purgeStartedAt) {
    const now = ports.now().toISOString();
    marked = { ...document, purgeStartedAt: now, updatedAt: now, version: document.version + 1 };
    const audit = recordChange(actor, ports, ARCHIVE_DOCUMENT_AUDIT, { operation: 'startArchivePurge', recordId: document.id, version: marked.version, before: document, after: marked });
    try {
      await ports.archive.save({ current: document, next: marked }, { audit });
    } catch (error) {
      if (refusedAsMoved(error)) return 'skipped';
      throw error;
    }
  }
  const versions = await ports.archive.allVersions(document.regionId, document.id);
  // A file another record keeps as its own (sharedWithRecord) stays; the archive's own files go.
  const keys = [...new Set([...versions, marked.current].filter((v) => !v.sharedWithRecord).map((v) => v.file.key))];
  await ports.files.deleteFiles(keys);
  const audit = recordChange(actor, ports, ARCHIVE_DOCUMENT_AUDIT, {
    operation: 'purgeArchiveDocument', recordId: document.id, version: null, before: marked, after: null,
    note: { field: 'files', value: `清除 ${keys.length} 个文件（删除于 ${marked.deletedAt}）` },
  });
  try {
    await ports.archive.purge(marked, { audit });
    return 'purged';
  } catch (error) {
    if (refusedAsMoved(error)) return 'skipped';
    throw error;
  }
}

/** A document the sweep found not intact. */
export interface SweepFinding {
  documentId: string;
  status: Exclude<ArchiveVerificationStatus, 'INTACT'>;
  problems: ArchiveProblem[];
}

export interface SweepOutcome {
  verified: number;
  findings: SweepFinding[];
  /** Every year was gone through: the next run starts again from the newest. */
  finished: boolean;
}

/**
 * Verifies the region's documents (not deleted) year by year, newest year first, each as verifyArchiveDocument does,
 * and records the outcome on the document (lastVerifiedAt, lastVerification). Stops when the budget is spent and
 * saves where it stopped; the next run continues from there, and after the oldest year starts again.
 */
export async function verifyArchiveSweep(regionId: string, ports: MaintenancePorts, budget: MaintenanceBudget): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { verified: 0, findings: [], finished: false };
  const saved = await ports.archive.sweepCursor(regionId);
  const newest = yearInChina(ports.now()) + 1;
  const years = await ports.archive.yearsWithDocuments(regionId, FIRST_ARCHIVE_YEAR, Math.min(saved?.year ?? newest, newest));
  for (const year of years) {
    let after = saved && year === saved.year ? saved.after : null;
    for (;;) {
      if (spent(budget, outcome.verified, ports)) {
        await ports.archive.saveSweepCursor(regionId, { year, after });
        return outcome;
      }
      const page = await readOrRestart(() => ports.archive.documents(regionId, { year }, { size: Math.min(PAGE_SIZE, budget.maxDocuments - outcome.verified), after }));
      if (!page) {
        after = null; // a saved cursor the list no longer takes: the year from its start
        continue;
      }
      let stoppedEarly = false;
      for (const edge of page.edges) {
        const checked = await verifySettled(regionId, edge.node.id, ports);
        if (checked) {
          const { verification, status } = checked;
          await ports.archive.recordVerification(regionId, edge.node.id, { at: verification.verifiedAt, status });
          if (status !== 'INTACT') outcome.findings.push({ documentId: edge.node.id, status, problems: verification.problems });
          outcome.verified += 1;
        }
        after = edge.cursor;
        if (spent(budget, outcome.verified, ports)) {
          stoppedEarly = true;
          break;
        }
      }
      if (!stoppedEarly && !page.pageInfo.hasNextPage) break;
      if (!stoppedEarly) after = page.pageInfo.endCursor;
    }
  }
  await ports.archive.saveSweepCursor(regionId, null);
  outcome.finished = true;
  return outcome;
}

/**
 * Verifies a document as it is now (the list comes from an index, read eventually consistent), and once more when it
 * is not intact and moved meanwhile (a version added between reading the document and its versions would read as a
 * broken chain): a finding is what holds on the document as it stands. Null when it is gone or was deleted meanwhile.
 */
async function verifySettled(regionId: string, id: string, ports: MaintenancePorts) {
  let document = await ports.archive.document(regionId, id);
  for (let attempt = 0; document && !document.deletedAt; attempt++) {
    const verification = await verifyDocument(document, ports);
    const status = verificationStatus(verification.problems);
    if (status === 'INTACT' || attempt === 1) return { verification, status };
    const now = await ports.archive.document(regionId, id);
    if (now?.version === document.version) return { verification, status };
    document = now;
  }
  return null;
}

/** A page, or null when the store refuses the cursor (CursorRejectedError). */
async function readOrRestart<T>(read: () => Promise<Page<T>>): Promise<Page<T> | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CursorRejectedError) return null;
    throw error;
  }
}
