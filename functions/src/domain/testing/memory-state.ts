import type { RepresentativeChange } from '../alliance/representative-change';
import type { Alongside } from '../alongside';
import type { ArchiveDocument, ArchiveVersion } from '../archive/document';
import type { AuditEntry } from '../audit/audit';
import type { EvaluationGrade, UnitGradeCounts } from '../engagement/evaluation';
import type { EngagementRules, MemberYearFigures, PointsEntry } from '../engagement/points';
import type { Post, PostHolder } from '../engagement/post';
import type { CommunityReport } from '../engagement/report';
import type { ServiceRecord } from '../engagement/service-record';
import type { TrainingRecord } from '../engagement/training';
import type { PendingUpload } from '../files/rules';
import type { LedgerItem } from '../ledger/item';
import type { Need } from '../lists/need';
import type { Claim, Project, ProjectProgress, ProjectRating } from '../lists/project';
import type { Resource } from '../lists/resource';
import type { Meeting } from '../meetings/meeting';
import type { Member, MemberTransfer } from '../members/member';
import type { OutboxEntry } from '../notifications/outbox';
import type { MemberImport } from '../members/member-import';
import type { Pairing } from '../pairings/pairing';
import type { Publication } from '../publication/publication';
import type { Region } from '../regions/region';
import { RetryableWriteError } from '../retry';
import type { Unit } from '../units/unit';
import { RecordMissingError } from '../write-refusals';

/** A map key from a record's scope and ids: region first, as every key of the table starts. */
export const keyOf = (...parts: string[]): string => JSON.stringify(parts);

/** Records go in and out as copies, as they do through a database: a caller never holds the stored object. */
export const copy = <T>(value: T): T => structuredClone(value);

/** What arrived in the files bucket under a key: the bytes and the Content-Type they were sent with. */
export interface StoredObject {
  bytes: Uint8Array;
  contentType: string | undefined;
}

/** A unit's link to a project: how many of its claims on it are active, and where the project sorts in its list. */
export interface ProjectUnitLink {
  regionId: string;
  projectId: string;
  unitId: string;
  year: number;
  activeClaims: number;
  /** `{first claimedAt}#{project}`: set by the unit's first claim, as the store's index entry. */
  sortKey: string;
}

/** Runs before a write (and may change the state, or throw to refuse it): a concurrent writer, in a test. */
export type WriteHook = () => unknown;

/**
 * Everything the memory ports keep, in the shape of the single table: units with their name guards,
 * pairings with their active-pairing guards, pending uploads, the audit trail, and the bucket.
 */
export class MemoryState {
  readonly regions = new Map<string, Region>();
  readonly units = new Map<string, Unit>();
  /** (region, name key) → the unit holding the name. */
  readonly unitNames = new Map<string, string>();
  readonly pairings = new Map<string, Pairing>();
  /** (region, unit, community) → the active pairing of the two. */
  readonly activePairings = new Map<string, string>();
  readonly members = new Map<string, Member>();
  /** (region, ID-number fingerprint) → the member on the roster holding it. */
  readonly memberNumbers = new Map<string, string>();
  readonly memberTransfers: (MemberTransfer & { regionId: string })[] = [];
  readonly memberImports = new Map<string, MemberImport>();
  readonly meetings = new Map<string, Meeting>();
  readonly needs = new Map<string, Need>();
  readonly resources = new Map<string, Resource>();
  readonly projects = new Map<string, Project>();
  /** (region, claim id) → the claim, active or withdrawn. */
  readonly claims = new Map<string, Claim>();
  /** (region, project, unit) → the unit's link to a project it claimed. */
  readonly projectUnitLinks = new Map<string, ProjectUnitLink>();
  /** (region, project) → its progress reports, in the order written. */
  readonly projectProgress = new Map<string, ProjectProgress[]>();
  /** (region, project) → its ratings, in the order written; and the raters (fingerprints) who rated it. */
  readonly projectRatings = new Map<string, ProjectRating[]>();
  readonly projectRaters = new Set<string>();
  /** (region, year) → the lists' figures of the year (counters). */
  readonly listFigures = new Map<string, Record<string, number>>();
  readonly communityReports = new Map<string, CommunityReport>();
  /** (region, member, community) → the member's active report to the community (the store's guard item). */
  readonly activeReports = new Map<string, string>();
  readonly posts = new Map<string, Post>();
  /** (region, post, member) → the member holding the post. */
  readonly postHolders = new Map<string, PostHolder>();
  readonly serviceRecords = new Map<string, ServiceRecord>();
  readonly trainings = new Map<string, TrainingRecord>();
  /** (region, entry id) → the ledger entry: the id is what makes a source credit once. */
  readonly pointsEntries = new Map<string, PointsEntry>();
  /** (region, year, member) → the member's figures of the year (counters). */
  readonly memberYearFigures = new Map<string, MemberYearFigures>();
  /** (region, year) → the rules saved for the year. */
  readonly engagementRules = new Map<string, EngagementRules>();
  /** (region, year, member) → the member's grade of the year. */
  readonly evaluationGrades = new Map<string, EvaluationGrade>();
  /** (region, year, unit) → the unit's grade counts of the year (counters). */
  readonly unitGradeCounts = new Map<string, UnitGradeCounts>();
  readonly ledgerItems = new Map<string, LedgerItem>();
  /** (region, year) → the ledger's last number of the year (the store's counter item). */
  readonly ledgerNumbers = new Map<string, number>();
  /** (region, year) → the ledger's counters of the year (`total`, `status.{status}`). */
  readonly ledgerCounters = new Map<string, Record<string, number>>();
  /** (region, record) → the record's publication (公示) while it is published. */
  readonly publications = new Map<string, Publication>();
  /** (region, type, year) → how many records of the type and year are published (the store's counter item). */
  readonly publicationCounts = new Map<string, number>();
  /** (region, change id) → a filing of a unit's representative change: written by the unit's save, filed by the alliance store. */
  readonly representativeChanges = new Map<string, RepresentativeChange>();
  readonly uploads = new Map<string, PendingUpload>();
  /** (region, document) → an archive document; (region, document, number) → a version (tests change them as a tamperer would). */
  readonly archiveDocuments = new Map<string, ArchiveDocument>();
  readonly archiveVersions = new Map<string, ArchiveVersion>();
  /** (region, meeting, entry sort key) → an outbox entry (memory-outbox.ts); (region, meeting, notification) → recorded whole. */
  readonly outboxEntries = new Map<string, OutboxEntry>();
  readonly outboxRecorded = new Set<string>();
  /** In the order written. */
  readonly auditTrail: AuditEntry[] = [];
  /** The files bucket, by object key (`uploads/{r}/{id}`, `files/{r}/{id}`). */
  readonly objects = new Map<string, StoredObject>();
  private readonly hooks: WriteHook[] = [];

