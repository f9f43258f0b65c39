import type {
  AccountRole,
  AccountState,
  AllianceRole,
  Gender,
  HostKind,
  MemberCategory,
  MemberRemovalReason,
  MemberRole,
  MemberStatus,
  OrgLevel,
  PairingStatus,
  RegionLevel,
  UnitStatus,
} from '../../gql/graphql';
import {
  ALLIANCE_ROLES,
  GENDERS,
  HOST_KINDS,
  MEMBER_CATEGORIES,
  MEMBER_ROLES,
  MEMBER_STATUSES,
  ORG_LEVELS,
  UNIT_STATUSES,
  enumLabel,
} from '../../i18n/enums';
import type { MessageKey, Translate } from '../../i18n';
import { ACCOUNT_ROLES, ACCOUNT_STATES, accountLabel } from '../accounts/labels';
import { ARCHIVE_FOLDERS, folderLabel } from '../archive/folders';
import { REGION_LEVELS, regionLevelLabel } from '../platform/labels';

/**
 * Labels for audit entries. `operation`, `recordType` and `FieldChange.field` are plain strings in the
 * schema (the mutation's name, the record's type, a dot path into the record), so each lookup falls back
 * to the raw value: an operation or field added on the server shows up untranslated, never hidden.
 */

/** The mutations that write audit entries (functions/src/domain: every auditStep). */
export const AUDIT_OPERATIONS = [
  'createUnit', 'updateUnit', 'registerUnit', 'changeUnitStatus', 'deleteUnit', 'createPairing', 'endPairing', 'createUploadUrl',
  'createMember', 'updateMember', 'removeMember', 'transferMember', 'revealMemberIdNumber', 'updateMyPhone',
  'importMember', 'previewMemberImport', 'completeMemberImport',
  'createMeeting', 'updateMeeting', 'addAgendaItem', 'removeAgendaItem', 'setAgendaMaterials', 'sendMeetingNotice', 'cancelMeeting', 'postponeMeeting', 'setMeetingCadence',
  'createRegion', 'appointRegionAdmin', 'createAccount', 'createLiaisonAccounts', 'disableAccount', 'enableAccount', 'resetPassword', 'seedDemoAccounts',
  'deleteAccount', 'updateRegion', 'suspendRegion', 'reinstateRegion', 'actInRegion', 'endActInRegion', 'unlockAccount', 'rebindAccount', 'resetAuthenticator', 'registerPartnerClient', 'rotatePartnerClientSecret', 'revokePartnerClient', 'setOfficer', 'endOfficerTerm', 'setCouncilTerm', 'createSubBody', 'updateSubBody', 'uploadCharterVersion', 'fileRepresentativeChange', 'createCalendarFeed', 'revokeCalendarFeed',
  'addArchiveDocument', 'replaceArchiveFile', 'deleteArchiveDocument', 'restoreArchiveDocument', 'startArchivePurge', 'purgeArchiveDocument', 'archiveMeeting', 'setMeetingReminderOffsets',
  // The other areas' writes (meetings' proceedings, the three lists, engagement, the ledger, publication).
  'acknowledgeResolutions', 'addActionItem', 'addMinutesAddendum', 'adjustMemberPoints', 'adoptAgendaProposal', 'approveMinutes', 'assignLedgerItem', 'checkIn', 'claimPost', 'claimProject', 'claimProjectSlot', 'claimResource', 'closeAgendaSolicitation', 'closeNeed', 'closePost', 'confirmCommunityReport', 'confirmServiceHours', 'createNeed', 'createPost', 'createProjectFromNeed', 'createResource', 'declineLedgerItem', 'endCommunityReport', 'importNeed', 'leavePost', 'logServiceHours', 'logTraining', 'markMeetingHeld', 'openAgendaSolicitation', 'publish', 'raiseLedgerItem', 'rateProject', 'recomputePoints', 'recordAttendance', 'recordConsensus', 'recordConsensusForAll', 'reopenLedgerItem', 'replyToAgendaSolicitation', 'reportActionItem', 'reportLedgerProgress', 'reportProjectProgress', 'reportToCommunity', 'requestLeave', 'resolveLedgerItem', 'saveMinutes', 'setEngagementRules', 'setEvaluationGrade', 'setListSettings', 'signOffLedgerItem', 'submitOpinion', 'transitionProject', 'unpublish', 'updateNeed', 'updatePost', 'updateResource', 'withdrawClaim', 'withdrawResource',
] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

