import type { AuditEntry } from '../audit/audit';
import type { Ports } from '../ports';
import { MemoryAccountStore, MemoryDirectory } from './memory-accounts';
import { MemoryAllianceStore } from './memory-alliance';
import { MemoryAuditTrailStore, MemoryRegionStore } from './memory-audit';
import { MemoryCommunityReportStore, MemoryPostStore } from './memory-engagement';
import { MemoryEngagementRulesStore, MemoryEvaluationStore, MemoryPointsStore, MemoryServiceRecordStore, MemoryTrainingStore } from './memory-engagement-records';
import { MemoryLedgerStore } from './memory-ledger';
import { MemoryFileStore, MemoryUploadStore, uploadObjectKey } from './memory-files';
import { createAccountWorkbooks, createListWorkbooks, createMeetingWorkbooks, createRosterWorkbooks } from '../../workbooks';
import { MemoryNeedStore, MemoryListFiguresStore, MemoryListSettingsStore, MemoryProjectStore, MemoryResourceStore } from './memory-lists';
import { MemoryMeetingStore } from './memory-meetings';
import { MemoryProceedingsStore } from './memory-proceedings';
import { MemorySolicitationStore } from './memory-meetings';
import { MemoryMemberImportStore, MemoryMemberStore, memoryVault } from './memory-members';
import { MemoryPairingStore } from './memory-pairings';
import { MemoryPartnerClientStore, MemoryPartnerDirectory } from './memory-partner-clients';
import { MemoryArchiveStore } from './memory-archive';
import { MemoryNotificationReadStore } from './memory-notification-reads';
import { MemoryOutboxStore } from './memory-outbox';
import { MemoryCalendarFeedStore } from './memory-calendar-feeds';
import { MemoryPublicationStore } from './memory-publications';
import { copy, MemoryState, type StoredObject, type WriteHook } from './memory-state';
import { MemoryUnitStore } from './memory-units';

export interface MemoryPortsOptions {
  /** Where the clock starts. @default '2026-03-01T08:00:00.000Z' */
  now?: Date | string;
  /** Makes ids. @default sequential: 'id-0001', 'id-0002' … */
  newId?: () => string;
}

/** The clock use cases read (`Ports.now`), set and moved by the test. */
export interface TestClock {
  now(): Date;
  set(at: Date | string): void;
  advance(milliseconds: number): void;
}

/** What a test does to the outside world, and reads back from it, beyond the ports. */
export interface MemoryControl {
  /** Bytes arriving in the bucket for an upload, as the client's PUT to the presigned URL would. */
  arrive(regionId: string, uploadId: string, bytes: Uint8Array | string, contentType?: string): void;
  /** An object in the bucket (`uploads/…` as arrived, `files/…` once kept); undefined when there is none. */
  object(key: string): StoredObject | undefined;
  /** An object changed (bytes) or removed (null) in the bucket behind the product's back, as a tamperer would. */
  tamper(key: string, bytes: Uint8Array | null): void;
  /** The audit entries written, oldest first: of one region, or of all. */
  auditEntries(regionId?: string): AuditEntry[];
  /**
   * Runs `hook` right before the next write (each write takes the next hook in line): a concurrent
   * writer landing between a use case's reads and its write, or a thrown error refusing that write.
   */
  beforeNextWrite(hook: WriteHook): void;
}

export type MemoryPorts = Ports & { clock: TestClock; memory: MemoryControl; directory: MemoryDirectory; partnerDirectory: MemoryPartnerDirectory };

const DEFAULT_START = '2026-03-01T08:00:00.000Z';

/**
 * Ports backed by memory for the use cases' unit tests: the same promises as the DynamoDB and S3
 * implementations in store/ (same refusals for the same situations, every write all or nothing with
 * its audit entry and upload claims), a clock and ids the test controls. A fresh one per test.
 */
export function createMemoryPorts(options: MemoryPortsOptions = {}): MemoryPorts {
  const state = new MemoryState();
  const units = new MemoryUnitStore(state);
  const meetings = new MemoryMeetingStore(state);
  const clock = testClock(new Date(options.now ?? DEFAULT_START));
  let sequence = 0;
  return {
    regions: new MemoryRegionStore(state),
    accounts: new MemoryAccountStore(state),
    directory: new MemoryDirectory(),
    units,
    pairings: new MemoryPairingStore(state, units),
    members: new MemoryMemberStore(state, units),
    memberImports: new MemoryMemberImportStore(state),
    // The real workbooks: files are made and read as in production, in memory.
    workbooks: createRosterWorkbooks(),
    meetings,
    meetingCadence: meetings,
    proceedings: new MemoryProceedingsStore(state),
    solicitations: new MemorySolicitationStore(state),
    communityReports: new MemoryCommunityReportStore(state),
    posts: new MemoryPostStore(state),
    serviceRecords: new MemoryServiceRecordStore(state),
    trainings: new MemoryTrainingStore(state),
    points: new MemoryPointsStore(state),
    engagementRules: new MemoryEngagementRulesStore(state),
    evaluations: new MemoryEvaluationStore(state),
    needs: new MemoryNeedStore(state),
    resources: new MemoryResourceStore(state),
    projects: new MemoryProjectStore(state),
    listFigures: new MemoryListFiguresStore(state),
    listSettings: new MemoryListSettingsStore(state),
    listWorkbooks: createListWorkbooks(),
    accountWorkbooks: createAccountWorkbooks(),
    meetingWorkbooks: createMeetingWorkbooks(),
    ledger: new MemoryLedgerStore(state),
    publications: new MemoryPublicationStore(state),
    uploads: new MemoryUploadStore(state),
    files: new MemoryFileStore(state),
    audit: new MemoryAuditTrailStore(state),
    alliance: new MemoryAllianceStore(state),
    vault: memoryVault,
    partnerClients: new MemoryPartnerClientStore(state),
    partnerDirectory: new MemoryPartnerDirectory(),
    calendarFeeds: new MemoryCalendarFeedStore(state),
    archive: new MemoryArchiveStore(state),
    notificationReads: new MemoryNotificationReadStore(),
    outbox: new MemoryOutboxStore(state),
    now: () => clock.now(),
    newId: options.newId ?? (() => `id-${String(++sequence).padStart(4, '0')}`),
    clock,
    memory: {
      arrive(regionId, uploadId, bytes, contentType) {
        const content = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes);
        state.objects.set(uploadObjectKey(regionId, uploadId), { bytes: content, contentType });
      },
      object: (key) => copy(state.objects.get(key)),
      tamper(key, bytes) {
        const object = state.objects.get(key);
        if (bytes === null) state.objects.delete(key);
        else state.objects.set(key, { bytes: new Uint8Array(bytes), contentType: object?.contentType });
      },
      auditEntries: (regionId) => copy(state.auditTrail.filter((e) => regionId === undefined || e.regionId === regionId)),
      beforeNextWrite: (hook) => state.beforeNextWrite(hook),
    },
  };
}

function testClock(start: Date): TestClock {
  let current = start.getTime();
  if (Number.isNaN(current)) throw new Error(`createMemoryPorts: now must be a valid date, received ${String(start)}`);
  return {
    now: () => new Date(current),
    set(at) {
      const next = new Date(at).getTime();
      if (Number.isNaN(next)) throw new Error(`clock.set: a valid date expected, received ${String(at)}`);
      current = next;
    },
    advance(milliseconds) {
      current += milliseconds;
    },
  };
}
