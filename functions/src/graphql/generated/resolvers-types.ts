import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Region as RegionModel, ActingSession as ActingSessionModel } from '../../domain/regions/region';
import type { Account as AccountModel } from '../../domain/accounts/account';
import type { AccountCreated as AccountCreatedModel, LiaisonAccountsStep as LiaisonAccountsStepModel } from '../../domain/accounts/service';
import type { Principal as PrincipalModel } from '../../auth/principal';
import type { Unit as UnitModel, UnitRegistration as UnitRegistrationModel } from '../../domain/units/unit';
import type { Pairing as PairingModel } from '../../domain/pairings/pairing';
import type { Member as MemberModel, MemberTransfer as MemberTransferModel } from '../../domain/members/member';
import type { MemberImport as MemberImportModel } from '../../domain/members/member-import';
import type { Meeting as MeetingModel, AgendaItem as AgendaItemModel } from '../../domain/meetings/meeting';
import type { SolicitationView as SolicitationViewModel, SolicitationReply as SolicitationReplyModel, ProposalView as ProposalViewModel } from '../../domain/meetings/solicitation';
import type { Attendance as AttendanceModel, MeetingOpinion as MeetingOpinionModel, Minutes as MinutesModel, MinutesVersion as MinutesVersionModel, UnitPosition as UnitPositionModel, AgendaConsensus as AgendaConsensusModel, Resolution as ResolutionModel, ActionItem as ActionItemModel, ActionReport as ActionReportModel, ResolutionReceipt as ResolutionReceiptModel } from '../../domain/meetings/proceedings';
import type { CommunityReport as CommunityReportModel } from '../../domain/engagement/report';
import type { Post as PostModel, PostHolder as PostHolderModel } from '../../domain/engagement/post';
import type { ServiceRecord as ServiceRecordModel } from '../../domain/engagement/service-record';
import type { TrainingRecord as TrainingRecordModel } from '../../domain/engagement/training';
import type { TrainingStatus as TrainingStatusModel, MemberPoints as MemberPointsModel, EvaluationRow as EvaluationRowModel } from '../../domain/engagement/records-service';
import type { EngagementRules as EngagementRulesModel, PointsEntry as PointsEntryModel } from '../../domain/engagement/points';
import type { EvaluationGrade as EvaluationGradeModel } from '../../domain/engagement/evaluation';
import type { LedgerItem as LedgerItemModel, LedgerEvent as LedgerEventModel } from '../../domain/ledger/item';
import type { Publication as PublicationModel } from '../../domain/publication/publication';
import type { PublicRegionView as PublicRegionViewModel, PublicNeedView as PublicNeedViewModel, PublicResourceView as PublicResourceViewModel, PublicProjectView as PublicProjectViewModel, PublicResolutionView as PublicResolutionViewModel } from '../../domain/publication/public-view';
import type { Need as NeedModel } from '../../domain/lists/need';
import type { Resource as ResourceModel } from '../../domain/lists/resource';
import type { Project as ProjectModel, Claim as ClaimModel, ProjectEvent as ProjectEventModel, ProjectRating as ProjectRatingModel, ProjectProgress as ProjectProgressModel } from '../../domain/lists/project';
import type { StoredFile as StoredFileModel } from '../../domain/files/stored-file';
import type { ArchiveDocument as ArchiveDocumentModel, ArchiveVersion as ArchiveVersionModel } from '../../domain/archive/document';
import type { ArchiveVerification as ArchiveVerificationModel } from '../../domain/archive/service';
import type { NotificationFeed as NotificationFeedModel } from '../../domain/notifications/service';
import type { OutboxEntry as OutboxEntryModel } from '../../domain/notifications/outbox';
import type { ReminderDispatch as ReminderDispatchModel } from '../../domain/notifications/outbox-service';
import type { AuditEntry as AuditEntryModel, FieldChange as FieldChangeModel } from '../../domain/audit/audit';
import type { Officer as OfficerModel, AllianceSettings as AllianceSettingsModel, SubBody as SubBodyModel, SubBodyPerson as SubBodyPersonModel } from '../../domain/alliance/model';
import type { CharterView as CharterViewModel } from '../../domain/alliance/charter-service';
import type { CharterVersion as CharterVersionModel } from '../../domain/alliance/charter';
import type { RepresentativeChange as RepresentativeChangeModel } from '../../domain/alliance/representative-change';
import type { PartnerClient as PartnerClientModel, PartnerClientWithSecret as PartnerClientWithSecretModel } from '../../domain/partners/partner-client';
import type { GraphqlContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (Beijing local date as written on the paper forms). */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone, e.g. 2026-03-01T08:00:00.000Z. */
  DateTime: { input: string; output: string; }
};

/**
 * A person's sign-in (账号). The identity provider (Cognito, or the local issuer) keeps the password and the
 * authenticator; the role and the unit or member it speaks for follow from the record it was made for.
 */