export const AUDIT_RECORD_TYPES = [
  'Unit', 'Pairing', 'Upload', 'Member', 'MemberImport', 'Meeting', 'MeetingCadence', 'Account', 'Region',
  'ActingSession', 'PartnerClient', 'Officer', 'SubBody', 'AllianceSettings', 'CharterVersion', 'RepresentativeChange', 'CalendarFeed', 'ArchiveDocument',
  'ActionItem', 'AgendaSolicitation', 'AgendaSolicitationReply', 'Claim', 'CommunityReport', 'ConsensusPosition', 'EngagementRules', 'EvaluationGrade', 'LedgerItem', 'ListSettings', 'MeetingAttendance', 'MeetingOpinion', 'Minutes', 'Need', 'PointsEntry', 'Post', 'PostHolder', 'ProjectProgress', 'ProjectRating', 'Publication', 'Resolution', 'ResolutionReceipt', 'Resource', 'ServiceRecord', 'TrainingRecord',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

export const isAuditOperation = (value: string): value is AuditOperation => isOneOf(AUDIT_OPERATIONS, value);

export function operationLabel(t: Translate, operation: string): string {
  return isAuditOperation(operation) ? t(`audit.operation.${operation}`) : operation;
}

export function recordTypeLabel(t: Translate, recordType: string): string {
  return isOneOf(AUDIT_RECORD_TYPES, recordType) ? t(`audit.recordType.${recordType}`) : recordType;
}

const PERSON_ROLES = ['leader', 'representative', 'liaison', 'partTimeCommitteeMember'] as const;
const PERSON_FIELDS = ['name', 'title', 'phone'] as const;

/** Field paths of each record type with a label in the dictionaries (the forms' and pages' own labels); other types show their paths. */
const FIELD_LABELS: Partial<Record<AuditRecordType, Record<string, MessageKey>>> = {
  Unit: {
    name: 'unit.name',
    shortName: 'unit.shortName',
    hostKind: 'unit.hostKind',
    level: 'unit.level',
    allianceRole: 'unit.allianceRole',
    status: 'unit.status',
    parentId: 'unit.parent',
    address: 'unit.address',
    grid: 'unit.grid',
    memberCount: 'unit.memberCount',
    fullMemberCount: 'unit.fullMemberCount',
    'registration.registeredOn': 'unitPage.registeredOn',
    'registration.communityId': 'unitPage.community',
    'registration.note': 'unitPage.note',
    'registration.form.name': 'unitPage.form',
    reason: 'audit.field.reason',
  },
  Pairing: {
    unitId: 'audit.field.pairingUnit',
    communityId: 'pairing.community',
    startsOn: 'pairing.startsOn',
    endsOn: 'pairing.endsOn',
    content: 'pairing.content',
    'agreement.name': 'pairing.agreement',
    status: 'pairing.status',
    endedOn: 'pairing.endedOn',
    endReason: 'pairing.endReason',
  },
  Upload: {
    name: 'audit.field.fileName',
    contentType: 'audit.field.fileType',
    size: 'audit.field.fileSize',
  },
  Member: {
    name: 'member.name',
    gender: 'member.gender',
    birthDate: 'member.birthDate',
    idNumber: 'member.idNumber',
    'idNumber.masked': 'member.idNumber',
    transfer: 'transfer.action',
    phone: 'member.phone',
    status: 'member.status',
    joinedOn: 'member.joinedOn',
    category: 'member.category',
    unitId: 'member.unit',
    communityId: 'member.community',
    roles: 'member.roles',
    note: 'member.note',
    'departure.on': 'memberPage.departedOn',
    'departure.reason': 'memberPage.departureReason',
    'departure.destination': 'memberPage.destination',
    'departure.note': 'memberPage.departureNote',
  },
  MemberImport: {
    fileName: 'import.file',
    headerRowNumber: 'import.headerRow',
    toImport: 'import.summaryToImport',
    created: 'import.created',
    skipped: 'import.skipped',
    'summary.totalRows': 'import.summaryTotal',
    'summary.withErrors': 'import.summaryErrors',
    'summary.alreadyOnRoster': 'import.summaryOnRoster',
    'summary.skippedBlank': 'import.summaryBlank',
  },
  Meeting: {
    title: 'meeting.title',
    kind: 'meeting.kind',
    status: 'meeting.status',
    startsAt: 'meeting.startsAt',
    endsAt: 'meeting.endsAt',
    place: 'meeting.place',
    chair: 'meeting.chair',
    recorder: 'meeting.recorder',
    statusReason: 'meeting.statusReason',
  },
  MeetingCadence: {},
  Account: {
    username: 'account.username',
    name: 'account.name',
    phone: 'account.phone',
    role: 'account.role',
    unitId: 'account.unit',
    memberId: 'account.member',
    state: 'account.state',
  },
  Region: {
    name: 'region.name',
    level: 'region.level',
    slug: 'region.slug',
    superiorOrganization: 'region.superiorOrganization',
    state: 'region.state',
    suspendedReason: 'audit.field.reason',
  },
  Officer: {
    post: 'alliance.post',
    personName: 'alliance.personName',
    personTitle: 'alliance.personTitle',
    unitId: 'alliance.unit',
    termStart: 'alliance.termStart',
    termEnd: 'alliance.termEnd',
    endReason: 'alliance.endReason',
  },
  // Their fields show by their paths until labelled (the fallback of fieldLabel).
  ActingSession: { reason: 'audit.field.reason' },
  PartnerClient: {},
  SubBody: {},
  AllianceSettings: {},
  CharterVersion: {},
  RepresentativeChange: {},
  CalendarFeed: {},
  ArchiveDocument: {
    title: 'archive.docTitle',
    folder: 'archive.folder',
    year: 'archive.year',
    unitId: 'archive.unit',
    note: 'archive.note',
    versionCount: 'archive.versions',
    deletedAt: 'archive.deletedAt',
    deletedBy: 'archive.deletedBy',
    file: 'archive.file',
  },
};

/** `leader.phone` → 负责人联系电话; a path with no label stays as it is. */
export function fieldLabel(t: Translate, recordType: string, field: string): string {
  if (!isOneOf(AUDIT_RECORD_TYPES, recordType)) return field;
  const key = FIELD_LABELS[recordType]?.[field];
  if (key) return t(key);
  if (recordType === 'Unit') {
    const [role, part, ...rest] = field.split('.');
    if (role && part && rest.length === 0 && isOneOf(PERSON_ROLES, role) && isOneOf(PERSON_FIELDS, part)) {
      return t('audit.personField', { role: t(`unit.${role}`), field: t(`unit.person.${part}`) });
    }
  }
  return field;
}

const PAIRING_STATUSES: readonly PairingStatus[] = ['ACTIVE', 'ENDED'];
const REMOVAL_REASONS: readonly MemberRemovalReason[] = ['LEFT_PARTY', 'DECEASED', 'TRANSFERRED_OUT', 'DUPLICATE', 'OTHER'];

/** A member's enum fields; roles are a list, recorded as its values joined (by commas, or as JSON). */
function memberValueText(t: Translate, field: string, value: string): string | null {
  if (field === 'gender' && isOneOf<Gender>(GENDERS, value)) return t(enumLabel.gender(value));
  if (field === 'status' && isOneOf<MemberStatus>(MEMBER_STATUSES, value)) return t(enumLabel.memberStatus(value));
  if (field === 'category' && isOneOf<MemberCategory>(MEMBER_CATEGORIES, value)) return t(enumLabel.memberCategory(value));
  if (field === 'departure.reason' && isOneOf(REMOVAL_REASONS, value)) return t(enumLabel.removalReason(value));
  if (field === 'roles') {
    const roles = value.replace(/[[\]"\s]/g, '').split(',').filter(Boolean);
    if (roles.every((role) => isOneOf<MemberRole>(MEMBER_ROLES, role))) {
      return roles.map((role) => t(enumLabel.memberRole(role as MemberRole))).join('、');
    }
  }
  return null;
}

/** Values of enum fields as their labels (ENTERPRISE → 企业); every other value as recorded. */
export function valueText(t: Translate, recordType: string, field: string, value: string): string {
  if (recordType === 'Unit') {
    if (field === 'hostKind' && isOneOf<HostKind>(HOST_KINDS, value)) return t(enumLabel.hostKind(value));
    if (field === 'level' && isOneOf<OrgLevel>(ORG_LEVELS, value)) return t(enumLabel.level(value));
    if (field === 'allianceRole' && isOneOf<AllianceRole>(ALLIANCE_ROLES, value)) return t(enumLabel.allianceRole(value));
    if (field === 'status' && isOneOf<UnitStatus>(UNIT_STATUSES, value)) return t(enumLabel.status(value));
  }
  if (recordType === 'Pairing' && field === 'status' && isOneOf(PAIRING_STATUSES, value)) {
    return t(enumLabel.pairingStatus(value));
  }
  if (recordType === 'Member') return memberValueText(t, field, value) ?? value;
  if (recordType === 'Account' && field === 'role' && isOneOf<AccountRole>(ACCOUNT_ROLES, value)) return t(accountLabel.role(value));
  if (recordType === 'Account' && field === 'state' && isOneOf<AccountState>(ACCOUNT_STATES, value)) return t(accountLabel.state(value));
  if (recordType === 'ArchiveDocument' && field === 'folder' && isOneOf(ARCHIVE_FOLDERS, value)) return t(folderLabel(value));
  if (recordType === 'Region' && field === 'level' && isOneOf<RegionLevel>(REGION_LEVELS, value)) return t(regionLevelLabel(value));
  return value;
}
