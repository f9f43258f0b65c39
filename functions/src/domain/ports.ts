import type { AllianceStore } from './alliance/ports';
import type { ArchiveStore } from './archive/ports';
import type { NotificationReadStore, OutboxStore } from './notifications/ports';
import type { AccountStore, IdentityDirectory } from './accounts/ports';
import type { AccountWorkbooks } from './accounts/workbooks';
import type { AuditTrailStore } from './audit/ports';
import type { CalendarFeedStore } from './calendar-feeds/ports';
import type { CommunityReportStore, EngagementRulesStore, EvaluationStore, PointsStore, PostStore, ServiceRecordStore, TrainingStore } from './engagement/ports';
import type { FileStore, UploadStore } from './files/ports';
import type { LedgerStore } from './ledger/ports';
import type { ListFiguresStore, ListSettingsStore, NeedStore, ProjectStore, ResourceStore } from './lists/ports';
import type { ListWorkbooks } from './lists/workbooks';
import type { MeetingWorkbooks } from './meetings/workbooks';
import type { CadenceStore, MeetingStore, ProceedingsStore, SolicitationStore } from './meetings/ports';
import type { MemberImportStore, MemberStore } from './members/ports';
import type { RosterWorkbooks } from './members/workbooks';
import type { PairingStore } from './pairings/ports';
import type { PartnerClientDirectory, PartnerClientStore } from './partners/ports';
import type { PublicationStore } from './publication/ports';
import type { RegionStore } from './regions/ports';
import type { UnitStore } from './units/ports';
import type { PersonalDataVault } from './vault';

/**
 * What use cases reach the outside world through, one port per area, declared by the area itself
 * (`domain/<area>/ports.ts`); the store implements them (store/ports.ts wires them to AWS clients), and
 * domain/testing/memory-ports.ts in memory for the use cases' unit tests. Created once per process.
 */
export interface Ports {
  regions: RegionStore;
  accounts: AccountStore;
  /** The identity provider's admin side (Cognito, or the local issuer). */
  directory: IdentityDirectory;
  accountWorkbooks: AccountWorkbooks;
  units: UnitStore;
  pairings: PairingStore;
  members: MemberStore;
  memberImports: MemberImportStore;
  workbooks: RosterWorkbooks;
  needs: NeedStore;
  resources: ResourceStore;
  projects: ProjectStore;
  listFigures: ListFiguresStore;
  listSettings: ListSettingsStore;
  listWorkbooks: ListWorkbooks;
  meetings: MeetingStore;
  meetingCadence: CadenceStore;
  proceedings: ProceedingsStore;
  /** 议题征集: a meeting's round and its units' replies. */
  solicitations: SolicitationStore;
  meetingWorkbooks: MeetingWorkbooks;
  communityReports: CommunityReportStore;
  posts: PostStore;
  serviceRecords: ServiceRecordStore;
  trainings: TrainingStore;
  points: PointsStore;
  engagementRules: EngagementRulesStore;
  evaluations: EvaluationStore;
  ledger: LedgerStore;
  publications: PublicationStore;
  uploads: UploadStore;
  files: FileStore;
  audit: AuditTrailStore;
  alliance: AllianceStore;
  vault: PersonalDataVault;
  partnerClients: PartnerClientStore;
  /** The identity provider's app clients for partner systems (Cognito, or the local issuer). */
  partnerDirectory: PartnerClientDirectory;
  /** Calendar subscriptions (日历订阅): by the secret's hash and by person. */
  calendarFeeds: CalendarFeedStore;
  /** The archive (档案): documents with their versions, in folders by year. */
  archive: ArchiveStore;
  /** Who read which in-app notices (the bell). */
  notificationReads: NotificationReadStore;
  /** The outbox: reminders sent, per invitee, and when each was read. */
  outbox: OutboxStore;
  now: () => Date;
  newId: () => string;
}