  beforeNextWrite(hook: WriteHook): void {
    this.hooks.push(hook);
  }

  /**
   * One all-or-nothing write: `plan` states its conditions and changes against the state as it is
   * (after any pending hook ran); if a condition fails the first failing one is thrown and nothing
   * changes, otherwise every change is applied. Nothing else runs in between (no await), so a write is
   * atomic like a TransactWriteItems.
   */
  async write(plan: (write: MemoryWrite) => void): Promise<void> {
    const hook = this.hooks.shift();
    if (hook) await hook();
    const write = new MemoryWrite(this);
    plan(write);
    write.commit();
  }
}

export class MemoryWrite {
  private refusal: (() => Error) | undefined;
  private readonly changes: (() => void)[] = [];

  constructor(private readonly state: MemoryState) {}

  /** A condition of the write; the first that does not hold refuses it (as the first failed step does). */
  require(holds: boolean, refusal: () => Error): void {
    if (!holds && !this.refusal) this.refusal = refusal;
  }

  /** A change, applied only when every condition holds. */
  then(change: () => void): void {
    this.changes.push(change);
  }

  /** What goes alongside a change (domain/alongside.ts): each claimed upload consumed, the audit entry appended. */
  alongside(alongside: Alongside): void {
    const claimed = new Set<string>();
    for (const claim of alongside.uploads ?? []) {
      const key = keyOf(claim.regionId, claim.uploadId);
      // DynamoDB refuses a transaction that touches one item twice: a use case bug, not a refusal.
      if (claimed.has(key)) throw new Error(`upload ${claim.uploadId} claimed twice in one write`);
      claimed.add(key);
      this.require(this.state.uploads.has(key), () => new RecordMissingError({ type: 'Upload', id: claim.uploadId }));
      this.then(() => this.state.uploads.delete(key));
    }
    for (const { current, next } of alongside.archive ?? []) {
      const key = keyOf(next.regionId, next.id);
      const versionKey = keyOf(next.regionId, next.id, String(next.current.number));
      const stored = this.state.archiveDocuments.get(key);
      // As the store: the document moved meanwhile (or appeared) → the use case plans its filing again.
      this.require(current ? stored?.version === current.version : stored === undefined, () => new RetryableWriteError());
      this.require(!this.state.archiveVersions.has(versionKey), () => new RetryableWriteError());
      this.then(() => {
        this.state.archiveDocuments.set(key, copy(next));
        this.state.archiveVersions.set(versionKey, copy(next.current));
      });
    }
    const entry = alongside.audit;
    if (this.state.auditTrail.some((e) => e.regionId === entry.regionId && e.recordId === entry.recordId && e.at === entry.at && e.id === entry.id)) {
      throw new Error(`audit entry ${entry.id} written twice: the id generator repeats`);
    }
    this.then(() => this.state.auditTrail.push(copy(entry)));
  }

  commit(): void {
    if (this.refusal) throw this.refusal();
    for (const change of this.changes) change();
  }
}