export type Account = {
  __typename?: 'Account';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Sign-in attempts since the last successful one (forgotten 24 hours after the last); 5 lock the account. */
  failedSignIns: Scalars['Int']['output'];
  /** The last successful sign-in (password, and for an admin the authenticator code); null if never. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** While the account is locked after 5 failed sign-ins (15 minutes): until when; null when not locked. unlockAccount ends it. */
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  member?: Maybe<Member>;
  memberId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  role: AccountRole;
  state: AccountState;
  /** When the current temporary password was set (creation or reset); the first sign-in after it chooses a new one. */
  temporaryPasswordSetAt?: Maybe<Scalars['DateTime']['output']>;
  unit?: Maybe<Unit>;
  unitId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** The sign-in name, unique in the deployment (case-insensitive). */
  username: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AccountChangeInput = {
  username: Scalars['ID']['input'];
  /** The version read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AccountFilter = {
  role?: InputMaybe<AccountRole>;
  state?: InputMaybe<AccountState>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The roles an account is made for (a platform admin is made by the operator; partner systems are clients). */
export type AccountRole =
  /** 党员 */
  | 'MEMBER'
  /** 秘书处管理员 */
  | 'REGION_ADMIN'
  /** 单位联络员 */
  | 'UNIT_LIAISON';

export type AccountState =
  /** 可登录 */
  | 'ACTIVE'
  /** 已停用: cannot sign in; its sessions were ended. */
  | 'DISABLED';

/** An account just made or reset, and its temporary password: shown this once, never stored in the clear. */
export type AccountWithPassword = {
  __typename?: 'AccountWithPassword';
  account: Account;
  temporaryPassword: Scalars['String']['output'];
  /** When the temporary password stops working (the pool's validity): the person must sign in before. */
  temporaryPasswordExpiresAt: Scalars['DateTime']['output'];
};

export type AcknowledgeResolutionsInput = {
  meetingId: Scalars['ID']['input'];
  /** How it was received (required on the unit's behalf, e.g. 纸质签收). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The unit (a liaison: its own; omitted: the caller's). The secretariat names it and acknowledges on its behalf. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActInRegionInput = {
  /** Why the platform admin needs to see the region's data (kept in its audit trail). */
  reason: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
};

/**
 * A platform admin's read-only visit to a region (代管查看), opened with a reason (kept in the region's audit trail) for
 * an hour or until ended. While it is open, queries sent with the header `X-Gongjian-Act-In-Region: <regionId>` run as
 * the region's admin would see them; mutations with that header are refused.
 */
export type ActingSession = {
  __typename?: 'ActingSession';
  reason: Scalars['String']['output'];
  region?: Maybe<Region>;
  regionId: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  until: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
};

/** What a resolution asks for (督办事项): responsible units, due date, what counts as done, and their reports. */
export type ActionItem = {
  __typename?: 'ActionItem';
  createdAt: Scalars['DateTime']['output'];
  doneWhen?: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  meeting?: Maybe<Meeting>;
  meetingId: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  reports: Array<ActionReport>;
  resolutionId: Scalars['ID']['output'];
  responsibleUnitIds: Array<Scalars['ID']['output']>;
  responsibleUnits: Array<Unit>;
  status: ActionItemStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  edges: Array<ActionItemEdge>;
  pageInfo: PageInfo;
};

export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  cursor: Scalars['String']['output'];
  node: ActionItem;
};

export type ActionItemFilter = {
  /** Only open items past their due date. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ActionItemStatus>;
  /** Items this unit is responsible for (a liaison: its own unit). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActionItemStatus =
  /** 已落实 */
  | 'DONE'
  /** 落实中 */
  | 'OPEN';

export type ActionReport = {
  __typename?: 'ActionReport';
  /** The unit reports the item carried out. */
  done: Scalars['Boolean']['output'];
  files: Array<ArchiveFile>;
  reportedAt: Scalars['DateTime']['output'];
  reportedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type AddActionItemInput = {
  doneWhen?: InputMaybe<Scalars['String']['input']>;
  dueOn: Scalars['Date']['input'];
  resolutionId: Scalars['ID']['input'];
  responsibleUnitIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type AddAgendaItemInput = {
  meetingId: Scalars['ID']['input'];
  plannedMinutes?: InputMaybe<Scalars['Int']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  presenterUnitId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/**
 * A new document: the file through createUploadUrl first, then its uploadId here. Every field is checked and named when
 * refused; a missing or used upload is refused at uploadId.
 */
export type AddArchiveDocumentInput = {
  folder: ArchiveFolder;
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** The unit whose 三册四簿 it is; a liaison may file for its own unit only (and must name it). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  uploadId: Scalars['ID']['input'];
  /** 2000 up to next year. */
  year: Scalars['Int']['input'];
};

export type AddMinutesAddendumInput = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AdjustMemberPointsInput = {
  memberId: Scalars['ID']['input'];
  /** Negative for a deduction; one decimal. */
  points: Scalars['Float']['input'];
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type AdoptAgendaProposalInput = {
  meetingId: Scalars['ID']['input'];
  proposalIndex: Scalars['Int']['input'];
  unitId: Scalars['ID']['input'];
  /** The meeting's version (the agenda's rule: a draft meeting, at its version). */
  version: Scalars['Int']['input'];
};

/** Where an agenda item stands in consensus (003 doc 4 art.13; 001 附件1 §1.3). */
export type AgendaConsensus = {
  __typename?: 'AgendaConsensus';
  agendaItemId: Scalars['ID']['output'];
  /** Attending units that have not stated a position yet. */
  missingUnitIds: Array<Scalars['ID']['output']>;
  outcome: ConsensusOutcome;
  positions: Array<UnitPosition>;
};

/** An agenda item (议题). */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  id: Scalars['ID']['output'];
  /** 会议材料: the item's files, for everyone who may read the meeting (the notice names them; 归档 files them). */
  materials: Array<ArchiveFile>;
  /** Position on the agenda, from 1. */
  order: Scalars['Int']['output'];
  plannedMinutes?: Maybe<Scalars['Int']['output']>;
  /** The presenting person (name and post), as written on the notice. */
  presenter?: Maybe<Scalars['String']['output']>;
  presenterUnit?: Maybe<Unit>;
  /** The presenting unit, if a unit presents it. */
  presenterUnitId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type AgendaItemInput = {
  plannedMinutes?: InputMaybe<Scalars['Int']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  presenterUnitId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** A proposed agenda item of a unit's reply. */
export type AgendaProposal = {
  __typename?: 'AgendaProposal';
  /** 采纳: adopted into the agenda (the item it became). */
  adopted: Scalars['Boolean']['output'];
  adoptedAgendaItemId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Its place in the reply, from 0 (what adoptAgendaProposal names). */
  index: Scalars['Int']['output'];
  presenter?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type AgendaProposalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/**
 * 议题征集 (003 doc 3 §3): before the meeting the secretariat asks units in writing for agenda proposals and opinions,
 * compiles the replies and adopts proposals into the agenda. One round per meeting.
 */
export type AgendaSolicitation = {
  __typename?: 'AgendaSolicitation';
  askedUnitIds: Array<Scalars['ID']['output']>;
  askedUnits: Array<Unit>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['DateTime']['output'];
  meetingId: Scalars['ID']['output'];
  meetingStartsAt: Scalars['DateTime']['output'];
  /** The meeting's title and start when the round was opened (an asked liaison may not read a draft meeting). */
  meetingTitle: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  openedBy: Scalars['String']['output'];
  pendingCount?: Maybe<Scalars['Int']['output']>;
  /** Asked units without a reply (a liaison: its own unit while it has not replied). */
  pendingUnits: Array<Unit>;
  /** What is asked. */
  question: Scalars['String']['output'];
  /** Null for a liaison (it sees its own reply only). */
  repliedCount?: Maybe<Scalars['Int']['output']>;
  /** The secretariat: every reply, by unit; an asked unit's liaison: its own. */
  replies: Array<AgendaSolicitationReply>;
  state: AgendaSolicitationState;
};

/** A unit's written reply (书面回复) to a round: one per unit, replaced until the round closes. */
export type AgendaSolicitationReply = {
  __typename?: 'AgendaSolicitationReply';
  opinion?: Maybe<Scalars['String']['output']>;
  proposals: Array<AgendaProposal>;
  repliedAt: Scalars['DateTime']['output'];
  repliedBy: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  /** Each save is a new version (and an audit entry). */
  version: Scalars['Int']['output'];
};

/** Where a round of 议题征集 stands. */
export type AgendaSolicitationState =
  /** 已截止 */
  | 'CLOSED'
  /** 征集中 */
  | 'OPEN';

/** Role in the alliance (联盟角色). */
export type AllianceRole =
  /** 社区党组织 */
  | 'COMMUNITY_ORGANIZATION'
  /** 理事单位 */
  | 'COUNCIL_UNIT'
  /** 成员单位 */
  | 'MEMBER_UNIT';

/** The region's alliance settings. */
export type AllianceSettings = {
  __typename?: 'AllianceSettings';
  councilTermEnd?: Maybe<Scalars['Date']['output']>;
  /** The council's (理事会) term. */
  councilTermStart?: Maybe<Scalars['Date']['output']>;
  /** 0 until the region sets them; pass it back to setCouncilTerm. */
  version: Scalars['Int']['output'];
};

/** Makes the first (or another) admin account of a region. The temporary password is shown once. */
export type AppointRegionAdminInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  regionId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

/** A document of the archive: its current file, every earlier version, and where it is filed. */
export type ArchiveDocument = {
  __typename?: 'ArchiveDocument';
  createdAt: Scalars['DateTime']['output'];
  /** The display name of who filed it. */
  createdBy: Scalars['String']['output'];
  /** The newest version. */
  current: ArchiveDocumentVersion;
  /** Set while the document is deleted (in the 回收站). */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  deletedBy?: Maybe<Scalars['String']['output']>;
  folder: ArchiveFolder;
  id: Scalars['ID']['output'];
  /** What that verify found. */
  lastVerification?: Maybe<ArchiveVerificationStatus>;
  /** When the document was last verified against the bucket (the daily scheduled verify, or verifyArchiveDocument); null: never yet. */
  lastVerifiedAt?: Maybe<Scalars['DateTime']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Until when a region admin can restore a deleted document (30 days after the deletion); the daily maintenance purges it after. */
  restorableUntil?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  /** The unit (party branch) whose 三册四簿 it belongs to; null for the region's own records. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency: pass it back to replace, delete or restore. */
  version: Scalars['Int']['output'];
  /** How many versions the document has (1 until a file is replaced). */
  versionCount: Scalars['Int']['output'];
  /** Every version, newest first. */
  versions: ArchiveDocumentVersionConnection;
  /** The year it is filed under (逐年归档). */
  year: Scalars['Int']['output'];
};


/** A document of the archive: its current file, every earlier version, and where it is filed. */
export type ArchiveDocumentVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArchiveDocumentChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ArchiveDocumentConnection = {
  __typename?: 'ArchiveDocumentConnection';
  edges: Array<ArchiveDocumentEdge>;
  pageInfo: PageInfo;
};

export type ArchiveDocumentEdge = {
  __typename?: 'ArchiveDocumentEdge';
  cursor: Scalars['String']['output'];
  node: ArchiveDocument;
};

/** One version of a document's file. */
export type ArchiveDocumentVersion = {
  __typename?: 'ArchiveDocumentVersion';
  /** Hex SHA-256 of the link before and this version's file: the document's history as a chain. */
  chainHash: Scalars['String']['output'];
  file: ArchiveFile;
  /** Why the file was replaced (the first version: why it was filed). */
  note?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3 … in the document. */
  number: Scalars['Int']['output'];
  /** The display name of who uploaded it. */
  uploadedBy: Scalars['String']['output'];
};

export type ArchiveDocumentVersionConnection = {
  __typename?: 'ArchiveDocumentVersionConnection';
  edges: Array<ArchiveDocumentVersionEdge>;
  pageInfo: PageInfo;
};

export type ArchiveDocumentVersionEdge = {
  __typename?: 'ArchiveDocumentVersionEdge';
  cursor: Scalars['String']['output'];
  node: ArchiveDocumentVersion;
};

/** A stored file (档案) linked to a record: verified on the server after upload. */
export type ArchiveFile = {
  __typename?: 'ArchiveFile';
  contentType: Scalars['String']['output'];
  /** A short-lived link to download the file. */
  downloadUrl: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Hex SHA-256 of the content, checked on the server after upload. */
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

/** Which documents to list; year is required (the archive is kept year by year). */
export type ArchiveFilter = {
  folder?: InputMaybe<ArchiveFolder>;
  /** A unit's documents only (its 三册四簿). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** A folder of the archive: the 三册四簿 of 004 art. 28, then the region's other kinds of records. */
export type ArchiveFolder =
  /** 入党积极分子和发展对象名册 (三册) */
  | 'ACTIVIST_ROSTER'
  /** 共建协议 */
  | 'AGREEMENTS'
  /** 章程与制度 */
  | 'CHARTER'
  /** 党费收缴使用账簿 (四簿) */
  | 'DUES_LEDGER'
  /** 会议记录与纪要 */
  | 'MEETING_RECORDS'
  /** 党员基本信息名册 (三册) */
  | 'MEMBER_ROSTER'
  /** 支部组织生活记实簿 (四簿) */
  | 'ORGANISATION_LIFE_RECORD'
  /** 其他 */
  | 'OTHER'
  /** 活动照片 */
  | 'PHOTOS'
  /** 登记表 */
  | 'REGISTRATION_FORMS'
  /** 联络服务群众记录簿 (四簿) */
  | 'SERVICE_RECORD'
  /** 老党员、流动党员、困难党员等特殊群体党员名册 (三册) */
  | 'SPECIAL_MEMBER_ROSTER'
  /** 支部学习工作记录簿 (四簿) */
  | 'STUDY_RECORD';

/** How many documents (not deleted) a folder holds in a year. */
export type ArchiveFolderCount = {
  __typename?: 'ArchiveFolderCount';
  count: Scalars['Int']['output'];
  folder: ArchiveFolder;
};

export type ArchiveMeetingInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ArchiveProblem = {
  __typename?: 'ArchiveProblem';
  kind: ArchiveProblemKind;
  message: Scalars['String']['output'];
  /** The version concerned (0: the document's history as a whole). */
  versionNumber: Scalars['Int']['output'];
};

export type ArchiveProblemKind =
  /** The record's history does not add up: a version was changed or removed. */
  | 'CHAIN_BROKEN'
  /** The file in the bucket is not the one stored (its size or SHA-256 differs). */
  | 'CHANGED'
  /** The version's file is no longer in the bucket. */
  | 'MISSING';

/** What verifyArchiveDocument found: every version's file read from the bucket and hashed, and the chain recomputed. */
export type ArchiveVerification = {
  __typename?: 'ArchiveVerification';
  checkedVersions: Scalars['Int']['output'];
  documentId: Scalars['ID']['output'];
  /** True when every version's file and the chain are as stored. */
  intact: Scalars['Boolean']['output'];
  problems: Array<ArchiveProblem>;
  verifiedAt: Scalars['DateTime']['output'];
};

/** A verify's outcome in one word: INTACT, or the gravest problem it found. */
export type ArchiveVerificationStatus =
  | 'CHAIN_BROKEN'
  | 'CHANGED'
  | 'INTACT'
  | 'MISSING';

/** One of handlerUnitId / handlerDepartment at least (a department outside the alliance with a unit assisting is both). */
export type AssignLedgerItemInput = {
  dueOn: Scalars['Date']['input'];
  handlerDepartment?: InputMaybe<Scalars['String']['input']>;
  handlerUnitId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/**
 * One invitee's attendance at a meeting: an invited unit's (it attends through its fixed representative, 固定代表, or a
 * delegate), or a member's invited in person (invitedMemberId set; unitId is then the member's unit).
 */
export type Attendance = {
  __typename?: 'Attendance';
  /** Who attended for the unit. */
  attendee?: Maybe<Scalars['String']['output']>;
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** 请假: who attends instead (003 doc 2 §6). */
  delegate?: Maybe<Scalars['String']['output']>;
  invitedMember?: Maybe<Member>;
  /** A member invited in person: this is its own attendance. Null for a unit's. */
  invitedMemberId?: Maybe<Scalars['ID']['output']>;
  /** Checked in after the start (迟到). */
  late: Scalars['Boolean']['output'];
  leaveReason?: Maybe<Scalars['String']['output']>;
  meetingId: Scalars['ID']['output'];
  recordedBy?: Maybe<Scalars['String']['output']>;
  source: AttendanceSource;
  status: AttendanceStatus;
  /** Whether the unit takes part in consensus: present, or on leave with a delegate. */
  takesPart: Scalars['Boolean']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 0 while nothing is recorded; pass it back to recordAttendance. */
  version: Scalars['Int']['output'];
};

export type AttendanceSource =
  /** The attendee's own check-in with the meeting's code */
  | 'CHECK_IN'
  /** The unit's request for leave */
  | 'LEAVE_REQUEST'
  /** Entered by the secretariat */
  | 'SECRETARIAT';

/** An invited unit's attendance (签到): nothing recorded yet is INVITED. */
export type AttendanceStatus =
  /** 缺席 */
  | 'ABSENT'
  /** 未签到 */
  | 'INVITED'
  /** 请假 (with a delegate who attends instead, or none) */
  | 'LEAVE'
  /** 出席 */
  | 'PRESENT';

/** One change of one record (审计记录): written in the same transaction as the change; never edited. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorId: Scalars['ID']['output'];
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  /** The member the entry is about, when the record is a member (also one who left the roster). */
  member?: Maybe<Member>;
  /** The mutation that made the change, e.g. updateUnit. */
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  /** The pairing the entry is about, when the record is a pairing (its two units name it). */
  pairing?: Maybe<Pairing>;
  recordId: Scalars['ID']['output'];
  /** Unit, Pairing, Member, MemberImport or Upload. */
  recordType: Scalars['String']['output'];
  /** The unit the entry is about, when the record is a unit that still exists. */
  unit?: Maybe<Unit>;
  /** The record's version after the change; null after a delete. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditOutcome =
  | 'SUCCESS';

/**
 * A person's calendar subscription (日历订阅): a secret URL (`/calendar/{secret}.ics`) that a calendar app fetches
 * without signing in — the secretariat's: the region's meetings; a liaison's or member's: its unit's noticed meetings.
 * Only the secret's hash is kept: the URL is shown once, when it is made.
 */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  createdAt: Scalars['DateTime']['output'];
  /** The last fetch by a calendar app (noted at most hourly); null when never fetched. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whose meetings it lists, fixed when it was made (a region admin: the region's; a liaison or member: its unit's notices). */
  role: AccountRole;
};

/** A feed just made: its URL, shown this once (a personal secret: whoever has it reads the meetings it lists). */
export type CalendarFeedWithUrl = {
  __typename?: 'CalendarFeedWithUrl';
  feed: CalendarFeed;
  url: Scalars['String']['output'];
};

export type ChangeMeetingStatusInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ChangeUnitStatusInput = {
  action: UnitStatusAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** The region's charter: its current version and every version, newest first. */
export type Charter = {
  __typename?: 'Charter';
  /** Null until the first version is uploaded. */
  current?: Maybe<CharterVersion>;
  versions: CharterVersionConnection;
};


/** The region's charter: its current version and every version, newest first. */
export type CharterVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A version of the region's charter (章程): the adopted text as a file. */
export type CharterVersion = {
  __typename?: 'CharterVersion';
  /** Who adopted it (会员大会 …). */
  adoptedBy?: Maybe<Scalars['String']['output']>;
  /** 通过日期 */
  adoptedOn: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who uploaded it. */
  createdBy: Scalars['String']['output'];
  file: ArchiveFile;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3 … in the region, in the order uploaded; the highest is the current one. */
  number: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type CharterVersionConnection = {
  __typename?: 'CharterVersionConnection';
  edges: Array<CharterVersionEdge>;
  pageInfo: PageInfo;
};

export type CharterVersionEdge = {
  __typename?: 'CharterVersionEdge';
  cursor: Scalars['String']['output'];
  node: CharterVersion;
};

/** A claim (认领) on a project. */
export type Claim = {
  __typename?: 'Claim';
  claimedAt: Scalars['DateTime']['output'];
  claimedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  lead: Scalars['Boolean']['output'];
  /** MEMBER: the member taking a volunteer place (partner client). */
  memberId?: Maybe<Scalars['ID']['output']>;
  memberName?: Maybe<Scalars['String']['output']>;
  /** UNIT claims of a JOINT project: whether this unit leads (牵头). */
  mode?: Maybe<ClaimMode>;
  project?: Maybe<Project>;
  projectId: Scalars['ID']['output'];
  quantity?: Maybe<Scalars['Int']['output']>;
  resource?: Maybe<Resource>;
  /** RESOURCE: the resource and the quantity taken from it. */
  resourceId?: Maybe<Scalars['ID']['output']>;
  status: ClaimStatus;
  unit?: Maybe<Unit>;
  /** UNIT: the claiming unit; RESOURCE: the offering unit. */
  unitId?: Maybe<Scalars['ID']['output']>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What a claim takes: a unit's responsibility for the project, a member's volunteer place, or a quantity of a resource. */
export type ClaimKind =
  | 'MEMBER'
  | 'RESOURCE'
  | 'UNIT';

/** How units took responsibility for a project: SOLO one unit; JOINT several, one of them the lead (牵头). */
export type ClaimMode =
  | 'JOINT'
  | 'SOLO';

/**
 * A unit takes responsibility for an APPROVED project. SOLO: the only responsible unit. JOINT: one of several; `lead`
 * makes it the lead (one per project). During the claim window only units paired with the project's community may claim.
 * A liaison claims for its own unit; the region admin names the unit (assigns it).
 */
export type ClaimProjectInput = {
  lead?: InputMaybe<Scalars['Boolean']['input']>;
  mode: ClaimMode;
  projectId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

/** A quantity of a resource for a project (before it is accepted); never more than is left. */
export type ClaimResourceInput = {
  projectId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  resourceId: Scalars['ID']['input'];
};

export type ClaimStatus =
  | 'ACTIVE'
  | 'WITHDRAWN';

export type CloseNeedInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A member's report to the community where it lives (在职党员到社区报到). */
export type CommunityReport = {
  __typename?: 'CommunityReport';
  community?: Maybe<Unit>;
  communityUnitId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Why the community declined it. */
  declineReason?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  filedAt: Scalars['DateTime']['output'];
  /** Who filed it: the member itself, its unit's liaison, or the secretariat. */
  filedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  /** As on the roster when filed. */
  memberName: Scalars['String']['output'];
  memberUnit?: Maybe<Unit>;
  /** The member's own unit (组织关系所在单位) when filed: it sees the report and what the member did there. */
  memberUnitId: Scalars['ID']['output'];
  /** What the member writes with the report (skills, time it can give). */
  note?: Maybe<Scalars['String']['output']>;
  /** Posts (岗位) the member holds in this community now. */
  postsHeld: Scalars['Int']['output'];
  status: CommunityReportStatus;
  version: Scalars['Int']['output'];
};

export type CommunityReportConnection = {
  __typename?: 'CommunityReportConnection';
  edges: Array<CommunityReportEdge>;
  pageInfo: PageInfo;
};

export type CommunityReportDecision =
  | 'CONFIRM'
  | 'DECLINE';

export type CommunityReportEdge = {
  __typename?: 'CommunityReportEdge';
  cursor: Scalars['String']['output'];
  node: CommunityReport;
};

/** A community's reports (its inbox with status PENDING), newest first. */
export type CommunityReportFilter = {
  communityUnitId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The members of this unit: where they reported (the unit's feedback view). */
  memberUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CommunityReportStatus>;
};

/** Where a member's report to a community stands. PENDING → CONFIRMED or DECLINED (with a reason) by the community; an active (PENDING or CONFIRMED) report is ENDED by the member, its unit or the community (moving away, say). */
export type CommunityReportStatus =
  /** 已报到 */
  | 'CONFIRMED'
  /** 未通过 */
  | 'DECLINED'
  /** 已结束 */
  | 'ENDED'
  /** 待确认 */
  | 'PENDING';

export type ConfirmCommunityReportInput = {
  decision?: CommunityReportDecision;
  id: Scalars['ID']['input'];
  /** Required to decline. */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ConfirmServiceHoursInput = {
  decision?: CommunityReportDecision;
  id: Scalars['ID']['input'];
  /** Required to decline. */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ConsensusOutcome =
  /** 协商一致: every attending unit concurs */
  | 'CONSENSUS'
  /** 待表态: some attending units have not stated a position */
  | 'PENDING'
  /** 继续协商: a unit objects; never written as a resolution */
  | 'UNDER_CONSULTATION';

export type ConsensusPosition =
  /** 同意 */
  | 'CONCUR'
  /** 反对 (the item stays under consultation) */
  | 'OBJECT'
  /** 同意，保留意见 (recorded; the unit is still bound to carry it out) */
  | 'RESERVE';

export type CreateAccountInput = {
  /** Required for MEMBER: the member record (the account signs in as that member). */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: AccountRole;
  /** Required for UNIT_LIAISON: the unit it speaks for (one liaison account per unit). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 3–64 letters, digits or . _ - @; a mobile number is a good choice. */
  username: Scalars['String']['input'];
};

/**
 * One step of the bulk run: the next page of the region's units; for each with a liaison who has a mobile number and
 * no account yet, an account with the mobile number as username. Call again with `after: nextCursor` and the same
 * `handoutId` until `done`; then download the handout sheet once with `liaisonAccountsHandout`.
 */
export type CreateLiaisonAccountsInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  /** The run's handout sheet; leave empty on the first call, then pass the one returned. */
  handoutId?: InputMaybe<Scalars['ID']['input']>;
  /** Units per step, 1–25. Default 20. */
  size?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateMeetingInput = {
  agenda?: InputMaybe<Array<AgendaItemInput>>;
  chair?: InputMaybe<Scalars['String']['input']>;
  convenerUnitId?: InputMaybe<Scalars['ID']['input']>;
  endsAt: Scalars['DateTime']['input'];
  /** Members of the region's roster invited in person (at most 100); refused at invitedMemberIds.N when not on the roster. */
  invitedMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  invitedUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: MeetingKind;
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  recorder?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** A sub-body holding the meeting: its units that have not left are invited besides invitedUnitIds; its convener unit convenes unless convenerUnitId is given. */
  subBodyId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateMemberInput = {
  birthDate: Scalars['Date']['input'];
  category: MemberCategory;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  gender: Gender;
  /** 18 characters with a valid GB 11643 check digit; its birth date must equal birthDate. Unique in the region. */
  idNumber: Scalars['String']['input'];
  joinedOn: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MemberRole>>;
  status: MemberStatus;
  unitId: Scalars['ID']['input'];
};

export type CreateNeedInput = {
  category: Scalars['String']['input'];
  /** A liaison files for its own community; the region admin names one. */
  communityUnitId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  source: NeedSource;
  title: Scalars['String']['input'];
  urgency?: InputMaybe<NeedUrgency>;
  wantedFrom?: InputMaybe<Scalars['Date']['input']>;
  wantedUntil?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};

export type CreatePairingInput = {
  agreementUploadId?: InputMaybe<Scalars['ID']['input']>;
  /** A unit whose host kind is VILLAGE or COMMUNITY. */
  communityId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  startsOn: Scalars['Date']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreatePostInput = {
  capacity: Scalars['Int']['input'];
  communityUnitId: Scalars['ID']['input'];
  duties?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
};

/** A need (and more needs of the same community, if one project meets several) with resources and the quantity taken from each, into a SUBMITTED project. */
export type CreateProjectFromNeedInput = {
  budget?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Further needs of the same community and year the project also meets. */
  moreNeedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  needId: Scalars['ID']['input'];
  resources: Array<ResourceQuantityInput>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  targetOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
  volunteerSlots?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateRegionInput = {
  level: RegionLevel;
  name: Scalars['String']['input'];
  /** 3–32 lower-case letters, digits or hyphens, starting with a letter; unique in the deployment. */
  slug: Scalars['String']['input'];
  superiorOrganization?: InputMaybe<Scalars['String']['input']>;
};

export type CreateResourceInput = {
  availableFrom?: InputMaybe<Scalars['Date']['input']>;
  availableUntil?: InputMaybe<Scalars['Date']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  quantityUnit: Scalars['String']['input'];
  title: Scalars['String']['input'];
  type: ResourceType;
  /** A liaison offers its own unit's; the region admin names one. */
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** Units (at most 200) and people (at most 100) that are not units of the region, or that left the alliance, are refused at their field. */
export type CreateSubBodyInput = {
  convenerUnitId: Scalars['ID']['input'];
  kind: SubBodyKind;
  name: Scalars['String']['input'];
  people?: InputMaybe<Array<SubBodyPersonInput>>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CreateUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceRole: AllianceRole;
  grid?: InputMaybe<Scalars['String']['input']>;
  hostKind: HostKind;
  leader?: InputMaybe<UnitPersonInput>;
  level: OrgLevel;
  liaison?: InputMaybe<UnitPersonInput>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  partTimeCommitteeMember?: InputMaybe<UnitPersonInput>;
  representative?: InputMaybe<UnitPersonInput>;
  shortName?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUploadInput = {
  /** One of application/pdf, image/jpeg, image/png, Word or Excel documents. */
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  /** Hex SHA-256 of the content; the server checks the arrived bytes against it. */
  sha256: Scalars['String']['input'];
  /** Bytes; at most 20 MB. */
  size: Scalars['Int']['input'];
};

export type DeclineLedgerItemInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** An account removed by deleteAccount. */
export type DeletedAccount = {
  __typename?: 'DeletedAccount';
  username: Scalars['ID']['output'];
};

/** A record that was deleted. */
export type DeletedRecord = {
  __typename?: 'DeletedRecord';
  id: Scalars['ID']['output'];
};

export type EndCommunityReportInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type EndOfficerTermInput = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type EndPairingInput = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** A region's points rules (积分规则) for one year; the defaults until the region admin saves its own (version 0). */
export type EngagementRules = {
  __typename?: 'EngagementRules';
  /** An in-service member without a confirmed community report that year cannot be graded above 基本合格. */
  capGradeWithoutReport: Scalars['Boolean']['output'];
  pointsPerMeeting: Scalars['Float']['output'];
  pointsPerPostMonth: Scalars['Float']['output'];
  pointsPerServiceHour: Scalars['Float']['output'];
  pointsPerTrainingHour: Scalars['Float']['output'];
  /** The points for 1–5 stars (星级党员), ascending. */
  starPoints: Array<Scalars['Float']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** The confirmed service hours for 1–5 volunteer stars (星级志愿者), ascending; 100/300/600/1000/1500 by default. */
  volunteerStarHours: Array<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** A member's grade of a year (民主评议党员), entered by its unit. */
export type EvaluationGrade = {
  __typename?: 'EvaluationGrade';
  comment?: Maybe<Scalars['String']['output']>;
  grade: EvaluationGradeValue;
  gradedAt: Scalars['DateTime']['output'];
  gradedBy: Scalars['String']['output'];
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type EvaluationGradeValue =
  /** 基本合格 */
  | 'BASICALLY_QUALIFIED'
  /** 优秀 */
  | 'EXCELLENT'
  /** 合格 */
  | 'QUALIFIED'
  /** 不合格 */
  | 'UNQUALIFIED';

/** A row of a unit's evaluation grid: the member, its grade, and what its community fed back. */
export type EvaluationRow = {
  __typename?: 'EvaluationRow';
  /** Why the grade is capped, when it is. */
  capReason?: Maybe<Scalars['String']['output']>;
  /** Its confirmed community report (双报到), if any. */
  communityReport?: Maybe<CommunityReport>;
  grade?: Maybe<EvaluationGrade>;
  /** The best grade allowed (the region's rule on in-service members without a confirmed report). */
  maxGrade: EvaluationGradeValue;
  member: Member;
  postsHeld: Scalars['Int']['output'];
  serviceHours: Scalars['Float']['output'];
};

export type EvaluationRowConnection = {
  __typename?: 'EvaluationRowConnection';
  edges: Array<EvaluationRowEdge>;
  pageInfo: PageInfo;
};

export type EvaluationRowEdge = {
  __typename?: 'EvaluationRowEdge';
  cursor: Scalars['String']['output'];
  node: EvaluationRow;
};

/** A field's value before and after a change (phones masked, long values cut). */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  afterUnit?: Maybe<Unit>;
  before?: Maybe<Scalars['String']['output']>;
  /** When the values are unit ids (parentId, communityId …): those units, while they exist. */
  beforeUnit?: Maybe<Unit>;
  field: Scalars['String']['output'];
};

export type FileRepresentativeChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** The format of the follow-up summary. */
export type FollowUpSummaryFormat =
  /** Word document (公文 layout) */
  | 'DOCX'
  /** Excel workbook */
  | 'XLSX';

/** Gender (性别). */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** A file made on request (a template, an export): download it from downloadUrl before it expires. */
export type GeneratedFile = {
  __typename?: 'GeneratedFile';
  contentType: Scalars['String']['output'];
  downloadUrl: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

export type GradeCount = {
  __typename?: 'GradeCount';
  count: Scalars['Int']['output'];
  grade: EvaluationGradeValue;
};

/** The kind of entity a party organisation belongs to (单位类别). */
export type HostKind =
  /** 机关 / 政府派出机构 */
  | 'AGENCY'
  /** 商圈市场 */
  | 'BUSINESS_DISTRICT'
  /** 社区(居委) */
  | 'COMMUNITY'
  /** 企业 */
  | 'ENTERPRISE'
  /** 医院 */
  | 'HOSPITAL'
  /** 部队 */
  | 'MILITARY'
  /** 两新组织 (non-public enterprises and social organisations) */
  | 'NEW_ORGANIZATION'
  /** 商务楼宇 */
  | 'OFFICE_BUILDING'
  /** 人民团体 */
  | 'PEOPLES_ORGANIZATION'
  /** 事业单位 */
  | 'PUBLIC_INSTITUTION'
  /** 科研院所 */
  | 'RESEARCH_INSTITUTE'
  /** 学校 */
  | 'SCHOOL'
  /** 高校 */
  | 'UNIVERSITY'
  /** 村 */
  | 'VILLAGE';

export type HttpHeader = {
  __typename?: 'HttpHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ImportNeedsInput = {
  /** Import the valid rows of a file with errors; otherwise such a file is refused. */
  skipInvalid?: InputMaybe<Scalars['Boolean']['input']>;
  uploadId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type LedgerAction =
  | 'ASSIGN'
  | 'DECLINE'
  | 'PROGRESS'
  | 'RAISE'
  | 'REOPEN'
  | 'RESOLVE'
  | 'SIGN_OFF';

/** A step of an item's timeline. */
export type LedgerEvent = {
  __typename?: 'LedgerEvent';
  action: LedgerAction;
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  files: Array<ArchiveFile>;
  note?: Maybe<Scalars['String']['output']>;
};

/** A year's items, newest number first. `status` combines with one of the units; `overdue` lists the items past their due date, earliest first. */
export type LedgerFilter = {
  handlerUnitId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  raisedByUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LedgerStatus>;
  year: Scalars['Int']['input'];
};

/** A numbered item of the ledger: a unit's problem, suggestion or opinion, handled and closed only when the raising unit signs off. */
export type LedgerItem = {
  __typename?: 'LedgerItem';
  /** What the caller may do now. */
  allowedActions: Array<LedgerAction>;
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  files: Array<ArchiveFile>;
  /** A handling department outside the alliance (free text), if any. */
  handlerDepartment?: Maybe<Scalars['String']['output']>;
  handlerUnit?: Maybe<Unit>;
  /** The handling unit of the alliance, if any. */
  handlerUnitId?: Maybe<Scalars['ID']['output']>;
  history: Array<LedgerEvent>;
  id: Scalars['ID']['output'];
  kind: LedgerKind;
  /** Unique per region and year, gap-free: 2026-0042. */
  number: Scalars['String']['output'];
  /** Past its due date and still with the handler. */
  overdue: Scalars['Boolean']['output'];
  raisedAt: Scalars['DateTime']['output'];
  raisedBy: Scalars['String']['output'];
  raisedByUnit?: Maybe<Unit>;
  raisedByUnitId: Scalars['ID']['output'];
  reopenCount: Scalars['Int']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  signedOffAt?: Maybe<Scalars['DateTime']['output']>;
  signedOffBy?: Maybe<Scalars['String']['output']>;
  status: LedgerStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type LedgerItemConnection = {
  __typename?: 'LedgerItemConnection';
  edges: Array<LedgerItemEdge>;
  pageInfo: PageInfo;
};

export type LedgerItemEdge = {
  __typename?: 'LedgerItemEdge';
  cursor: Scalars['String']['output'];
  node: LedgerItem;
};

export type LedgerKind =
  /** 意见 */
  | 'OPINION'
  /** 困难 */
  | 'PROBLEM'
  /** 建议 */
  | 'SUGGESTION';

export type LedgerStatus =
  /** 办理中 (已交办) */
  | 'ASSIGNED'
  /** 已销号 */
  | 'CLOSED'
  /** 不予受理 (with the reason) */
  | 'DECLINED'
  /** 已受理 (受理登记) */
  | 'RAISED'
  /** 待销号 (办理结果已登记，待提出单位确认) */
  | 'RESOLVED';

export type LedgerStatusCount = {
  __typename?: 'LedgerStatusCount';
  count: Scalars['Int']['output'];
  status: LedgerStatus;
};

/** A year's ledger in figures (kept on write; overdue counted from the open items). */
export type LedgerYear = {
  __typename?: 'LedgerYear';
  byStatus: Array<LedgerStatusCount>;
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** The level rule (004 art.1) applied to a unit: ≥3 full members a 党支部, 51–99 a 党总支, ≥100 a 党委. */
export type LevelCheck = {
  __typename?: 'LevelCheck';
  /** The level the rule expects, when it expects one. */
  expectedLevel?: Maybe<OrgLevel>;
  fits: Scalars['Boolean']['output'];
  verdict: LevelVerdict;
};

/** How the organisation level fits the member count (004 art.1). */
export type LevelVerdict =
  /** 3–50 members: should be a 党支部. */
  | 'EXPECTED_BRANCH'
  /** 100 or more members: should be a 党委. */
  | 'EXPECTED_COMMITTEE'
  /** 51–99 members: should be a 党总支. */
  | 'EXPECTED_GENERAL_BRANCH'
  /** The level fits. */
  | 'FITS'
  /** The rule does not apply to this level (党小组). */
  | 'NOT_APPLICABLE'
  /** Fewer than 3 full members: cannot form a branch of its own (join a 联合党支部). */
  | 'TOO_FEW_FULL_MEMBERS';

export type LiaisonAccountsStep = {
  __typename?: 'LiaisonAccountsStep';
  /** Units already with a liaison account, in this step. */
  alreadyHadAccount: Scalars['Int']['output'];
  created: Array<Account>;
  done: Scalars['Boolean']['output'];
  handoutId: Scalars['ID']['output'];
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Units looked at in this step. */
  processedUnits: Scalars['Int']['output'];
  skipped: Array<SkippedUnit>;
  /** Units of the region (for a progress bar). */
  totalUnits: Scalars['Int']['output'];
};

/** A region's settings of the lists. */
export type ListSettings = {
  __typename?: 'ListSettings';
  /** Days after approval during which only units paired (结对) with the project's community may claim it; 0: open to all at once. */
  claimWindowDays: Scalars['Int']['output'];
  /** The categories a need may have (a need keeps its category when the list changes). */
  needCategories: Array<Scalars['String']['output']>;
  /** 0 until the region sets its own; pass it back to setListSettings. */
  version: Scalars['Int']['output'];
};

/** The region's lists for a year, counted as they are written (one read). The lists behind them: `needs(filter: { status: COLLECTED })` (not yet matched), `resources(filter: { unused: true })`, `projects(filter: { overdue: true })`. */
export type ListYear = {
  __typename?: 'ListYear';
  needs: NeedFigures;
  projects: ProjectFigures;
  resources: ResourceFigures;
  year: Scalars['Int']['output'];
};

export type LogServiceHoursInput = {
  /** The 村/社区 where the member served. */
  communityUnitId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** In half hours: 0.5 to 24. */
  hours: Scalars['Float']['input'];
  /** Omitted with a member's token: the member itself. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** The post (岗位) the service belongs to, if any: a post of that community. */
  postId?: InputMaybe<Scalars['ID']['input']>;
  /** The project (项目清单) the service belongs to, if any. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  servedOn: Scalars['Date']['input'];
};

export type LogTrainingInput = {
  /** In half hours: 0.5 to 24. */
  hours: Scalars['Float']['input'];
  memberId: Scalars['ID']['input'];
  provider?: InputMaybe<Scalars['String']['input']>;
  topic: Scalars['String']['input'];
  trainedOn: Scalars['Date']['input'];
};

/** A meeting (会议) of the alliance. */
export type Meeting = {
  __typename?: 'Meeting';
  agenda: Array<AgendaItem>;
  /** 议题征集: the round of this meeting, if one was opened. The secretariat sees every reply; an asked unit's liaison its own. */
  agendaSolicitation?: Maybe<AgendaSolicitation>;
  /** What the caller may do next with this meeting (state machine and role): the admin's buttons read it. */
  allowedActions: Array<MeetingAction>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** Its documents in the archive (档案), once archived: the notice, the minutes, the resolutions notice. */
  archivedDocuments: Array<ArchiveDocument>;
  /** Every invited unit's attendance (INVITED where nothing is recorded). */
  attendance: Array<Attendance>;
  /** 主持人 */
  chair?: Maybe<Scalars['String']['output']>;
  checkInClosesAt: Scalars['DateTime']['output'];
  /** 签到码: six digits, valid from 30 minutes before the start until the end. The secretariat only (null for others). */
  checkInCode?: Maybe<Scalars['String']['output']>;
  checkInOpensAt: Scalars['DateTime']['output'];
  /** Each agenda item's consensus. */
  consensus: Array<AgendaConsensus>;
  convenerUnit?: Maybe<Unit>;
  /** 召集单位 */
  convenerUnitId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Members invited in person (专家、代表), besides the units: they receive the notice. The secretariat's to read ([] for others). */
  invitedMemberIds: Array<Scalars['ID']['output']>;
  invitedMembers: Array<Member>;
  /** Invited units, each attending through its fixed representative (固定代表). */
  invitedUnitIds: Array<Scalars['ID']['output']>;
  invitedUnits: Array<Unit>;
  kind: MeetingKind;
  /** 个人受邀党员: each member invited in person's own attendance (INVITED where nothing is recorded). The secretariat sees all; a member invited in person its own. */
  memberAttendance: Array<Attendance>;
  /** The minutes of each agenda item that has them. */
  minutes: Array<Minutes>;
  notice?: Maybe<MeetingNotice>;
  onlineLink?: Maybe<Scalars['String']['output']>;
  /** Opinions sent in advance, by agenda item. The secretariat sees all; a liaison its own unit's. */
  opinions: MeetingOpinionConnection;
  /** For a liaison on its notice: its unit's receipt (pending until 签收); null when there is nothing to acknowledge. */
  ownReceipt?: Maybe<ResolutionReceipt>;
  place?: Maybe<Scalars['String']['output']>;
  /** The action items of the previous meeting of the same kind, with their reports (003 doc 4 art.14). */
  previousActionItems: Array<ActionItem>;
  /** Counts of the receipts; null until the minutes are approved with resolutions. The secretariat. */
  receiptSummary?: Maybe<ReceiptSummary>;
  /** 签收情况: every invited unit's receipt of the resolutions notice (pending ones too). The secretariat; empty until the minutes are approved with resolutions. */
  receipts: Array<ResolutionReceipt>;
  /** 记录人 */
  recorder?: Maybe<Scalars['String']['output']>;
  resolutions: Array<Resolution>;
  startsAt: Scalars['DateTime']['output'];
  status: MeetingStatus;
  /** The reason of a cancellation or postponement. */
  statusReason?: Maybe<Scalars['String']['output']>;
  subBody?: Maybe<SubBody>;
  /** 召开机构: a sub-body of the alliance holding the meeting (its units are invited). */
  subBodyId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: pass it back on every change. */
  version: Scalars['Int']['output'];
};


/** A meeting (会议) of the alliance. */
export type MeetingOpinionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A move of a meeting's lifecycle. */
export type MeetingAction =
  /** 审定: lock the minutes and write the resolutions */
  | 'APPROVE_MINUTES'
  /** 归档: file the notice, the minutes and the resolutions notice into the archive (once the minutes are approved) */
  | 'ARCHIVE'
  | 'CANCEL'
  | 'EDIT'
  /** 召开: the meeting took place (from its start on) */
  | 'HOLD'
  | 'POSTPONE'
  /** Attendance, minutes and consensus may be written */
  | 'RECORD_MINUTES'
  | 'SEND_NOTICE'
  /** 议题征集: open a round, close it, adopt proposals (a draft, or noticed and not yet started) */
  | 'SOLICIT_AGENDA';

/** How often the region holds a kind of meeting, and where it stands (the cadence view). */
export type MeetingCadence = {
  __typename?: 'MeetingCadence';
  /** Held every this many months; null: no rule for this kind. */
  everyMonths?: Maybe<Scalars['Int']['output']>;
  kind: MeetingKind;
  /** The last meeting of this kind that was held (or noticed and past). */
  lastHeldOn?: Maybe<Scalars['Date']['output']>;
  /** When the next one is due by the rule; null without a rule. */
  nextDueOn?: Maybe<Scalars['Date']['output']>;
  overdue: Scalars['Boolean']['output'];
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
};

/** Documents generated from the record as Word files. */
export type MeetingDocumentKind =
  /** 会议纪要 (approved minutes) */
  | 'MINUTES'
  /** 会议通知 */
  | 'NOTICE'
  /** 决议通知 (the resolutions, to every unit) */
  | 'RESOLUTIONS';

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** All filters combine (AND). Meetings come by start time. */
export type MeetingFilter = {
  /** Only meetings starting at or after this instant (the calendar from a month on). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<MeetingKind>;
  status?: InputMaybe<MeetingStatus>;
  /** Only meetings starting before this instant (with from: one month of the calendar, one bounded read). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MeetingFollowUpSummaryInput = {
  format: FollowUpSummaryFormat;
  /** First day of the period (China). */
  from: Scalars['Date']['input'];
  kind: MeetingKind;
  /** Last day of the period (China), inclusive. */
  to: Scalars['Date']['input'];
};

/** Kinds of meetings of the alliance (002 art.19; 001; 003). */
export type MeetingKind =
  /** 地区事务协调会 */
  | 'AREA_COORDINATION'
  /** 社区联席会议 (003) */
  | 'COMMUNITY_JOINT_MEETING'
  /** 理事会 */
  | 'COUNCIL'
  /** 党建联席会议 */
  | 'JOINT_MEETING'
  /** 会员大会 */
  | 'MEMBER_CONGRESS'
  /** 区域党委会 */
  | 'REGIONAL_COMMITTEE'
  /** 专题会议 */
  | 'TOPIC_MEETING';

/** The notice (会议通知) as sent: when, by whom, to how many units; a late one carries its reason. */
export type MeetingNotice = {
  __typename?: 'MeetingNotice';
  /** Days between the notice and the start (001 附件1 §1.2 asks for at least 7). */
  daysBeforeStart: Scalars['Int']['output'];
  /** Why the notice came later than 7 days before the start (003 doc 2 §1: 如工作需要，可随时召开). */
  lateReason?: Maybe<Scalars['String']['output']>;
  recipientCount: Scalars['Int']['output'];
  sentAt: Scalars['DateTime']['output'];
  sentBy: Scalars['String']['output'];
};

/** A unit's written opinion on an agenda item, sent before the meeting (003 doc 3 §5). */
export type MeetingOpinion = {
  __typename?: 'MeetingOpinion';
  agendaItemId: Scalars['ID']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type MeetingOpinionConnection = {
  __typename?: 'MeetingOpinionConnection';
  edges: Array<MeetingOpinionEdge>;
  pageInfo: PageInfo;
};

export type MeetingOpinionEdge = {
  __typename?: 'MeetingOpinionEdge';
  cursor: Scalars['String']['output'];
  node: MeetingOpinion;
};

/** Where a meeting stands. Moves: DRAFT → NOTICED (sendMeetingNotice) → HELD …; CANCELLED and POSTPONED with a reason. */
export type MeetingStatus =
  /** 已归档 */
  | 'ARCHIVED'
  /** 已取消 */
  | 'CANCELLED'
  /** 草稿 */
  | 'DRAFT'
  /** 已召开 */
  | 'HELD'
  /** 纪要已审定 (locked) */
  | 'MINUTES_APPROVED'
  /** 纪要起草中 */
  | 'MINUTES_DRAFTED'
  /** 已通知 */
  | 'NOTICED'
  /** 已延期 (a new time is set; notice again) */
  | 'POSTPONED';

/** A party member (党员) on the region's roster. */
export type Member = {
  __typename?: 'Member';
  birthDate: Scalars['Date']['output'];
  category: MemberCategory;
  community?: Maybe<Unit>;
  /** Residential community (居住地社区): a unit of kind 社区 or 村. */
  communityId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set once the member left the roster (removeMember, or a transfer out of the region). */
  departure?: Maybe<MemberDeparture>;
  gender: Gender;
  id: Scalars['ID']['output'];
  /** 居民身份证号码, always masked: first 6 and last 4 (110105********002X). A region admin reads it whole with revealMemberIdNumber. */
  idNumber: Scalars['String']['output'];
  /** 入党日期 */
  joinedOn: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Masked (138****1234) for everyone but region admins and the member itself. */
  phone?: Maybe<Scalars['String']['output']>;
  roles: Array<MemberRole>;
  status: MemberStatus;
  /** Organisation-relation transfers, newest first. */
  transfers: MemberTransferConnection;
  unit?: Maybe<Unit>;
  /** 组织关系所在单位 */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: pass it back on every change. */
  version: Scalars['Int']['output'];
};


/** A party member (党员) on the region's roster. */
export type MemberTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Category (党员类别); 003 doc 1 manages each category its own way. */
export type MemberCategory =
  /** 流动党员 */
  | 'FLOATING'
  /** 在职党员 */
  | 'IN_SERVICE'
  /** 居民党员 */
  | 'RESIDENT'
  /** 离退休党员 */
  | 'RETIRED'
  /** 学生党员 */
  | 'STUDENT'
  /** 下岗失业党员 */
  | 'UNEMPLOYED';

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
};

/** How a member left the roster: the record stays readable by id, out of every list and count. */
export type MemberDeparture = {
  __typename?: 'MemberDeparture';
  /** For a transfer out of the region: the receiving organisation. */
  destination?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  on: Scalars['Date']['output'];
  reason: MemberRemovalReason;
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

/** All filters combine (AND). Only members on the roster are listed. */
export type MemberFilter = {
  category?: InputMaybe<MemberCategory>;
  /** Residential community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Name starts with this text. */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<MemberRole>;
  status?: InputMaybe<MemberStatus>;
  /** 组织关系所在单位. A unit liaison's list is always its own unit's. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** An import of the roster from an Excel file: previewed, then imported in steps. */
export type MemberImport = {
  __typename?: 'MemberImport';
  columns: Array<MemberImportColumn>;
  created: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  errorCount: Scalars['Int']['output'];
  /** Row errors of the preview, in row order; the first 500 (errorCount has them all). */
  errors: Array<MemberImportRowError>;
  /** Rows refused while importing (the first 500). */
  failures: Array<MemberImportRowError>;
  fileName: Scalars['String']['output'];
  /** The header's row number as the sheet shows it; null when none was found. */
  headerRowNumber?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** What stops the whole file (no header row, a required column missing, too many rows). */
  problems: Array<Scalars['String']['output']>;
  /** Of toImport: how many were handled so far, created, and skipped because the number arrived on the roster meanwhile. */
  processed: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  status: MemberImportStatus;
  summary: MemberImportSummary;
  /** Rows to create: valid and not yet on the roster. */
  toImport: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A column of the uploaded sheet and what it fills. */
export type MemberImportColumn = {
  __typename?: 'MemberImportColumn';
  /** Null: not imported (unknown wording, or mapped to nothing). */
  field?: Maybe<RosterField>;
  /** The header as the clerk wrote it. */
  header: Scalars['String']['output'];
  /** 0 for column A. */
  index: Scalars['Int']['output'];
};

export type MemberImportColumnInput = {
  /** Null: do not import this column. */
  field?: InputMaybe<RosterField>;
  index: Scalars['Int']['input'];
};

export type MemberImportConnection = {
  __typename?: 'MemberImportConnection';
  edges: Array<MemberImportEdge>;
  pageInfo: PageInfo;
};

export type MemberImportEdge = {
  __typename?: 'MemberImportEdge';
  cursor: Scalars['String']['output'];
  node: MemberImport;
};

/** A problem of one row, named by the sheet's row number and the column's header. */
export type MemberImportRowError = {
  __typename?: 'MemberImportRowError';
  column: Scalars['String']['output'];
  field?: Maybe<RosterField>;
  message: Scalars['String']['output'];
  rowNumber: Scalars['Int']['output'];
};

/** Where a member import stands. */
export type MemberImportStatus =
  | 'COMPLETED'
  /** Rows are being imported: call continueMemberImport until COMPLETED (an interrupted import continues where it stopped). */
  | 'IMPORTING'
  /** Checked: fix the file or the column mapping and preview again, or start importing. */
  | 'PREVIEWED';

export type MemberImportSummary = {
  __typename?: 'MemberImportSummary';
  /** Valid rows whose ID number is already on the roster: skipped, so importing a file twice changes nothing. */
  alreadyOnRoster: Scalars['Int']['output'];
  skippedBlank: Scalars['Int']['output'];
  /** Rows below the header. */
  totalRows: Scalars['Int']['output'];
  /** Rows that would make a member. */
  valid: Scalars['Int']['output'];
  withErrors: Scalars['Int']['output'];
};

/** A member's year: points, stars, hours (the member itself, its unit's liaison, the secretariat). */
export type MemberPoints = {
  __typename?: 'MemberPoints';
  entries: PointsEntryConnection;
  meetingsAttended: Scalars['Int']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  /** Points needed for the next star (null at 5). */
  nextStarAt?: Maybe<Scalars['Float']['output']>;
  points: Scalars['Float']['output'];
  postMonths: Scalars['Int']['output'];
  /** Confirmed volunteer service hours. */
  serviceHours: Scalars['Float']['output'];
  /** 星级党员 from the points and the year's thresholds (0–5). */
  stars: Scalars['Int']['output'];
  trainingHours: Scalars['Float']['output'];
  trainingRequired: Scalars['Float']['output'];
  /** 星级志愿者 from the service hours (0–5). */
  volunteerStars: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


/** A member's year: points, stars, hours (the member itself, its unit's liaison, the secretariat). */
export type MemberPointsEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a member left the roster. */
export type MemberRemovalReason =
  /** 死亡 */
  | 'DECEASED'
  /** 重复录入 */
  | 'DUPLICATE'
  /** 出党 (退党、除名、开除党籍) */
  | 'LEFT_PARTY'
  /** 其他 (say why in the note) */
  | 'OTHER'
  /** 转出本区域 (recorded by transferMember with a destination outside the region) */
  | 'TRANSFERRED_OUT';

/** A member's roles in the alliance or its organisation (a member may hold several). */
export type MemberRole =
  /** 支部书记 */
  | 'BRANCH_SECRETARY'
  /** 社区干部 */
  | 'COMMUNITY_CADRE'
  /** 理事长 */
  | 'COUNCIL_CHAIR'
  /** 联络员 */
  | 'LIAISON'
  /** 兼职委员 */
  | 'PART_TIME_COMMITTEE_MEMBER'
  /** 会长 */
  | 'PRESIDENT'
  /** 书记 */
  | 'SECRETARY'
  /** 秘书长 */
  | 'SECRETARY_GENERAL'
  /** 副会长 */
  | 'VICE_PRESIDENT';

/** Membership status (党员状态). */
export type MemberStatus =
  /** 正式党员 */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY';

/** An organisation-relation transfer (组织关系转接, 004 art.9). */
export type MemberTransfer = {
  __typename?: 'MemberTransfer';
  /** The receiving organisation outside the region, for a transfer out of it. */
  destination?: Maybe<Scalars['String']['output']>;
  fromUnit?: Maybe<Unit>;
  fromUnitId: Scalars['ID']['output'];
  /** The sending unit's name at the time of the transfer. */
  fromUnitName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 介绍信编号 or other reference. */
  letterNumber?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
  toUnit?: Maybe<Unit>;
  /** Null for a transfer out of the region. */
  toUnitId?: Maybe<Scalars['ID']['output']>;
  toUnitName?: Maybe<Scalars['String']['output']>;
  transferredOn: Scalars['Date']['output'];
};

export type MemberTransferConnection = {
  __typename?: 'MemberTransferConnection';
  edges: Array<MemberTransferEdge>;
  pageInfo: PageInfo;
};

export type MemberTransferEdge = {
  __typename?: 'MemberTransferEdge';
  cursor: Scalars['String']['output'];
  node: MemberTransfer;
};

/** The minutes (会议记录/纪要) of one agenda item. Locked once the meeting's minutes are approved. */
export type Minutes = {
  __typename?: 'Minutes';
  addenda: Array<MinutesAddendum>;
  agendaItemId: Scalars['ID']['output'];
  /** 拟形成的决议: what consensus is sought on; an item without one produces no resolution. */
  decision?: Maybe<Scalars['String']['output']>;
  files: Array<ArchiveFile>;
  locked: Scalars['Boolean']['output'];
  savedAt: Scalars['DateTime']['output'];
  savedBy: Scalars['String']['output'];
  /** 讨论情况 */
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Every saved version, newest first. */
  versions: MinutesVersionConnection;
};


/** The minutes (会议记录/纪要) of one agenda item. Locked once the meeting's minutes are approved. */
export type MinutesVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A correction after the minutes were locked: a new, linked entry. */
export type MinutesAddendum = {
  __typename?: 'MinutesAddendum';
  addedAt: Scalars['DateTime']['output'];
  addedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** One saved version of an item's minutes. */
export type MinutesVersion = {
  __typename?: 'MinutesVersion';
  /** The fields that changed from the version before (text, decision, files). */
  changed: Array<Scalars['String']['output']>;
  decision?: Maybe<Scalars['String']['output']>;
  fileNames: Array<Scalars['String']['output']>;
  savedAt: Scalars['DateTime']['output'];
  savedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MinutesVersionConnection = {
  __typename?: 'MinutesVersionConnection';
  edges: Array<MinutesVersionEdge>;
  pageInfo: PageInfo;
};

export type MinutesVersionEdge = {
  __typename?: 'MinutesVersionEdge';
  cursor: Scalars['String']['output'];
  node: MinutesVersion;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** @deprecated Placeholder so areas can extend Mutation. */
  _empty?: Maybe<Scalars['Boolean']['output']>;
  /** 签收: an invited unit acknowledges receipt of the resolutions notice (its liaison; the secretariat on its behalf with unitId and a note). Refused before the minutes are approved with resolutions; a second acknowledgement returns the unit's receipt unchanged. */
  acknowledgeResolutions: ResolutionReceipt;
  /** Opens (or renews for an hour) the caller's read-only visit to a region, audited in the region's trail. Platform admin only. */
  actInRegion: ActingSession;
  addActionItem: ActionItem;
  addAgendaItem: Meeting;
  /** Files a document (the region admin for any unit or the region; a liaison for its own unit). */
  addArchiveDocument: ArchiveDocument;
  /** A correction of locked minutes: a new, linked addendum. */
  addMinutesAddendum: Minutes;
  /** The region admin adds or deducts points with a reason (a ledger line). */
  adjustMemberPoints: PointsEntry;
  /** 采纳: a unit's proposal becomes an agenda item presented by the unit (a draft meeting, at its version). */
  adoptAgendaProposal: Meeting;
  /** Makes an admin (秘书处) account in a region; its first sign-in sets a new password and an authenticator. Platform admin only. */
  appointRegionAdmin: AccountWithPassword;
  /** 审定: locks the minutes; every item with a decision and consensus becomes a resolution. Refused while an item with a decision awaits positions. */
  approveMinutes: Meeting;
  /** 归档: files the notice, the approved minutes and the resolutions notice (Word) into the archive (会议记录与纪要 of the meeting's year), then the meeting is ARCHIVED. Refused, naming the state, before the minutes are approved. */
  archiveMeeting: Meeting;
  /** The secretariat hands it to a unit and/or a department with a due date (交办); again to change the handler or date. */
  assignLedgerItem: LedgerItem;
  cancelMeeting: Meeting;
  changeUnitStatus: Unit;
  /** 签到 with the meeting's code (a liaison's or a member's token): the caller's unit is present — or, for a member invited in person, the member itself; after the start it is late. A member is credited its points per meeting. */
  checkIn: Attendance;
  /** A member takes a post (a member's token: itself; the community or the secretariat for a member). Only members with a confirmed report to the community or living there; never beyond the capacity, also when claims race. */
  claimPost: PostHolder;
  claimProject: Claim;
  /** A member's token takes one of the project's volunteer places (never more than it offers). */
  claimProjectSlot: Claim;
  claimResource: Claim;
  /** Stops taking replies (adopting goes on). */
  closeAgendaSolicitation: Meeting;
  /** A COLLECTED need closed without a project (未采纳), with the reason. */
  closeNeed: Need;
  /** Closes a post: its holders leave it. */
  closePost: Post;
  /** The community (its liaison) or the secretariat confirms or declines (with the reason) a pending report. */
  confirmCommunityReport: CommunityReport;
  /** The community (its liaison) or the secretariat confirms (hours and points count) or declines with a reason. */
  confirmServiceHours: ServiceRecord;
  /** Imports the next rows of a preview (a few hundred a call, within the API's time limit). Safe to repeat: a row whose number is on the roster is skipped. */
  continueMemberImport: MemberImport;
  /** Makes the sign-in of a liaison, a member or a fellow admin of the region; the temporary password is shown once. */
  createAccount: AccountWithPassword;
  /** A new calendar subscription URL for the caller (shown once); the caller's earlier URL stops working at once. */
  createCalendarFeed: CalendarFeedWithUrl;
  /** One step of making the accounts of every unit liaison who has none (see the input). */
  createLiaisonAccounts: LiaisonAccountsStep;
  createMeeting: Meeting;
  createMember: Member;
  createNeed: Need;
  createPairing: Pairing;
  /** A community (its liaison) or the secretariat defines a post. */
  createPost: Post;
  /** Need(s) + resources with quantities → a SUBMITTED project, in one transaction: the needs move to IN_PROJECT, each resource's quantity left drops — or nothing changes. */
  createProjectFromNeed: Project;
  /** Creates a region (the tenant). Platform admin only; the slug must be unique. */
  createRegion: Region;
  createResource: Resource;
  createSubBody: SubBody;
  createUnit: Unit;
  createUploadUrl: Upload;
  /** The secretariat declines an item with the reason (不予受理). */
  declineLedgerItem: LedgerItem;
  /** Removes a disabled account (the record, then the provider's user); its username is free again. The platform admin may remove region admins. */
  deleteAccount: DeletedAccount;
  /** Moves a document to the 回收站 (soft delete); its files are kept. */
  deleteArchiveDocument: ArchiveDocument;
  /** Only a unit with no children, no members and no pairings; otherwise withdraw it. */
  deleteUnit: DeletedRecord;
  /** Stops the account signing in and ends its sessions. The platform admin may disable region admins. */
  disableAccount: Account;
  /** 立即发送到期提醒: records the region's due reminders now (the region admin; the scheduled job does it for every region). */
  dispatchDueReminders: ReminderDispatch;
  enableAccount: Account;
  /** Ends the caller's visit to the region; false when none was open. */
  endActInRegion: Scalars['Boolean']['output'];
  /** Ends an active report: the member, its unit's liaison, the community or the secretariat. The member leaves the community's posts. */
  endCommunityReport: CommunityReport;
  /** The secretariat ends a current officer's term (结束任期). */
  endOfficerTerm: Officer;
  endPairing: Pairing;
  /** A unit's members' reports to communities as .xlsx (姓名, 所在单位, 报到社区, 状态, 报到时间, 确认时间, 认领岗位数, 报到说明), newest first; `status` narrows them. The unit's liaison or the secretariat; at most 5,000 rows. */
  exportCommunityReports: GeneratedFile;
  /** The filtered roster as .xlsx (at most 10,000 members; ID numbers and phones masked as in the API). */
  exportMembers: GeneratedFile;
  /** The filtered needs as .xlsx in the notice-board layout (title, date line, 序号, A4 landscape). At most 5,000 rows: filter more otherwise. */
  exportNeeds: GeneratedFile;
  /** The filtered projects in the notice-board layout. At most 5,000 rows. */
  exportProjects: GeneratedFile;
  /** The filtered resources in the notice-board layout; contact names only, never phone numbers. At most 5,000 rows. */
  exportResources: GeneratedFile;
  /** A unit's members against their yearly training minimum as .xlsx (姓名, 职务, 应学学时, 已学学时, 差额, 是否达标); `onlyShort` keeps those who fall short. The unit's liaison or the secretariat. */
  exportTrainingStatus: GeneratedFile;
  /** The secretariat files a change (秘书处备案); a filed change is refused at id. */
  fileRepresentativeChange: RepresentativeChange;
  /** Imports the previewed upload (checked again): every valid row not on the list yet becomes a COLLECTED need, audited; then the upload is deleted. Refused while the file has errors unless skipInvalid. A second import of the same file creates nothing. */
  importNeeds: NeedImportResult;
  /** A member leaves a post (itself, or the community or the secretariat for it). */
  leavePost: Post;
  /** The bulk run's sheet of temporary passwords (.xlsx), downloadable once: its passwords are deleted as it is made. */
  liaisonAccountsHandout: GeneratedFile;
  /** A member logs a service (a member's token: itself); its unit's liaison, the community's, or the secretariat for it. */
  logServiceHours: ServiceRecord;
  /** The member's unit (its liaison) or the secretariat records a training; it counts at once. */
  logTraining: TrainingRecord;
  /** 全部已读: everything due until now. */
  markAllNotificationsRead?: Maybe<NotificationFeed>;
  /** The meeting took place (from its start on). */
  markMeetingHeld: Meeting;
  /** Marks the caller's notices read (idempotent); the feed as it is now. */
  markNotificationsRead?: Maybe<NotificationFeed>;
  /** The meeting as a calendar invitation (.ics; UID the meeting's, so a postponed or cancelled one replaces the event). The secretariat; an invited unit's liaison once noticed. */
  meetingCalendar: GeneratedFile;
  /** A Word document generated from the record (notice, approved minutes, resolutions notice), with a download link. */
  meetingDocument: GeneratedFile;
  /** 落实情况汇总 to the superior organisation: the meetings of a kind held in a period, each resolution with its action items and the receipts count, as .xlsx or .docx. The secretariat; at most 24 meetings. */
  meetingFollowUpSummary: GeneratedFile;
  /** 议题征集: asks units (default: the invited ones) for agenda proposals until closesAt. One round per meeting. */
  openAgendaSolicitation: Meeting;
  /** A new time; the meeting goes back to be noticed again. */
  postponeMeeting: Meeting;
  /** Reads the uploaded sheet, checks every row (ID numbers, units by name, duplicates in the file and on the roster) and keeps the rows to import, sealed. */
  previewMemberImport: MemberImport;
  /** Reads an uploaded needs file and checks every row (communities by name, categories, dates, repeats, needs already listed). The region admin for any community; a community's liaison for its own (a blank 征集社区 is its own). */
  previewNeedImport: NeedImportPreview;
  /**
   * The secretariat publishes a need, resource, project or resolution (by its id): it appears on the region's public page
   * at once. A resolution only once adopted: its meeting's minutes approved (审定).
   */
  publish: Publication;
  /** A unit (its liaison) or the secretariat raises a problem, suggestion or opinion; it gets the next number of the year. */
  raiseLedgerItem: LedgerItem;
  /** A resident's 1–5 rating of an accepted project (anyone: see RateProjectInput); answers the project's new average. */
  rateProject: ProjectRatingSummary;
  /** A liaison who moves to another unit keeps its account: it speaks for the new unit from its next sign-in (its sessions end); the old unit may get a new liaison account. */
  rebindAccount: Account;
  /** Moves a year's points to its current rules, a page of members per call (`after` from the last step); idempotent. */
  recomputePoints: PointsRecompute;
  /** The secretariat enters a unit's attendance, or a member's invited in person. */
  recordAttendance: Attendance;
  /** An attending unit's position on an item: CONCUR, RESERVE (with its view) or OBJECT (with its reason). */
  recordConsensus: AgendaConsensus;
  /** Every attending unit that has not stated a position concurs (the chair's 无异议). */
  recordConsensusForAll: AgendaConsensus;
  /** Registers a partner system for a region: its client id and secret (shown once). Platform admin only. */
  registerPartnerClient: PartnerClientWithSecret;
  /** 报到登记: records the registration and moves an invited unit to REGISTERED. */
  registerUnit: Unit;
  reinstateRegion: Region;
  removeAgendaItem: Meeting;
  /** Takes the member off the roster with a reason; the record and its history stay readable. */
  removeMember: Member;
  /** The raising unit (or the secretariat for it) reopens a resolved item with the reason: back to the handler. */
  reopenLedgerItem: LedgerItem;
  /** Replaces a document's file with a new version; the earlier versions are kept. */
  replaceArchiveFile: ArchiveDocument;
  /** An asked unit's liaison replies for its own unit while the round is open; a new reply replaces the earlier. */
  replyToAgendaSolicitation: AgendaSolicitation;
  /** A responsible unit reports execution (text, files; done when finished). */
  reportActionItem: ActionItem;
  /** The handler (its liaison) or the secretariat reports progress. */
  reportLedgerProgress: LedgerItem;
  /** A progress report (进展) with photos and files by a responsible unit's liaison or the region admin, while IN_PROGRESS. It does not change the project's version. */
  reportProjectProgress: ProjectProgress;
  /** A member reports to the community where it lives (a member's token, its unit's liaison, or the secretariat). One active report per member and community. */
  reportToCommunity: CommunityReport;
  /** 请假: a unit's liaison (or the secretariat) before the meeting ends; a delegate may attend instead. */
  requestLeave: Attendance;
  /** A region admin's authenticator is turned off (a lost phone): the next sign-in enrols a new one; its sessions end. By a fellow admin or the platform admin. */
  resetAuthenticator: Account;
  /** A new temporary password (shown once); the next sign-in must replace it. Ends the account's sessions. */
  resetPassword: AccountWithPassword;
  /** The handler or the secretariat records the result (办理结果登记); the raising unit then signs off or reopens. */
  resolveLedgerItem: LedgerItem;
  /** Restores a deleted document within 30 days of its deletion (the region admin). */
  restoreArchiveDocument: ArchiveDocument;
  /** The full ID number, for a region admin only; the reveal is written to the audit trail. */
  revealMemberIdNumber: Scalars['String']['output'];
  /** Stops the caller's calendar subscription (its URL answers 404). False when it had none. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** Revokes the client: no new tokens at once, tokens already issued refused within a minute. Cannot be undone. */
  revokePartnerClient: PartnerClient;
  /** A new secret (shown once); the old one stops working at once. `version`: the version read (CONFLICT if stale). */
  rotatePartnerClientSecret: PartnerClientWithSecret;
  /** The recorder saves an item's minutes (a new version); refused once the minutes are approved. */
  saveMinutes: Minutes;
  /** Sends the notice (会议通知) to the invited units. Later than 7 days before the start only with lateReason (kept on the meeting). */
  sendMeetingNotice: Meeting;
  /** 会议材料: the secretariat sets an agenda item's files, from the draft until the meeting is held (materials often follow the notice). */
  setAgendaMaterials: Meeting;
  setCouncilTerm: AllianceSettings;
  /** The region admin sets a year's rules. Points already credited change only by recomputePoints. */
  setEngagementRules: EngagementRules;
  /** The member's unit (its liaison) or the secretariat grades a member for a year; one grade per member and year. */
  setEvaluationGrade: EvaluationGrade;
  /** The secretariat's: the region's need categories and claim window. */
  setListSettings: ListSettings;
  setMeetingCadence: MeetingCadence;
  /** The region's reminders: 5 … 43,200 minutes before a start, at most 5, none repeated ([] for none). */
  setMeetingReminderOffsets: Array<Scalars['Int']['output']>;
  /** The secretariat appoints an officer (任命); a single-holder post's current holder becomes history. */
  setOfficer: Officer;
  /** The raising unit signs off (销号); the secretariat may record a paper sign-off, naming who signed. */
  signOffLedgerItem: LedgerItem;
  /** A unit's written opinion on an agenda item before the meeting; a new one replaces the unit's earlier one. */
  submitOpinion: MeetingOpinion;
  /** Suspends a region: its people (and partner systems) are refused within a minute; its data is kept. Platform admin only. */
  suspendRegion: Region;
  /** 组织关系转接: one transaction with both units' member counts. */
  transferMember: Member;
  /** Moves a project to `to`; refused, naming the state, when the move is not allowed from where it stands or not to the caller. */
  transitionProject: Project;
  /** Ends a lock after failed sign-ins (the count starts again). The platform admin may unlock region admins. */
  unlockAccount: Account;
  /** The secretariat withdraws it: it disappears from the public page at once. */
  unpublish: Publication;
  updateMeeting: Meeting;
  updateMember: Member;
  /** A member corrects its own phone (a member's token). */
  updateMyPhone: Member;
  updateNeed: Need;
  updatePost: Post;
  /** Renames a region. Platform admin only. */
  updateRegion: Region;
  updateResource: Resource;
  updateSubBody: SubBody;
  updateUnit: Unit;
  /** The secretariat uploads a new version of the charter; it becomes the current one. */
  uploadCharterVersion: CharterVersion;
  /** Reads every version's file from the bucket, hashes it and recomputes the chain; nothing is changed. */
  verifyArchiveDocument: ArchiveVerification;
  /** Before the project starts (IN_PROGRESS); gives back what the claim took. */
  withdrawClaim: Claim;
  /** The unit withdraws what is left of a resource; quantities given to projects stay given. */
  withdrawResource: Resource;
};


export type MutationAcknowledgeResolutionsArgs = {
  input: AcknowledgeResolutionsInput;
};


export type MutationActInRegionArgs = {
  input: ActInRegionInput;
};


export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddArchiveDocumentArgs = {
  input: AddArchiveDocumentInput;
};


export type MutationAddMinutesAddendumArgs = {
  input: AddMinutesAddendumInput;
};


export type MutationAdjustMemberPointsArgs = {
  input: AdjustMemberPointsInput;
};


export type MutationAdoptAgendaProposalArgs = {
  input: AdoptAgendaProposalInput;
};


export type MutationAppointRegionAdminArgs = {
  input: AppointRegionAdminInput;
};


export type MutationApproveMinutesArgs = {
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationArchiveMeetingArgs = {
  input: ArchiveMeetingInput;
};


export type MutationAssignLedgerItemArgs = {
  input: AssignLedgerItemInput;
};


export type MutationCancelMeetingArgs = {
  input: ChangeMeetingStatusInput;
};


export type MutationChangeUnitStatusArgs = {
  input: ChangeUnitStatusInput;
};


export type MutationCheckInArgs = {
  code: Scalars['String']['input'];
  meetingId: Scalars['ID']['input'];
};


export type MutationClaimPostArgs = {
  memberId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};


export type MutationClaimProjectArgs = {
  input: ClaimProjectInput;
};


export type MutationClaimProjectSlotArgs = {
  projectId: Scalars['ID']['input'];
};


export type MutationClaimResourceArgs = {
  input: ClaimResourceInput;
};


export type MutationCloseAgendaSolicitationArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationCloseNeedArgs = {
  input: CloseNeedInput;
};


export type MutationClosePostArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationConfirmCommunityReportArgs = {
  input: ConfirmCommunityReportInput;
};


export type MutationConfirmServiceHoursArgs = {
  input: ConfirmServiceHoursInput;
};


export type MutationContinueMemberImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateLiaisonAccountsArgs = {
  input: CreateLiaisonAccountsInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
};


export type MutationCreateNeedArgs = {
  input: CreateNeedInput;
};


export type MutationCreatePairingArgs = {
  input: CreatePairingInput;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreateProjectFromNeedArgs = {
  input: CreateProjectFromNeedInput;
};


export type MutationCreateRegionArgs = {
  input: CreateRegionInput;
};


export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
};


export type MutationCreateSubBodyArgs = {
  input: CreateSubBodyInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationCreateUploadUrlArgs = {
  input: CreateUploadInput;
};


export type MutationDeclineLedgerItemArgs = {
  input: DeclineLedgerItemInput;
};


export type MutationDeleteAccountArgs = {
  input: AccountChangeInput;
};


export type MutationDeleteArchiveDocumentArgs = {
  input: ArchiveDocumentChangeInput;
};


export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDisableAccountArgs = {
  input: AccountChangeInput;
};


export type MutationEnableAccountArgs = {
  input: AccountChangeInput;
};


export type MutationEndActInRegionArgs = {
  regionId: Scalars['ID']['input'];
};


export type MutationEndCommunityReportArgs = {
  input: EndCommunityReportInput;
};


export type MutationEndOfficerTermArgs = {
  input: EndOfficerTermInput;
};


export type MutationEndPairingArgs = {
  input: EndPairingInput;
};


export type MutationExportCommunityReportsArgs = {
  memberUnitId: Scalars['ID']['input'];
  status?: InputMaybe<CommunityReportStatus>;
};


export type MutationExportMembersArgs = {
  filter?: InputMaybe<MemberFilter>;
  sheetPerUnit?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationExportNeedsArgs = {
  filter: NeedFilter;
};


export type MutationExportProjectsArgs = {
  filter: ProjectFilter;
};


export type MutationExportResourcesArgs = {
  filter: ResourceFilter;
};


export type MutationExportTrainingStatusArgs = {
  onlyShort?: InputMaybe<Scalars['Boolean']['input']>;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationFileRepresentativeChangeArgs = {
  input: FileRepresentativeChangeInput;
};


export type MutationImportNeedsArgs = {
  input: ImportNeedsInput;
};


export type MutationLeavePostArgs = {
  memberId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};


export type MutationLiaisonAccountsHandoutArgs = {
  handoutId: Scalars['ID']['input'];
};


export type MutationLogServiceHoursArgs = {
  input: LogServiceHoursInput;
};


export type MutationLogTrainingArgs = {
  input: LogTrainingInput;
};


export type MutationMarkMeetingHeldArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMeetingCalendarArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationMeetingDocumentArgs = {
  kind: MeetingDocumentKind;
  meetingId: Scalars['ID']['input'];
};


export type MutationMeetingFollowUpSummaryArgs = {
  input: MeetingFollowUpSummaryInput;
};


export type MutationOpenAgendaSolicitationArgs = {
  input: OpenAgendaSolicitationInput;
};


export type MutationPostponeMeetingArgs = {
  input: PostponeMeetingInput;
};


export type MutationPreviewMemberImportArgs = {
  input: PreviewMemberImportInput;
};


export type MutationPreviewNeedImportArgs = {
  input: PreviewNeedImportInput;
};


export type MutationPublishArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRaiseLedgerItemArgs = {
  input: RaiseLedgerItemInput;
};


export type MutationRateProjectArgs = {
  input: RateProjectInput;
};


export type MutationRebindAccountArgs = {
  input: RebindAccountInput;
};


export type MutationRecomputePointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordConsensusArgs = {
  input: RecordConsensusInput;
};


export type MutationRecordConsensusForAllArgs = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
};


export type MutationRegisterPartnerClientArgs = {
  input: RegisterPartnerClientInput;
};


export type MutationRegisterUnitArgs = {
  input: RegisterUnitInput;
};


export type MutationReinstateRegionArgs = {
  input: RegionChangeInput;
};


export type MutationRemoveAgendaItemArgs = {
  itemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationReopenLedgerItemArgs = {
  input: ReopenLedgerItemInput;
};


export type MutationReplaceArchiveFileArgs = {
  input: ReplaceArchiveFileInput;
};


export type MutationReplyToAgendaSolicitationArgs = {
  input: ReplyToAgendaSolicitationInput;
};


export type MutationReportActionItemArgs = {
  input: ReportActionItemInput;
};


export type MutationReportLedgerProgressArgs = {
  input: ReportLedgerProgressInput;
};


export type MutationReportProjectProgressArgs = {
  input: ReportProjectProgressInput;
};


export type MutationReportToCommunityArgs = {
  input: ReportToCommunityInput;
};


export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


export type MutationResetAuthenticatorArgs = {
  input: AccountChangeInput;
};


export type MutationResetPasswordArgs = {
  input: AccountChangeInput;
};


export type MutationResolveLedgerItemArgs = {
  input: ResolveLedgerItemInput;
};


export type MutationRestoreArchiveDocumentArgs = {
  input: ArchiveDocumentChangeInput;
};


export type MutationRevealMemberIdNumberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePartnerClientArgs = {
  clientId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRotatePartnerClientSecretArgs = {
  clientId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveMinutesArgs = {
  input: SaveMinutesInput;
};


export type MutationSendMeetingNoticeArgs = {
  input: SendMeetingNoticeInput;
};


export type MutationSetAgendaMaterialsArgs = {
  input: SetAgendaMaterialsInput;
};


export type MutationSetCouncilTermArgs = {
  input: SetCouncilTermInput;
};


export type MutationSetEngagementRulesArgs = {
  input: SetEngagementRulesInput;
};


export type MutationSetEvaluationGradeArgs = {
  input: SetEvaluationGradeInput;
};


export type MutationSetListSettingsArgs = {
  input: SetListSettingsInput;
};


export type MutationSetMeetingCadenceArgs = {
  input: SetMeetingCadenceInput;
};


export type MutationSetMeetingReminderOffsetsArgs = {
  offsetsMinutes: Array<Scalars['Int']['input']>;
};


export type MutationSetOfficerArgs = {
  input: SetOfficerInput;
};


export type MutationSignOffLedgerItemArgs = {
  input: SignOffLedgerItemInput;
};


export type MutationSubmitOpinionArgs = {
  input: SubmitOpinionInput;
};


export type MutationSuspendRegionArgs = {
  input: SuspendRegionInput;
};


export type MutationTransferMemberArgs = {
  input: TransferMemberInput;
};


export type MutationTransitionProjectArgs = {
  input: TransitionProjectInput;
};


export type MutationUnlockAccountArgs = {
  input: AccountChangeInput;
};


export type MutationUnpublishArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


export type MutationUpdateMyPhoneArgs = {
  phone?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationUpdateNeedArgs = {
  input: UpdateNeedInput;
};


export type MutationUpdatePostArgs = {
  input: UpdatePostInput;
};


export type MutationUpdateRegionArgs = {
  input: UpdateRegionInput;
};


export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};


export type MutationUpdateSubBodyArgs = {
  input: UpdateSubBodyInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
};


export type MutationUploadCharterVersionArgs = {
  input: UploadCharterVersionInput;
};


export type MutationVerifyArchiveDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawClaimArgs = {
  claimId: Scalars['ID']['input'];
};


export type MutationWithdrawResourceArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A resident need (需求清单 entry), collected by a community organisation for a year. */
export type Need = {
  __typename?: 'Need';
  /** One of the region's categories (needCategories): 养老, 助残, 托幼 … */
  category: Scalars['String']['output'];
  communityUnit?: Maybe<Unit>;
  /** The community (村/社区) that collected it. */
  communityUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  project?: Maybe<Project>;
  /** The project it is in (IN_PROJECT, MET). */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** Set while published (公示). */
  publication?: Maybe<Publication>;
  /** Who raised it, in words (a resident group, grid 3, a member's name as the community writes it). */
  raisedBy?: Maybe<Scalars['String']['output']>;
  source: NeedSource;
  status: NeedStatus;
  /** The reason it was not taken up. */
  statusReason?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  urgency: NeedUrgency;
  version: Scalars['Int']['output'];
  /** When the need should be met, if it has dates: resources suggested for it must be available then. */
  wantedFrom?: Maybe<Scalars['Date']['output']>;
  wantedUntil?: Maybe<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

export type NeedCategoryCount = {
  __typename?: 'NeedCategoryCount';
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type NeedConnection = {
  __typename?: 'NeedConnection';
  edges: Array<NeedEdge>;
  pageInfo: PageInfo;
};

export type NeedEdge = {
  __typename?: 'NeedEdge';
  cursor: Scalars['String']['output'];
  node: Need;
};

/** A year's needs by status and category. */
export type NeedFigures = {
  __typename?: 'NeedFigures';
  /** Categories that occur, most needs first. */
  byCategory: Array<NeedCategoryCount>;
  byStatus: Array<NeedStatusCount>;
  total: Scalars['Int']['output'];
};

/** A year's needs, newest first. Filters combine. */
export type NeedFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  communityUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NeedStatus>;
  year: Scalars['Int']['input'];
};

/** A problem of one cell of a needs file. */
export type NeedImportError = {
  __typename?: 'NeedImportError';
  /** The column's header as the file writes it. */
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
  rowNumber: Scalars['Int']['output'];
};

/** What importing a needs file would do. Nothing is written by the preview; the upload stays for importNeeds. */
export type NeedImportPreview = {
  __typename?: 'NeedImportPreview';
  alreadyListed: Scalars['Int']['output'];
  errorCount: Scalars['Int']['output'];
  /** The first 500 errors, in row order. */
  errors: Array<NeedImportError>;
  fileName: Scalars['String']['output'];
  /** Where the header was found (title rows above it are skipped). */
  headerRowNumber: Scalars['Int']['output'];
  /** Rows with at least one error. */
  invalidRows: Scalars['Int']['output'];
  /** Rows below the header with something in them: toImport + alreadyListed + invalidRows. */
  rows: Scalars['Int']['output'];
  /** The first 20 valid rows as read. */
  sample: Array<NeedImportRow>;
  toImport: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** What an import did. */
export type NeedImportResult = {
  __typename?: 'NeedImportResult';
  /** Rows whose need was on the list already (or written by another import of the same file meanwhile): not created again. */
  alreadyListed: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  errorCount: Scalars['Int']['output'];
  /** Rows with errors, skipped (skipInvalid). */
  invalidRows: Scalars['Int']['output'];
};

/** A row of a needs file as it would be imported. */
export type NeedImportRow = {
  __typename?: 'NeedImportRow';
  /** A need of this title is on the community's list for the year already (titles compared ignoring width, case and spacing): not imported again. */
  alreadyListed: Scalars['Boolean']['output'];
  category: Scalars['String']['output'];
  /** The community as the region names it. */
  communityName: Scalars['String']['output'];
  communityUnitId: Scalars['ID']['output'];
  description?: Maybe<Scalars['String']['output']>;
  raisedBy?: Maybe<Scalars['String']['output']>;
  /** The row number the sheet shows. */
  rowNumber: Scalars['Int']['output'];
  source: NeedSource;
  title: Scalars['String']['output'];
  urgency: NeedUrgency;
  wantedFrom?: Maybe<Scalars['Date']['output']>;
  wantedUntil?: Maybe<Scalars['Date']['output']>;
};

/** Who raised a need (需求来源). */
export type NeedSource =
  /** 网格 (a grid of the community) */
  | 'GRID'
  /** 党员 */
  | 'MEMBER'
  /** 其他 */
  | 'OTHER'
  /** 居民群众 */
  | 'RESIDENTS'
  /** 驻区单位 */
  | 'UNIT';

/** Where a need stands. COLLECTED → IN_PROJECT (createProjectFromNeed) → MET (its project accepted); back to COLLECTED when its project is rejected or cancelled; NOT_TAKEN_UP when closed without a project (closeNeed, with a reason). */
export type NeedStatus =
  /** 已征集 */
  | 'COLLECTED'
  /** 已立项 */
  | 'IN_PROJECT'
  /** 已解决 */
  | 'MET'
  /** 未采纳 */
  | 'NOT_TAKEN_UP';

export type NeedStatusCount = {
  __typename?: 'NeedStatusCount';
  count: Scalars['Int']['output'];
  status: NeedStatus;
};

/** How urgent a need is. */
export type NeedUrgency =
  /** 一般 */
  | 'NORMAL'
  /** 较急 */
  | 'PRESSING'
  /** 紧急 */
  | 'URGENT';

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  /** When it became due (was delivered in-app). */
  dueAt: Scalars['DateTime']['output'];
  /** Stable: the meeting, the kind and the moment. */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  meetingId: Scalars['ID']['output'];
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type NotificationFeed = {
  __typename?: 'NotificationFeed';
  /** Newest first. */
  items: Array<Notification>;
  unreadCount: Scalars['Int']['output'];
};

export type NotificationKind =
  /** 会议取消 */
  | 'MEETING_CANCELLED'
  /** 会议通知 */
  | 'MEETING_NOTICE'
  /** 会议延期 */
  | 'MEETING_POSTPONED'
  /** 会议提醒 (at one of the region's offsets before the start) */
  | 'MEETING_REMINDER';

/** A person holding (or who held) a post of the alliance, from a member unit. */
export type Officer = {
  __typename?: 'Officer';
  createdAt: Scalars['DateTime']['output'];
  /** Holding the post now (until replaced or the term is ended). */
  current: Scalars['Boolean']['output'];
  /** Why the term ended; 由新任接替 when replaced by a new appointment. */
  endReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  personTitle?: Maybe<Scalars['String']['output']>;
  post: OfficerPost;
  /** The planned end while current; the day the term ended once past. */
  termEnd?: Maybe<Scalars['Date']['output']>;
  termStart: Scalars['Date']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type OfficerPost =
  /** 常务副会长 (one) */
  | 'EXECUTIVE_VICE_PRESIDENT'
  /** 会长 (one) */
  | 'PRESIDENT'
  /** 执行副会长 (one, yearly, by consultation: 002 art.13(6)) */
  | 'ROTATING_VICE_PRESIDENT'
  /** 秘书长 (one) */
  | 'SECRETARY_GENERAL'
  /** 副会长 (several) */
  | 'VICE_PRESIDENT';

export type OpenAgendaSolicitationInput = {
  /** Replies are taken until then; no later than the meeting's start. */
  closesAt: Scalars['DateTime']['input'];
  meetingId: Scalars['ID']['input'];
  /** What is asked (征集内容). */
  question: Scalars['String']['input'];
  /** Units asked, each invited to the meeting; default: every invited unit. */
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Stable addresses of a published list as open data (UTF-8 CSV with BOM, and .xlsx). */
export type OpenDataLinks = {
  __typename?: 'OpenDataLinks';
  csv: Scalars['String']['output'];
  xlsx: Scalars['String']['output'];
};

export type OpenDataList = {
  __typename?: 'OpenDataList';
  links: OpenDataLinks;
  type: PublishableType;
  year: Scalars['Int']['output'];
};

/** Organisation level (组织层级). */
export type OrgLevel =
  /** 党支部 */
  | 'BRANCH'
  /** 党委 */
  | 'COMMITTEE'
  /** 党总支 */
  | 'GENERAL_BRANCH'
  /** 网格党支部 */
  | 'GRID_BRANCH'
  /** 党小组 */
  | 'GROUP'
  /** 联合党支部 */
  | 'JOINT_BRANCH';

export type OutboxChannel =
  /** 站内 (the bell): the only channel delivered today */
  | 'IN_APP'
  /** 短信: not built */
  | 'SMS'
  /** 微信: not built */
  | 'WECHAT';

/** One reminder sent to one invitee. */
export type OutboxEntry = {
  __typename?: 'OutboxEntry';
  channel: OutboxChannel;
  dueAt: Scalars['DateTime']['output'];
  kind: OutboxKind;
  /** The member (recipientKind MEMBER). */
  member?: Maybe<Member>;
  /** The bell's id of the reminder: a read in the bell marks the entry. */
  notificationId: Scalars['ID']['output'];
  /** Minutes before the start. */
  offsetMinutes: Scalars['Int']['output'];
  /** The first read by the recipient (anyone of the unit, or the member); null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  recipientId: Scalars['ID']['output'];
  recipientKind: OutboxRecipientKind;
  /** 会前 1 天, 会前 1 小时 … */
  reminderLabel: Scalars['String']['output'];
  sentAt: Scalars['DateTime']['output'];
  /** The unit (recipientKind UNIT). */
  unit?: Maybe<Unit>;
};

export type OutboxEntryConnection = {
  __typename?: 'OutboxEntryConnection';
  edges: Array<OutboxEntryEdge>;
  pageInfo: PageInfo;
};

export type OutboxEntryEdge = {
  __typename?: 'OutboxEntryEdge';
  cursor: Scalars['String']['output'];
  node: OutboxEntry;
};

export type OutboxKind =
  /** 会议提醒 */
  | 'REMINDER';

export type OutboxRecipientKind =
  /** A member invited in person */
  | 'MEMBER'
  /** An invited unit (its liaison and members) */
  | 'UNIT';

/** Cursor paging information (Relay connection spec). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to read the next page; null when this page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items may follow. A filtered list can end on an empty last page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A co-building pairing (结对共建, 000 art.12) between a unit and a village or community, under a 共驻共建协议书. */
export type Pairing = {
  __typename?: 'Pairing';
  /** The signed agreement (协议书). */
  agreement?: Maybe<ArchiveFile>;
  /** The village or community it pairs with. */
  community: Unit;
  /** What the two sides agreed to do together. */
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  endReason?: Maybe<Scalars['String']['output']>;
  endedOn?: Maybe<Scalars['Date']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The term's end date has passed while the pairing is still active. */
  expired: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Agreement term. */
  startsOn: Scalars['Date']['output'];
  status: PairingStatus;
  /** The unit that pairs (成员单位). */
  unit: Unit;
  version: Scalars['Int']['output'];
};

export type PairingConnection = {
  __typename?: 'PairingConnection';
  edges: Array<PairingEdge>;
  pageInfo: PageInfo;
};

export type PairingEdge = {
  __typename?: 'PairingEdge';
  cursor: Scalars['String']['output'];
  node: Pairing;
};

export type PairingStatus =
  | 'ACTIVE'
  | 'ENDED';

/**
 * A partner system (合作系统: a mobile app's or mini-program's back end, another government system) registered by the
 * platform admin for one region. It signs in with client credentials (client id and secret) and acts in that region.
 */
export type PartnerClient = {
  __typename?: 'PartnerClient';
  /** The identity provider's client id (the Cognito app client's, or the local issuer's). */
  clientId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  name: Scalars['String']['output'];
  regionId: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Of gongjian/public.read and gongjian/member.act. */
  scopes: Array<Scalars['String']['output']>;
  /** The last secret rotation (the registration until the first). */
  secretRotatedAt: Scalars['DateTime']['output'];
  state: PartnerClientState;
  version: Scalars['Int']['output'];
};

export type PartnerClientConnection = {
  __typename?: 'PartnerClientConnection';
  edges: Array<PartnerClientEdge>;
  pageInfo: PageInfo;
};

export type PartnerClientEdge = {
  __typename?: 'PartnerClientEdge';
  cursor: Scalars['String']['output'];
  node: PartnerClient;
};

/** Whether a partner system's tokens are accepted. */
export type PartnerClientState =
  /** Its tokens act in its region. */
  | 'ACTIVE'
  /** Stopped: no new tokens; tokens already issued are refused by the API within a minute. */
  | 'REVOKED';

/** A client just registered, or its secret just rotated: the secret is shown this once and kept nowhere by the platform. */
export type PartnerClientWithSecret = {
  __typename?: 'PartnerClientWithSecret';
  client: PartnerClient;
  clientSecret: Scalars['String']['output'];
};

/** One line of the points ledger (积分台账): never edited; a correction is a new line. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** Hours, months or meetings counted. */
  basis?: Maybe<Scalars['Float']['output']>;
  /** For RECOMPUTE: the kind of the line it corrects. */
  correcting?: Maybe<PointsKind>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PointsKind;
  points: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
  rulesVersion: Scalars['Int']['output'];
  /** The service record, training, post or meeting the points come from. */
  sourceId?: Maybe<Scalars['ID']['output']>;
};

export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  edges: Array<PointsEntryEdge>;
  pageInfo: PageInfo;
};

export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  cursor: Scalars['String']['output'];
  node: PointsEntry;
};

export type PointsKind =
  /** 加减分 */
  | 'ADJUSTMENT'
  /** 参加会议 */
  | 'MEETING'
  /** 认岗履职 */
  | 'POST'
  /** 规则调整重算 */
  | 'RECOMPUTE'
  /** 志愿服务 */
  | 'SERVICE'
  /** 学习培训 */
  | 'TRAINING';

/** One step of a recompute: call again with `after` until `done`. */
export type PointsRecompute = {
  __typename?: 'PointsRecompute';
  after?: Maybe<Scalars['String']['output']>;
  /** Correction lines written in this step. */
  corrected: Scalars['Int']['output'];
  done: Scalars['Boolean']['output'];
  /** Members walked in this step. */
  processed: Scalars['Int']['output'];
  rulesVersion: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A post (岗位) a community defines for members to take on (设岗定责): environment and hygiene supervision, public facilities, greening, culture … */
export type Post = {
  __typename?: 'Post';
  /** How many members may hold it at once; never exceeded. */
  capacity: Scalars['Int']['output'];
  community?: Maybe<Unit>;
  communityUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  duties?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  holderCount: Scalars['Int']['output'];
  /** Who holds it now (the community and the secretariat see names; others the count). */
  holders: Array<PostHolder>;
  id: Scalars['ID']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: PostStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PostConnection = {
  __typename?: 'PostConnection';
  edges: Array<PostEdge>;
  pageInfo: PageInfo;
};

export type PostEdge = {
  __typename?: 'PostEdge';
  cursor: Scalars['String']['output'];
  node: Post;
};

/** A member holding a post (认岗). */
export type PostHolder = {
  __typename?: 'PostHolder';
  claimedAt: Scalars['DateTime']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  post?: Maybe<Post>;
};

/** OPEN while members may claim it; CLOSED by the community (its holders leave it). */
export type PostStatus =
  /** 已关闭 */
  | 'CLOSED'
  /** 开放 */
  | 'OPEN';

export type PostponeMeetingInput = {
  endsAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  version: Scalars['Int']['input'];
};

/** Either a new upload (an .xlsx via createUploadUrl), or an earlier preview to check again with another header row or column mapping. */
export type PreviewMemberImportInput = {
  /** Columns to map otherwise than their header says. */
  columns?: InputMaybe<Array<MemberImportColumnInput>>;
  /** The header's row number (1 = the sheet's first row), when the one found is wrong. */
  headerRowNumber?: InputMaybe<Scalars['Int']['input']>;
  importId?: InputMaybe<Scalars['ID']['input']>;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};

export type PreviewNeedImportInput = {
  /** An .xlsx announced by createUploadUrl and uploaded: the template or the community's own list (header under title rows; 需求/需求名称, 类别, 社区/征集社区 … recognised). At most 2,000 rows. */
  uploadId: Scalars['ID']['input'];
  /** The year the needs are collected for. */
  year: Scalars['Int']['input'];
};

/** A co-building project (项目清单 / 服务清单 entry). */
export type Project = {
  __typename?: 'Project';
  /** The acceptance record (验收意见), once ACCEPTED. */
  acceptanceNote?: Maybe<Scalars['String']['output']>;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  allowedActions: Array<ProjectAction>;
  /** Budget in yuan. */
  budget?: Maybe<Scalars['Int']['output']>;
  /** How units claimed it (null: not yet claimed). */
  claimMode?: Maybe<ClaimMode>;
  /** Until this instant only units paired with the community may claim; then the claiming hall (认领大厅) is open to all. */
  claimWindowEndsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Active claims: responsible units, resources taken, volunteer places. One read of the project's own claims: ask it of one project (its page), not of every row of a list. */
  claims: Array<Claim>;
  communityUnit?: Maybe<Unit>;
  /** The community the needs came from. */
  communityUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The lifecycle moves, oldest first. */
  history: Array<ProjectEvent>;
  id: Scalars['ID']['output'];
  leadUnit?: Maybe<Unit>;
  /** The lead or sole responsible unit. */
  leadUnitId?: Maybe<Scalars['ID']['output']>;
  /** The needs it meets. */
  needIds: Array<Scalars['ID']['output']>;
  needs: Array<Need>;
  overdue: Scalars['Boolean']['output'];
  /** Progress reports (进展) with their photos and files, newest first. */
  progress: ProjectProgressConnection;
  publication?: Maybe<Publication>;
  /** Residents' ratings (1–5) once accepted: the average (one decimal; null before any) and how many. */
  rating: ProjectRatingSummary;
  /** The ratings with their comments, newest first. */
  ratings: ProjectRatingConnection;
  slotsTaken: Scalars['Int']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  /** Why it was rejected or cancelled. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** 目标完成日期: past it and not accepted, the project is overdue. */
  targetOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Volunteer places members may claim (0: none). */
  volunteerSlots: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


/** A co-building project (项目清单 / 服务清单 entry). */
export type ProjectProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A co-building project (项目清单 / 服务清单 entry). */
export type ProjectRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What the caller may do next with a project (its state, the caller's role, the claim window). */
export type ProjectAction =
  | 'ACCEPT'
  | 'APPROVE'
  | 'CANCEL'
  | 'CLAIM'
  | 'REJECT'
  | 'REPORT_PROGRESS'
  | 'START';

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** A move of a project's lifecycle (progress reports are in `progress`, claims in `claims`). */
export type ProjectEvent = {
  __typename?: 'ProjectEvent';
  /** The status moved to (SUBMITTED, APPROVED …). */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  from?: Maybe<ProjectStatus>;
  note?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ProjectStatus>;
};

export type ProjectFigures = {
  __typename?: 'ProjectFigures';
  /** The budgets of the year's projects in yuan, rejected and cancelled ones left out. */
  budget: Scalars['Int']['output'];
  byStatus: Array<ProjectStatusCount>;
  total: Scalars['Int']['output'];
};

/** A year's projects, newest first. Filters combine. */
export type ProjectFilter = {
  /** Only projects past their target date and not accepted, rejected or cancelled. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ProjectStatus>;
  /** Projects this unit claimed (responsibility or resources). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** A progress report (进展) while a project is carried out. */
export type ProjectProgress = {
  __typename?: 'ProjectProgress';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  files: Array<ArchiveFile>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** The responsible unit it reported for (null: the secretariat). */
  unit?: Maybe<Unit>;
};

export type ProjectProgressConnection = {
  __typename?: 'ProjectProgressConnection';
  edges: Array<ProjectProgressEdge>;
  pageInfo: PageInfo;
};

export type ProjectProgressEdge = {
  __typename?: 'ProjectProgressEdge';
  cursor: Scalars['String']['output'];
  node: ProjectProgress;
};

/** A resident's rating of an accepted project. */
export type ProjectRating = {
  __typename?: 'ProjectRating';
  /** Entered by the community (or the secretariat) on a resident's behalf, e.g. from a paper form. */
  byCommunity: Scalars['Boolean']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  score: Scalars['Int']['output'];
};

export type ProjectRatingConnection = {
  __typename?: 'ProjectRatingConnection';
  edges: Array<ProjectRatingEdge>;
  pageInfo: PageInfo;
};

export type ProjectRatingEdge = {
  __typename?: 'ProjectRatingEdge';
  cursor: Scalars['String']['output'];
  node: ProjectRating;
};

export type ProjectRatingSummary = {
  __typename?: 'ProjectRatingSummary';
  average?: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
};

/**
 * A project's lifecycle (002 art.20–21, 工程化运作): SUBMITTED 申报 → APPROVED 核准 → IN_PROGRESS 实施 → ACCEPTED 验收;
 * REJECTED 驳回 from SUBMITTED; CANCELLED 撤销 from SUBMITTED, APPROVED or IN_PROGRESS.
 */
export type ProjectStatus =
  /** 验收 */
  | 'ACCEPTED'
  /** 核准 */
  | 'APPROVED'
  /** 撤销 */
  | 'CANCELLED'
  /** 实施 */
  | 'IN_PROGRESS'
  /** 驳回 */
  | 'REJECTED'
  /** 申报 */
  | 'SUBMITTED';

export type ProjectStatusCount = {
  __typename?: 'ProjectStatusCount';
  count: Scalars['Int']['output'];
  status: ProjectStatus;
};

/** A photo or file of a published project's progress: a download link valid for a while. */
export type PublicFile = {
  __typename?: 'PublicFile';
  contentType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** A published need, as residents read it. */
export type PublicNeed = {
  __typename?: 'PublicNeed';
  category: Scalars['String']['output'];
  communityName: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Scalars['DateTime']['output'];
  status: NeedStatus;
  title: Scalars['String']['output'];
  wantedFrom?: Maybe<Scalars['Date']['output']>;
  wantedUntil?: Maybe<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

export type PublicNeedConnection = {
  __typename?: 'PublicNeedConnection';
  edges: Array<PublicNeedEdge>;
  pageInfo: PageInfo;
};

export type PublicNeedEdge = {
  __typename?: 'PublicNeedEdge';
  cursor: Scalars['String']['output'];
  node: PublicNeed;
};

/** A progress report of a published project: what was done and its photos, not who wrote it. */
export type PublicProgress = {
  __typename?: 'PublicProgress';
  at: Scalars['DateTime']['output'];
  files: Array<PublicFile>;
  note: Scalars['String']['output'];
};

/** A published project, as residents read it. */
export type PublicProject = {
  __typename?: 'PublicProject';
  acceptanceNote?: Maybe<Scalars['String']['output']>;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  communityName: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The latest progress reports, newest first (at most 20). */
  progress: Array<PublicProgress>;
  publishedAt: Scalars['DateTime']['output'];
  rating: ProjectRatingSummary;
  slotsTaken: Scalars['Int']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  targetOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  /** Units responsible (责任单位), the lead first. */
  unitNames: Array<Scalars['String']['output']>;
  volunteerSlots: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type PublicProjectConnection = {
  __typename?: 'PublicProjectConnection';
  edges: Array<PublicProjectEdge>;
  pageInfo: PageInfo;
};

export type PublicProjectEdge = {
  __typename?: 'PublicProjectEdge';
  cursor: Scalars['String']['output'];
  node: PublicProject;
};

/** What anyone may read of a region. */
export type PublicRegion = {
  __typename?: 'PublicRegion';
  id: Scalars['ID']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  /** This year's (or `year`'s) published needs, newest published first; `search` matches the title. */
  needs: PublicNeedConnection;
  /** Where each published list of the year is downloadable. */
  openData: Array<OpenDataList>;
  /** One published project (the QR code on the notice board leads here). */
  project?: Maybe<PublicProject>;
  projects: PublicProjectConnection;
  /** The year's published resolutions of approved meetings (by the meeting's year), newest published first; `search` matches the title. */
  resolutions: PublicResolutionConnection;
  resources: PublicResourceConnection;
};


/** What anyone may read of a region. */
export type PublicRegionNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionOpenDataArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionProjectArgs = {
  id: Scalars['ID']['input'];
};


/** What anyone may read of a region. */
export type PublicRegionProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A published resolution (决议公开), as residents read it: what was decided and at which meeting — no person (chair,
 * recorder, attendees, delegates) and no unit's reserved view.
 */
export type PublicResolution = {
  __typename?: 'PublicResolution';
  adoptedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The meeting's day in China. */
  meetingDate: Scalars['Date']['output'];
  meetingKind: MeetingKind;
  /** 会议类别 in words (党建联席会议, 理事会, …). */
  meetingKindLabel: Scalars['String']['output'];
  meetingTitle: Scalars['String']['output'];
  /** `{meeting date}-{item order}`, e.g. 2026-12-20-2 */
  number: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublicResolutionConnection = {
  __typename?: 'PublicResolutionConnection';
  edges: Array<PublicResolutionEdge>;
  pageInfo: PageInfo;
};

export type PublicResolutionEdge = {
  __typename?: 'PublicResolutionEdge';
  cursor: Scalars['String']['output'];
  node: PublicResolution;
};

/** A published resource, as residents read it: no contact person or phone. */
export type PublicResource = {
  __typename?: 'PublicResource';
  availableFrom?: Maybe<Scalars['Date']['output']>;
  availableUntil?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Scalars['DateTime']['output'];
  quantity: Scalars['Int']['output'];
  quantityLeft: Scalars['Int']['output'];
  quantityUnit: Scalars['String']['output'];
  title: Scalars['String']['output'];
  type: ResourceType;
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublicResourceConnection = {
  __typename?: 'PublicResourceConnection';
  edges: Array<PublicResourceEdge>;
  pageInfo: PageInfo;
};

export type PublicResourceEdge = {
  __typename?: 'PublicResourceEdge';
  cursor: Scalars['String']['output'];
  node: PublicResource;
};

/** That a record is published (公示): when and by whom. */
export type Publication = {
  __typename?: 'Publication';
  /** A published resolution's meeting (the console links to it); null for the lists' records. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  publishedBy: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  recordType: PublishableType;
  /** The record's title when it was published. */
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  edges: Array<PublicationEdge>;
  pageInfo: PageInfo;
};

export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  cursor: Scalars['String']['output'];
  node: Publication;
};

export type PublishableType =
  | 'NEED'
  | 'PROJECT'
  /** A resolution (决议) of a meeting whose minutes were approved; published under the meeting's year. */
  | 'RESOLUTION'
  | 'RESOURCE';

export type Query = {
  __typename?: 'Query';
  /** One account of the caller's region. */
  account?: Maybe<Account>;
  /** The region's accounts by role then username. Secretariat only. */
  accounts: AccountConnection;
  /** The region's action items by due date (督办), filtered; at most 100 a page. */
  actionItems: ActionItemConnection;
  allianceSettings: AllianceSettings;
  /** A document (a deleted one too, for the region admin; null for a liaison); another unit's is refused. */
  archiveDocument?: Maybe<ArchiveDocument>;
  /** The archive of the caller's region, newest first within a folder. A liaison sees its own unit's documents only. */
  archiveDocuments: ArchiveDocumentConnection;
  /** How many documents each folder holds in a year (the folder tree); with unitId, that unit's. */
  archiveFolders: Array<ArchiveFolderCount>;
  /** A record's audit trail, newest first. */
  auditTrail: AuditEntryConnection;
  /** The caller's calendar subscription; null when it has none. Any person of a region, its own only. */
  calendarFeed?: Maybe<CalendarFeed>;
  /** The region's charter (章程): everyone of the region reads it. */
  charter: Charter;
  /** 认领大厅: approved projects of the year the caller's unit may claim now (a region admin sees every approved one). */
  claimableProjects: ProjectConnection;
  communityReport?: Maybe<CommunityReport>;
  /** Reports, newest first: a community's (its liaison: its own), a unit's members' (its liaison: its own), a member's. At most 100 a page. */
  communityReports: CommunityReportConnection;
  /** The region admin's 回收站: deleted documents, newest deletion first (those past 30 days too, no longer restorable). */
  deletedArchiveDocuments: ArchiveDocumentConnection;
  engagementRules: EngagementRules;
  /** A unit's members with their grade and community feedback, by name. */
  evaluationGrid: EvaluationRowConnection;
  ledgerItem?: Maybe<LedgerItem>;
  /** The secretariat: every item; a liaison: the items its unit raised or handles. */
  ledgerItems: LedgerItemConnection;
  ledgerYear: LedgerYear;
  /** The region's settings of the lists (the defaults until the secretariat sets its own). */
  listSettings: ListSettings;
  /** The year view (年度清单概况). */
  listYear: ListYear;
  meeting?: Maybe<Meeting>;
  /** Every kind with the region's rule (defaults from 001/002/003 until changed) and whether it is overdue. */
  meetingCadence: Array<MeetingCadence>;
  /** 提醒发送记录: a meeting's outbox, latest reminder first (the secretariat). */
  meetingOutbox: OutboxEntryConnection;
  /** The region's reminder offsets, minutes before a meeting's start, largest first (the secretariat). */
  meetingReminderOffsets: Array<Scalars['Int']['output']>;
  /** The region's meetings by start time, earliest first; at most 100 a page. */
  meetings: MeetingConnection;
  member?: Maybe<Member>;
  memberImport?: Maybe<MemberImport>;
  /** The roster template (.xlsx): Chinese headers, drop-downs for the enums and the region's units. */
  memberImportTemplate: GeneratedFile;
  /** The region's imports, newest first (an import left half-way is found again here). */
  memberImports: MemberImportConnection;
  memberPoints: MemberPoints;
  /** The region's roster (党员名册) by name (pinyin order); at most 100 a page. */
  members: MemberConnection;
  need?: Maybe<Need>;
  /** The region's need categories (default: 养老, 助残, 托幼, 环境, 文体, 就业, 法律, 医疗, 教育, 治安, 其他). */
  needCategories: Array<Scalars['String']['output']>;
  /** The needs template of a year (需求清单导入模板): categories, urgency, source and the region's communities (a liaison's own) in drop-downs. */
  needImportTemplate: GeneratedFile;
  /** A year's needs; at most 100 a page. */
  needs: NeedConnection;
  /** Current officers by post (会长 first); with includePast, then past ones, latest ended first. */
  officers: Array<Officer>;
  /** A region's partner clients, newest first, revoked ones too. Platform admin only. */
  partnerClients: PartnerClientConnection;
  post?: Maybe<Post>;
  /** A community's posts by title; open ones unless `includeClosed`. */
  posts: PostConnection;
  project?: Maybe<Project>;
  /** A year's projects; at most 100 a page. */
  projects: ProjectConnection;
  /** Published (公示) information of a region, for anyone, signed in or not. Lists and resolutions join it as they are published. */
  publicRegion?: Maybe<PublicRegion>;
  /** The region's published records of a type and year, newest published first (the secretariat's 公示管理). */
  publications: PublicationConnection;
  /** The region's audit trail, newest first. */
  regionAuditTrail: AuditEntryConnection;
  /** Every region of the deployment, newest first. Platform admin only. */
  regions: RegionConnection;
  /** Changes of units' representatives and liaisons (变更备案), newest first. At most 100 a page. */
  representativeChanges: RepresentativeChangeConnection;
  resolution?: Maybe<Resolution>;
  resource?: Maybe<Resource>;
  /** A year's resources; at most 100 a page. */
  resources: ResourceConnection;
  serviceRecords: ServiceRecordConnection;
  /** By name; of one kind or all. At most 100 a page. */
  subBodies: SubBodyConnection;
  subBody?: Maybe<SubBody>;
  /** Resources that could serve a need: available, quantity left, in time, of a fitting type; paired units' first. At most 50. */
  suggestResources: Array<ResourceSuggestion>;
  /** A member's trainings of a year. */
  trainingRecords: TrainingRecordConnection;
  /** A unit's members against their training minimum; `onlyShort` keeps those who fall short (within each page). */
  trainingStatus: TrainingStatusConnection;
  unit?: Maybe<Unit>;
  unitEvaluation: UnitEvaluation;
  /** The region's units to pick from, by name (pinyin order): the secretariat and every unit liaison; at most 100 a page. */
  unitOptions: UnitOptionConnection;
  /** Units of the caller's region by name; at most 100 a page. */
  units: UnitConnection;
  /** The signed-in caller. */
  viewer: Viewer;
};


export type QueryAccountArgs = {
  username: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArchiveDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArchiveDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ArchiveFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArchiveFoldersArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recordId: Scalars['ID']['input'];
};


export type QueryClaimableProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryCommunityReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: CommunityReportFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeletedArchiveDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEngagementRulesArgs = {
  year: Scalars['Int']['input'];
};


export type QueryEvaluationGridArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryLedgerItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLedgerItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: LedgerFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLedgerYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryListYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  meetingId: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemberImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemberImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberPointsArgs = {
  memberId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeedImportTemplateArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: NeedFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOfficersArgs = {
  includePast?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPartnerClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionId: Scalars['ID']['input'];
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityUnitId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ProjectFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type: PublishableType;
  year: Scalars['Int']['input'];
};


export type QueryRegionAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRepresentativeChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RepresentativeChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResolutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ResourceFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ServiceRecordFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SubBodyKind>;
};


export type QuerySubBodyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuggestResourcesArgs = {
  needId: Scalars['ID']['input'];
};


export type QueryTrainingRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  memberId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryTrainingStatusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onlyShort?: InputMaybe<Scalars['Boolean']['input']>;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitEvaluationArgs = {
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryUnitOptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitOptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RaiseLedgerItemInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: LedgerKind;
  /** The raising unit: a liaison's own; the secretariat names one. */
  raisedByUnitId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/**
 * A rating of an accepted project. Anonymous (the public entry): `regionId` and `raterKey` (the resident's mobile number
 * or a device id; kept only as a keyed hash) — one rating per rater and project. A member's token rates as the member; a
 * partner relays a resident with `raterKey`; the community's liaison or the secretariat enters a resident's rating on
 * their behalf (`raterKey` optional). Signed-in callers rate in their own region (`regionId` is ignored).
 */
export type RateProjectInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  raterKey?: InputMaybe<Scalars['String']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  score: Scalars['Int']['input'];
};

export type RebindAccountInput = {
  /** The unit it speaks for from now on: of the region, not withdrawn, without a liaison account. */
  unitId: Scalars['ID']['input'];
  /** A UNIT_LIAISON account. */
  username: Scalars['ID']['input'];
  /** The version read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The resolutions notice's receipts: every invited unit (attending or not) is expected to acknowledge. */
export type ReceiptSummary = {
  __typename?: 'ReceiptSummary';
  acknowledged: Scalars['Int']['output'];
  expected: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
};

export type RecordAttendanceInput = {
  attendee?: InputMaybe<Scalars['String']['input']>;
  delegate?: InputMaybe<Scalars['String']['input']>;
  late?: InputMaybe<Scalars['Boolean']['input']>;
  leaveReason?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  /** A member invited in person (instead of a unit); PRESENT credits its points per meeting once. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status: AttendanceStatus;
  /** The invited unit; or memberId (exactly one). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The attendance's version as read (0 while nothing is recorded). */
  version: Scalars['Int']['input'];
};

export type RecordConsensusInput = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  position: ConsensusPosition;
  unitId: Scalars['ID']['input'];
  /** Required for RESERVE and OBJECT. */
  view?: InputMaybe<Scalars['String']['input']>;
};

/** A region (区域): the tenant. One street or township party committee and its alliance. */
export type Region = {
  __typename?: 'Region';
  /** Sign-in accounts of the region's people, maintained on write. */
  accountCount: Scalars['Int']['output'];
  /** Accounts of the region's admins (秘书处). */
  adminCount: Scalars['Int']['output'];
  /** The region's admin accounts (at most 50): the platform admin's view of who runs the region. */
  admins: Array<Account>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When its people last changed something (recorded at most every 10 minutes); null before any change. */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  level: RegionLevel;
  /** Members on the region's roster, maintained on write. */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Short, lower-case, unique in the deployment: the region's part of public URLs. Null for a region made before slugs. */
  slug?: Maybe<Scalars['String']['output']>;
  state: RegionState;
  /** The organisation the region reports to (上级党组织). */
  superiorOrganization?: Maybe<Scalars['String']['output']>;
  suspendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 停用原因 */
  suspendedReason?: Maybe<Scalars['String']['output']>;
  /** Units in the region, maintained on write. */
  unitCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Raised by each change of the region's own fields (not by its counts). */
  version: Scalars['Int']['output'];
};

export type RegionChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  pageInfo: PageInfo;
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

/** Administrative level of a region (the tenant). */
export type RegionLevel =
  /** 区 */
  | 'DISTRICT'
  /** 街道 */
  | 'STREET'
  /** 乡镇 */
  | 'TOWNSHIP';

/** A suspended region's people cannot sign in or call the API; its data is kept. */
export type RegionState =
  /** 正常 */
  | 'ACTIVE'
  /** 已停用 */
  | 'SUSPENDED';

export type RegisterPartnerClientInput = {
  /** What the system is (shown to the platform admin and in the region's audit trail), up to 50 characters. */
  name: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
  /** At least one of gongjian/public.read, gongjian/member.act. */
  scopes: Array<Scalars['String']['input']>;
};

export type RegisterUnitInput = {
  /** The community party organisation the unit reports to. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** An upload (createUploadUrl) holding the signed registration form. */
  formUploadId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Date on the registration form; not in the future. */
  registeredOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

/** Registration (报到登记) of a unit with its community party organisation (000 art.10; 001 附件5). */
export type Registration = {
  __typename?: 'Registration';
  /** The community organisation the unit reported to. */
  community?: Maybe<Unit>;
  /** The signed registration form (报到登记表). */
  form?: Maybe<ArchiveFile>;
  note?: Maybe<Scalars['String']['output']>;
  registeredOn: Scalars['Date']['output'];
};

/** What one run of the dispatcher recorded for the region. */
export type ReminderDispatch = {
  __typename?: 'ReminderDispatch';
  /** False when more meetings were due than a run reads (the next run goes on). */
  complete: Scalars['Boolean']['output'];
  entries: Scalars['Int']['output'];
  /** Noticed meetings starting within the largest offset. */
  meetings: Scalars['Int']['output'];
  reminders: Scalars['Int']['output'];
};

export type RemoveMemberInput = {
  id: Scalars['ID']['input'];
  /** Required for OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: MemberRemovalReason;
  /** Date the member left; not in the future. Defaults to today. */
  removedOn?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

export type ReopenLedgerItemInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A new version of a document's file; the earlier versions stay. */
export type ReplaceArchiveFileInput = {
  id: Scalars['ID']['input'];
  /** Why it is replaced (更正、补充 …). */
  note?: InputMaybe<Scalars['String']['input']>;
  uploadId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ReplyToAgendaSolicitationInput = {
  meetingId: Scalars['ID']['input'];
  opinion?: InputMaybe<Scalars['String']['input']>;
  proposals?: InputMaybe<Array<AgendaProposalInput>>;
  /** The replying unit: a liaison's own (omitted: its own; another unit is refused). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The reply's version as read (0: none yet); omitted: the one read now. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportActionItemInput = {
  actionItemId: Scalars['ID']['input'];
  done?: InputMaybe<Scalars['Boolean']['input']>;
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
  /** The reporting unit (a liaison: its own; the secretariat names one). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportLedgerProgressInput = {
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

export type ReportProjectProgressInput = {
  /** Photos and files (createUploadUrl), at most 9. */
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

export type ReportToCommunityInput = {
  /** A 村 or 社区 unit of the region. */
  communityUnitId: Scalars['ID']['input'];
  /** Omitted with a member's token: the member itself. A liaison files for its unit's members, the secretariat for any. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A change of a unit's fixed representative or liaison (a new person: appointed, replaced or removed), recorded by the
 * unit's update itself, to be filed by the secretariat (变更备案, 002 art.25).
 */
export type RepresentativeChange = {
  __typename?: 'RepresentativeChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  /** Null while pending (待备案). */
  filedAt?: Maybe<Scalars['DateTime']['output']>;
  filedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Null when the post was cleared. */
  next?: Maybe<UnitPerson>;
  post: RepresentativePost;
  /** Null when the post was empty. Phones are masked for all but region admins. */
  previous?: Maybe<UnitPerson>;
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RepresentativeChangeConnection = {
  __typename?: 'RepresentativeChangeConnection';
  edges: Array<RepresentativeChangeEdge>;
  pageInfo: PageInfo;
};

export type RepresentativeChangeEdge = {
  __typename?: 'RepresentativeChangeEdge';
  cursor: Scalars['String']['output'];
  node: RepresentativeChange;
};

export type RepresentativeChangeFilter = {
  /** false: pending (待备案); true: filed (已备案); absent: both. */
  filed?: InputMaybe<Scalars['Boolean']['input']>;
  /** A liaison reads its own unit's only (the filter is forced to it). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type RepresentativePost =
  /** 联络员 */
  | 'LIAISON'
  /** 固定代表 */
  | 'REPRESENTATIVE';

export type RequestLeaveInput = {
  /** Who attends instead (optional). */
  delegate?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  /** A member invited in person (a member: itself, the default for a member's token; the secretariat names it). Not with unitId. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  /** The unit (a liaison: its own; omitted: the caller's). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReservedView = {
  __typename?: 'ReservedView';
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  view: Scalars['String']['output'];
};

/** A resolution (决议): an agenda item's decision reached by consensus, written when the minutes are approved. */
export type Resolution = {
  __typename?: 'Resolution';
  actionItems: Array<ActionItem>;
  adoptedAt: Scalars['DateTime']['output'];
  agendaItemId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  meeting?: Maybe<Meeting>;
  meetingId: Scalars['ID']['output'];
  /** `{meeting date}-{item order}` */
  number: Scalars['String']['output'];
  /** Set while published (公示) on the region's public page. */
  publication?: Maybe<Publication>;
  reservedViews: Array<ReservedView>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/**
 * 签收: an invited unit's acknowledgement of receipt of the meeting's resolutions notice (决议通知, sent to every unit in
 * writing). Written once per unit: by its liaison, or by the secretariat on its behalf (代为签收) with a note. A unit
 * that has not acknowledged is pending (acknowledged false, no time).
 */
export type ResolutionReceipt = {
  __typename?: 'ResolutionReceipt';
  acknowledged: Scalars['Boolean']['output'];
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  meetingId: Scalars['ID']['output'];
  /** How it was received (e.g. 纸质签收); required when on the unit's behalf. */
  note?: Maybe<Scalars['String']['output']>;
  /** The secretariat acknowledged for the unit (代为签收). */
  onBehalf: Scalars['Boolean']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type ResolveLedgerItemInput = {
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  /** The result (办理结果) the raising unit signs off. */
  resolution: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A resource a unit offers (资源清单 entry): its quantity serves projects until it is used up. */
export type Resource = {
  __typename?: 'Resource';
  availableFrom?: Maybe<Scalars['Date']['output']>;
  availableUntil?: Maybe<Scalars['Date']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  /** Masked (138****1234) except for the region admin and the offering unit's liaison. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publication?: Maybe<Publication>;
  /** How much is offered, in `quantityUnit` (3 名 volunteer doctors, 200 平方米, 20000 元). */
  quantity: Scalars['Int']['output'];
  /** What projects have not taken yet. */
  quantityLeft: Scalars['Int']['output'];
  quantityUnit: Scalars['String']['output'];
  status: ResourceStatus;
  title: Scalars['String']['output'];
  type: ResourceType;
  unit?: Maybe<Unit>;
  /** The offering unit. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  edges: Array<ResourceEdge>;
  pageInfo: PageInfo;
};

export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  cursor: Scalars['String']['output'];
  node: Resource;
};

export type ResourceFigures = {
  __typename?: 'ResourceFigures';
  byType: Array<ResourceTypeCount>;
  total: Scalars['Int']['output'];
  /** Withdrawn by their units. */
  withdrawn: Scalars['Int']['output'];
};

/** A year's resources, newest first. Filters combine. */
export type ResourceFilter = {
  status?: InputMaybe<ResourceStatus>;
  type?: InputMaybe<ResourceType>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only resources no project has taken anything from yet (and not withdrawn). */
  unused?: InputMaybe<Scalars['Boolean']['input']>;
  year: Scalars['Int']['input'];
};

export type ResourceQuantityInput = {
  quantity: Scalars['Int']['input'];
  resourceId: Scalars['ID']['input'];
};

/** AVAILABLE while some quantity is left; USED_UP when all of it serves projects; WITHDRAWN by its unit (quantity already given to projects stays given). */
export type ResourceStatus =
  /** 可用 */
  | 'AVAILABLE'
  /** 已用完 */
  | 'USED_UP'
  /** 已撤回 */
  | 'WITHDRAWN';

/** A resource suggested for a need, with why it fits. */
export type ResourceSuggestion = {
  __typename?: 'ResourceSuggestion';
  /** The offering unit is paired (结对) with the need's community: such resources come first. */
  paired: Scalars['Boolean']['output'];
  resource: Resource;
  /** The resource's type is one that usually serves the need's category. */
  typeFits: Scalars['Boolean']['output'];
};

/** Kinds of resource: 党建, 行政, 社会, 资金 (001 §3(1)); 场地, 人才, 宣传, 教育, 医疗 (001 附件4 §6). */
export type ResourceType =
  /** 行政资源 */
  | 'ADMINISTRATIVE'
  /** 教育 */
  | 'EDUCATION'
  /** 资金 */
  | 'FUNDS'
  /** 医疗 */
  | 'HEALTH'
  /** 党建资源 */
  | 'PARTY_BUILDING'
  /** 宣传 */
  | 'PUBLICITY'
  /** 社会资源 */
  | 'SOCIAL'
  /** 人才 */
  | 'TALENT'
  /** 场地 */
  | 'VENUE';

export type ResourceTypeCount = {
  __typename?: 'ResourceTypeCount';
  count: Scalars['Int']['output'];
  type: ResourceType;
};

/** Roles of DOMAIN.md (a signed-in person has one or more; a partner system is PARTNER). */
export type Role =
  /** An individual party member (党员). */
  | 'MEMBER'
  /** A partner system (mobile app, mini-program, another government system) signed in with client credentials. */
  | 'PARTNER'
  /** Operator of one deployment: creates regions. */
  | 'PLATFORM_ADMIN'
  /** The alliance secretariat (秘书处): everything in its region. */
  | 'REGION_ADMIN'
  /** A member unit's contact person (联络员). */
  | 'UNIT_LIAISON';

/** A roster column an import fills (党员名册的列). */
export type RosterField =
  | 'BIRTH_DATE'
  | 'CATEGORY'
  /** 居住社区, by the community's name */
  | 'COMMUNITY_NAME'
  | 'GENDER'
  | 'ID_NUMBER'
  | 'JOINED_ON'
  | 'NAME'
  | 'NOTE'
  | 'PHONE'
  | 'ROLES'
  | 'STATUS'
  /** 所在党组织, by the unit's name */
  | 'UNIT_NAME';

export type SaveMinutesInput = {
  agendaItemId: Scalars['ID']['input'];
  decision?: InputMaybe<Scalars['String']['input']>;
  /** New files (createUploadUrl first). */
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Files kept from the previous version, by name (omitted: every file is kept; an empty list removes them all). */
  keepFileNames?: InputMaybe<Array<Scalars['String']['input']>>;
  meetingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  /** The minutes' version as read (0 for the first save). */
  version: Scalars['Int']['input'];
};

export type SendMeetingNoticeInput = {
  /** Required when the notice is sent later than 7 days before the start. */
  lateReason?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A member's volunteer service (志愿服务) in a community. Its hours count once the community confirms it. */
export type ServiceRecord = {
  __typename?: 'ServiceRecord';
  community?: Maybe<Unit>;
  /** Where the member served: this community confirms. */
  communityUnitId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  filedAt: Scalars['DateTime']['output'];
  filedBy: Scalars['String']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberUnit?: Maybe<Unit>;
  memberUnitId: Scalars['ID']['output'];
  place?: Maybe<Scalars['String']['output']>;
  post?: Maybe<Post>;
  postId?: Maybe<Scalars['ID']['output']>;
  projectId?: Maybe<Scalars['ID']['output']>;
  servedOn: Scalars['Date']['output'];
  status: ServiceRecordStatus;
  version: Scalars['Int']['output'];
  /** The year the hours count for. */
  year: Scalars['Int']['output'];
};

export type ServiceRecordConnection = {
  __typename?: 'ServiceRecordConnection';
  edges: Array<ServiceRecordEdge>;
  pageInfo: PageInfo;
};

export type ServiceRecordEdge = {
  __typename?: 'ServiceRecordEdge';
  cursor: Scalars['String']['output'];
  node: ServiceRecord;
};

/** Exactly one of communityUnitId (its records to confirm), memberUnitId (what the unit's members did), memberId. */
export type ServiceRecordFilter = {
  communityUnitId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  memberUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ServiceRecordStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ServiceRecordStatus =
  /** 已确认 */
  | 'CONFIRMED'
  /** 未通过 */
  | 'DECLINED'
  /** 待确认 */
  | 'PENDING';

/** 会议材料 of one agenda item: the files kept by name and the new ones; at most 10 an item. */
export type SetAgendaMaterialsInput = {
  /** New files (createUploadUrl first). */
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemId: Scalars['ID']['input'];
  /** Materials kept, by file name (omitted: every one kept; []: none). */
  keepFileNames?: InputMaybe<Array<Scalars['String']['input']>>;
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SetCouncilTermInput = {
  end: Scalars['Date']['input'];
  start: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

/** Omitted fields stay. `version` is the rules' version read (0 for the defaults). */
export type SetEngagementRulesInput = {
  capGradeWithoutReport?: InputMaybe<Scalars['Boolean']['input']>;
  pointsPerMeeting?: InputMaybe<Scalars['Float']['input']>;
  pointsPerPostMonth?: InputMaybe<Scalars['Float']['input']>;
  pointsPerServiceHour?: InputMaybe<Scalars['Float']['input']>;
  pointsPerTrainingHour?: InputMaybe<Scalars['Float']['input']>;
  starPoints?: InputMaybe<Array<Scalars['Float']['input']>>;
  version: Scalars['Int']['input'];
  volunteerStarHours?: InputMaybe<Array<Scalars['Float']['input']>>;
  year: Scalars['Int']['input'];
};

export type SetEvaluationGradeInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  grade: EvaluationGradeValue;
  memberId: Scalars['ID']['input'];
  /** Required for 不合格. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The grade's version read; omitted (or 0) for a first grade. */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

/** Omitted fields stay. */
export type SetListSettingsInput = {
  claimWindowDays?: InputMaybe<Scalars['Int']['input']>;
  needCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  version: Scalars['Int']['input'];
};

export type SetMeetingCadenceInput = {
  /** Months between meetings of this kind (1 = monthly, 3 = quarterly, 6 = half-yearly, 12 = yearly); null removes the rule. */
  everyMonths?: InputMaybe<Scalars['Int']['input']>;
  kind: MeetingKind;
};

/**
 * Appoints a person to a post. For every post but VICE_PRESIDENT the current holder's term ends the day before
 * termStart (kept as history); termStart must be after the holder's. A ROTATING_VICE_PRESIDENT without termEnd serves a year.
 */
export type SetOfficerInput = {
  personName: Scalars['String']['input'];
  personTitle?: InputMaybe<Scalars['String']['input']>;
  post: OfficerPost;
  termEnd?: InputMaybe<Scalars['Date']['input']>;
  termStart: Scalars['Date']['input'];
  /** A unit of the region that has not left the alliance. */
  unitId: Scalars['ID']['input'];
};

export type SignOffLedgerItemInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the secretariat records a sign-off given on paper (the 反馈卡): who signed for the raising unit. Required then. */
  signedOffBy?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** A unit the bulk run left without an account, and why. */
export type SkippedUnit = {
  __typename?: 'SkippedUnit';
  reason: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** A committee or branch of the alliance: a named group of units and people with a convener (牵头单位). */
export type SubBody = {
  __typename?: 'SubBody';
  convenerUnit?: Maybe<Unit>;
  convenerUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: SubBodyKind;
  /** Unique in the region. */
  name: Scalars['String']['output'];
  people: Array<SubBodyPerson>;
  /** How many people (lists show it without reading them). */
  peopleCount: Scalars['Int']['output'];
  unitIds: Array<Scalars['ID']['output']>;
  units: Array<Unit>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SubBodyConnection = {
  __typename?: 'SubBodyConnection';
  edges: Array<SubBodyEdge>;
  pageInfo: PageInfo;
};

export type SubBodyEdge = {
  __typename?: 'SubBodyEdge';
  cursor: Scalars['String']['output'];
  node: SubBody;
};

export type SubBodyKind =
  /** 党建专家咨询委员会 (002 art.15) */
  | 'EXPERT_COMMITTEE'
  /** 专业研究委员会 (002 art.17) */
  | 'RESEARCH_COMMITTEE'
  /** 街道分会 (002 art.18) */
  | 'STREET_BRANCH';

export type SubBodyPerson = {
  __typename?: 'SubBodyPerson';
  name: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Unit>;
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type SubBodyPersonInput = {
  name: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SubmitOpinionInput = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  /** The unit (a liaison: its own; omitted: the caller's). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SuspendRegionInput = {
  id: Scalars['ID']['input'];
  /** 停用原因, kept on the region and in its audit trail. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A training a member attended (学习培训, 004 art.5, 7). */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberUnitId: Scalars['ID']['output'];
  provider?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  topic: Scalars['String']['output'];
  trainedOn: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
};

export type TrainingRecordConnection = {
  __typename?: 'TrainingRecordConnection';
  edges: Array<TrainingRecordEdge>;
  pageInfo: PageInfo;
};

export type TrainingRecordEdge = {
  __typename?: 'TrainingRecordEdge';
  cursor: Scalars['String']['output'];
  node: TrainingRecord;
};

/** A member's training of a year against its minimum (members 24 h, branch secretaries 32 h, community cadres 40 h). */
export type TrainingStatus = {
  __typename?: 'TrainingStatus';
  hours: Scalars['Float']['output'];
  member: Member;
  required: Scalars['Float']['output'];
  /** Hours still missing (0 when met). */
  shortBy: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type TrainingStatusConnection = {
  __typename?: 'TrainingStatusConnection';
  edges: Array<TrainingStatusEdge>;
  pageInfo: PageInfo;
};

export type TrainingStatusEdge = {
  __typename?: 'TrainingStatusEdge';
  cursor: Scalars['String']['output'];
  node: TrainingStatus;
};

/** Moves a member's organisation relation: to another unit of the region (toUnitId), or out of it (destination). */
export type TransferMemberInput = {
  /** The receiving organisation outside the region. */
  destination?: InputMaybe<Scalars['String']['input']>;
  letterNumber?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** A unit of this region; omit for a transfer out of the region and give destination instead. */
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Not in the future. Defaults to today. */
  transferredOn?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

export type TransitionProjectInput = {
  id: Scalars['ID']['input'];
  /** Required for REJECTED and CANCELLED (the reason) and ACCEPTED (验收意见). */
  note?: InputMaybe<Scalars['String']['input']>;
  to: ProjectStatus;
  version: Scalars['Int']['input'];
};

/** A party organisation in the alliance (成员单位 / 党组织). */
export type Unit = {
  __typename?: 'Unit';
  activePairingCount: Scalars['Int']['output'];
  address?: Maybe<Scalars['String']['output']>;
  allianceRole: AllianceRole;
  /** Direct children, maintained on write. */
  childCount: Scalars['Int']['output'];
  /** Direct children, by name. */
  children: UnitConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Full (正式) members among them. */
  fullMemberCount: Scalars['Int']['output'];
  /** The grid (网格) the unit sits in. */
  grid?: Maybe<Scalars['String']['output']>;
  hostKind: HostKind;
  id: Scalars['ID']['output'];
  /** 负责人 */
  leader?: Maybe<UnitPerson>;
  level: OrgLevel;
  levelCheck: LevelCheck;
  /** 联络员 */
  liaison?: Maybe<UnitPerson>;
  /**
   * Fields of UpdateUnitInput the caller may read but not change on this unit (a unit liaison: its name, kind,
   * level, alliance role and parent); empty for a region admin. Forms lock these instead of failing on save.
   */
  lockedFields: Array<Scalars['String']['output']>;
  /** Party members (党员人数) on the roster whose organisation relation is in this unit; kept exact by the member writes. */
  memberCount: Scalars['Int']['output'];
  /** 党员 on the roster whose organisation relation is in this unit, by name. */
  members: MemberConnection;
  name: Scalars['String']['output'];
  /** A member or council unit (not itself a village/community) with no active pairing (000 art.12). */
  needsPairing: Scalars['Boolean']['output'];
  /** Pairings (结对共建) this unit takes part in, on either side, newest first. */
  pairings: PairingConnection;
  parent?: Maybe<Unit>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** 兼职委员 */
  partTimeCommitteeMember?: Maybe<UnitPerson>;
  registration?: Maybe<Registration>;
  /** 固定代表 */
  representative?: Maybe<UnitPerson>;
  shortName?: Maybe<Scalars['String']['output']>;
  status: UnitStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: pass it back on every change. */
  version: Scalars['Int']['output'];
};


/** A party organisation in the alliance (成员单位 / 党组织). */
export type UnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation in the alliance (成员单位 / 党组织). */
export type UnitMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation in the alliance (成员单位 / 党组织). */
export type UnitPairingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UnitConnection = {
  __typename?: 'UnitConnection';
  edges: Array<UnitEdge>;
  pageInfo: PageInfo;
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: Unit;
};

/** A unit's grades of a year. */
export type UnitEvaluation = {
  __typename?: 'UnitEvaluation';
  byGrade: Array<GradeCount>;
  /** Share of 优秀 among the graded (0–1), null when none graded. */
  excellentShare?: Maybe<Scalars['Float']['output']>;
  graded: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  unitId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** All filters combine (AND). */
export type UnitFilter = {
  allianceRole?: InputMaybe<AllianceRole>;
  hostKind?: InputMaybe<HostKind>;
  level?: InputMaybe<OrgLevel>;
  /** Name starts with this text. */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only direct children of this unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only units without a parent (the tree's roots). */
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<UnitStatus>;
  /** Only units that still need a pairing (see Unit.needsPairing). */
  unpaired?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A unit as anyone of the region may see it, to pick one (a residential community, a transfer's receiving unit):
 * its name and kind, nothing of its people.
 */
export type UnitOption = {
  __typename?: 'UnitOption';
  allianceRole: AllianceRole;
  hostKind: HostKind;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  status: UnitStatus;
};

export type UnitOptionConnection = {
  __typename?: 'UnitOptionConnection';
  edges: Array<UnitOptionEdge>;
  pageInfo: PageInfo;
};

export type UnitOptionEdge = {
  __typename?: 'UnitOptionEdge';
  cursor: Scalars['String']['output'];
  node: UnitOption;
};

/** What a unit picker may narrow by. */
export type UnitOptionFilter = {
  /** Only community party organisations (社区 and 村: residential communities). */
  communitiesOnly?: InputMaybe<Scalars['Boolean']['input']>;
  namePrefix?: InputMaybe<Scalars['String']['input']>;
};

/** One of a unit's people: leader, fixed representative, liaison or part-time committee member. */
export type UnitPerson = {
  __typename?: 'UnitPerson';
  name: Scalars['String']['output'];
  /** Masked (138****1234) for everyone but region admins. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Post, e.g. 党委书记. */
  title?: Maybe<Scalars['String']['output']>;
};

export type UnitPersonInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UnitPosition = {
  __typename?: 'UnitPosition';
  agendaItemId: Scalars['ID']['output'];
  position: ConsensusPosition;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  /** The reserved view or the objection. */
  view?: Maybe<Scalars['String']['output']>;
};

/** Membership status. Joining is voluntary and leaving free (002 art.9). */
export type UnitStatus =
  /** 已邀请: invited, not yet registered */
  | 'INVITED'
  /** 已报到: registered with its community */
  | 'REGISTERED'
  /** 已暂停 */
  | 'SUSPENDED'
  /** 已退出 */
  | 'WITHDRAWN';

export type UnitStatusAction =
  /** 恢复 (from SUSPENDED or WITHDRAWN: back to REGISTERED if ever registered, else INVITED) */
  | 'REINSTATE'
  /** 暂停 (from REGISTERED or INVITED) */
  | 'SUSPEND'
  /** 退出 (from any status but WITHDRAWN) */
  | 'WITHDRAW';

/** Before the notice only (a noticed meeting is postponed, not edited). Omitted fields stay; null clears. */
export type UpdateMeetingInput = {
  chair?: InputMaybe<Scalars['String']['input']>;
  convenerUnitId?: InputMaybe<Scalars['ID']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  invitedMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  invitedUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<MeetingKind>;
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  recorder?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Setting another sub-body invites its units too (invitedUnitIds as sent, or as they were, plus its units). */
  subBodyId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay as they are; an explicit null clears an optional field. The unit changes only by transferMember. */
export type UpdateMemberInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  category?: InputMaybe<MemberCategory>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  gender?: InputMaybe<Gender>;
  id: Scalars['ID']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MemberRole>>;
  status?: InputMaybe<MemberStatus>;
  /** The version you read; a stale one fails with CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** While COLLECTED only. Omitted fields stay; null clears. */
export type UpdateNeedInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<NeedSource>;
  title?: InputMaybe<Scalars['String']['input']>;
  urgency?: InputMaybe<NeedUrgency>;
  version: Scalars['Int']['input'];
  wantedFrom?: InputMaybe<Scalars['Date']['input']>;
  wantedUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Omitted fields stay; null clears. The capacity may not drop below the holders it has. */
export type UpdatePostInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  duties?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Renames a region or changes its superior organisation; the slug stays (public URLs use it). */
export type UpdateRegionInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  superiorOrganization?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay; null clears. The quantity may not drop below what projects already took. */
export type UpdateResourceInput = {
  availableFrom?: InputMaybe<Scalars['Date']['input']>;
  availableUntil?: InputMaybe<Scalars['Date']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Int']['input']>;
  quantityUnit?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ResourceType>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay; a list given replaces the list. */
export type UpdateSubBodyInput = {
  convenerUnitId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<SubBodyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  people?: InputMaybe<Array<SubBodyPersonInput>>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay as they are; an explicit null clears an optional field. */
export type UpdateUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceRole?: InputMaybe<AllianceRole>;
  grid?: InputMaybe<Scalars['String']['input']>;
  hostKind?: InputMaybe<HostKind>;
  id: Scalars['ID']['input'];
  leader?: InputMaybe<UnitPersonInput>;
  level?: InputMaybe<OrgLevel>;
  liaison?: InputMaybe<UnitPersonInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  partTimeCommitteeMember?: InputMaybe<UnitPersonInput>;
  representative?: InputMaybe<UnitPersonInput>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one fails with CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Where to PUT the file's bytes, then pass uploadId to the mutation that links the file. */
export type Upload = {
  __typename?: 'Upload';
  expiresAt: Scalars['DateTime']['output'];
  /** Headers the PUT must send. */
  headers: Array<HttpHeader>;
  uploadId: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/**
 * A new version of the charter: the file through createUploadUrl (PDF or Word), then its uploadId here. adoptedOn may not be
 * in the future; a missing or used upload is refused at uploadId.
 */
export type UploadCharterVersionInput = {
  adoptedBy?: InputMaybe<Scalars['String']['input']>;
  adoptedOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  uploadId: Scalars['ID']['input'];
};

/** Who is calling. The region always comes from here, never from arguments. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The platform admin's open read-only visit this request runs in (sent with X-Gongjian-Act-In-Region); null otherwise. */
  acting?: Maybe<ActingSession>;
  /** For a liaison: action items its unit is responsible for, by due date. */
  actionItems?: Maybe<ActionItemConnection>;
  /** For a liaison: open rounds of 议题征集 asking its unit (closing after now, earliest first), each with its reply. */
  agendaSolicitations: Array<AgendaSolicitation>;
  /** For a member: its reports to communities, newest first. */
  communityReports?: Maybe<Array<CommunityReport>>;
  displayName: Scalars['String']['output'];
  /** For a liaison or a member: meetings its unit is invited to and was noticed of, by start time (from `from` on). */
  meetingNotices?: Maybe<MeetingConnection>;
  /** For a member: its own record on the roster. */
  member?: Maybe<Member>;
  /** For a member: its own points, hours and stars of the year. */
  memberPoints?: Maybe<MemberPoints>;
  /** A liaison's or member's bell (its unit's meetings of the last 30 days on); null for callers without a unit. */
  notifications?: Maybe<NotificationFeed>;
  /** For a member: the posts it holds. */
  posts?: Maybe<Array<PostHolder>>;
  /** The caller's region; null for a platform admin, who belongs to none. */
  region?: Maybe<Region>;
  roles: Array<Role>;
  /** For a member: its service records, newest first. */
  serviceRecords?: Maybe<ServiceRecordConnection>;
  /** For a unit liaison: the unit it speaks for. */
  unitId?: Maybe<Scalars['ID']['output']>;
  userId: Scalars['ID']['output'];
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ActionItemStatus>;
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerMeetingNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerMemberPointsArgs = {
  year: Scalars['Int']['input'];
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerServiceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountModel>;
  AccountChangeInput: AccountChangeInput;
  AccountConnection: ResolverTypeWrapper<Omit<AccountConnection, 'edges'> & { edges: Array<ResolversTypes['AccountEdge']> }>;
  AccountEdge: ResolverTypeWrapper<Omit<AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  AccountFilter: AccountFilter;
  AccountRole: AccountRole;
  AccountState: AccountState;
  AccountWithPassword: ResolverTypeWrapper<AccountCreatedModel>;
  AcknowledgeResolutionsInput: AcknowledgeResolutionsInput;
  ActInRegionInput: ActInRegionInput;
  ActingSession: ResolverTypeWrapper<ActingSessionModel>;
  ActionItem: ResolverTypeWrapper<ActionItemModel>;
  ActionItemConnection: ResolverTypeWrapper<Omit<ActionItemConnection, 'edges'> & { edges: Array<ResolversTypes['ActionItemEdge']> }>;
  ActionItemEdge: ResolverTypeWrapper<Omit<ActionItemEdge, 'node'> & { node: ResolversTypes['ActionItem'] }>;
  ActionItemFilter: ActionItemFilter;
  ActionItemStatus: ActionItemStatus;
  ActionReport: ResolverTypeWrapper<ActionReportModel>;
  AddActionItemInput: AddActionItemInput;
  AddAgendaItemInput: AddAgendaItemInput;
  AddArchiveDocumentInput: AddArchiveDocumentInput;
  AddMinutesAddendumInput: AddMinutesAddendumInput;
  AdjustMemberPointsInput: AdjustMemberPointsInput;
  AdoptAgendaProposalInput: AdoptAgendaProposalInput;
  AgendaConsensus: ResolverTypeWrapper<AgendaConsensusModel>;
  AgendaItem: ResolverTypeWrapper<AgendaItemModel>;
  AgendaItemInput: AgendaItemInput;
  AgendaProposal: ResolverTypeWrapper<ProposalViewModel>;
  AgendaProposalInput: AgendaProposalInput;
  AgendaSolicitation: ResolverTypeWrapper<SolicitationViewModel>;
  AgendaSolicitationReply: ResolverTypeWrapper<SolicitationReplyModel>;
  AgendaSolicitationState: AgendaSolicitationState;
  AllianceRole: AllianceRole;
  AllianceSettings: ResolverTypeWrapper<AllianceSettingsModel>;
  AppointRegionAdminInput: AppointRegionAdminInput;
  ArchiveDocument: ResolverTypeWrapper<ArchiveDocumentModel>;
  ArchiveDocumentChangeInput: ArchiveDocumentChangeInput;
  ArchiveDocumentConnection: ResolverTypeWrapper<Omit<ArchiveDocumentConnection, 'edges'> & { edges: Array<ResolversTypes['ArchiveDocumentEdge']> }>;
  ArchiveDocumentEdge: ResolverTypeWrapper<Omit<ArchiveDocumentEdge, 'node'> & { node: ResolversTypes['ArchiveDocument'] }>;
  ArchiveDocumentVersion: ResolverTypeWrapper<ArchiveVersionModel>;
  ArchiveDocumentVersionConnection: ResolverTypeWrapper<Omit<ArchiveDocumentVersionConnection, 'edges'> & { edges: Array<ResolversTypes['ArchiveDocumentVersionEdge']> }>;
  ArchiveDocumentVersionEdge: ResolverTypeWrapper<Omit<ArchiveDocumentVersionEdge, 'node'> & { node: ResolversTypes['ArchiveDocumentVersion'] }>;
  ArchiveFile: ResolverTypeWrapper<StoredFileModel>;
  ArchiveFilter: ArchiveFilter;
  ArchiveFolder: ArchiveFolder;
  ArchiveFolderCount: ResolverTypeWrapper<ArchiveFolderCount>;
  ArchiveMeetingInput: ArchiveMeetingInput;
  ArchiveProblem: ResolverTypeWrapper<ArchiveProblem>;
  ArchiveProblemKind: ArchiveProblemKind;
  ArchiveVerification: ResolverTypeWrapper<ArchiveVerificationModel>;
  ArchiveVerificationStatus: ArchiveVerificationStatus;
  AssignLedgerItemInput: AssignLedgerItemInput;
  Attendance: ResolverTypeWrapper<AttendanceModel>;
  AttendanceSource: AttendanceSource;
  AttendanceStatus: AttendanceStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditOutcome: AuditOutcome;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarFeed: ResolverTypeWrapper<CalendarFeed>;
  CalendarFeedWithUrl: ResolverTypeWrapper<CalendarFeedWithUrl>;
  ChangeMeetingStatusInput: ChangeMeetingStatusInput;
  ChangeUnitStatusInput: ChangeUnitStatusInput;
  Charter: ResolverTypeWrapper<CharterViewModel>;
  CharterVersion: ResolverTypeWrapper<CharterVersionModel>;
  CharterVersionConnection: ResolverTypeWrapper<Omit<CharterVersionConnection, 'edges'> & { edges: Array<ResolversTypes['CharterVersionEdge']> }>;
  CharterVersionEdge: ResolverTypeWrapper<Omit<CharterVersionEdge, 'node'> & { node: ResolversTypes['CharterVersion'] }>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  ClaimKind: ClaimKind;
  ClaimMode: ClaimMode;
  ClaimProjectInput: ClaimProjectInput;
  ClaimResourceInput: ClaimResourceInput;
  ClaimStatus: ClaimStatus;
  CloseNeedInput: CloseNeedInput;
  CommunityReport: ResolverTypeWrapper<CommunityReportModel>;
  CommunityReportConnection: ResolverTypeWrapper<Omit<CommunityReportConnection, 'edges'> & { edges: Array<ResolversTypes['CommunityReportEdge']> }>;
  CommunityReportDecision: CommunityReportDecision;
  CommunityReportEdge: ResolverTypeWrapper<Omit<CommunityReportEdge, 'node'> & { node: ResolversTypes['CommunityReport'] }>;
  CommunityReportFilter: CommunityReportFilter;
  CommunityReportStatus: CommunityReportStatus;
  ConfirmCommunityReportInput: ConfirmCommunityReportInput;
  ConfirmServiceHoursInput: ConfirmServiceHoursInput;
  ConsensusOutcome: ConsensusOutcome;
  ConsensusPosition: ConsensusPosition;
  CreateAccountInput: CreateAccountInput;
  CreateLiaisonAccountsInput: CreateLiaisonAccountsInput;
  CreateMeetingInput: CreateMeetingInput;
  CreateMemberInput: CreateMemberInput;
  CreateNeedInput: CreateNeedInput;
  CreatePairingInput: CreatePairingInput;
  CreatePostInput: CreatePostInput;
  CreateProjectFromNeedInput: CreateProjectFromNeedInput;
  CreateRegionInput: CreateRegionInput;
  CreateResourceInput: CreateResourceInput;
  CreateSubBodyInput: CreateSubBodyInput;
  CreateUnitInput: CreateUnitInput;
  CreateUploadInput: CreateUploadInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineLedgerItemInput: DeclineLedgerItemInput;
  DeletedAccount: ResolverTypeWrapper<DeletedAccount>;
  DeletedRecord: ResolverTypeWrapper<DeletedRecord>;
  EndCommunityReportInput: EndCommunityReportInput;
  EndOfficerTermInput: EndOfficerTermInput;
  EndPairingInput: EndPairingInput;
  EngagementRules: ResolverTypeWrapper<EngagementRulesModel>;
  EvaluationGrade: ResolverTypeWrapper<EvaluationGradeModel>;
  EvaluationGradeValue: EvaluationGradeValue;
  EvaluationRow: ResolverTypeWrapper<EvaluationRowModel>;
  EvaluationRowConnection: ResolverTypeWrapper<Omit<EvaluationRowConnection, 'edges'> & { edges: Array<ResolversTypes['EvaluationRowEdge']> }>;
  EvaluationRowEdge: ResolverTypeWrapper<Omit<EvaluationRowEdge, 'node'> & { node: ResolversTypes['EvaluationRow'] }>;
  FieldChange: ResolverTypeWrapper<FieldChangeModel>;
  FileRepresentativeChangeInput: FileRepresentativeChangeInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpSummaryFormat: FollowUpSummaryFormat;
  Gender: Gender;
  GeneratedFile: ResolverTypeWrapper<GeneratedFile>;
  GradeCount: ResolverTypeWrapper<GradeCount>;
  HostKind: HostKind;
  HttpHeader: ResolverTypeWrapper<HttpHeader>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportNeedsInput: ImportNeedsInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LedgerAction: LedgerAction;
  LedgerEvent: ResolverTypeWrapper<LedgerEventModel>;
  LedgerFilter: LedgerFilter;
  LedgerItem: ResolverTypeWrapper<LedgerItemModel>;
  LedgerItemConnection: ResolverTypeWrapper<Omit<LedgerItemConnection, 'edges'> & { edges: Array<ResolversTypes['LedgerItemEdge']> }>;
  LedgerItemEdge: ResolverTypeWrapper<Omit<LedgerItemEdge, 'node'> & { node: ResolversTypes['LedgerItem'] }>;
  LedgerKind: LedgerKind;
  LedgerStatus: LedgerStatus;
  LedgerStatusCount: ResolverTypeWrapper<LedgerStatusCount>;
  LedgerYear: ResolverTypeWrapper<LedgerYear>;
  LevelCheck: ResolverTypeWrapper<LevelCheck>;
  LevelVerdict: LevelVerdict;
  LiaisonAccountsStep: ResolverTypeWrapper<LiaisonAccountsStepModel>;
  ListSettings: ResolverTypeWrapper<ListSettings>;
  ListYear: ResolverTypeWrapper<ListYear>;
  LogServiceHoursInput: LogServiceHoursInput;
  LogTrainingInput: LogTrainingInput;
  Meeting: ResolverTypeWrapper<MeetingModel>;
  MeetingAction: MeetingAction;
  MeetingCadence: ResolverTypeWrapper<MeetingCadence>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingDocumentKind: MeetingDocumentKind;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFilter: MeetingFilter;
  MeetingFollowUpSummaryInput: MeetingFollowUpSummaryInput;
  MeetingKind: MeetingKind;
  MeetingNotice: ResolverTypeWrapper<MeetingNotice>;
  MeetingOpinion: ResolverTypeWrapper<MeetingOpinionModel>;
  MeetingOpinionConnection: ResolverTypeWrapper<Omit<MeetingOpinionConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingOpinionEdge']> }>;
  MeetingOpinionEdge: ResolverTypeWrapper<Omit<MeetingOpinionEdge, 'node'> & { node: ResolversTypes['MeetingOpinion'] }>;
  MeetingStatus: MeetingStatus;
  Member: ResolverTypeWrapper<MemberModel>;
  MemberCategory: MemberCategory;
  MemberConnection: ResolverTypeWrapper<Omit<MemberConnection, 'edges'> & { edges: Array<ResolversTypes['MemberEdge']> }>;
  MemberDeparture: ResolverTypeWrapper<MemberDeparture>;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MemberFilter: MemberFilter;
  MemberImport: ResolverTypeWrapper<MemberImportModel>;
  MemberImportColumn: ResolverTypeWrapper<MemberImportColumn>;
  MemberImportColumnInput: MemberImportColumnInput;
  MemberImportConnection: ResolverTypeWrapper<Omit<MemberImportConnection, 'edges'> & { edges: Array<ResolversTypes['MemberImportEdge']> }>;
  MemberImportEdge: ResolverTypeWrapper<Omit<MemberImportEdge, 'node'> & { node: ResolversTypes['MemberImport'] }>;
  MemberImportRowError: ResolverTypeWrapper<MemberImportRowError>;
  MemberImportStatus: MemberImportStatus;
  MemberImportSummary: ResolverTypeWrapper<MemberImportSummary>;
  MemberPoints: ResolverTypeWrapper<MemberPointsModel>;
  MemberRemovalReason: MemberRemovalReason;
  MemberRole: MemberRole;
  MemberStatus: MemberStatus;
  MemberTransfer: ResolverTypeWrapper<MemberTransferModel>;
  MemberTransferConnection: ResolverTypeWrapper<Omit<MemberTransferConnection, 'edges'> & { edges: Array<ResolversTypes['MemberTransferEdge']> }>;
  MemberTransferEdge: ResolverTypeWrapper<Omit<MemberTransferEdge, 'node'> & { node: ResolversTypes['MemberTransfer'] }>;
  Minutes: ResolverTypeWrapper<MinutesModel>;
  MinutesAddendum: ResolverTypeWrapper<MinutesAddendum>;
  MinutesVersion: ResolverTypeWrapper<MinutesVersionModel>;
  MinutesVersionConnection: ResolverTypeWrapper<Omit<MinutesVersionConnection, 'edges'> & { edges: Array<ResolversTypes['MinutesVersionEdge']> }>;
  MinutesVersionEdge: ResolverTypeWrapper<Omit<MinutesVersionEdge, 'node'> & { node: ResolversTypes['MinutesVersion'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Need: ResolverTypeWrapper<NeedModel>;
  NeedCategoryCount: ResolverTypeWrapper<NeedCategoryCount>;
  NeedConnection: ResolverTypeWrapper<Omit<NeedConnection, 'edges'> & { edges: Array<ResolversTypes['NeedEdge']> }>;
  NeedEdge: ResolverTypeWrapper<Omit<NeedEdge, 'node'> & { node: ResolversTypes['Need'] }>;
  NeedFigures: ResolverTypeWrapper<NeedFigures>;
  NeedFilter: NeedFilter;
  NeedImportError: ResolverTypeWrapper<NeedImportError>;
  NeedImportPreview: ResolverTypeWrapper<NeedImportPreview>;
  NeedImportResult: ResolverTypeWrapper<NeedImportResult>;
  NeedImportRow: ResolverTypeWrapper<NeedImportRow>;
  NeedSource: NeedSource;
  NeedStatus: NeedStatus;
  NeedStatusCount: ResolverTypeWrapper<NeedStatusCount>;
  NeedUrgency: NeedUrgency;
  Notification: ResolverTypeWrapper<Notification>;
  NotificationFeed: ResolverTypeWrapper<NotificationFeedModel>;
  NotificationKind: NotificationKind;
  Officer: ResolverTypeWrapper<OfficerModel>;
  OfficerPost: OfficerPost;
  OpenAgendaSolicitationInput: OpenAgendaSolicitationInput;
  OpenDataLinks: ResolverTypeWrapper<OpenDataLinks>;
  OpenDataList: ResolverTypeWrapper<OpenDataList>;
  OrgLevel: OrgLevel;
  OutboxChannel: OutboxChannel;
  OutboxEntry: ResolverTypeWrapper<OutboxEntryModel>;
  OutboxEntryConnection: ResolverTypeWrapper<Omit<OutboxEntryConnection, 'edges'> & { edges: Array<ResolversTypes['OutboxEntryEdge']> }>;
  OutboxEntryEdge: ResolverTypeWrapper<Omit<OutboxEntryEdge, 'node'> & { node: ResolversTypes['OutboxEntry'] }>;
  OutboxKind: OutboxKind;
  OutboxRecipientKind: OutboxRecipientKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pairing: ResolverTypeWrapper<PairingModel>;
  PairingConnection: ResolverTypeWrapper<Omit<PairingConnection, 'edges'> & { edges: Array<ResolversTypes['PairingEdge']> }>;
  PairingEdge: ResolverTypeWrapper<Omit<PairingEdge, 'node'> & { node: ResolversTypes['Pairing'] }>;
  PairingStatus: PairingStatus;
  PartnerClient: ResolverTypeWrapper<PartnerClientModel>;
  PartnerClientConnection: ResolverTypeWrapper<Omit<PartnerClientConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerClientEdge']> }>;
  PartnerClientEdge: ResolverTypeWrapper<Omit<PartnerClientEdge, 'node'> & { node: ResolversTypes['PartnerClient'] }>;
  PartnerClientState: PartnerClientState;
  PartnerClientWithSecret: ResolverTypeWrapper<PartnerClientWithSecretModel>;
  PointsEntry: ResolverTypeWrapper<PointsEntryModel>;
  PointsEntryConnection: ResolverTypeWrapper<Omit<PointsEntryConnection, 'edges'> & { edges: Array<ResolversTypes['PointsEntryEdge']> }>;
  PointsEntryEdge: ResolverTypeWrapper<Omit<PointsEntryEdge, 'node'> & { node: ResolversTypes['PointsEntry'] }>;
  PointsKind: PointsKind;
  PointsRecompute: ResolverTypeWrapper<PointsRecompute>;
  Post: ResolverTypeWrapper<PostModel>;
  PostConnection: ResolverTypeWrapper<Omit<PostConnection, 'edges'> & { edges: Array<ResolversTypes['PostEdge']> }>;
  PostEdge: ResolverTypeWrapper<Omit<PostEdge, 'node'> & { node: ResolversTypes['Post'] }>;
  PostHolder: ResolverTypeWrapper<PostHolderModel>;
  PostStatus: PostStatus;
  PostponeMeetingInput: PostponeMeetingInput;
  PreviewMemberImportInput: PreviewMemberImportInput;
  PreviewNeedImportInput: PreviewNeedImportInput;
  Project: ResolverTypeWrapper<ProjectModel>;
  ProjectAction: ProjectAction;
  ProjectConnection: ResolverTypeWrapper<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectEvent: ResolverTypeWrapper<ProjectEventModel>;
  ProjectFigures: ResolverTypeWrapper<ProjectFigures>;
  ProjectFilter: ProjectFilter;
  ProjectProgress: ResolverTypeWrapper<ProjectProgressModel>;
  ProjectProgressConnection: ResolverTypeWrapper<Omit<ProjectProgressConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectProgressEdge']> }>;
  ProjectProgressEdge: ResolverTypeWrapper<Omit<ProjectProgressEdge, 'node'> & { node: ResolversTypes['ProjectProgress'] }>;
  ProjectRating: ResolverTypeWrapper<ProjectRatingModel>;
  ProjectRatingConnection: ResolverTypeWrapper<Omit<ProjectRatingConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectRatingEdge']> }>;
  ProjectRatingEdge: ResolverTypeWrapper<Omit<ProjectRatingEdge, 'node'> & { node: ResolversTypes['ProjectRating'] }>;
  ProjectRatingSummary: ResolverTypeWrapper<ProjectRatingSummary>;
  ProjectStatus: ProjectStatus;
  ProjectStatusCount: ResolverTypeWrapper<ProjectStatusCount>;
  PublicFile: ResolverTypeWrapper<PublicFile>;
  PublicNeed: ResolverTypeWrapper<PublicNeedViewModel>;
  PublicNeedConnection: ResolverTypeWrapper<Omit<PublicNeedConnection, 'edges'> & { edges: Array<ResolversTypes['PublicNeedEdge']> }>;
  PublicNeedEdge: ResolverTypeWrapper<Omit<PublicNeedEdge, 'node'> & { node: ResolversTypes['PublicNeed'] }>;
  PublicProgress: ResolverTypeWrapper<PublicProgress>;
  PublicProject: ResolverTypeWrapper<PublicProjectViewModel>;
  PublicProjectConnection: ResolverTypeWrapper<Omit<PublicProjectConnection, 'edges'> & { edges: Array<ResolversTypes['PublicProjectEdge']> }>;
  PublicProjectEdge: ResolverTypeWrapper<Omit<PublicProjectEdge, 'node'> & { node: ResolversTypes['PublicProject'] }>;
  PublicRegion: ResolverTypeWrapper<PublicRegionViewModel>;
  PublicResolution: ResolverTypeWrapper<PublicResolutionViewModel>;
  PublicResolutionConnection: ResolverTypeWrapper<Omit<PublicResolutionConnection, 'edges'> & { edges: Array<ResolversTypes['PublicResolutionEdge']> }>;
  PublicResolutionEdge: ResolverTypeWrapper<Omit<PublicResolutionEdge, 'node'> & { node: ResolversTypes['PublicResolution'] }>;
  PublicResource: ResolverTypeWrapper<PublicResourceViewModel>;
  PublicResourceConnection: ResolverTypeWrapper<Omit<PublicResourceConnection, 'edges'> & { edges: Array<ResolversTypes['PublicResourceEdge']> }>;
  PublicResourceEdge: ResolverTypeWrapper<Omit<PublicResourceEdge, 'node'> & { node: ResolversTypes['PublicResource'] }>;
  Publication: ResolverTypeWrapper<PublicationModel>;
  PublicationConnection: ResolverTypeWrapper<Omit<PublicationConnection, 'edges'> & { edges: Array<ResolversTypes['PublicationEdge']> }>;
  PublicationEdge: ResolverTypeWrapper<Omit<PublicationEdge, 'node'> & { node: ResolversTypes['Publication'] }>;
  PublishableType: PublishableType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseLedgerItemInput: RaiseLedgerItemInput;
  RateProjectInput: RateProjectInput;
  RebindAccountInput: RebindAccountInput;
  ReceiptSummary: ResolverTypeWrapper<ReceiptSummary>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordConsensusInput: RecordConsensusInput;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionChangeInput: RegionChangeInput;
  RegionConnection: ResolverTypeWrapper<Omit<RegionConnection, 'edges'> & { edges: Array<ResolversTypes['RegionEdge']> }>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionLevel: RegionLevel;
  RegionState: RegionState;
  RegisterPartnerClientInput: RegisterPartnerClientInput;
  RegisterUnitInput: RegisterUnitInput;
  Registration: ResolverTypeWrapper<UnitRegistrationModel>;
  ReminderDispatch: ResolverTypeWrapper<ReminderDispatchModel>;
  RemoveMemberInput: RemoveMemberInput;
  ReopenLedgerItemInput: ReopenLedgerItemInput;
  ReplaceArchiveFileInput: ReplaceArchiveFileInput;
  ReplyToAgendaSolicitationInput: ReplyToAgendaSolicitationInput;
  ReportActionItemInput: ReportActionItemInput;
  ReportLedgerProgressInput: ReportLedgerProgressInput;
  ReportProjectProgressInput: ReportProjectProgressInput;
  ReportToCommunityInput: ReportToCommunityInput;
  RepresentativeChange: ResolverTypeWrapper<RepresentativeChangeModel>;
  RepresentativeChangeConnection: ResolverTypeWrapper<Omit<RepresentativeChangeConnection, 'edges'> & { edges: Array<ResolversTypes['RepresentativeChangeEdge']> }>;
  RepresentativeChangeEdge: ResolverTypeWrapper<Omit<RepresentativeChangeEdge, 'node'> & { node: ResolversTypes['RepresentativeChange'] }>;
  RepresentativeChangeFilter: RepresentativeChangeFilter;
  RepresentativePost: RepresentativePost;
  RequestLeaveInput: RequestLeaveInput;
  ReservedView: ResolverTypeWrapper<Omit<ReservedView, 'unit'> & { unit?: Maybe<ResolversTypes['Unit']> }>;
  Resolution: ResolverTypeWrapper<ResolutionModel>;
  ResolutionReceipt: ResolverTypeWrapper<ResolutionReceiptModel>;
  ResolveLedgerItemInput: ResolveLedgerItemInput;
  Resource: ResolverTypeWrapper<ResourceModel>;
  ResourceConnection: ResolverTypeWrapper<Omit<ResourceConnection, 'edges'> & { edges: Array<ResolversTypes['ResourceEdge']> }>;
  ResourceEdge: ResolverTypeWrapper<Omit<ResourceEdge, 'node'> & { node: ResolversTypes['Resource'] }>;
  ResourceFigures: ResolverTypeWrapper<ResourceFigures>;
  ResourceFilter: ResourceFilter;
  ResourceQuantityInput: ResourceQuantityInput;
  ResourceStatus: ResourceStatus;
  ResourceSuggestion: ResolverTypeWrapper<Omit<ResourceSuggestion, 'resource'> & { resource: ResolversTypes['Resource'] }>;
  ResourceType: ResourceType;
  ResourceTypeCount: ResolverTypeWrapper<ResourceTypeCount>;
  Role: Role;
  RosterField: RosterField;
  SaveMinutesInput: SaveMinutesInput;
  SendMeetingNoticeInput: SendMeetingNoticeInput;
  ServiceRecord: ResolverTypeWrapper<ServiceRecordModel>;
  ServiceRecordConnection: ResolverTypeWrapper<Omit<ServiceRecordConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceRecordEdge']> }>;
  ServiceRecordEdge: ResolverTypeWrapper<Omit<ServiceRecordEdge, 'node'> & { node: ResolversTypes['ServiceRecord'] }>;
  ServiceRecordFilter: ServiceRecordFilter;
  ServiceRecordStatus: ServiceRecordStatus;
  SetAgendaMaterialsInput: SetAgendaMaterialsInput;
  SetCouncilTermInput: SetCouncilTermInput;
  SetEngagementRulesInput: SetEngagementRulesInput;
  SetEvaluationGradeInput: SetEvaluationGradeInput;
  SetListSettingsInput: SetListSettingsInput;
  SetMeetingCadenceInput: SetMeetingCadenceInput;
  SetOfficerInput: SetOfficerInput;
  SignOffLedgerItemInput: SignOffLedgerItemInput;
  SkippedUnit: ResolverTypeWrapper<SkippedUnit>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubBody: ResolverTypeWrapper<SubBodyModel>;
  SubBodyConnection: ResolverTypeWrapper<Omit<SubBodyConnection, 'edges'> & { edges: Array<ResolversTypes['SubBodyEdge']> }>;
  SubBodyEdge: ResolverTypeWrapper<Omit<SubBodyEdge, 'node'> & { node: ResolversTypes['SubBody'] }>;
  SubBodyKind: SubBodyKind;
  SubBodyPerson: ResolverTypeWrapper<SubBodyPersonModel>;
  SubBodyPersonInput: SubBodyPersonInput;
  SubmitOpinionInput: SubmitOpinionInput;
  SuspendRegionInput: SuspendRegionInput;
  TrainingRecord: ResolverTypeWrapper<TrainingRecordModel>;
  TrainingRecordConnection: ResolverTypeWrapper<Omit<TrainingRecordConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingRecordEdge']> }>;
  TrainingRecordEdge: ResolverTypeWrapper<Omit<TrainingRecordEdge, 'node'> & { node: ResolversTypes['TrainingRecord'] }>;
  TrainingStatus: ResolverTypeWrapper<TrainingStatusModel>;
  TrainingStatusConnection: ResolverTypeWrapper<Omit<TrainingStatusConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingStatusEdge']> }>;
  TrainingStatusEdge: ResolverTypeWrapper<Omit<TrainingStatusEdge, 'node'> & { node: ResolversTypes['TrainingStatus'] }>;
  TransferMemberInput: TransferMemberInput;
  TransitionProjectInput: TransitionProjectInput;
  Unit: ResolverTypeWrapper<UnitModel>;
  UnitConnection: ResolverTypeWrapper<Omit<UnitConnection, 'edges'> & { edges: Array<ResolversTypes['UnitEdge']> }>;
  UnitEdge: ResolverTypeWrapper<Omit<UnitEdge, 'node'> & { node: ResolversTypes['Unit'] }>;
  UnitEvaluation: ResolverTypeWrapper<UnitEvaluation>;
  UnitFilter: UnitFilter;
  UnitOption: ResolverTypeWrapper<UnitOption>;
  UnitOptionConnection: ResolverTypeWrapper<UnitOptionConnection>;
  UnitOptionEdge: ResolverTypeWrapper<UnitOptionEdge>;
  UnitOptionFilter: UnitOptionFilter;
  UnitPerson: ResolverTypeWrapper<UnitPerson>;
  UnitPersonInput: UnitPersonInput;
  UnitPosition: ResolverTypeWrapper<UnitPositionModel>;
  UnitStatus: UnitStatus;
  UnitStatusAction: UnitStatusAction;
  UpdateMeetingInput: UpdateMeetingInput;
  UpdateMemberInput: UpdateMemberInput;
  UpdateNeedInput: UpdateNeedInput;
  UpdatePostInput: UpdatePostInput;
  UpdateRegionInput: UpdateRegionInput;
  UpdateResourceInput: UpdateResourceInput;
  UpdateSubBodyInput: UpdateSubBodyInput;
  UpdateUnitInput: UpdateUnitInput;
  Upload: ResolverTypeWrapper<Upload>;
  UploadCharterVersionInput: UploadCharterVersionInput;
  Viewer: ResolverTypeWrapper<PrincipalModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountModel;
  AccountChangeInput: AccountChangeInput;
  AccountConnection: Omit<AccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> };
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  AccountFilter: AccountFilter;
  AccountWithPassword: AccountCreatedModel;
  AcknowledgeResolutionsInput: AcknowledgeResolutionsInput;
  ActInRegionInput: ActInRegionInput;
  ActingSession: ActingSessionModel;
  ActionItem: ActionItemModel;
  ActionItemConnection: Omit<ActionItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActionItemEdge']> };
  ActionItemEdge: Omit<ActionItemEdge, 'node'> & { node: ResolversParentTypes['ActionItem'] };
  ActionItemFilter: ActionItemFilter;
  ActionReport: ActionReportModel;
  AddActionItemInput: AddActionItemInput;
  AddAgendaItemInput: AddAgendaItemInput;
  AddArchiveDocumentInput: AddArchiveDocumentInput;
  AddMinutesAddendumInput: AddMinutesAddendumInput;
  AdjustMemberPointsInput: AdjustMemberPointsInput;
  AdoptAgendaProposalInput: AdoptAgendaProposalInput;
  AgendaConsensus: AgendaConsensusModel;
  AgendaItem: AgendaItemModel;
  AgendaItemInput: AgendaItemInput;
  AgendaProposal: ProposalViewModel;
  AgendaProposalInput: AgendaProposalInput;
  AgendaSolicitation: SolicitationViewModel;
  AgendaSolicitationReply: SolicitationReplyModel;
  AllianceSettings: AllianceSettingsModel;
  AppointRegionAdminInput: AppointRegionAdminInput;
  ArchiveDocument: ArchiveDocumentModel;
  ArchiveDocumentChangeInput: ArchiveDocumentChangeInput;
  ArchiveDocumentConnection: Omit<ArchiveDocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArchiveDocumentEdge']> };
  ArchiveDocumentEdge: Omit<ArchiveDocumentEdge, 'node'> & { node: ResolversParentTypes['ArchiveDocument'] };
  ArchiveDocumentVersion: ArchiveVersionModel;
  ArchiveDocumentVersionConnection: Omit<ArchiveDocumentVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArchiveDocumentVersionEdge']> };
  ArchiveDocumentVersionEdge: Omit<ArchiveDocumentVersionEdge, 'node'> & { node: ResolversParentTypes['ArchiveDocumentVersion'] };
  ArchiveFile: StoredFileModel;
  ArchiveFilter: ArchiveFilter;
  ArchiveFolderCount: ArchiveFolderCount;
  ArchiveMeetingInput: ArchiveMeetingInput;
  ArchiveProblem: ArchiveProblem;
  ArchiveVerification: ArchiveVerificationModel;
  AssignLedgerItemInput: AssignLedgerItemInput;
  Attendance: AttendanceModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  CalendarFeed: CalendarFeed;
  CalendarFeedWithUrl: CalendarFeedWithUrl;
  ChangeMeetingStatusInput: ChangeMeetingStatusInput;
  ChangeUnitStatusInput: ChangeUnitStatusInput;
  Charter: CharterViewModel;
  CharterVersion: CharterVersionModel;
  CharterVersionConnection: Omit<CharterVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['CharterVersionEdge']> };
  CharterVersionEdge: Omit<CharterVersionEdge, 'node'> & { node: ResolversParentTypes['CharterVersion'] };
  Claim: ClaimModel;
  ClaimProjectInput: ClaimProjectInput;
  ClaimResourceInput: ClaimResourceInput;
  CloseNeedInput: CloseNeedInput;
  CommunityReport: CommunityReportModel;
  CommunityReportConnection: Omit<CommunityReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommunityReportEdge']> };
  CommunityReportEdge: Omit<CommunityReportEdge, 'node'> & { node: ResolversParentTypes['CommunityReport'] };
  CommunityReportFilter: CommunityReportFilter;
  ConfirmCommunityReportInput: ConfirmCommunityReportInput;
  ConfirmServiceHoursInput: ConfirmServiceHoursInput;
  CreateAccountInput: CreateAccountInput;
  CreateLiaisonAccountsInput: CreateLiaisonAccountsInput;
  CreateMeetingInput: CreateMeetingInput;
  CreateMemberInput: CreateMemberInput;
  CreateNeedInput: CreateNeedInput;
  CreatePairingInput: CreatePairingInput;
  CreatePostInput: CreatePostInput;
  CreateProjectFromNeedInput: CreateProjectFromNeedInput;
  CreateRegionInput: CreateRegionInput;
  CreateResourceInput: CreateResourceInput;
  CreateSubBodyInput: CreateSubBodyInput;
  CreateUnitInput: CreateUnitInput;
  CreateUploadInput: CreateUploadInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclineLedgerItemInput: DeclineLedgerItemInput;
  DeletedAccount: DeletedAccount;
  DeletedRecord: DeletedRecord;
  EndCommunityReportInput: EndCommunityReportInput;
  EndOfficerTermInput: EndOfficerTermInput;
  EndPairingInput: EndPairingInput;
  EngagementRules: EngagementRulesModel;
  EvaluationGrade: EvaluationGradeModel;
  EvaluationRow: EvaluationRowModel;
  EvaluationRowConnection: Omit<EvaluationRowConnection, 'edges'> & { edges: Array<ResolversParentTypes['EvaluationRowEdge']> };
  EvaluationRowEdge: Omit<EvaluationRowEdge, 'node'> & { node: ResolversParentTypes['EvaluationRow'] };
  FieldChange: FieldChangeModel;
  FileRepresentativeChangeInput: FileRepresentativeChangeInput;
  Float: Scalars['Float']['output'];
  GeneratedFile: GeneratedFile;
  GradeCount: GradeCount;
  HttpHeader: HttpHeader;
  ID: Scalars['ID']['output'];
  ImportNeedsInput: ImportNeedsInput;
  Int: Scalars['Int']['output'];
  LedgerEvent: LedgerEventModel;
  LedgerFilter: LedgerFilter;
  LedgerItem: LedgerItemModel;
  LedgerItemConnection: Omit<LedgerItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['LedgerItemEdge']> };
  LedgerItemEdge: Omit<LedgerItemEdge, 'node'> & { node: ResolversParentTypes['LedgerItem'] };
  LedgerStatusCount: LedgerStatusCount;
  LedgerYear: LedgerYear;
  LevelCheck: LevelCheck;
  LiaisonAccountsStep: LiaisonAccountsStepModel;
  ListSettings: ListSettings;
  ListYear: ListYear;
  LogServiceHoursInput: LogServiceHoursInput;
  LogTrainingInput: LogTrainingInput;
  Meeting: MeetingModel;
  MeetingCadence: MeetingCadence;
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingFilter: MeetingFilter;
  MeetingFollowUpSummaryInput: MeetingFollowUpSummaryInput;
  MeetingNotice: MeetingNotice;
  MeetingOpinion: MeetingOpinionModel;
  MeetingOpinionConnection: Omit<MeetingOpinionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingOpinionEdge']> };
  MeetingOpinionEdge: Omit<MeetingOpinionEdge, 'node'> & { node: ResolversParentTypes['MeetingOpinion'] };
  Member: MemberModel;
  MemberConnection: Omit<MemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberEdge']> };
  MemberDeparture: MemberDeparture;
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MemberFilter: MemberFilter;
  MemberImport: MemberImportModel;
  MemberImportColumn: MemberImportColumn;
  MemberImportColumnInput: MemberImportColumnInput;
  MemberImportConnection: Omit<MemberImportConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberImportEdge']> };
  MemberImportEdge: Omit<MemberImportEdge, 'node'> & { node: ResolversParentTypes['MemberImport'] };
  MemberImportRowError: MemberImportRowError;
  MemberImportSummary: MemberImportSummary;
  MemberPoints: MemberPointsModel;
  MemberTransfer: MemberTransferModel;
  MemberTransferConnection: Omit<MemberTransferConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberTransferEdge']> };
  MemberTransferEdge: Omit<MemberTransferEdge, 'node'> & { node: ResolversParentTypes['MemberTransfer'] };
  Minutes: MinutesModel;
  MinutesAddendum: MinutesAddendum;
  MinutesVersion: MinutesVersionModel;
  MinutesVersionConnection: Omit<MinutesVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MinutesVersionEdge']> };
  MinutesVersionEdge: Omit<MinutesVersionEdge, 'node'> & { node: ResolversParentTypes['MinutesVersion'] };
  Mutation: Record<PropertyKey, never>;
  Need: NeedModel;
  NeedCategoryCount: NeedCategoryCount;
  NeedConnection: Omit<NeedConnection, 'edges'> & { edges: Array<ResolversParentTypes['NeedEdge']> };
  NeedEdge: Omit<NeedEdge, 'node'> & { node: ResolversParentTypes['Need'] };
  NeedFigures: NeedFigures;
  NeedFilter: NeedFilter;
  NeedImportError: NeedImportError;
  NeedImportPreview: NeedImportPreview;
  NeedImportResult: NeedImportResult;
  NeedImportRow: NeedImportRow;
  NeedStatusCount: NeedStatusCount;
  Notification: Notification;
  NotificationFeed: NotificationFeedModel;
  Officer: OfficerModel;
  OpenAgendaSolicitationInput: OpenAgendaSolicitationInput;
  OpenDataLinks: OpenDataLinks;
  OpenDataList: OpenDataList;
  OutboxEntry: OutboxEntryModel;
  OutboxEntryConnection: Omit<OutboxEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['OutboxEntryEdge']> };
  OutboxEntryEdge: Omit<OutboxEntryEdge, 'node'> & { node: ResolversParentTypes['OutboxEntry'] };
  PageInfo: PageInfo;
  Pairing: PairingModel;
  PairingConnection: Omit<PairingConnection, 'edges'> & { edges: Array<ResolversParentTypes['PairingEdge']> };
  PairingEdge: Omit<PairingEdge, 'node'> & { node: ResolversParentTypes['Pairing'] };
  PartnerClient: PartnerClientModel;
  PartnerClientConnection: Omit<PartnerClientConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerClientEdge']> };
  PartnerClientEdge: Omit<PartnerClientEdge, 'node'> & { node: ResolversParentTypes['PartnerClient'] };
  PartnerClientWithSecret: PartnerClientWithSecretModel;
  PointsEntry: PointsEntryModel;
  PointsEntryConnection: Omit<PointsEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['PointsEntryEdge']> };
  PointsEntryEdge: Omit<PointsEntryEdge, 'node'> & { node: ResolversParentTypes['PointsEntry'] };
  PointsRecompute: PointsRecompute;
  Post: PostModel;
  PostConnection: Omit<PostConnection, 'edges'> & { edges: Array<ResolversParentTypes['PostEdge']> };
  PostEdge: Omit<PostEdge, 'node'> & { node: ResolversParentTypes['Post'] };
  PostHolder: PostHolderModel;
  PostponeMeetingInput: PostponeMeetingInput;
  PreviewMemberImportInput: PreviewMemberImportInput;
  PreviewNeedImportInput: PreviewNeedImportInput;
  Project: ProjectModel;
  ProjectConnection: Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectEvent: ProjectEventModel;
  ProjectFigures: ProjectFigures;
  ProjectFilter: ProjectFilter;
  ProjectProgress: ProjectProgressModel;
  ProjectProgressConnection: Omit<ProjectProgressConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectProgressEdge']> };
  ProjectProgressEdge: Omit<ProjectProgressEdge, 'node'> & { node: ResolversParentTypes['ProjectProgress'] };
  ProjectRating: ProjectRatingModel;
  ProjectRatingConnection: Omit<ProjectRatingConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectRatingEdge']> };
  ProjectRatingEdge: Omit<ProjectRatingEdge, 'node'> & { node: ResolversParentTypes['ProjectRating'] };
  ProjectRatingSummary: ProjectRatingSummary;
  ProjectStatusCount: ProjectStatusCount;
  PublicFile: PublicFile;
  PublicNeed: PublicNeedViewModel;
  PublicNeedConnection: Omit<PublicNeedConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicNeedEdge']> };
  PublicNeedEdge: Omit<PublicNeedEdge, 'node'> & { node: ResolversParentTypes['PublicNeed'] };
  PublicProgress: PublicProgress;
  PublicProject: PublicProjectViewModel;
  PublicProjectConnection: Omit<PublicProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicProjectEdge']> };
  PublicProjectEdge: Omit<PublicProjectEdge, 'node'> & { node: ResolversParentTypes['PublicProject'] };
  PublicRegion: PublicRegionViewModel;
  PublicResolution: PublicResolutionViewModel;
  PublicResolutionConnection: Omit<PublicResolutionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicResolutionEdge']> };
  PublicResolutionEdge: Omit<PublicResolutionEdge, 'node'> & { node: ResolversParentTypes['PublicResolution'] };
  PublicResource: PublicResourceViewModel;
  PublicResourceConnection: Omit<PublicResourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicResourceEdge']> };
  PublicResourceEdge: Omit<PublicResourceEdge, 'node'> & { node: ResolversParentTypes['PublicResource'] };
  Publication: PublicationModel;
  PublicationConnection: Omit<PublicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicationEdge']> };
  PublicationEdge: Omit<PublicationEdge, 'node'> & { node: ResolversParentTypes['Publication'] };
  Query: Record<PropertyKey, never>;
  RaiseLedgerItemInput: RaiseLedgerItemInput;
  RateProjectInput: RateProjectInput;
  RebindAccountInput: RebindAccountInput;
  ReceiptSummary: ReceiptSummary;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordConsensusInput: RecordConsensusInput;
  Region: RegionModel;
  RegionChangeInput: RegionChangeInput;
  RegionConnection: Omit<RegionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionEdge']> };
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegisterPartnerClientInput: RegisterPartnerClientInput;
  RegisterUnitInput: RegisterUnitInput;
  Registration: UnitRegistrationModel;
  ReminderDispatch: ReminderDispatchModel;
  RemoveMemberInput: RemoveMemberInput;
  ReopenLedgerItemInput: ReopenLedgerItemInput;
  ReplaceArchiveFileInput: ReplaceArchiveFileInput;
  ReplyToAgendaSolicitationInput: ReplyToAgendaSolicitationInput;
  ReportActionItemInput: ReportActionItemInput;
  ReportLedgerProgressInput: ReportLedgerProgressInput;
  ReportProjectProgressInput: ReportProjectProgressInput;
  ReportToCommunityInput: ReportToCommunityInput;
  RepresentativeChange: RepresentativeChangeModel;
  RepresentativeChangeConnection: Omit<RepresentativeChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['RepresentativeChangeEdge']> };
  RepresentativeChangeEdge: Omit<RepresentativeChangeEdge, 'node'> & { node: ResolversParentTypes['RepresentativeChange'] };
  RepresentativeChangeFilter: RepresentativeChangeFilter;
  RequestLeaveInput: RequestLeaveInput;
  ReservedView: Omit<ReservedView, 'unit'> & { unit?: Maybe<ResolversParentTypes['Unit']> };
  Resolution: ResolutionModel;
  ResolutionReceipt: ResolutionReceiptModel;
  ResolveLedgerItemInput: ResolveLedgerItemInput;
  Resource: ResourceModel;
  ResourceConnection: Omit<ResourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResourceEdge']> };
  ResourceEdge: Omit<ResourceEdge, 'node'> & { node: ResolversParentTypes['Resource'] };
  ResourceFigures: ResourceFigures;
  ResourceFilter: ResourceFilter;
  ResourceQuantityInput: ResourceQuantityInput;
  ResourceSuggestion: Omit<ResourceSuggestion, 'resource'> & { resource: ResolversParentTypes['Resource'] };
  ResourceTypeCount: ResourceTypeCount;
  SaveMinutesInput: SaveMinutesInput;
  SendMeetingNoticeInput: SendMeetingNoticeInput;
  ServiceRecord: ServiceRecordModel;
  ServiceRecordConnection: Omit<ServiceRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceRecordEdge']> };
  ServiceRecordEdge: Omit<ServiceRecordEdge, 'node'> & { node: ResolversParentTypes['ServiceRecord'] };
  ServiceRecordFilter: ServiceRecordFilter;
  SetAgendaMaterialsInput: SetAgendaMaterialsInput;
  SetCouncilTermInput: SetCouncilTermInput;
  SetEngagementRulesInput: SetEngagementRulesInput;
  SetEvaluationGradeInput: SetEvaluationGradeInput;
  SetListSettingsInput: SetListSettingsInput;
  SetMeetingCadenceInput: SetMeetingCadenceInput;
  SetOfficerInput: SetOfficerInput;
  SignOffLedgerItemInput: SignOffLedgerItemInput;
  SkippedUnit: SkippedUnit;
  String: Scalars['String']['output'];
  SubBody: SubBodyModel;
  SubBodyConnection: Omit<SubBodyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SubBodyEdge']> };
  SubBodyEdge: Omit<SubBodyEdge, 'node'> & { node: ResolversParentTypes['SubBody'] };
  SubBodyPerson: SubBodyPersonModel;
  SubBodyPersonInput: SubBodyPersonInput;
  SubmitOpinionInput: SubmitOpinionInput;
  SuspendRegionInput: SuspendRegionInput;
  TrainingRecord: TrainingRecordModel;
  TrainingRecordConnection: Omit<TrainingRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingRecordEdge']> };
  TrainingRecordEdge: Omit<TrainingRecordEdge, 'node'> & { node: ResolversParentTypes['TrainingRecord'] };
  TrainingStatus: TrainingStatusModel;
  TrainingStatusConnection: Omit<TrainingStatusConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingStatusEdge']> };
  TrainingStatusEdge: Omit<TrainingStatusEdge, 'node'> & { node: ResolversParentTypes['TrainingStatus'] };
  TransferMemberInput: TransferMemberInput;
  TransitionProjectInput: TransitionProjectInput;
  Unit: UnitModel;
  UnitConnection: Omit<UnitConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnitEdge']> };
  UnitEdge: Omit<UnitEdge, 'node'> & { node: ResolversParentTypes['Unit'] };
  UnitEvaluation: UnitEvaluation;
  UnitFilter: UnitFilter;
  UnitOption: UnitOption;
  UnitOptionConnection: UnitOptionConnection;
  UnitOptionEdge: UnitOptionEdge;
  UnitOptionFilter: UnitOptionFilter;
  UnitPerson: UnitPerson;
  UnitPersonInput: UnitPersonInput;
  UnitPosition: UnitPositionModel;
  UpdateMeetingInput: UpdateMeetingInput;
  UpdateMemberInput: UpdateMemberInput;
  UpdateNeedInput: UpdateNeedInput;
  UpdatePostInput: UpdatePostInput;
  UpdateRegionInput: UpdateRegionInput;
  UpdateResourceInput: UpdateResourceInput;
  UpdateSubBodyInput: UpdateSubBodyInput;
  UpdateUnitInput: UpdateUnitInput;
  Upload: Upload;
  UploadCharterVersionInput: UploadCharterVersionInput;
  Viewer: PrincipalModel;
};

export type AccountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedSignIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  memberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountRole'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AccountState'], ParentType, ContextType>;
  temporaryPasswordSetAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AccountWithPasswordResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AccountWithPassword'] = ResolversParentTypes['AccountWithPassword']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  temporaryPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  temporaryPasswordExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ActingSessionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ActingSession'] = ResolversParentTypes['ActingSession']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  regionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActionItemResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  doneWhen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ActionReport']>, ParentType, ContextType>;
  resolutionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responsibleUnitIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  responsibleUnits?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionItemConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ActionItemConnection'] = ResolversParentTypes['ActionItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActionItemEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ActionItemEdge'] = ResolversParentTypes['ActionItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType>;
};

export type ActionReportResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ActionReport'] = ResolversParentTypes['ActionReport']> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AgendaConsensusResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaConsensus'] = ResolversParentTypes['AgendaConsensus']> = {
  agendaItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  missingUnitIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ConsensusOutcome'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['UnitPosition']>, ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  presenter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presenterUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  presenterUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgendaProposalResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaProposal'] = ResolversParentTypes['AgendaProposal']> = {
  adopted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  adoptedAgendaItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  presenter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgendaSolicitationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaSolicitation'] = ResolversParentTypes['AgendaSolicitation']> = {
  askedUnitIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  askedUnits?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingStartsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  meetingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pendingUnits?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repliedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['AgendaSolicitationReply']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AgendaSolicitationState'], ParentType, ContextType>;
};

export type AgendaSolicitationReplyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaSolicitationReply'] = ResolversParentTypes['AgendaSolicitationReply']> = {
  opinion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['AgendaProposal']>, ParentType, ContextType>;
  repliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  repliedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceSettingsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AllianceSettings'] = ResolversParentTypes['AllianceSettings']> = {
  councilTermEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  councilTermStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArchiveDocumentResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveDocument'] = ResolversParentTypes['ArchiveDocument']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['ArchiveDocumentVersion'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deletedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  folder?: Resolver<ResolversTypes['ArchiveFolder'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastVerification?: Resolver<Maybe<ResolversTypes['ArchiveVerificationStatus']>, ParentType, ContextType>;
  lastVerifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restorableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['ArchiveDocumentVersionConnection'], ParentType, ContextType, RequireFields<ArchiveDocumentVersionsArgs, 'first'>>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArchiveDocumentConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveDocumentConnection'] = ResolversParentTypes['ArchiveDocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArchiveDocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArchiveDocumentEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveDocumentEdge'] = ResolversParentTypes['ArchiveDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArchiveDocument'], ParentType, ContextType>;
};

export type ArchiveDocumentVersionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveDocumentVersion'] = ResolversParentTypes['ArchiveDocumentVersion']> = {
  chainHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['ArchiveFile'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArchiveDocumentVersionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveDocumentVersionConnection'] = ResolversParentTypes['ArchiveDocumentVersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArchiveDocumentVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArchiveDocumentVersionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveDocumentVersionEdge'] = ResolversParentTypes['ArchiveDocumentVersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArchiveDocumentVersion'], ParentType, ContextType>;
};

export type ArchiveFileResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveFile'] = ResolversParentTypes['ArchiveFile']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ArchiveFolderCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveFolderCount'] = ResolversParentTypes['ArchiveFolderCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  folder?: Resolver<ResolversTypes['ArchiveFolder'], ParentType, ContextType>;
};

export type ArchiveProblemResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveProblem'] = ResolversParentTypes['ArchiveProblem']> = {
  kind?: Resolver<ResolversTypes['ArchiveProblemKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArchiveVerificationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ArchiveVerification'] = ResolversParentTypes['ArchiveVerification']> = {
  checkedVersions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ArchiveProblem']>, ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  attendee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  delegate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  invitedMember?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  invitedMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leaveReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AttendanceSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttendanceStatus'], ParentType, ContextType>;
  takesPart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  pairing?: Resolver<Maybe<ResolversTypes['Pairing']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CalendarFeedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CalendarFeed'] = ResolversParentTypes['CalendarFeed']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountRole'], ParentType, ContextType>;
};

export type CalendarFeedWithUrlResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CalendarFeedWithUrl'] = ResolversParentTypes['CalendarFeedWithUrl']> = {
  feed?: Resolver<ResolversTypes['CalendarFeed'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CharterResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Charter'] = ResolversParentTypes['Charter']> = {
  current?: Resolver<Maybe<ResolversTypes['CharterVersion']>, ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['CharterVersionConnection'], ParentType, ContextType, RequireFields<CharterVersionsArgs, 'first'>>;
};

export type CharterVersionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CharterVersion'] = ResolversParentTypes['CharterVersion']> = {
  adoptedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adoptedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['ArchiveFile'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CharterVersionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CharterVersionConnection'] = ResolversParentTypes['CharterVersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CharterVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CharterVersionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CharterVersionEdge'] = ResolversParentTypes['CharterVersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CharterVersion'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  claimedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  claimedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  memberName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['ClaimMode']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CommunityReportResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityReport'] = ResolversParentTypes['CommunityReport']> = {
  community?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  communityUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  memberUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommunityReportStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityReportConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityReportConnection'] = ResolversParentTypes['CommunityReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityReportEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityReportEdge'] = ResolversParentTypes['CommunityReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommunityReport'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletedAccountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeletedAccount'] = ResolversParentTypes['DeletedAccount']> = {
  username?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeletedRecordResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeletedRecord'] = ResolversParentTypes['DeletedRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EngagementRulesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EngagementRules'] = ResolversParentTypes['EngagementRules']> = {
  capGradeWithoutReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pointsPerMeeting?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsPerPostMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsPerServiceHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsPerTrainingHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  starPoints?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerStarHours?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationGradeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EvaluationGrade'] = ResolversParentTypes['EvaluationGrade']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['EvaluationGradeValue'], ParentType, ContextType>;
  gradedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gradedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationRowResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EvaluationRow'] = ResolversParentTypes['EvaluationRow']> = {
  capReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communityReport?: Resolver<Maybe<ResolversTypes['CommunityReport']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['EvaluationGrade']>, ParentType, ContextType>;
  maxGrade?: Resolver<ResolversTypes['EvaluationGradeValue'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  postsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EvaluationRowConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EvaluationRowConnection'] = ResolversParentTypes['EvaluationRowConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationRowEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EvaluationRowEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EvaluationRowEdge'] = ResolversParentTypes['EvaluationRowEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EvaluationRow'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  afterUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beforeUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GeneratedFileResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['GeneratedFile'] = ResolversParentTypes['GeneratedFile']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GradeCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['EvaluationGradeValue'], ParentType, ContextType>;
};

export type HttpHeaderResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['HttpHeader'] = ResolversParentTypes['HttpHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LedgerEventResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LedgerEvent'] = ResolversParentTypes['LedgerEvent']> = {
  action?: Resolver<ResolversTypes['LedgerAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LedgerItemResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LedgerItem'] = ResolversParentTypes['LedgerItem']> = {
  allowedActions?: Resolver<Array<ResolversTypes['LedgerAction']>, ParentType, ContextType>;
  assignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  handlerDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handlerUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  handlerUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['LedgerEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedByUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  raisedByUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reopenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  signedOffAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  signedOffBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LedgerStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LedgerItemConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LedgerItemConnection'] = ResolversParentTypes['LedgerItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LedgerItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LedgerItemEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LedgerItemEdge'] = ResolversParentTypes['LedgerItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType>;
};

export type LedgerStatusCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LedgerStatusCount'] = ResolversParentTypes['LedgerStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LedgerStatus'], ParentType, ContextType>;
};

export type LedgerYearResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LedgerYear'] = ResolversParentTypes['LedgerYear']> = {
  byStatus?: Resolver<Array<ResolversTypes['LedgerStatusCount']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LevelCheckResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LevelCheck'] = ResolversParentTypes['LevelCheck']> = {
  expectedLevel?: Resolver<Maybe<ResolversTypes['OrgLevel']>, ParentType, ContextType>;
  fits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['LevelVerdict'], ParentType, ContextType>;
};

export type LiaisonAccountsStepResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LiaisonAccountsStep'] = ResolversParentTypes['LiaisonAccountsStep']> = {
  alreadyHadAccount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handoutId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processedUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedUnit']>, ParentType, ContextType>;
  totalUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListSettingsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListSettings'] = ResolversParentTypes['ListSettings']> = {
  claimWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListYearResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListYear'] = ResolversParentTypes['ListYear']> = {
  needs?: Resolver<ResolversTypes['NeedFigures'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectFigures'], ParentType, ContextType>;
  resources?: Resolver<ResolversTypes['ResourceFigures'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  agendaSolicitation?: Resolver<Maybe<ResolversTypes['AgendaSolicitation']>, ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['MeetingAction']>, ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  archivedDocuments?: Resolver<Array<ResolversTypes['ArchiveDocument']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  chair?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkInClosesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkInCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkInOpensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  consensus?: Resolver<Array<ResolversTypes['AgendaConsensus']>, ParentType, ContextType>;
  convenerUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  convenerUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedMemberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  invitedMembers?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  invitedUnitIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  invitedUnits?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  memberAttendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  minutes?: Resolver<Array<ResolversTypes['Minutes']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['MeetingNotice']>, ParentType, ContextType>;
  onlineLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opinions?: Resolver<ResolversTypes['MeetingOpinionConnection'], ParentType, ContextType, RequireFields<MeetingOpinionsArgs, 'first'>>;
  ownReceipt?: Resolver<Maybe<ResolversTypes['ResolutionReceipt']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousActionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  receiptSummary?: Resolver<Maybe<ResolversTypes['ReceiptSummary']>, ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['ResolutionReceipt']>, ParentType, ContextType>;
  recorder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subBody?: Resolver<Maybe<ResolversTypes['SubBody']>, ParentType, ContextType>;
  subBodyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingCadenceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetingCadence'] = ResolversParentTypes['MeetingCadence']> = {
  everyMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  lastHeldOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  nextDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MeetingNoticeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetingNotice'] = ResolversParentTypes['MeetingNotice']> = {
  daysBeforeStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lateReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingOpinionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetingOpinion'] = ResolversParentTypes['MeetingOpinion']> = {
  agendaItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MeetingOpinionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetingOpinionConnection'] = ResolversParentTypes['MeetingOpinionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingOpinionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeetingOpinionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetingOpinionEdge'] = ResolversParentTypes['MeetingOpinionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MeetingOpinion'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['MemberCategory'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  communityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departure?: Resolver<Maybe<ResolversTypes['MemberDeparture']>, ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['MemberRole']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['MemberTransferConnection'], ParentType, ContextType, RequireFields<MemberTransfersArgs, 'first'>>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MemberDepartureResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberDeparture'] = ResolversParentTypes['MemberDeparture']> = {
  destination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['MemberRemovalReason'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MemberImportResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberImport'] = ResolversParentTypes['MemberImport']> = {
  columns?: Resolver<Array<ResolversTypes['MemberImportColumn']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MemberImportRowError']>, ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['MemberImportRowError']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headerRowNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberImportStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['MemberImportSummary'], ParentType, ContextType>;
  toImport?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MemberImportColumnResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberImportColumn'] = ResolversParentTypes['MemberImportColumn']> = {
  field?: Resolver<Maybe<ResolversTypes['RosterField']>, ParentType, ContextType>;
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberImportConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberImportConnection'] = ResolversParentTypes['MemberImportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberImportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MemberImportEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberImportEdge'] = ResolversParentTypes['MemberImportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MemberImport'], ParentType, ContextType>;
};

export type MemberImportRowErrorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberImportRowError'] = ResolversParentTypes['MemberImportRowError']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['RosterField']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberImportSummaryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberImportSummary'] = ResolversParentTypes['MemberImportSummary']> = {
  alreadyOnRoster?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skippedBlank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withErrors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberPointsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberPoints'] = ResolversParentTypes['MemberPoints']> = {
  entries?: Resolver<ResolversTypes['PointsEntryConnection'], ParentType, ContextType, RequireFields<MemberPointsEntriesArgs, 'first'>>;
  meetingsAttended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextStarAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  postMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainingHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainingRequired?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volunteerStars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberTransferResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberTransfer'] = ResolversParentTypes['MemberTransfer']> = {
  destination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  fromUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromUnitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  letterNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  toUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toUnitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transferredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MemberTransferConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberTransferConnection'] = ResolversParentTypes['MemberTransferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberTransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MemberTransferEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberTransferEdge'] = ResolversParentTypes['MemberTransferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MemberTransfer'], ParentType, ContextType>;
};

export type MinutesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Minutes'] = ResolversParentTypes['Minutes']> = {
  addenda?: Resolver<Array<ResolversTypes['MinutesAddendum']>, ParentType, ContextType>;
  agendaItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  savedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['MinutesVersionConnection'], ParentType, ContextType, RequireFields<MinutesVersionsArgs, 'first'>>;
};

export type MinutesAddendumResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MinutesAddendum'] = ResolversParentTypes['MinutesAddendum']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  addedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MinutesVersionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MinutesVersion'] = ResolversParentTypes['MinutesVersion']> = {
  changed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  savedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MinutesVersionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MinutesVersionConnection'] = ResolversParentTypes['MinutesVersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MinutesVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MinutesVersionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MinutesVersionEdge'] = ResolversParentTypes['MinutesVersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MinutesVersion'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _empty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  acknowledgeResolutions?: Resolver<ResolversTypes['ResolutionReceipt'], ParentType, ContextType, RequireFields<MutationAcknowledgeResolutionsArgs, 'input'>>;
  actInRegion?: Resolver<ResolversTypes['ActingSession'], ParentType, ContextType, RequireFields<MutationActInRegionArgs, 'input'>>;
  addActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationAddActionItemArgs, 'input'>>;
  addAgendaItem?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationAddAgendaItemArgs, 'input'>>;
  addArchiveDocument?: Resolver<ResolversTypes['ArchiveDocument'], ParentType, ContextType, RequireFields<MutationAddArchiveDocumentArgs, 'input'>>;
  addMinutesAddendum?: Resolver<ResolversTypes['Minutes'], ParentType, ContextType, RequireFields<MutationAddMinutesAddendumArgs, 'input'>>;
  adjustMemberPoints?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType, RequireFields<MutationAdjustMemberPointsArgs, 'input'>>;
  adoptAgendaProposal?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationAdoptAgendaProposalArgs, 'input'>>;
  appointRegionAdmin?: Resolver<ResolversTypes['AccountWithPassword'], ParentType, ContextType, RequireFields<MutationAppointRegionAdminArgs, 'input'>>;
  approveMinutes?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationApproveMinutesArgs, 'meetingId' | 'version'>>;
  archiveMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationArchiveMeetingArgs, 'input'>>;
  assignLedgerItem?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType, RequireFields<MutationAssignLedgerItemArgs, 'input'>>;
  cancelMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCancelMeetingArgs, 'input'>>;
  changeUnitStatus?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationChangeUnitStatusArgs, 'input'>>;
  checkIn?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'code' | 'meetingId'>>;
  claimPost?: Resolver<ResolversTypes['PostHolder'], ParentType, ContextType, RequireFields<MutationClaimPostArgs, 'postId'>>;
  claimProject?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationClaimProjectArgs, 'input'>>;
  claimProjectSlot?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationClaimProjectSlotArgs, 'projectId'>>;
  claimResource?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationClaimResourceArgs, 'input'>>;
  closeAgendaSolicitation?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCloseAgendaSolicitationArgs, 'meetingId'>>;
  closeNeed?: Resolver<ResolversTypes['Need'], ParentType, ContextType, RequireFields<MutationCloseNeedArgs, 'input'>>;
  closePost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationClosePostArgs, 'id' | 'version'>>;
  confirmCommunityReport?: Resolver<ResolversTypes['CommunityReport'], ParentType, ContextType, RequireFields<MutationConfirmCommunityReportArgs, 'input'>>;
  confirmServiceHours?: Resolver<ResolversTypes['ServiceRecord'], ParentType, ContextType, RequireFields<MutationConfirmServiceHoursArgs, 'input'>>;
  continueMemberImport?: Resolver<ResolversTypes['MemberImport'], ParentType, ContextType, RequireFields<MutationContinueMemberImportArgs, 'id'>>;
  createAccount?: Resolver<ResolversTypes['AccountWithPassword'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createCalendarFeed?: Resolver<ResolversTypes['CalendarFeedWithUrl'], ParentType, ContextType>;
  createLiaisonAccounts?: Resolver<ResolversTypes['LiaisonAccountsStep'], ParentType, ContextType, RequireFields<MutationCreateLiaisonAccountsArgs, 'input'>>;
  createMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCreateMeetingArgs, 'input'>>;
  createMember?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationCreateMemberArgs, 'input'>>;
  createNeed?: Resolver<ResolversTypes['Need'], ParentType, ContextType, RequireFields<MutationCreateNeedArgs, 'input'>>;
  createPairing?: Resolver<ResolversTypes['Pairing'], ParentType, ContextType, RequireFields<MutationCreatePairingArgs, 'input'>>;
  createPost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationCreatePostArgs, 'input'>>;
  createProjectFromNeed?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectFromNeedArgs, 'input'>>;
  createRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationCreateRegionArgs, 'input'>>;
  createResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationCreateResourceArgs, 'input'>>;
  createSubBody?: Resolver<ResolversTypes['SubBody'], ParentType, ContextType, RequireFields<MutationCreateSubBodyArgs, 'input'>>;
  createUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationCreateUnitArgs, 'input'>>;
  createUploadUrl?: Resolver<ResolversTypes['Upload'], ParentType, ContextType, RequireFields<MutationCreateUploadUrlArgs, 'input'>>;
  declineLedgerItem?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType, RequireFields<MutationDeclineLedgerItemArgs, 'input'>>;
  deleteAccount?: Resolver<ResolversTypes['DeletedAccount'], ParentType, ContextType, RequireFields<MutationDeleteAccountArgs, 'input'>>;
  deleteArchiveDocument?: Resolver<ResolversTypes['ArchiveDocument'], ParentType, ContextType, RequireFields<MutationDeleteArchiveDocumentArgs, 'input'>>;
  deleteUnit?: Resolver<ResolversTypes['DeletedRecord'], ParentType, ContextType, RequireFields<MutationDeleteUnitArgs, 'id' | 'version'>>;
  disableAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationDisableAccountArgs, 'input'>>;
  dispatchDueReminders?: Resolver<ResolversTypes['ReminderDispatch'], ParentType, ContextType>;
  enableAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationEnableAccountArgs, 'input'>>;
  endActInRegion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEndActInRegionArgs, 'regionId'>>;
  endCommunityReport?: Resolver<ResolversTypes['CommunityReport'], ParentType, ContextType, RequireFields<MutationEndCommunityReportArgs, 'input'>>;
  endOfficerTerm?: Resolver<ResolversTypes['Officer'], ParentType, ContextType, RequireFields<MutationEndOfficerTermArgs, 'input'>>;
  endPairing?: Resolver<ResolversTypes['Pairing'], ParentType, ContextType, RequireFields<MutationEndPairingArgs, 'input'>>;
  exportCommunityReports?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationExportCommunityReportsArgs, 'memberUnitId'>>;
  exportMembers?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, Partial<MutationExportMembersArgs>>;
  exportNeeds?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationExportNeedsArgs, 'filter'>>;
  exportProjects?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationExportProjectsArgs, 'filter'>>;
  exportResources?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationExportResourcesArgs, 'filter'>>;
  exportTrainingStatus?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationExportTrainingStatusArgs, 'onlyShort' | 'unitId' | 'year'>>;
  fileRepresentativeChange?: Resolver<ResolversTypes['RepresentativeChange'], ParentType, ContextType, RequireFields<MutationFileRepresentativeChangeArgs, 'input'>>;
  importNeeds?: Resolver<ResolversTypes['NeedImportResult'], ParentType, ContextType, RequireFields<MutationImportNeedsArgs, 'input'>>;
  leavePost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationLeavePostArgs, 'postId'>>;
  liaisonAccountsHandout?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationLiaisonAccountsHandoutArgs, 'handoutId'>>;
  logServiceHours?: Resolver<ResolversTypes['ServiceRecord'], ParentType, ContextType, RequireFields<MutationLogServiceHoursArgs, 'input'>>;
  logTraining?: Resolver<ResolversTypes['TrainingRecord'], ParentType, ContextType, RequireFields<MutationLogTrainingArgs, 'input'>>;
  markAllNotificationsRead?: Resolver<Maybe<ResolversTypes['NotificationFeed']>, ParentType, ContextType>;
  markMeetingHeld?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationMarkMeetingHeldArgs, 'id' | 'version'>>;
  markNotificationsRead?: Resolver<Maybe<ResolversTypes['NotificationFeed']>, ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  meetingCalendar?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationMeetingCalendarArgs, 'meetingId'>>;
  meetingDocument?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationMeetingDocumentArgs, 'kind' | 'meetingId'>>;
  meetingFollowUpSummary?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<MutationMeetingFollowUpSummaryArgs, 'input'>>;
  openAgendaSolicitation?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationOpenAgendaSolicitationArgs, 'input'>>;
  postponeMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationPostponeMeetingArgs, 'input'>>;
  previewMemberImport?: Resolver<ResolversTypes['MemberImport'], ParentType, ContextType, RequireFields<MutationPreviewMemberImportArgs, 'input'>>;
  previewNeedImport?: Resolver<ResolversTypes['NeedImportPreview'], ParentType, ContextType, RequireFields<MutationPreviewNeedImportArgs, 'input'>>;
  publish?: Resolver<ResolversTypes['Publication'], ParentType, ContextType, RequireFields<MutationPublishArgs, 'id'>>;
  raiseLedgerItem?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType, RequireFields<MutationRaiseLedgerItemArgs, 'input'>>;
  rateProject?: Resolver<ResolversTypes['ProjectRatingSummary'], ParentType, ContextType, RequireFields<MutationRateProjectArgs, 'input'>>;
  rebindAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationRebindAccountArgs, 'input'>>;
  recomputePoints?: Resolver<ResolversTypes['PointsRecompute'], ParentType, ContextType, RequireFields<MutationRecomputePointsArgs, 'year'>>;
  recordAttendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  recordConsensus?: Resolver<ResolversTypes['AgendaConsensus'], ParentType, ContextType, RequireFields<MutationRecordConsensusArgs, 'input'>>;
  recordConsensusForAll?: Resolver<ResolversTypes['AgendaConsensus'], ParentType, ContextType, RequireFields<MutationRecordConsensusForAllArgs, 'agendaItemId' | 'meetingId'>>;
  registerPartnerClient?: Resolver<ResolversTypes['PartnerClientWithSecret'], ParentType, ContextType, RequireFields<MutationRegisterPartnerClientArgs, 'input'>>;
  registerUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationRegisterUnitArgs, 'input'>>;
  reinstateRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationReinstateRegionArgs, 'input'>>;
  removeAgendaItem?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationRemoveAgendaItemArgs, 'itemId' | 'meetingId' | 'version'>>;
  removeMember?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  reopenLedgerItem?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType, RequireFields<MutationReopenLedgerItemArgs, 'input'>>;
  replaceArchiveFile?: Resolver<ResolversTypes['ArchiveDocument'], ParentType, ContextType, RequireFields<MutationReplaceArchiveFileArgs, 'input'>>;
  replyToAgendaSolicitation?: Resolver<ResolversTypes['AgendaSolicitation'], ParentType, ContextType, RequireFields<MutationReplyToAgendaSolicitationArgs, 'input'>>;
  reportActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationReportActionItemArgs, 'input'>>;
  reportLedgerProgress?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType, RequireFields<MutationReportLedgerProgressArgs, 'input'>>;
  reportProjectProgress?: Resolver<ResolversTypes['ProjectProgress'], ParentType, ContextType, RequireFields<MutationReportProjectProgressArgs, 'input'>>;
  reportToCommunity?: Resolver<ResolversTypes['CommunityReport'], ParentType, ContextType, RequireFields<MutationReportToCommunityArgs, 'input'>>;
  requestLeave?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationRequestLeaveArgs, 'input'>>;
  resetAuthenticator?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationResetAuthenticatorArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['AccountWithPassword'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  resolveLedgerItem?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType, RequireFields<MutationResolveLedgerItemArgs, 'input'>>;
  restoreArchiveDocument?: Resolver<ResolversTypes['ArchiveDocument'], ParentType, ContextType, RequireFields<MutationRestoreArchiveDocumentArgs, 'input'>>;
  revealMemberIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationRevealMemberIdNumberArgs, 'id'>>;
  revokeCalendarFeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokePartnerClient?: Resolver<ResolversTypes['PartnerClient'], ParentType, ContextType, RequireFields<MutationRevokePartnerClientArgs, 'clientId'>>;
  rotatePartnerClientSecret?: Resolver<ResolversTypes['PartnerClientWithSecret'], ParentType, ContextType, RequireFields<MutationRotatePartnerClientSecretArgs, 'clientId'>>;
  saveMinutes?: Resolver<ResolversTypes['Minutes'], ParentType, ContextType, RequireFields<MutationSaveMinutesArgs, 'input'>>;
  sendMeetingNotice?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationSendMeetingNoticeArgs, 'input'>>;
  setAgendaMaterials?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationSetAgendaMaterialsArgs, 'input'>>;
  setCouncilTerm?: Resolver<ResolversTypes['AllianceSettings'], ParentType, ContextType, RequireFields<MutationSetCouncilTermArgs, 'input'>>;
  setEngagementRules?: Resolver<ResolversTypes['EngagementRules'], ParentType, ContextType, RequireFields<MutationSetEngagementRulesArgs, 'input'>>;
  setEvaluationGrade?: Resolver<ResolversTypes['EvaluationGrade'], ParentType, ContextType, RequireFields<MutationSetEvaluationGradeArgs, 'input'>>;
  setListSettings?: Resolver<ResolversTypes['ListSettings'], ParentType, ContextType, RequireFields<MutationSetListSettingsArgs, 'input'>>;
  setMeetingCadence?: Resolver<ResolversTypes['MeetingCadence'], ParentType, ContextType, RequireFields<MutationSetMeetingCadenceArgs, 'input'>>;
  setMeetingReminderOffsets?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<MutationSetMeetingReminderOffsetsArgs, 'offsetsMinutes'>>;
  setOfficer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType, RequireFields<MutationSetOfficerArgs, 'input'>>;
  signOffLedgerItem?: Resolver<ResolversTypes['LedgerItem'], ParentType, ContextType, RequireFields<MutationSignOffLedgerItemArgs, 'input'>>;
  submitOpinion?: Resolver<ResolversTypes['MeetingOpinion'], ParentType, ContextType, RequireFields<MutationSubmitOpinionArgs, 'input'>>;
  suspendRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationSuspendRegionArgs, 'input'>>;
  transferMember?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationTransferMemberArgs, 'input'>>;
  transitionProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationTransitionProjectArgs, 'input'>>;
  unlockAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationUnlockAccountArgs, 'input'>>;
  unpublish?: Resolver<ResolversTypes['Publication'], ParentType, ContextType, RequireFields<MutationUnpublishArgs, 'id'>>;
  updateMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationUpdateMeetingArgs, 'input'>>;
  updateMember?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationUpdateMemberArgs, 'input'>>;
  updateMyPhone?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationUpdateMyPhoneArgs, 'version'>>;
  updateNeed?: Resolver<ResolversTypes['Need'], ParentType, ContextType, RequireFields<MutationUpdateNeedArgs, 'input'>>;
  updatePost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationUpdatePostArgs, 'input'>>;
  updateRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationUpdateRegionArgs, 'input'>>;
  updateResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationUpdateResourceArgs, 'input'>>;
  updateSubBody?: Resolver<ResolversTypes['SubBody'], ParentType, ContextType, RequireFields<MutationUpdateSubBodyArgs, 'input'>>;
  updateUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationUpdateUnitArgs, 'input'>>;
  uploadCharterVersion?: Resolver<ResolversTypes['CharterVersion'], ParentType, ContextType, RequireFields<MutationUploadCharterVersionArgs, 'input'>>;
  verifyArchiveDocument?: Resolver<ResolversTypes['ArchiveVerification'], ParentType, ContextType, RequireFields<MutationVerifyArchiveDocumentArgs, 'id'>>;
  withdrawClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationWithdrawClaimArgs, 'claimId'>>;
  withdrawResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationWithdrawResourceArgs, 'id' | 'version'>>;
};

export type NeedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communityUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  communityUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  raisedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['NeedSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NeedStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['NeedUrgency'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wantedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  wantedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedCategoryCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedCategoryCount'] = ResolversParentTypes['NeedCategoryCount']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedConnection'] = ResolversParentTypes['NeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NeedEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedEdge'] = ResolversParentTypes['NeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
};

export type NeedFiguresResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedFigures'] = ResolversParentTypes['NeedFigures']> = {
  byCategory?: Resolver<Array<ResolversTypes['NeedCategoryCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['NeedStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedImportErrorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedImportError'] = ResolversParentTypes['NeedImportError']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedImportPreviewResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedImportPreview'] = ResolversParentTypes['NeedImportPreview']> = {
  alreadyListed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['NeedImportError']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headerRowNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sample?: Resolver<Array<ResolversTypes['NeedImportRow']>, ParentType, ContextType>;
  toImport?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedImportResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedImportResult'] = ResolversParentTypes['NeedImportResult']> = {
  alreadyListed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeedImportRowResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedImportRow'] = ResolversParentTypes['NeedImportRow']> = {
  alreadyListed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communityUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raisedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['NeedSource'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['NeedUrgency'], ParentType, ContextType>;
  wantedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  wantedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type NeedStatusCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NeedStatusCount'] = ResolversParentTypes['NeedStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NeedStatus'], ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationFeedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotificationFeed'] = ResolversParentTypes['NotificationFeed']> = {
  items?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfficerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Officer'] = ResolversParentTypes['Officer']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  post?: Resolver<ResolversTypes['OfficerPost'], ParentType, ContextType>;
  termEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  termStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpenDataLinksResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OpenDataLinks'] = ResolversParentTypes['OpenDataLinks']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  xlsx?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpenDataListResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OpenDataList'] = ResolversParentTypes['OpenDataList']> = {
  links?: Resolver<ResolversTypes['OpenDataLinks'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PublishableType'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutboxEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OutboxEntry'] = ResolversParentTypes['OutboxEntry']> = {
  channel?: Resolver<ResolversTypes['OutboxChannel'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutboxKind'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  notificationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offsetMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recipientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipientKind?: Resolver<ResolversTypes['OutboxRecipientKind'], ParentType, ContextType>;
  reminderLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
};

export type OutboxEntryConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OutboxEntryConnection'] = ResolversParentTypes['OutboxEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OutboxEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OutboxEntryEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OutboxEntryEdge'] = ResolversParentTypes['OutboxEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OutboxEntry'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PairingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Pairing'] = ResolversParentTypes['Pairing']> = {
  agreement?: Resolver<Maybe<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PairingStatus'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PairingConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PairingConnection'] = ResolversParentTypes['PairingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PairingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PairingEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PairingEdge'] = ResolversParentTypes['PairingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pairing'], ParentType, ContextType>;
};

export type PartnerClientResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PartnerClient'] = ResolversParentTypes['PartnerClient']> = {
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  secretRotatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PartnerClientState'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerClientConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PartnerClientConnection'] = ResolversParentTypes['PartnerClientConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerClientEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PartnerClientEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PartnerClientEdge'] = ResolversParentTypes['PartnerClientEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerClient'], ParentType, ContextType>;
};

export type PartnerClientWithSecretResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PartnerClientWithSecret'] = ResolversParentTypes['PartnerClientWithSecret']> = {
  client?: Resolver<ResolversTypes['PartnerClient'], ParentType, ContextType>;
  clientSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PointsEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PointsEntry'] = ResolversParentTypes['PointsEntry']> = {
  basis?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  correcting?: Resolver<Maybe<ResolversTypes['PointsKind']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PointsKind'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rulesVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PointsEntryConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PointsEntryConnection'] = ResolversParentTypes['PointsEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PointsEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PointsEntryEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PointsEntryEdge'] = ResolversParentTypes['PointsEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType>;
};

export type PointsRecomputeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PointsRecompute'] = ResolversParentTypes['PointsRecompute']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  corrected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rulesVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  communityUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duties?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  holderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holders?: Resolver<Array<ResolversTypes['PostHolder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PostStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PostConnection'] = ResolversParentTypes['PostConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PostEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PostEdge'] = ResolversParentTypes['PostEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
};

export type PostHolderResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PostHolder'] = ResolversParentTypes['PostHolder']> = {
  claimedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  acceptanceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['ProjectAction']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  claimMode?: Resolver<Maybe<ResolversTypes['ClaimMode']>, ParentType, ContextType>;
  claimWindowEndsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  communityUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  communityUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ProjectEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  leadUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  needIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['Need']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ProjectProgressConnection'], ParentType, ContextType, RequireFields<ProjectProgressArgs, 'first'>>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['ProjectRatingSummary'], ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['ProjectRatingConnection'], ParentType, ContextType, RequireFields<ProjectRatingsArgs, 'first'>>;
  slotsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerSlots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProjectEventResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectEvent'] = ResolversParentTypes['ProjectEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ProjectStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ProjectStatus']>, ParentType, ContextType>;
};

export type ProjectFiguresResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectFigures'] = ResolversParentTypes['ProjectFigures']> = {
  budget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ProjectStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectProgressResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectProgress'] = ResolversParentTypes['ProjectProgress']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
};

export type ProjectProgressConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectProgressConnection'] = ResolversParentTypes['ProjectProgressConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectProgressEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectProgressEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectProgressEdge'] = ResolversParentTypes['ProjectProgressEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectProgress'], ParentType, ContextType>;
};

export type ProjectRatingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectRating'] = ResolversParentTypes['ProjectRating']> = {
  byCommunity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectRatingConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectRatingConnection'] = ResolversParentTypes['ProjectRatingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectRatingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectRatingEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectRatingEdge'] = ResolversParentTypes['ProjectRatingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectRating'], ParentType, ContextType>;
};

export type ProjectRatingSummaryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectRatingSummary'] = ResolversParentTypes['ProjectRatingSummary']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectStatusCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProjectStatusCount'] = ResolversParentTypes['ProjectStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
};

export type PublicFileResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicFile'] = ResolversParentTypes['PublicFile']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicNeedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicNeed'] = ResolversParentTypes['PublicNeed']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NeedStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wantedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  wantedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicNeedConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicNeedConnection'] = ResolversParentTypes['PublicNeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicNeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PublicNeedEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicNeedEdge'] = ResolversParentTypes['PublicNeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicNeed'], ParentType, ContextType>;
};

export type PublicProgressResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicProgress'] = ResolversParentTypes['PublicProgress']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['PublicFile']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicProjectResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicProject'] = ResolversParentTypes['PublicProject']> = {
  acceptanceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  communityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['PublicProgress']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['ProjectRatingSummary'], ParentType, ContextType>;
  slotsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  targetOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  volunteerSlots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicProjectConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicProjectConnection'] = ResolversParentTypes['PublicProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PublicProjectEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicProjectEdge'] = ResolversParentTypes['PublicProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicProject'], ParentType, ContextType>;
};

export type PublicRegionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicRegion'] = ResolversParentTypes['PublicRegion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['PublicNeedConnection'], ParentType, ContextType, RequireFields<PublicRegionNeedsArgs, 'first'>>;
  openData?: Resolver<Array<ResolversTypes['OpenDataList']>, ParentType, ContextType, Partial<PublicRegionOpenDataArgs>>;
  project?: Resolver<Maybe<ResolversTypes['PublicProject']>, ParentType, ContextType, RequireFields<PublicRegionProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['PublicProjectConnection'], ParentType, ContextType, RequireFields<PublicRegionProjectsArgs, 'first'>>;
  resolutions?: Resolver<ResolversTypes['PublicResolutionConnection'], ParentType, ContextType, RequireFields<PublicRegionResolutionsArgs, 'first'>>;
  resources?: Resolver<ResolversTypes['PublicResourceConnection'], ParentType, ContextType, RequireFields<PublicRegionResourcesArgs, 'first'>>;
};

export type PublicResolutionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicResolution'] = ResolversParentTypes['PublicResolution']> = {
  adoptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  meetingKind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  meetingKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicResolutionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicResolutionConnection'] = ResolversParentTypes['PublicResolutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicResolutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PublicResolutionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicResolutionEdge'] = ResolversParentTypes['PublicResolutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicResolution'], ParentType, ContextType>;
};

export type PublicResourceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicResource'] = ResolversParentTypes['PublicResource']> = {
  availableFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  availableUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicResourceConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicResourceConnection'] = ResolversParentTypes['PublicResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicResourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PublicResourceEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicResourceEdge'] = ResolversParentTypes['PublicResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicResource'], ParentType, ContextType>;
};

export type PublicationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = {
  meetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['PublishableType'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicationConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicationConnection'] = ResolversParentTypes['PublicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PublicationEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublicationEdge'] = ResolversParentTypes['PublicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Publication'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'username'>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<QueryAccountsArgs, 'first'>>;
  actionItems?: Resolver<ResolversTypes['ActionItemConnection'], ParentType, ContextType, RequireFields<QueryActionItemsArgs, 'first'>>;
  allianceSettings?: Resolver<ResolversTypes['AllianceSettings'], ParentType, ContextType>;
  archiveDocument?: Resolver<Maybe<ResolversTypes['ArchiveDocument']>, ParentType, ContextType, RequireFields<QueryArchiveDocumentArgs, 'id'>>;
  archiveDocuments?: Resolver<ResolversTypes['ArchiveDocumentConnection'], ParentType, ContextType, RequireFields<QueryArchiveDocumentsArgs, 'filter' | 'first'>>;
  archiveFolders?: Resolver<Array<ResolversTypes['ArchiveFolderCount']>, ParentType, ContextType, RequireFields<QueryArchiveFoldersArgs, 'year'>>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first' | 'recordId'>>;
  calendarFeed?: Resolver<Maybe<ResolversTypes['CalendarFeed']>, ParentType, ContextType>;
  charter?: Resolver<ResolversTypes['Charter'], ParentType, ContextType>;
  claimableProjects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryClaimableProjectsArgs, 'first' | 'year'>>;
  communityReport?: Resolver<Maybe<ResolversTypes['CommunityReport']>, ParentType, ContextType, RequireFields<QueryCommunityReportArgs, 'id'>>;
  communityReports?: Resolver<ResolversTypes['CommunityReportConnection'], ParentType, ContextType, RequireFields<QueryCommunityReportsArgs, 'filter' | 'first'>>;
  deletedArchiveDocuments?: Resolver<ResolversTypes['ArchiveDocumentConnection'], ParentType, ContextType, RequireFields<QueryDeletedArchiveDocumentsArgs, 'first'>>;
  engagementRules?: Resolver<ResolversTypes['EngagementRules'], ParentType, ContextType, RequireFields<QueryEngagementRulesArgs, 'year'>>;
  evaluationGrid?: Resolver<ResolversTypes['EvaluationRowConnection'], ParentType, ContextType, RequireFields<QueryEvaluationGridArgs, 'first' | 'unitId' | 'year'>>;
  ledgerItem?: Resolver<Maybe<ResolversTypes['LedgerItem']>, ParentType, ContextType, RequireFields<QueryLedgerItemArgs, 'id'>>;
  ledgerItems?: Resolver<ResolversTypes['LedgerItemConnection'], ParentType, ContextType, RequireFields<QueryLedgerItemsArgs, 'filter' | 'first'>>;
  ledgerYear?: Resolver<ResolversTypes['LedgerYear'], ParentType, ContextType, RequireFields<QueryLedgerYearArgs, 'year'>>;
  listSettings?: Resolver<ResolversTypes['ListSettings'], ParentType, ContextType>;
  listYear?: Resolver<ResolversTypes['ListYear'], ParentType, ContextType, RequireFields<QueryListYearArgs, 'year'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetingCadence?: Resolver<Array<ResolversTypes['MeetingCadence']>, ParentType, ContextType>;
  meetingOutbox?: Resolver<ResolversTypes['OutboxEntryConnection'], ParentType, ContextType, RequireFields<QueryMeetingOutboxArgs, 'first' | 'meetingId'>>;
  meetingReminderOffsets?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'id'>>;
  memberImport?: Resolver<Maybe<ResolversTypes['MemberImport']>, ParentType, ContextType, RequireFields<QueryMemberImportArgs, 'id'>>;
  memberImportTemplate?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType>;
  memberImports?: Resolver<ResolversTypes['MemberImportConnection'], ParentType, ContextType, RequireFields<QueryMemberImportsArgs, 'first'>>;
  memberPoints?: Resolver<ResolversTypes['MemberPoints'], ParentType, ContextType, RequireFields<QueryMemberPointsArgs, 'memberId' | 'year'>>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, RequireFields<QueryMembersArgs, 'first'>>;
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<QueryNeedArgs, 'id'>>;
  needCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  needImportTemplate?: Resolver<ResolversTypes['GeneratedFile'], ParentType, ContextType, RequireFields<QueryNeedImportTemplateArgs, 'year'>>;
  needs?: Resolver<ResolversTypes['NeedConnection'], ParentType, ContextType, RequireFields<QueryNeedsArgs, 'filter' | 'first'>>;
  officers?: Resolver<Array<ResolversTypes['Officer']>, ParentType, ContextType, RequireFields<QueryOfficersArgs, 'includePast'>>;
  partnerClients?: Resolver<ResolversTypes['PartnerClientConnection'], ParentType, ContextType, RequireFields<QueryPartnerClientsArgs, 'first' | 'regionId'>>;
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<QueryPostArgs, 'id'>>;
  posts?: Resolver<ResolversTypes['PostConnection'], ParentType, ContextType, RequireFields<QueryPostsArgs, 'communityUnitId' | 'first' | 'includeClosed'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'filter' | 'first'>>;
  publicRegion?: Resolver<Maybe<ResolversTypes['PublicRegion']>, ParentType, ContextType, RequireFields<QueryPublicRegionArgs, 'id'>>;
  publications?: Resolver<ResolversTypes['PublicationConnection'], ParentType, ContextType, RequireFields<QueryPublicationsArgs, 'first' | 'type' | 'year'>>;
  regionAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryRegionAuditTrailArgs, 'first'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  representativeChanges?: Resolver<ResolversTypes['RepresentativeChangeConnection'], ParentType, ContextType, RequireFields<QueryRepresentativeChangesArgs, 'first'>>;
  resolution?: Resolver<Maybe<ResolversTypes['Resolution']>, ParentType, ContextType, RequireFields<QueryResolutionArgs, 'id'>>;
  resource?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType, RequireFields<QueryResourceArgs, 'id'>>;
  resources?: Resolver<ResolversTypes['ResourceConnection'], ParentType, ContextType, RequireFields<QueryResourcesArgs, 'filter' | 'first'>>;
  serviceRecords?: Resolver<ResolversTypes['ServiceRecordConnection'], ParentType, ContextType, RequireFields<QueryServiceRecordsArgs, 'filter' | 'first'>>;
  subBodies?: Resolver<ResolversTypes['SubBodyConnection'], ParentType, ContextType, RequireFields<QuerySubBodiesArgs, 'first'>>;
  subBody?: Resolver<Maybe<ResolversTypes['SubBody']>, ParentType, ContextType, RequireFields<QuerySubBodyArgs, 'id'>>;
  suggestResources?: Resolver<Array<ResolversTypes['ResourceSuggestion']>, ParentType, ContextType, RequireFields<QuerySuggestResourcesArgs, 'needId'>>;
  trainingRecords?: Resolver<ResolversTypes['TrainingRecordConnection'], ParentType, ContextType, RequireFields<QueryTrainingRecordsArgs, 'first' | 'memberId' | 'year'>>;
  trainingStatus?: Resolver<ResolversTypes['TrainingStatusConnection'], ParentType, ContextType, RequireFields<QueryTrainingStatusArgs, 'first' | 'onlyShort' | 'unitId' | 'year'>>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryUnitArgs, 'id'>>;
  unitEvaluation?: Resolver<ResolversTypes['UnitEvaluation'], ParentType, ContextType, RequireFields<QueryUnitEvaluationArgs, 'unitId' | 'year'>>;
  unitOptions?: Resolver<ResolversTypes['UnitOptionConnection'], ParentType, ContextType, RequireFields<QueryUnitOptionsArgs, 'first'>>;
  units?: Resolver<ResolversTypes['UnitConnection'], ParentType, ContextType, RequireFields<QueryUnitsArgs, 'first'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type ReceiptSummaryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReceiptSummary'] = ResolversParentTypes['ReceiptSummary']> = {
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  accountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  adminCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  admins?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RegionState'], ParentType, ContextType>;
  superiorOrganization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suspendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  suspendedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RegistrationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = {
  community?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['ArchiveFile']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ReminderDispatchResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReminderDispatch'] = ResolversParentTypes['ReminderDispatch']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reminders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RepresentativeChangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RepresentativeChange'] = ResolversParentTypes['RepresentativeChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  filedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['UnitPerson']>, ParentType, ContextType>;
  post?: Resolver<ResolversTypes['RepresentativePost'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['UnitPerson']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RepresentativeChangeConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RepresentativeChangeConnection'] = ResolversParentTypes['RepresentativeChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RepresentativeChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RepresentativeChangeEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RepresentativeChangeEdge'] = ResolversParentTypes['RepresentativeChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RepresentativeChange'], ParentType, ContextType>;
};

export type ReservedViewResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReservedView'] = ResolversParentTypes['ReservedView']> = {
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  view?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResolutionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  adoptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  agendaItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  reservedViews?: Resolver<Array<ResolversTypes['ReservedView']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResolutionReceiptResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResolutionReceipt'] = ResolversParentTypes['ResolutionReceipt']> = {
  acknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onBehalf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ResourceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = {
  availableFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  availableUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ResourceStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResourceConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResourceConnection'] = ResolversParentTypes['ResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ResourceEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResourceEdge'] = ResolversParentTypes['ResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resource'], ParentType, ContextType>;
};

export type ResourceFiguresResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResourceFigures'] = ResolversParentTypes['ResourceFigures']> = {
  byType?: Resolver<Array<ResolversTypes['ResourceTypeCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResourceSuggestionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResourceSuggestion'] = ResolversParentTypes['ResourceSuggestion']> = {
  paired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType>;
  typeFits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ResourceTypeCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResourceTypeCount'] = ResolversParentTypes['ResourceTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
};

export type ServiceRecordResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ServiceRecord'] = ResolversParentTypes['ServiceRecord']> = {
  community?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  communityUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  memberUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  postId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  servedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRecordStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceRecordConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ServiceRecordConnection'] = ResolversParentTypes['ServiceRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ServiceRecordEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ServiceRecordEdge'] = ResolversParentTypes['ServiceRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRecord'], ParentType, ContextType>;
};

export type SkippedUnitResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SkippedUnit'] = ResolversParentTypes['SkippedUnit']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubBodyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubBody'] = ResolversParentTypes['SubBody']> = {
  convenerUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  convenerUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubBodyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['SubBodyPerson']>, ParentType, ContextType>;
  peopleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubBodyConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubBodyConnection'] = ResolversParentTypes['SubBodyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubBodyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SubBodyEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubBodyEdge'] = ResolversParentTypes['SubBodyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SubBody'], ParentType, ContextType>;
};

export type SubBodyPersonResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubBodyPerson'] = ResolversParentTypes['SubBodyPerson']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TrainingRecordResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord']> = {
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingRecordConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TrainingRecordConnection'] = ResolversParentTypes['TrainingRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrainingRecordEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TrainingRecordEdge'] = ResolversParentTypes['TrainingRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingRecord'], ParentType, ContextType>;
};

export type TrainingStatusResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TrainingStatus'] = ResolversParentTypes['TrainingStatus']> = {
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shortBy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingStatusConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TrainingStatusConnection'] = ResolversParentTypes['TrainingStatusConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingStatusEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrainingStatusEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TrainingStatusEdge'] = ResolversParentTypes['TrainingStatusEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingStatus'], ParentType, ContextType>;
};

export type UnitResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit']> = {
  activePairingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allianceRole?: Resolver<ResolversTypes['AllianceRole'], ParentType, ContextType>;
  childCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<ResolversTypes['UnitConnection'], ParentType, ContextType, RequireFields<UnitChildrenArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fullMemberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostKind?: Resolver<ResolversTypes['HostKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leader?: Resolver<Maybe<ResolversTypes['UnitPerson']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  levelCheck?: Resolver<ResolversTypes['LevelCheck'], ParentType, ContextType>;
  liaison?: Resolver<Maybe<ResolversTypes['UnitPerson']>, ParentType, ContextType>;
  lockedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, RequireFields<UnitMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needsPairing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pairings?: Resolver<ResolversTypes['PairingConnection'], ParentType, ContextType, RequireFields<UnitPairingsArgs, 'first'>>;
  parent?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  partTimeCommitteeMember?: Resolver<Maybe<ResolversTypes['UnitPerson']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  representative?: Resolver<Maybe<ResolversTypes['UnitPerson']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnitStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitConnection'] = ResolversParentTypes['UnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UnitEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitEdge'] = ResolversParentTypes['UnitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
};

export type UnitEvaluationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitEvaluation'] = ResolversParentTypes['UnitEvaluation']> = {
  byGrade?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  excellentShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  graded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitOptionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitOption'] = ResolversParentTypes['UnitOption']> = {
  allianceRole?: Resolver<ResolversTypes['AllianceRole'], ParentType, ContextType>;
  hostKind?: Resolver<ResolversTypes['HostKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnitStatus'], ParentType, ContextType>;
};

export type UnitOptionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitOptionConnection'] = ResolversParentTypes['UnitOptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnitOptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UnitOptionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitOptionEdge'] = ResolversParentTypes['UnitOptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnitOption'], ParentType, ContextType>;
};

export type UnitPersonResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitPerson'] = ResolversParentTypes['UnitPerson']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UnitPositionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnitPosition'] = ResolversParentTypes['UnitPosition']> = {
  agendaItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['ConsensusPosition'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  view?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UploadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Upload'] = ResolversParentTypes['Upload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['HttpHeader']>, ParentType, ContextType>;
  uploadId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  acting?: Resolver<Maybe<ResolversTypes['ActingSession']>, ParentType, ContextType>;
  actionItems?: Resolver<Maybe<ResolversTypes['ActionItemConnection']>, ParentType, ContextType, RequireFields<ViewerActionItemsArgs, 'first'>>;
  agendaSolicitations?: Resolver<Array<ResolversTypes['AgendaSolicitation']>, ParentType, ContextType>;
  communityReports?: Resolver<Maybe<Array<ResolversTypes['CommunityReport']>>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetingNotices?: Resolver<Maybe<ResolversTypes['MeetingConnection']>, ParentType, ContextType, RequireFields<ViewerMeetingNoticesArgs, 'first'>>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  memberPoints?: Resolver<Maybe<ResolversTypes['MemberPoints']>, ParentType, ContextType, RequireFields<ViewerMemberPointsArgs, 'year'>>;
  notifications?: Resolver<Maybe<ResolversTypes['NotificationFeed']>, ParentType, ContextType, RequireFields<ViewerNotificationsArgs, 'first'>>;
  posts?: Resolver<Maybe<Array<ResolversTypes['PostHolder']>>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  serviceRecords?: Resolver<Maybe<ResolversTypes['ServiceRecordConnection']>, ParentType, ContextType, RequireFields<ViewerServiceRecordsArgs, 'first'>>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphqlContext> = {
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountWithPassword?: AccountWithPasswordResolvers<ContextType>;
  ActingSession?: ActingSessionResolvers<ContextType>;
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionItemConnection?: ActionItemConnectionResolvers<ContextType>;
  ActionItemEdge?: ActionItemEdgeResolvers<ContextType>;
  ActionReport?: ActionReportResolvers<ContextType>;
  AgendaConsensus?: AgendaConsensusResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AgendaProposal?: AgendaProposalResolvers<ContextType>;
  AgendaSolicitation?: AgendaSolicitationResolvers<ContextType>;
  AgendaSolicitationReply?: AgendaSolicitationReplyResolvers<ContextType>;
  AllianceSettings?: AllianceSettingsResolvers<ContextType>;
  ArchiveDocument?: ArchiveDocumentResolvers<ContextType>;
  ArchiveDocumentConnection?: ArchiveDocumentConnectionResolvers<ContextType>;
  ArchiveDocumentEdge?: ArchiveDocumentEdgeResolvers<ContextType>;
  ArchiveDocumentVersion?: ArchiveDocumentVersionResolvers<ContextType>;
  ArchiveDocumentVersionConnection?: ArchiveDocumentVersionConnectionResolvers<ContextType>;
  ArchiveDocumentVersionEdge?: ArchiveDocumentVersionEdgeResolvers<ContextType>;
  ArchiveFile?: ArchiveFileResolvers<ContextType>;
  ArchiveFolderCount?: ArchiveFolderCountResolvers<ContextType>;
  ArchiveProblem?: ArchiveProblemResolvers<ContextType>;
  ArchiveVerification?: ArchiveVerificationResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  CalendarFeedWithUrl?: CalendarFeedWithUrlResolvers<ContextType>;
  Charter?: CharterResolvers<ContextType>;
  CharterVersion?: CharterVersionResolvers<ContextType>;
  CharterVersionConnection?: CharterVersionConnectionResolvers<ContextType>;
  CharterVersionEdge?: CharterVersionEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  CommunityReport?: CommunityReportResolvers<ContextType>;
  CommunityReportConnection?: CommunityReportConnectionResolvers<ContextType>;
  CommunityReportEdge?: CommunityReportEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletedAccount?: DeletedAccountResolvers<ContextType>;
  DeletedRecord?: DeletedRecordResolvers<ContextType>;
  EngagementRules?: EngagementRulesResolvers<ContextType>;
  EvaluationGrade?: EvaluationGradeResolvers<ContextType>;
  EvaluationRow?: EvaluationRowResolvers<ContextType>;
  EvaluationRowConnection?: EvaluationRowConnectionResolvers<ContextType>;
  EvaluationRowEdge?: EvaluationRowEdgeResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GeneratedFile?: GeneratedFileResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  HttpHeader?: HttpHeaderResolvers<ContextType>;
  LedgerEvent?: LedgerEventResolvers<ContextType>;
  LedgerItem?: LedgerItemResolvers<ContextType>;
  LedgerItemConnection?: LedgerItemConnectionResolvers<ContextType>;
  LedgerItemEdge?: LedgerItemEdgeResolvers<ContextType>;
  LedgerStatusCount?: LedgerStatusCountResolvers<ContextType>;
  LedgerYear?: LedgerYearResolvers<ContextType>;
  LevelCheck?: LevelCheckResolvers<ContextType>;
  LiaisonAccountsStep?: LiaisonAccountsStepResolvers<ContextType>;
  ListSettings?: ListSettingsResolvers<ContextType>;
  ListYear?: ListYearResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingCadence?: MeetingCadenceResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MeetingNotice?: MeetingNoticeResolvers<ContextType>;
  MeetingOpinion?: MeetingOpinionResolvers<ContextType>;
  MeetingOpinionConnection?: MeetingOpinionConnectionResolvers<ContextType>;
  MeetingOpinionEdge?: MeetingOpinionEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberDeparture?: MemberDepartureResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MemberImport?: MemberImportResolvers<ContextType>;
  MemberImportColumn?: MemberImportColumnResolvers<ContextType>;
  MemberImportConnection?: MemberImportConnectionResolvers<ContextType>;
  MemberImportEdge?: MemberImportEdgeResolvers<ContextType>;
  MemberImportRowError?: MemberImportRowErrorResolvers<ContextType>;
  MemberImportSummary?: MemberImportSummaryResolvers<ContextType>;
  MemberPoints?: MemberPointsResolvers<ContextType>;
  MemberTransfer?: MemberTransferResolvers<ContextType>;
  MemberTransferConnection?: MemberTransferConnectionResolvers<ContextType>;
  MemberTransferEdge?: MemberTransferEdgeResolvers<ContextType>;
  Minutes?: MinutesResolvers<ContextType>;
  MinutesAddendum?: MinutesAddendumResolvers<ContextType>;
  MinutesVersion?: MinutesVersionResolvers<ContextType>;
  MinutesVersionConnection?: MinutesVersionConnectionResolvers<ContextType>;
  MinutesVersionEdge?: MinutesVersionEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  NeedCategoryCount?: NeedCategoryCountResolvers<ContextType>;
  NeedConnection?: NeedConnectionResolvers<ContextType>;
  NeedEdge?: NeedEdgeResolvers<ContextType>;
  NeedFigures?: NeedFiguresResolvers<ContextType>;
  NeedImportError?: NeedImportErrorResolvers<ContextType>;
  NeedImportPreview?: NeedImportPreviewResolvers<ContextType>;
  NeedImportResult?: NeedImportResultResolvers<ContextType>;
  NeedImportRow?: NeedImportRowResolvers<ContextType>;
  NeedStatusCount?: NeedStatusCountResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationFeed?: NotificationFeedResolvers<ContextType>;
  Officer?: OfficerResolvers<ContextType>;
  OpenDataLinks?: OpenDataLinksResolvers<ContextType>;
  OpenDataList?: OpenDataListResolvers<ContextType>;
  OutboxEntry?: OutboxEntryResolvers<ContextType>;
  OutboxEntryConnection?: OutboxEntryConnectionResolvers<ContextType>;
  OutboxEntryEdge?: OutboxEntryEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pairing?: PairingResolvers<ContextType>;
  PairingConnection?: PairingConnectionResolvers<ContextType>;
  PairingEdge?: PairingEdgeResolvers<ContextType>;
  PartnerClient?: PartnerClientResolvers<ContextType>;
  PartnerClientConnection?: PartnerClientConnectionResolvers<ContextType>;
  PartnerClientEdge?: PartnerClientEdgeResolvers<ContextType>;
  PartnerClientWithSecret?: PartnerClientWithSecretResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  PointsEntryConnection?: PointsEntryConnectionResolvers<ContextType>;
  PointsEntryEdge?: PointsEntryEdgeResolvers<ContextType>;
  PointsRecompute?: PointsRecomputeResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostConnection?: PostConnectionResolvers<ContextType>;
  PostEdge?: PostEdgeResolvers<ContextType>;
  PostHolder?: PostHolderResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectEvent?: ProjectEventResolvers<ContextType>;
  ProjectFigures?: ProjectFiguresResolvers<ContextType>;
  ProjectProgress?: ProjectProgressResolvers<ContextType>;
  ProjectProgressConnection?: ProjectProgressConnectionResolvers<ContextType>;
  ProjectProgressEdge?: ProjectProgressEdgeResolvers<ContextType>;
  ProjectRating?: ProjectRatingResolvers<ContextType>;
  ProjectRatingConnection?: ProjectRatingConnectionResolvers<ContextType>;
  ProjectRatingEdge?: ProjectRatingEdgeResolvers<ContextType>;
  ProjectRatingSummary?: ProjectRatingSummaryResolvers<ContextType>;
  ProjectStatusCount?: ProjectStatusCountResolvers<ContextType>;
  PublicFile?: PublicFileResolvers<ContextType>;
  PublicNeed?: PublicNeedResolvers<ContextType>;
  PublicNeedConnection?: PublicNeedConnectionResolvers<ContextType>;
  PublicNeedEdge?: PublicNeedEdgeResolvers<ContextType>;
  PublicProgress?: PublicProgressResolvers<ContextType>;
  PublicProject?: PublicProjectResolvers<ContextType>;
  PublicProjectConnection?: PublicProjectConnectionResolvers<ContextType>;
  PublicProjectEdge?: PublicProjectEdgeResolvers<ContextType>;
  PublicRegion?: PublicRegionResolvers<ContextType>;
  PublicResolution?: PublicResolutionResolvers<ContextType>;
  PublicResolutionConnection?: PublicResolutionConnectionResolvers<ContextType>;
  PublicResolutionEdge?: PublicResolutionEdgeResolvers<ContextType>;
  PublicResource?: PublicResourceResolvers<ContextType>;
  PublicResourceConnection?: PublicResourceConnectionResolvers<ContextType>;
  PublicResourceEdge?: PublicResourceEdgeResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  PublicationConnection?: PublicationConnectionResolvers<ContextType>;
  PublicationEdge?: PublicationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceiptSummary?: ReceiptSummaryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  ReminderDispatch?: ReminderDispatchResolvers<ContextType>;
  RepresentativeChange?: RepresentativeChangeResolvers<ContextType>;
  RepresentativeChangeConnection?: RepresentativeChangeConnectionResolvers<ContextType>;
  RepresentativeChangeEdge?: RepresentativeChangeEdgeResolvers<ContextType>;
  ReservedView?: ReservedViewResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  ResolutionReceipt?: ResolutionReceiptResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  ResourceConnection?: ResourceConnectionResolvers<ContextType>;
  ResourceEdge?: ResourceEdgeResolvers<ContextType>;
  ResourceFigures?: ResourceFiguresResolvers<ContextType>;
  ResourceSuggestion?: ResourceSuggestionResolvers<ContextType>;
  ResourceTypeCount?: ResourceTypeCountResolvers<ContextType>;
  ServiceRecord?: ServiceRecordResolvers<ContextType>;
  ServiceRecordConnection?: ServiceRecordConnectionResolvers<ContextType>;
  ServiceRecordEdge?: ServiceRecordEdgeResolvers<ContextType>;
  SkippedUnit?: SkippedUnitResolvers<ContextType>;
  SubBody?: SubBodyResolvers<ContextType>;
  SubBodyConnection?: SubBodyConnectionResolvers<ContextType>;
  SubBodyEdge?: SubBodyEdgeResolvers<ContextType>;
  SubBodyPerson?: SubBodyPersonResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
  TrainingRecordConnection?: TrainingRecordConnectionResolvers<ContextType>;
  TrainingRecordEdge?: TrainingRecordEdgeResolvers<ContextType>;
  TrainingStatus?: TrainingStatusResolvers<ContextType>;
  TrainingStatusConnection?: TrainingStatusConnectionResolvers<ContextType>;
  TrainingStatusEdge?: TrainingStatusEdgeResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  UnitConnection?: UnitConnectionResolvers<ContextType>;
  UnitEdge?: UnitEdgeResolvers<ContextType>;
  UnitEvaluation?: UnitEvaluationResolvers<ContextType>;
  UnitOption?: UnitOptionResolvers<ContextType>;
  UnitOptionConnection?: UnitOptionConnectionResolvers<ContextType>;
  UnitOptionEdge?: UnitOptionEdgeResolvers<ContextType>;
  UnitPerson?: UnitPersonResolvers<ContextType>;
  UnitPosition?: UnitPositionResolvers<ContextType>;
  Upload?: UploadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

