import { createHash, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { buildSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { ACCOUNT_AUDIT, type Account } from '../../functions/src/domain/accounts/account';
import { recordChange } from '../../functions/src/domain/audit/service';
import { transitionProject } from '../../functions/src/domain/lists/service';
import { ATTENDANCE_AUDIT, invitedAttendance } from '../../functions/src/domain/meetings/proceedings';
import { sendMeetingNotice } from '../../functions/src/domain/meetings/service';
import { registerPartnerClient } from '../../functions/src/domain/partners/service';
import { suspendRegion } from '../../functions/src/domain/regions/service';
import { typeDefs } from '../../functions/src/graphql/generated/type-defs';
import { CREATE_MEMBER, CREATE_UNIT, memberInput, newRegion, unitInput } from './harness';

/**
 * Runs EVERY query and mutation of the schema as every kind of caller and compares the outcome with
 * the matrix below (the README's). The rules live with each area's use cases (domain/<area>/policy.ts,
 * keyed by use case); an operation added to the schema without a row and a fixture here fails the
 * first test, and one whose use case checks the wrong rule fails its own.
 */
type Caller = 'anonymous' | 'platformAdmin' | 'regionAdmin' | 'liaisonOwnUnit' | 'liaisonOtherUnit' | 'member' | 'partner';
const CALLERS: Caller[] = ['anonymous', 'platformAdmin', 'regionAdmin', 'liaisonOwnUnit', 'liaisonOtherUnit', 'member', 'partner'];
const Y = true;
const N = false;

//                                 anon  platf admin lOwn  lOther member partner
const MATRIX: Record<string, boolean[]> = {
  'Query.viewer':                [N,    Y,    Y,    Y,    Y,     Y,     Y],
  'Query.publicRegion':          [Y,    Y,    Y,    Y,    Y,     Y,     Y],
  'Query.unit':                  [N,    N,    Y,    Y,    N,     N,     N],
  'Query.units':                 [N,    N,    Y,    N,    N,     N,     N],
  'Query.unitOptions':           [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.memberImport':          [N,    N,    Y,    N,    N,     N,     N],
  'Query.memberImports':         [N,    N,    Y,    N,    N,     N,     N],
  'Query.memberImportTemplate':  [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.previewMemberImport': [N,   N,    Y,    N,    N,     N,     N],
  'Mutation.continueMemberImport': [N,  N,    Y,    N,    N,     N,     N],
  'Mutation.exportMembers':      [N,    N,    Y,    Y,    N,     N,     N],
  // An invited unit's liaison and members read a meeting they were noticed of.
  'Query.meeting':               [N,    N,    Y,    Y,    N,     N,     N], // the fixture's unit is not the member's
  'Query.meetings':              [N,    N,    Y,    N,    N,     N,     N],
  'Query.meetingCadence':        [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.createMeeting':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.updateMeeting':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.addAgendaItem':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.removeAgendaItem':   [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.setAgendaMaterials': [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.sendMeetingNotice':  [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.cancelMeeting':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.archiveMeeting':     [N,    N,    Y,    N,    N,     N,     N],
  // The bell: a liaison's or member's own notices; the secretariat sets the region's reminders.
  'Query.meetingReminderOffsets': [N,   N,    Y,    N,    N,     N,     N],
  'Mutation.setMeetingReminderOffsets': [N, N, Y,   N,    N,     N,     N],
  'Mutation.markNotificationsRead': [N, N,    N,    Y,    Y,     Y,     N],
  'Mutation.markAllNotificationsRead': [N, N, N,    Y,    Y,     Y,     N],
  // The outbox (提醒发送记录): the secretariat reads a meeting's and runs the dispatcher for its region.
  'Query.meetingOutbox':         [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.dispatchDueReminders': [N,  N,    Y,    N,    N,     N,     N],
  'Mutation.postponeMeeting':    [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.setMeetingCadence':  [N,    N,    Y,    N,    N,     N,     N],
  // Minutes, consensus, approval and follow-up (meetings step 2, minutes side): the secretariat records; liaisons of
  // the region read resolutions; a responsible unit's liaison reports on its action items and lists its own.
  'Mutation.saveMinutes':        [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.approveMinutes':     [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.addMinutesAddendum': [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.recordConsensus':    [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.recordConsensusForAll': [N, N,    Y,    N,    N,     N,     N],
  'Mutation.addActionItem':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.reportActionItem':   [N,    N,    Y,    Y,    N,     N,     N],
  'Query.resolution':            [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.actionItems':           [N,    N,    Y,    Y,    N,     N,     N],
  // Attendance: checkIn names no unit (the caller's own, invited), so a liaison of another unit checks in for its own.
  'Mutation.requestLeave':       [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.submitOpinion':      [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.checkIn':            [N,    N,    N,    Y,    Y,     Y,     N],
  'Mutation.recordAttendance':   [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.markMeetingHeld':    [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.meetingDocument':    [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.meetingCalendar':    [N,    N,    Y,    Y,    N,     N,     N],
  // 议题征集: the secretariat opens, closes and adopts; an asked unit's liaison replies for its own unit only.
  'Mutation.openAgendaSolicitation': [N, N,   Y,    N,    N,     N,     N],
  'Mutation.closeAgendaSolicitation': [N, N,  Y,    N,    N,     N,     N],
  'Mutation.adoptAgendaProposal': [N,   N,    Y,    N,    N,     N,     N],
  'Mutation.replyToAgendaSolicitation': [N, N, N,   Y,    N,     N,     N],
  // 签收 of the resolutions notice: an invited unit's liaison for its own unit, the secretariat on its behalf; the summary to the superior organisation: the secretariat.
  'Mutation.acknowledgeResolutions': [N, N,    Y,    Y,    N,     N,     N],
  'Mutation.meetingFollowUpSummary': [N, N,    Y,    N,    N,     N,     N],
  // Calendar feeds (日历订阅): every person of a region manages its own (what it lists follows its role).
  'Query.calendarFeed':          [N,    N,    Y,    Y,    Y,     Y,     N],
  'Mutation.createCalendarFeed': [N,    N,    Y,    Y,    Y,     Y,     N],
  'Mutation.revokeCalendarFeed': [N,    N,    Y,    Y,    Y,     Y,     N],
  // Accounts (issue 18): the secretariat manages its region's; the platform admin makes regions and their admins, and
  // may disable, enable and reset a region admin's account (the fixtures' accounts are region admins).
  'Query.accounts':              [N,    N,    Y,    N,    N,     N,     N],
  'Query.account':               [N,    N,    Y,    N,    N,     N,     N],
  'Query.regions':               [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.createAccount':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.createLiaisonAccounts': [N, N,    Y,    N,    N,     N,     N],
  'Mutation.liaisonAccountsHandout': [N, N,   Y,    N,    N,     N,     N],
  'Mutation.disableAccount':     [N,    Y,    Y,    N,    N,     N,     N],
  'Mutation.enableAccount':      [N,    Y,    Y,    N,    N,     N,     N],
  'Mutation.deleteAccount':      [N,    Y,    Y,    N,    N,     N,     N],
  'Mutation.resetPassword':      [N,    Y,    Y,    N,    N,     N,     N],
  'Mutation.unlockAccount':      [N,    Y,    Y,    N,    N,     N,     N],
  'Mutation.resetAuthenticator': [N,    Y,    Y,    N,    N,     N,     N],
  'Mutation.rebindAccount':      [N,    N,    Y,    N,    N,     N,     N], // liaison accounts: the region's own
  'Mutation.createRegion':       [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.appointRegionAdmin': [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.updateRegion':       [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.suspendRegion':      [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.reinstateRegion':    [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.actInRegion':        [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.endActInRegion':     [N,    Y,    N,    N,    N,     N,     N],
  // Partner clients (issue 18): the platform admin registers, rotates, revokes and lists them.
  'Query.partnerClients':        [N,    Y,    N,    N,    N,     N,     N],
  'Mutation.registerPartnerClient': [N, Y,    N,    N,    N,     N,     N],
  'Mutation.rotatePartnerClientSecret': [N, Y, N,   N,    N,     N,     N],
  'Mutation.revokePartnerClient': [N,   Y,    N,    N,    N,     N,     N],
  'Query.auditTrail':            [N,    N,    Y,    N,    N,     N,     N],
  'Query.regionAuditTrail':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation._empty':             [Y,    Y,    Y,    Y,    Y,     Y,     Y],
  'Mutation.createUnit':         [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.updateUnit':         [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.registerUnit':       [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.changeUnitStatus':   [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.deleteUnit':         [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.createPairing':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.endPairing':         [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.createUploadUrl':    [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.member':                [N,    N,    Y,    Y,    N,     N,     N],
  'Query.members':               [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.createMember':       [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.updateMember':       [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.removeMember':       [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.transferMember':     [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.revealMemberIdNumber': [N,  N,    Y,    N,    N,     N,     N],
  'Mutation.updateMyPhone':      [N,    N,    N,    N,    N,     Y,     N],
  'Query.listYear':              [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.listSettings':          [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.setListSettings':    [N,    N,    Y,    N,    N,     N,     N],
  'Query.need':                  [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.needs':                 [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.needCategories':        [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.resource':              [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.resources':             [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.suggestResources':      [N,    N,    Y,    N,    N,     N,     N],
  'Query.project':               [N,    N,    Y,    Y,    Y,     Y,     N],
  'Query.projects':              [N,    N,    Y,    Y,    Y,     Y,     N],
  'Query.claimableProjects':     [N,    N,    Y,    Y,    Y,     Y,     N],
  'Mutation.createNeed':         [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.updateNeed':         [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.closeNeed':          [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.createResource':     [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.updateResource':     [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.withdrawResource':   [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.createProjectFromNeed': [N, N,    Y,    N,    N,     N,     N],
  'Mutation.transitionProject':  [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.reportProjectProgress': [N, N,    Y,    Y,    N,     N,     N],
  'Mutation.claimProject':       [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.claimProjectSlot':   [N,    N,    N,    N,    N,     Y,     N],
  'Mutation.claimResource':      [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.withdrawClaim':      [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.rateProject':        [Y,    N,    Y,    Y,    N,     Y,     Y],
  'Query.communityReport':       [N,    N,    Y,    Y,    N,     N,     N],
  'Query.communityReports':      [N,    N,    Y,    Y,    N,     N,     N],
  'Query.post':                  [N,    N,    Y,    Y,    Y,     Y,     N],
  'Query.posts':                 [N,    N,    Y,    Y,    Y,     Y,     N],
  'Mutation.reportToCommunity':  [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.confirmCommunityReport': [N, N,   Y,    Y,    N,     N,     N],
  'Mutation.endCommunityReport': [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.createPost':         [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.updatePost':         [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.closePost':          [N,    N,    Y,    Y,    N,     N,     N],
  'Query.serviceRecords':        [N,    N,    Y,    Y,    N,     N,     N],
  'Query.trainingRecords':       [N,    N,    Y,    Y,    N,     N,     N],
  'Query.trainingStatus':        [N,    N,    Y,    Y,    N,     N,     N],
  'Query.engagementRules':       [N,    N,    Y,    Y,    Y,     Y,     N],
  'Query.memberPoints':          [N,    N,    Y,    Y,    N,     N,     N],
  'Query.evaluationGrid':        [N,    N,    Y,    Y,    N,     N,     N],
  'Query.unitEvaluation':        [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.logServiceHours':    [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.confirmServiceHours': [N,   N,    Y,    Y,    N,     N,     N],
  'Mutation.logTraining':        [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.setEngagementRules': [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.adjustMemberPoints': [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.recomputePoints':    [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.setEvaluationGrade': [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.exportTrainingStatus': [N,  N,    Y,    Y,    N,     N,     N],
  'Query.ledgerItems':           [N,    N,    Y,    Y,    N,     N,     N],
  'Query.ledgerItem':            [N,    N,    Y,    Y,    N,     N,     N],
  'Query.ledgerYear':            [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.raiseLedgerItem':    [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.assignLedgerItem':   [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.reportLedgerProgress': [N,  N,    Y,    Y,    N,     N,     N],
  'Mutation.resolveLedgerItem':  [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.signOffLedgerItem':  [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.reopenLedgerItem':   [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.declineLedgerItem':  [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.claimPost':          [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.leavePost':          [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.exportCommunityReports': [N, N,   Y,    Y,    N,     N,     N],
  'Query.needImportTemplate':    [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.previewNeedImport':  [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.importNeeds':        [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.exportNeeds':        [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.exportResources':    [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.exportProjects':     [N,    N,    Y,    Y,    Y,     Y,     N],
  'Query.publications':          [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.publish':            [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.unpublish':          [N,    N,    Y,    N,    N,     N,     N],
  // The alliance's organisation (issue 18): the secretariat appoints officers and keeps the bodies; the region's liaisons read.
  'Query.officers':              [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.allianceSettings':      [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.subBodies':             [N,    N,    Y,    Y,    Y,     N,     N],
  'Query.subBody':               [N,    N,    Y,    Y,    Y,     N,     N],
  'Mutation.setOfficer':         [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.endOfficerTerm':     [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.setCouncilTerm':     [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.createSubBody':      [N,    N,    Y,    N,    N,     N,     N],
  'Mutation.updateSubBody':      [N,    N,    Y,    N,    N,     N,     N],
  // The charter: everyone of the region reads it, the secretariat uploads; 变更备案: a liaison reads its own unit's.
  'Query.charter':               [N,    N,    Y,    Y,    Y,     Y,     N],
  'Mutation.uploadCharterVersion': [N,  N,    Y,    N,    N,     N,     N],
  'Query.representativeChanges': [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.fileRepresentativeChange': [N, N,  Y,    N,    N,     N,     N],
  // The archive (档案): the secretariat keeps the region's; a liaison keeps its own unit's 三册四簿; only the secretariat
  // reads the 回收站 and restores.
  'Query.archiveDocuments':      [N,    N,    Y,    Y,    N,     N,     N],
  'Query.archiveDocument':       [N,    N,    Y,    Y,    N,     N,     N],
  'Query.archiveFolders':        [N,    N,    Y,    Y,    N,     N,     N],
  'Query.deletedArchiveDocuments': [N,  N,    Y,    N,    N,     N,     N],
  'Mutation.addArchiveDocument': [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.replaceArchiveFile': [N,    N,    Y,    Y,    N,     N,     N],
  'Mutation.deleteArchiveDocument': [N, N,    Y,    Y,    N,     N,     N],
  'Mutation.restoreArchiveDocument': [N, N,   Y,    N,    N,     N,     N],
  'Mutation.verifyArchiveDocument': [N, N,    Y,    Y,    N,     N,     N],
};

type Env = Awaited<ReturnType<typeof setupRegion>>;
type Fixture = (env: Env, target: string) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const version = async (env: Env, id: string) => (await env.ports.units.get(env.regionId, id))!.version;

/** A member on the roster of `unitId`, made by the admin. */
const memberIn = async (env: Env, unitId: string) => {
  const result = await env.gql(CREATE_MEMBER, { input: memberInput(unitId) });
  return result.data.createMember as { id: string; version: number };
};

/** A fresh draft meeting in 30 days with one agenda item, inviting `unitId`. */
const meetingOf = async (env: Env, unitId: string) => {
  const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const endsAt = new Date(Date.now() + 30 * 86_400_000 + 3_600_000).toISOString();
  const result = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version agenda { id } } }', {
    input: { title: '联席会议', kind: 'JOINT_MEETING', startsAt, endsAt, invitedUnitIds: [unitId], agenda: [{ title: '议题一' }, { title: '议题二' }] },
  });
  return result.data.createMeeting as { id: string; version: number; agenda: { id: string }[] };
};

/** A fresh draft meeting inviting `unitId` with an open round of 议题征集 asking it. */
const solicitingMeetingOf = async (env: Env, unitId: string) => {
  const m = await meetingOf(env, unitId);
  await env.gql('mutation($input: OpenAgendaSolicitationInput!) { openAgendaSolicitation(input: $input) { id } }', {
    input: { meetingId: m.id, question: '请提出议题', closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
  });
  return m;
};

/** A meeting noticed 8 days ago that started an hour ago (minutes may be written), `unitId` present. */
const heldMeetingOf = async (env: Env, unitId: string) => {
  const startsAt = new Date(Date.now() - 3_600_000).toISOString();
  const endsAt = new Date(Date.now() + 3_600_000).toISOString();
  const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version agenda { id } } }', {
    input: { title: '联席会议', kind: 'JOINT_MEETING', startsAt, endsAt, invitedUnitIds: [unitId], agenda: [{ title: '议题一' }, { title: '议题二' }] },
  });
  const meeting = created.data.createMeeting as { id: string; agenda: { id: string }[] };
  const then: typeof env.ports = { ...env.ports, now: () => new Date(Date.now() - 8 * 86_400_000) };
  await sendMeetingNotice(env.admin, { meetingId: meeting.id, version: 1 }, then);
  const next = { ...invitedAttendance({ regionId: env.regionId, id: meeting.id }, unitId), status: 'PRESENT' as const, recordedBy: '秘书处', version: 1, updatedAt: new Date().toISOString() };
  const audit = recordChange(env.admin, env.ports, ATTENDANCE_AUDIT, { operation: 'recordAttendance', recordId: `${meeting.id}/${unitId}`, version: 1, before: null, after: next });
  await env.ports.proceedings.saveAttendance({ current: null, next }, { audit });
  return { id: meeting.id, items: meeting.agenda.map((a) => a.id) as [string, string] };
};
/** A held meeting's minutes approved: the first item's decision agreed by `unitId`, a resolution of it. */
const approvedMeetingOf = async (env: Env, unitId: string) => {
  const meeting = await heldMeetingOf(env, unitId);
  const save = 'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }';
  await env.gql(save, { input: { meetingId: meeting.id, agendaItemId: meeting.items[0], version: 0, text: '讨论', decision: '通过' } });
  await env.gql(save, { input: { meetingId: meeting.id, agendaItemId: meeting.items[1], version: 0, text: '通报' } });
  await env.gql('mutation($m: ID!, $i: ID!) { recordConsensusForAll(meetingId: $m, agendaItemId: $i) { outcome } }', { m: meeting.id, i: meeting.items[0] });
  const { version } = (await env.ports.meetings.get(env.regionId, meeting.id))!;
  const approved = await env.gql('mutation($m: ID!, $v: Int!) { approveMinutes(meetingId: $m, version: $v) { resolutions { id } } }', { m: meeting.id, v: version });
  return { ...meeting, version, resolutionId: approved.data.approveMinutes.resolutions[0].id as string };
};
/** An action item of an adopted resolution, `unitId` responsible. */
const actionItemOf = async (env: Env, unitId: string) => {
  const { resolutionId } = await approvedMeetingOf(env, unitId);
  const added = await env.gql('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', {
    input: { resolutionId, title: '落实决议', responsibleUnitIds: [unitId], dueOn: `${YEAR + 1}-06-30` },
  });
  return added.data.addActionItem.id as string;
};
/**
 * A meeting inviting `unitIds`, noticed (version 2) as if `noticedMinutesAgo` ago, starting `startsInMinutes` from now
 * (negative: already started), with its check-in code.
 */
const noticedMeetingOf = async (env: Env, unitIds: string[], startsInMinutes = 30 * 24 * 60, noticedMinutesAgo = 0) => {
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const result = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
    input: { title: '联席会议', kind: 'JOINT_MEETING', startsAt: at(startsInMinutes), endsAt: at(startsInMinutes + 120), invitedUnitIds: unitIds, agenda: [{ title: '议题一' }] },
  });
  const then: typeof env.ports = { ...env.ports, now: () => new Date(Date.now() - noticedMinutesAgo * 60_000) };
  const noticed = await sendMeetingNotice(env.admin, { meetingId: result.data.createMeeting.id, version: 1, lateReason: '工作需要' }, then);
  return { id: noticed.id, agendaItemId: noticed.agenda[0]!.id, code: noticed.checkInCode! };
};

/** The lists' records for a fixture, made by the admin; needs belong to a community, so `target` becomes one. */
const YEAR = 2026;
const asCommunity = async (env: Env, unitId: string) => {
  const unit = (await env.ports.units.get(env.regionId, unitId))!;
  if (unit.hostKind === 'COMMUNITY') return;
  const result = await env.gql('mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }', {
    input: { id: unitId, version: unit.version, hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' },
  });
  expect(result.errors).toBeUndefined();
};
const needOf = async (env: Env, communityId: string) => {
  const result = await env.gql('mutation($input: CreateNeedInput!) { createNeed(input: $input) { id version } }', {
    input: { year: YEAR, title: '老人助餐', category: '养老', source: 'RESIDENTS', communityUnitId: communityId },
  });
  return result.data.createNeed as { id: string; version: number };
};
const resourceOf = async (env: Env, unitId: string) => {
  const result = await env.gql('mutation($input: CreateResourceInput!) { createResource(input: $input) { id version } }', {
    input: { year: YEAR, unitId, type: 'HEALTH', title: '志愿医生', quantity: 5, quantityUnit: '名' },
  });
  return result.data.createResource as { id: string; version: number };
};
/** A project of the region's community, SUBMITTED; `approvedDaysAgo` approves it then (its claim window long over after 15). */
const projectOf = async (env: Env, options: { approvedDaysAgo?: number; slots?: number } = {}) => {
  const need = await needOf(env, env.communityId);
  const created = await env.gql('mutation($input: CreateProjectFromNeedInput!) { createProjectFromNeed(input: $input) { id version } }', {
    input: { needId: need.id, resources: [], title: '助餐服务', volunteerSlots: options.slots ?? 0 },
  });
  const project = created.data.createProjectFromNeed as { id: string; version: number };
  if (options.approvedDaysAgo === undefined) return project;
  const then: typeof env.ports = { ...env.ports, now: () => new Date(Date.now() - options.approvedDaysAgo! * 86_400_000) };
  const approved = await transitionProject(env.admin, { id: project.id, version: 1, to: 'APPROVED' }, then);
  return { id: approved.id, version: approved.version };
};
/** A needs file of one row collected by `communityId` (made a community), uploaded by the admin: its upload id. */
const needsUploadOf = async (env: Env, communityId: string) => {
  await asCommunity(env, communityId);
  const community = (await env.ports.units.get(env.regionId, communityId))!;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('需求');
  sheet.addRow(['需求名称', '需求类别', '需求来源', '征集社区']);
  sheet.addRow([`助餐${Date.now()}`, '养老', '网格', community.name]);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const announced = await env.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
    input: { fileName: '需求.xlsx', contentType: XLSX, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
  });
  const { uploadId, url, headers } = announced.data.createUploadUrl;
  await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(headers.map((h: { name: string; value: string }) => [h.name, h.value])) });
  return uploadId as string;
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An approved project `unitId` claimed alone; `started` moves it on to IN_PROGRESS. */
const claimedProjectOf = async (env: Env, unitId: string, started = false) => {
  const project = await projectOf(env, { approvedDaysAgo: 0 });
  await env.gql('mutation($input: ClaimProjectInput!) { claimProject(input: $input) { id } }', { input: { projectId: project.id, unitId, mode: 'SOLO' } });
  if (!started) return project;
  const moved = await env.gql('mutation($input: TransitionProjectInput!) { transitionProject(input: $input) { id version } }', {
    input: { id: project.id, version: project.version, to: 'IN_PROGRESS' },
  });
  return moved.data.transitionProject as { id: string; version: number };
};

/** A pending report of a member of `memberUnitId` to `communityId`, filed by the admin. */
const reportOf = async (env: Env, memberUnitId: string, communityId: string) => {
  const member = await memberIn(env, memberUnitId);
  const result = await env.gql('mutation($input: ReportToCommunityInput!) { reportToCommunity(input: $input) { id version } }', {
    input: { memberId: member.id, communityUnitId: communityId },
  });
  return result.data.reportToCommunity as { id: string; version: number };
};
/** A ledger item `raisedBy` raised (by the admin); with `handler`, assigned to it; `resolved` then resolved. */
const ledgerItemOf = async (env: Env, raisedBy: string, options: { handler?: string; resolved?: boolean } = {}) => {
  const raised = await env.gql('mutation($input: RaiseLedgerItemInput!) { raiseLedgerItem(input: $input) { id version } }', {
    input: { raisedByUnitId: raisedBy, title: '路灯不亮', description: '小区北门路灯损坏' },
  });
  let item = raised.data.raiseLedgerItem as { id: string; version: number };
  if (!options.handler) return item;
  const assigned = await env.gql('mutation($input: AssignLedgerItemInput!) { assignLedgerItem(input: $input) { id version } }', {
    input: { id: item.id, version: item.version, handlerUnitId: options.handler, dueOn: `${YEAR + 1}-01-31` },
  });
  item = assigned.data.assignLedgerItem;
  if (!options.resolved) return item;
  const resolved = await env.gql('mutation($input: ResolveLedgerItemInput!) { resolveLedgerItem(input: $input) { id version } }', {
    input: { id: item.id, version: item.version, resolution: '已修复' },
  });
  return resolved.data.resolveLedgerItem as { id: string; version: number };
};
/** A pending service record of a member of `memberUnitId` in `communityId`, logged by the admin. */
const serviceRecordOf = async (env: Env, memberUnitId: string, communityId: string) => {
  const member = await memberIn(env, memberUnitId);
  const result = await env.gql('mutation($input: LogServiceHoursInput!) { logServiceHours(input: $input) { id version } }', {
    input: { memberId: member.id, communityUnitId: communityId, servedOn: `${YEAR}-05-01`, hours: 1.5, description: '垃圾分类督导' },
  });
  return result.data.logServiceHours as { id: string; version: number };
};
/** An open post of the community `communityId` (capacity 5). */
const postOf = async (env: Env, communityId: string) => {
  const result = await env.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id version } }', {
    input: { communityUnitId: communityId, title: '环境卫生监督岗', capacity: 5 },
  });
  return result.data.createPost as { id: string; version: number };
};
/** A member living in `communityId` (so it may take its posts without a report). */
const residentOf = async (env: Env, communityId: string) =>
  (await env.gql(CREATE_MEMBER, { input: memberInput(await env.make(), { communityId }) })).data.createMember.id as string;

/** A fresh admin account of the region, made by the admin (the platform admin may manage region admins). */
const adminAccountOf = async (env: Env) => {
  const username = `adm-${randomUUID().slice(0, 8)}`;
  await env.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { username } } }', { input: { username, name: '管理员', role: 'REGION_ADMIN' } });
  return username;
};
/** A handout with one entry, as a bulk run leaves it (written through the store: a bulk run walks every unit). */
const handoutOf = async (env: Env) => {
  const handoutId = randomUUID();
  const username = `h-${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  const account: Account = {
    username, regionId: env.regionId, name: '联络员', phone: null, role: 'MEMBER', unitId: null, memberId: env.memberId, state: 'ACTIVE',
    temporaryPasswordSetAt: now, createdAt: now, createdBy: 'test', updatedAt: now, version: 1,
  };
  const audit = recordChange(env.admin, env.ports, ACCOUNT_AUDIT, { operation: 'createLiaisonAccounts', recordId: username, version: 1, before: null, after: account });
  const entry = { username, name: '联络员', unitName: '单位', phone: null, sealedPassword: await env.ports.vault.seal('Temp@2026aa'), createdAt: now };
  await env.ports.accounts.create(account, { audit, handout: { handoutId, entry } });
  return handoutId;
};

/** A 副会长 of `unitId`, appointed by the admin (副会长 are several: fixtures never replace each other). */
const vicePresidentOf = async (env: Env, unitId: string) => {
  const result = await env.gql('mutation($input: SetOfficerInput!) { setOfficer(input: $input) { id version } }', {
    input: { post: 'VICE_PRESIDENT', personName: '李红', unitId, termStart: `${YEAR}-01-01` },
  });
  return result.data.setOfficer as { id: string; version: number };
};
/** A street branch convened by `unitId`, a fresh name each time. */
const subBodyOf = async (env: Env, unitId: string) => {
  const result = await env.gql('mutation($input: CreateSubBodyInput!) { createSubBody(input: $input) { id version } }', {
    input: { kind: 'STREET_BRANCH', name: `分会${randomUUID().slice(0, 8)}`, convenerUnitId: unitId, unitIds: [unitId], people: [{ name: '王建国', unitId }] },
  });
  return result.data.createSubBody as { id: string; version: number };
};
const PLATFORM: Principal = { userId: 'u-platform', displayName: '平台管理员', regionId: null, roles: ['PLATFORM_ADMIN'] };
/** A region of its own, so that renaming or suspending it changes nothing the other fixtures use. */
const spareRegion = async (env: Env) => (await env.ports.regions.get((await newRegion(env.ports)).regionId))!;
/** A pending 变更备案 of `unitId`: the admin names a new liaison. */
const representativeChangeOf = async (env: Env, unitId: string) => {
  await env.gql('mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { version } }', {
    input: { id: unitId, version: await version(env, unitId), liaison: { name: `联络员${randomUUID().slice(0, 4)}` } },
  });
  const page = await env.ports.alliance.representativeChanges(env.regionId, { unitId, filed: false }, { size: 1 });
  return page.edges[0]!.node;
};
/** A charter file announced and sent by the admin (any caller may then name it). */
const charterUploadOf = async (env: Env) => {
  const bytes = Buffer.from(`%PDF-1.4 章程 ${randomUUID()}`);
  const announced = await env.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
    input: { fileName: '章程.pdf', contentType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
  });
  const { uploadId, url, headers } = announced.data.createUploadUrl;
  await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(headers.map((h: { name: string; value: string }) => [h.name, h.value])) });
  return uploadId as string;
};
/** A document of `unitId`'s 支部组织生活记实簿, filed by the admin (deleted when `deleted`). */
const archiveDocumentOf = async (env: Env, unitId: string, deleted = false) => {
  const filed = await env.gql('mutation($input: AddArchiveDocumentInput!) { addArchiveDocument(input: $input) { id version } }', {
    input: { title: '组织生活记实簿', folder: 'ORGANISATION_LIFE_RECORD', year: YEAR, unitId, uploadId: await charterUploadOf(env) },
  });
  const document = filed.data.addArchiveDocument as { id: string; version: number };
  if (!deleted) return document;
  const gone = await env.gql('mutation($input: ArchiveDocumentChangeInput!) { deleteArchiveDocument(input: $input) { id version } }', { input: document });
  return gone.data.deleteArchiveDocument as { id: string; version: number };
};
/** A partner client of the region, registered by the platform admin (through the use case: the issuer makes it). */
const partnerClientOf = async (env: Env) => {
  const made = await registerPartnerClient(PLATFORM, { regionId: env.regionId, name: '合作系统', scopes: ['gongjian/public.read'] }, env.ports);
  return made.client.clientId;
};

const FIXTURES: Record<string, Fixture> = {
  'Query.communityReport': async (env, target) => ({
    query: 'query($id: ID!) { communityReport(id: $id) { id } }',
    variables: { id: (await reportOf(env, target, env.communityId)).id },
  }),
  'Query.communityReports': async (_, target) => ({
    query: 'query($f: CommunityReportFilter!) { communityReports(first: 1, filter: $f) { edges { node { id } } } }',
    variables: { f: { memberUnitId: target } },
  }),
  'Query.post': async (env) => ({ query: 'query($id: ID!) { post(id: $id) { id } }', variables: { id: (await postOf(env, env.communityId)).id } }),
  'Query.posts': async (env) => ({ query: 'query($c: ID!) { posts(communityUnitId: $c, first: 1) { edges { node { id } } } }', variables: { c: env.communityId } }),
  'Mutation.reportToCommunity': async (env, target) => ({
    query: 'mutation($input: ReportToCommunityInput!) { reportToCommunity(input: $input) { id } }',
    variables: { input: { memberId: (await memberIn(env, target)).id, communityUnitId: env.communityId } },
  }),
  'Mutation.confirmCommunityReport': async (env, target) => {
    await asCommunity(env, target);
    const report = await reportOf(env, await env.make(), target);
    return { query: 'mutation($input: ConfirmCommunityReportInput!) { confirmCommunityReport(input: $input) { id } }', variables: { input: { id: report.id, version: report.version } } };
  },
  'Mutation.endCommunityReport': async (env, target) => {
    const report = await reportOf(env, target, env.communityId);
    return { query: 'mutation($input: EndCommunityReportInput!) { endCommunityReport(input: $input) { id } }', variables: { input: { id: report.id, version: report.version, reason: '搬离' } } };
  },
  'Mutation.createPost': async (env, target) => {
    await asCommunity(env, target);
    return { query: 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', variables: { input: { communityUnitId: target, title: '绿化养护岗', capacity: 3 } } };
  },
  'Mutation.updatePost': async (env, target) => {
    await asCommunity(env, target);
    const post = await postOf(env, target);
    return { query: 'mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }', variables: { input: { id: post.id, version: post.version, capacity: 8 } } };
  },
  'Mutation.closePost': async (env, target) => {
    await asCommunity(env, target);
    const post = await postOf(env, target);
    return { query: 'mutation($id: ID!, $v: Int!) { closePost(id: $id, version: $v) { id } }', variables: { id: post.id, v: post.version } };
  },
  'Mutation.claimPost': async (env, target) => {
    await asCommunity(env, target);
    const post = await postOf(env, target);
    return { query: 'mutation($p: ID!, $m: ID) { claimPost(postId: $p, memberId: $m) { memberId } }', variables: { p: post.id, m: await residentOf(env, target) } };
  },
  'Mutation.leavePost': async (env, target) => {
    await asCommunity(env, target);
    const post = await postOf(env, target);
    const member = await residentOf(env, target);
    await env.gql('mutation($p: ID!, $m: ID) { claimPost(postId: $p, memberId: $m) { memberId } }', { p: post.id, m: member });
    return { query: 'mutation($p: ID!, $m: ID) { leavePost(postId: $p, memberId: $m) { id } }', variables: { p: post.id, m: member } };
  },
  'Query.serviceRecords': async (_, target) => ({
    query: 'query($f: ServiceRecordFilter!) { serviceRecords(first: 1, filter: $f) { edges { node { id } } } }',
    variables: { f: { memberUnitId: target } },
  }),
  'Query.trainingRecords': async (env, target) => ({
    query: `query($m: ID!) { trainingRecords(memberId: $m, year: ${YEAR}, first: 1) { edges { node { id } } } }`,
    variables: { m: (await memberIn(env, target)).id },
  }),
  'Query.trainingStatus': async (_, target) => ({
    query: `query($u: ID!) { trainingStatus(unitId: $u, year: ${YEAR}, first: 5) { edges { node { hours required } } } }`,
    variables: { u: target },
  }),
  'Query.engagementRules': async () => ({ query: `{ engagementRules(year: ${YEAR}) { version starPoints } }` }),
  'Query.memberPoints': async (env, target) => ({
    query: `query($m: ID!) { memberPoints(memberId: $m, year: ${YEAR}) { points stars entries(first: 1) { edges { node { id } } } } }`,
    variables: { m: (await memberIn(env, target)).id },
  }),
  'Query.evaluationGrid': async (_, target) => ({
    query: `query($u: ID!) { evaluationGrid(unitId: $u, year: ${YEAR}, first: 5) { edges { node { maxGrade } } } }`,
    variables: { u: target },
  }),
  'Query.unitEvaluation': async (_, target) => ({ query: `query($u: ID!) { unitEvaluation(unitId: $u, year: ${YEAR}) { graded } }`, variables: { u: target } }),
  'Mutation.logServiceHours': async (env, target) => ({
    query: 'mutation($input: LogServiceHoursInput!) { logServiceHours(input: $input) { id } }',
    variables: { input: { memberId: (await memberIn(env, target)).id, communityUnitId: env.communityId, servedOn: `${YEAR}-05-01`, hours: 2, description: '楼道清扫' } },
  }),
  'Mutation.confirmServiceHours': async (env, target) => {
    await asCommunity(env, target);
    const record = await serviceRecordOf(env, await env.make(), target);
    return { query: 'mutation($input: ConfirmServiceHoursInput!) { confirmServiceHours(input: $input) { id } }', variables: { input: { id: record.id, version: record.version } } };
  },
  'Mutation.logTraining': async (env, target) => ({
    query: 'mutation($input: LogTrainingInput!) { logTraining(input: $input) { id } }',
    variables: { input: { memberId: (await memberIn(env, target)).id, trainedOn: `${YEAR}-06-01`, hours: 4, topic: '党课' } },
  }),
  'Mutation.setEngagementRules': async (env) => ({
    query: 'mutation($input: SetEngagementRulesInput!) { setEngagementRules(input: $input) { version } }',
    variables: { input: { year: YEAR, version: (await env.ports.engagementRules.get(env.regionId, YEAR))?.version ?? 0, pointsPerMeeting: 3 } },
  }),
  'Mutation.adjustMemberPoints': async (env, target) => ({
    query: 'mutation($input: AdjustMemberPointsInput!) { adjustMemberPoints(input: $input) { id } }',
    variables: { input: { memberId: (await memberIn(env, target)).id, year: YEAR, points: -1, reason: '缺席组织生活' } },
  }),
  'Mutation.recomputePoints': async () => ({ query: `mutation { recomputePoints(year: ${YEAR}) { processed done } }` }),
  'Mutation.setEvaluationGrade': async (env, target) => ({
    query: 'mutation($input: SetEvaluationGradeInput!) { setEvaluationGrade(input: $input) { version } }',
    variables: { input: { memberId: (await memberIn(env, target)).id, year: YEAR, grade: 'QUALIFIED' } },
  }),
  'Mutation.exportTrainingStatus': async (env, target) => {
    await memberIn(env, target);
    return { query: `mutation($u: ID!) { exportTrainingStatus(unitId: $u, year: ${YEAR}, onlyShort: true) { name } }`, variables: { u: target } };
  },
  'Query.ledgerItems': async (_, target) => ({
    query: 'query($f: LedgerFilter!) { ledgerItems(first: 1, filter: $f) { edges { node { number } } } }',
    variables: { f: { year: YEAR, raisedByUnitId: target } },
  }),
  'Query.ledgerItem': async (env, target) => ({
    query: 'query($id: ID!) { ledgerItem(id: $id) { number allowedActions } }',
    variables: { id: (await ledgerItemOf(env, target)).id },
  }),
  'Query.ledgerYear': async () => ({ query: `{ ledgerYear(year: ${YEAR}) { total overdue } }` }),
  'Mutation.raiseLedgerItem': async (_, target) => ({
    query: 'mutation($input: RaiseLedgerItemInput!) { raiseLedgerItem(input: $input) { number } }',
    variables: { input: { raisedByUnitId: target, title: '路灯不亮', description: '小区北门路灯损坏' } },
  }),
  'Mutation.assignLedgerItem': async (env, target) => {
    const item = await ledgerItemOf(env, target);
    return {
      query: 'mutation($input: AssignLedgerItemInput!) { assignLedgerItem(input: $input) { status } }',
      variables: { input: { id: item.id, version: item.version, handlerDepartment: '区城管局', dueOn: `${YEAR + 1}-01-31` } },
    };
  },
  'Mutation.reportLedgerProgress': async (env, target) => ({
    query: 'mutation($input: ReportLedgerProgressInput!) { reportLedgerProgress(input: $input) { version } }',
    variables: { input: { id: (await ledgerItemOf(env, await env.make(), { handler: target })).id, note: '已现场查看' } },
  }),
  'Mutation.resolveLedgerItem': async (env, target) => {
    const item = await ledgerItemOf(env, await env.make(), { handler: target });
    return { query: 'mutation($input: ResolveLedgerItemInput!) { resolveLedgerItem(input: $input) { status } }', variables: { input: { id: item.id, version: item.version, resolution: '已修复' } } };
  },
  'Mutation.signOffLedgerItem': async (env, target) => {
    const item = await ledgerItemOf(env, target, { handler: await env.make(), resolved: true });
    return {
      query: 'mutation($input: SignOffLedgerItemInput!) { signOffLedgerItem(input: $input) { status } }',
      variables: { input: { id: item.id, version: item.version, signedOffBy: '王书记' } },
    };
  },
  'Mutation.reopenLedgerItem': async (env, target) => {
    const item = await ledgerItemOf(env, target, { handler: await env.make(), resolved: true });
    return { query: 'mutation($input: ReopenLedgerItemInput!) { reopenLedgerItem(input: $input) { status } }', variables: { input: { id: item.id, version: item.version, reason: '仍未修复' } } };
  },
  'Mutation.declineLedgerItem': async (env, target) => {
    const item = await ledgerItemOf(env, target);
    return { query: 'mutation($input: DeclineLedgerItemInput!) { declineLedgerItem(input: $input) { status } }', variables: { input: { id: item.id, version: item.version, reason: '不属协调范围' } } };
  },
  'Query.publications': async () => ({ query: `{ publications(type: NEED, year: ${YEAR}, first: 1) { edges { node { recordId } } } }` }),
  'Mutation.publish': async (env) => ({
    query: 'mutation($id: ID!) { publish(id: $id) { recordId } }',
    variables: { id: (await needOf(env, env.communityId)).id },
  }),
  'Mutation.unpublish': async (env) => {
    const need = await needOf(env, env.communityId);
    const published = await env.gql('mutation($id: ID!) { publish(id: $id) { recordId } }', { id: need.id });
    expect(published.errors).toBeUndefined();
    return { query: 'mutation($id: ID!) { unpublish(id: $id) { recordId } }', variables: { id: need.id } };
  },
  'Query.listSettings': async () => ({ query: '{ listSettings { needCategories claimWindowDays version } }' }),
  'Mutation.setListSettings': async (env) => ({
    query: 'mutation($input: SetListSettingsInput!) { setListSettings(input: $input) { version } }',
    variables: { input: { version: (await env.ports.listSettings.get(env.regionId))?.version ?? 0, claimWindowDays: 14 } },
  }),
  'Query.listYear': async () => ({ query: `{ listYear(year: ${YEAR}) { needs { total } } }` }),
  'Query.need': async (env) => ({ query: 'query($id: ID!) { need(id: $id) { id } }', variables: { id: (await needOf(env, env.communityId)).id } }),
  'Query.needs': async () => ({ query: `{ needs(first: 1, filter: { year: ${YEAR} }) { edges { node { id } } } }` }),
  'Query.needCategories': async () => ({ query: '{ needCategories }' }),
  'Query.resource': async (env, target) => ({ query: 'query($id: ID!) { resource(id: $id) { id } }', variables: { id: (await resourceOf(env, target)).id } }),
  'Query.resources': async () => ({ query: `{ resources(first: 1, filter: { year: ${YEAR} }) { edges { node { id } } } }` }),
  'Query.suggestResources': async (env) => ({
    query: 'query($id: ID!) { suggestResources(needId: $id) { paired } }',
    variables: { id: (await needOf(env, env.communityId)).id },
  }),
  'Query.project': async (env) => ({ query: 'query($id: ID!) { project(id: $id) { id } }', variables: { id: (await projectOf(env)).id } }),
  'Query.projects': async () => ({ query: `{ projects(first: 1, filter: { year: ${YEAR} }) { edges { node { id } } } }` }),
  'Query.claimableProjects': async () => ({ query: `{ claimableProjects(year: ${YEAR}, first: 1) { edges { node { id } } } }` }),
  'Mutation.createNeed': async (env, target) => {
    await asCommunity(env, target);
    return {
      query: 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
      variables: { input: { year: YEAR, title: '老人助餐', category: '养老', source: 'GRID', communityUnitId: target } },
    };
  },
  'Mutation.updateNeed': async (env, target) => {
    await asCommunity(env, target);
    const need = await needOf(env, target);
    return { query: 'mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }', variables: { input: { id: need.id, version: 1, urgency: 'URGENT' } } };
  },
  'Mutation.closeNeed': async (env, target) => {
    await asCommunity(env, target);
    const need = await needOf(env, target);
    return { query: 'mutation($input: CloseNeedInput!) { closeNeed(input: $input) { id } }', variables: { input: { id: need.id, version: 1, reason: '已解决' } } };
  },
  'Mutation.createResource': async (_, target) => ({
    query: 'mutation($input: CreateResourceInput!) { createResource(input: $input) { id } }',
    variables: { input: { year: YEAR, unitId: target, type: 'VENUE', title: '会议室', quantity: 1, quantityUnit: '间' } },
  }),
  'Mutation.updateResource': async (env, target) => ({
    query: 'mutation($input: UpdateResourceInput!) { updateResource(input: $input) { id } }',
    variables: { input: { id: (await resourceOf(env, target)).id, version: 1, quantity: 8 } },
  }),
  'Mutation.withdrawResource': async (env, target) => ({
    query: 'mutation($id: ID!) { withdrawResource(id: $id, version: 1) { id } }',
    variables: { id: (await resourceOf(env, target)).id },
  }),
  'Mutation.createProjectFromNeed': async (env, target) => {
    const need = await needOf(env, env.communityId);
    const resource = await resourceOf(env, target);
    return {
      query: 'mutation($input: CreateProjectFromNeedInput!) { createProjectFromNeed(input: $input) { id } }',
      variables: { input: { needId: need.id, resources: [{ resourceId: resource.id, quantity: 2 }], title: '助餐' } },
    };
  },
  'Mutation.transitionProject': async (env, target) => {
    const project = await claimedProjectOf(env, target);
    return {
      query: 'mutation($input: TransitionProjectInput!) { transitionProject(input: $input) { id } }',
      variables: { input: { id: project.id, version: project.version, to: 'IN_PROGRESS' } },
    };
  },
  'Mutation.reportProjectProgress': async (env, target) => {
    const project = await claimedProjectOf(env, target, true);
    return {
      query: 'mutation($input: ReportProjectProgressInput!) { reportProjectProgress(input: $input) { id } }',
      variables: { input: { id: project.id, note: '已服务 20 人次' } },
    };
  },
  'Mutation.claimProject': async (env, target) => ({
    query: 'mutation($input: ClaimProjectInput!) { claimProject(input: $input) { id } }',
    variables: { input: { projectId: (await projectOf(env, { approvedDaysAgo: 15 })).id, unitId: target, mode: 'JOINT' } },
  }),
  'Mutation.claimProjectSlot': async (env) => ({
    query: 'mutation($id: ID!) { claimProjectSlot(projectId: $id) { id } }',
    variables: { id: (await projectOf(env, { approvedDaysAgo: 0, slots: 3 })).id },
  }),
  'Mutation.claimResource': async (env, target) => ({
    query: 'mutation($input: ClaimResourceInput!) { claimResource(input: $input) { id } }',
    variables: { input: { resourceId: (await resourceOf(env, target)).id, projectId: (await projectOf(env)).id, quantity: 1 } },
  }),
  'Mutation.rateProject': async (env, target) => {
    // An accepted project of the community `target`.
    await asCommunity(env, target);
    const need = await needOf(env, target);
    const made = await env.gql('mutation($input: CreateProjectFromNeedInput!) { createProjectFromNeed(input: $input) { id } }', { input: { needId: need.id, resources: [], title: '助餐' } });
    const id = made.data.createProjectFromNeed.id as string;
    const move = (version: number, to: string, note?: string) =>
      env.gql('mutation($input: TransitionProjectInput!) { transitionProject(input: $input) { version } }', { input: { id, version, to, note } });
    await move(1, 'APPROVED');
    await env.gql('mutation($input: ClaimProjectInput!) { claimProject(input: $input) { id } }', { input: { projectId: id, unitId: target, mode: 'SOLO' } });
    await move(2, 'IN_PROGRESS');
    await move(3, 'ACCEPTED', '同意验收');
    return {
      query: 'mutation($input: RateProjectInput!) { rateProject(input: $input) { count } }',
      variables: { input: { projectId: id, score: 5, comment: '很好', raterKey: `1390000${Math.floor(Math.random() * 1e4)}`, regionId: env.regionId } },
    };
  },
  'Mutation.withdrawClaim': async (env, target) => {
    const project = await claimedProjectOf(env, target);
    return { query: 'mutation($id: ID!) { withdrawClaim(claimId: $id) { id } }', variables: { id: `${project.id}.u.${target}` } };
  },
  // A liaison imports its own community's needs: a row of another community is an error of the file, not a refusal.
  'Query.needImportTemplate': async () => ({ query: `{ needImportTemplate(year: ${YEAR}) { name } }` }),
  'Mutation.previewNeedImport': async (env, target) => ({
    query: 'mutation($input: PreviewNeedImportInput!) { previewNeedImport(input: $input) { rows } }',
    variables: { input: { uploadId: await needsUploadOf(env, target), year: YEAR } },
  }),
  'Mutation.importNeeds': async (env, target) => ({
    query: 'mutation($input: ImportNeedsInput!) { importNeeds(input: $input) { created } }',
    variables: { input: { uploadId: await needsUploadOf(env, target), year: YEAR, skipInvalid: true } },
  }),
  // A unit's members' reports: its liaison or the secretariat (readReport on the unit).
  'Mutation.exportCommunityReports': async (env, target) => {
    await reportOf(env, target, env.communityId);
    return { query: 'mutation($u: ID!) { exportCommunityReports(memberUnitId: $u) { name } }', variables: { u: target } };
  },
  'Mutation.exportNeeds': async () => ({ query: `mutation { exportNeeds(filter: { year: ${YEAR} }) { name } }` }),
  'Mutation.exportResources': async () => ({ query: `mutation { exportResources(filter: { year: ${YEAR} }) { name } }` }),
  'Mutation.exportProjects': async () => ({ query: `mutation { exportProjects(filter: { year: ${YEAR} }) { name } }` }),
  'Query.meeting': async (env, target) => ({ query: 'query($id: ID!) { meeting(id: $id) { id } }', variables: { id: (await noticedMeetingOf(env, [target])).id } }),
  'Query.meetings': async () => ({ query: '{ meetings(first: 1) { edges { node { id } } } }' }),
  'Query.meetingCadence': async () => ({ query: '{ meetingCadence { kind } }' }),
  'Mutation.createMeeting': async (_, target) => ({
    query: 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    variables: { input: { title: '会议', kind: 'TOPIC_MEETING', startsAt: '2027-01-05T01:00:00Z', endsAt: '2027-01-05T02:00:00Z', invitedUnitIds: [target] } },
  }),
  'Mutation.updateMeeting': async (env, target) => ({
    query: 'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
    variables: { input: { id: (await meetingOf(env, target)).id, version: 1, place: '会议室' } },
  }),
  'Mutation.addAgendaItem': async (env, target) => ({
    query: 'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
    variables: { input: { meetingId: (await meetingOf(env, target)).id, version: 1, title: '新议题' } },
  }),
  'Mutation.removeAgendaItem': async (env, target) => {
    const m = await meetingOf(env, target);
    return { query: 'mutation($m: ID!, $v: Int!, $i: ID!) { removeAgendaItem(meetingId: $m, version: $v, itemId: $i) { id } }', variables: { m: m.id, v: 1, i: m.agenda[0]!.id } };
  },
  'Mutation.setAgendaMaterials': async (env, target) => {
    const m = await meetingOf(env, target);
    return { query: 'mutation($input: SetAgendaMaterialsInput!) { setAgendaMaterials(input: $input) { id } }', variables: { input: { meetingId: m.id, version: 1, itemId: m.agenda[0]!.id, keepFileNames: [] } } };
  },
  'Mutation.sendMeetingNotice': async (env, target) => ({
    query: 'mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { id } }',
    variables: { input: { meetingId: (await meetingOf(env, target)).id, version: 1 } },
  }),
  'Query.meetingReminderOffsets': async () => ({ query: '{ meetingReminderOffsets }' }),
  'Mutation.setMeetingReminderOffsets': async () => ({ query: 'mutation { setMeetingReminderOffsets(offsetsMinutes: [10080, 1440, 60]) }' }),
  'Mutation.markNotificationsRead': async (env, target) => {
    const meeting = await meetingOf(env, target);
    return { query: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unreadCount } }', variables: { ids: [`${meeting.id}:notice:x`] } };
  },
  'Mutation.markAllNotificationsRead': async () => ({ query: 'mutation { markAllNotificationsRead { unreadCount items { id } } }' }),
  'Query.meetingOutbox': async (env, target) => ({
    query: 'query($m: ID!) { meetingOutbox(meetingId: $m) { edges { node { notificationId readAt } } } }',
    variables: { m: (await meetingOf(env, target)).id },
  }),
  'Mutation.dispatchDueReminders': async () => ({ query: 'mutation { dispatchDueReminders { entries complete } }' }),
  'Mutation.archiveMeeting': async (env, target) => {
    const { id } = await approvedMeetingOf(env, target);
    const { version } = (await env.ports.meetings.get(env.regionId, id))!;
    return {
      query: 'mutation($input: ArchiveMeetingInput!) { archiveMeeting(input: $input) { status archivedDocuments { title current { file { downloadUrl } } } } }',
      variables: { input: { id, version } },
    };
  },
  'Mutation.cancelMeeting': async (env, target) => ({
    query: 'mutation($input: ChangeMeetingStatusInput!) { cancelMeeting(input: $input) { id } }',
    variables: { input: { id: (await meetingOf(env, target)).id, version: 1, reason: '取消' } },
  }),
  'Mutation.postponeMeeting': async (env, target) => {
    const m = await meetingOf(env, target);
    await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { id } }', { input: { meetingId: m.id, version: 1 } });
    return {
      query: 'mutation($input: PostponeMeetingInput!) { postponeMeeting(input: $input) { id } }',
      variables: { input: { id: m.id, version: 2, reason: '延期', startsAt: '2027-02-05T01:00:00Z', endsAt: '2027-02-05T02:00:00Z' } },
    };
  },
  'Mutation.setMeetingCadence': async () => ({ query: 'mutation { setMeetingCadence(input: { kind: COUNCIL, everyMonths: 6 }) { kind } }' }),
  'Mutation.saveMinutes': async (env, target) => {
    const m = await heldMeetingOf(env, target);
    return { query: 'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }', variables: { input: { meetingId: m.id, agendaItemId: m.items[0], version: 0, text: '讨论情况' } } };
  },
  'Mutation.approveMinutes': async (env, target) => {
    const m = await heldMeetingOf(env, target);
    for (const item of m.items) {
      await env.gql('mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }', { input: { meetingId: m.id, agendaItemId: item, version: 0, text: '通报' } });
    }
    const { version } = (await env.ports.meetings.get(env.regionId, m.id))!;
    return { query: 'mutation($m: ID!, $v: Int!) { approveMinutes(meetingId: $m, version: $v) { status } }', variables: { m: m.id, v: version } };
  },
  'Mutation.addMinutesAddendum': async (env, target) => {
    const m = await approvedMeetingOf(env, target);
    return { query: 'mutation($input: AddMinutesAddendumInput!) { addMinutesAddendum(input: $input) { version } }', variables: { input: { meetingId: m.id, agendaItemId: m.items[0], text: '更正' } } };
  },
  'Mutation.recordConsensus': async (env, target) => {
    const m = await heldMeetingOf(env, target);
    return {
      query: 'mutation($input: RecordConsensusInput!) { recordConsensus(input: $input) { outcome } }',
      variables: { input: { meetingId: m.id, agendaItemId: m.items[0], unitId: target, position: 'RESERVE', view: '保留意见' } },
    };
  },
  'Mutation.recordConsensusForAll': async (env, target) => {
    const m = await heldMeetingOf(env, target);
    return { query: 'mutation($m: ID!, $i: ID!) { recordConsensusForAll(meetingId: $m, agendaItemId: $i) { outcome } }', variables: { m: m.id, i: m.items[0] } };
  },
  'Mutation.addActionItem': async (env, target) => ({
    query: 'mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }',
    variables: { input: { resolutionId: (await approvedMeetingOf(env, target)).resolutionId, title: '落实决议', responsibleUnitIds: [target], dueOn: `${YEAR + 1}-06-30` } },
  }),
  'Mutation.reportActionItem': async (env, target) => ({
    query: 'mutation($input: ReportActionItemInput!) { reportActionItem(input: $input) { status } }',
    variables: { input: { actionItemId: await actionItemOf(env, target), unitId: target, text: '已落实', done: true } },
  }),
  'Query.resolution': async (env, target) => ({
    query: 'query($id: ID!) { resolution(id: $id) { id number } }',
    variables: { id: (await approvedMeetingOf(env, target)).resolutionId },
  }),
  'Query.actionItems': async (_, target) => ({
    query: 'query($f: ActionItemFilter) { actionItems(first: 1, filter: $f) { edges { node { id } } } }',
    variables: { f: { unitId: target } },
  }),
  'Mutation.requestLeave': async (env, target) => ({
    query: 'mutation($input: RequestLeaveInput!) { requestLeave(input: $input) { status } }',
    variables: { input: { meetingId: (await noticedMeetingOf(env, [target])).id, unitId: target, reason: '外出培训' } },
  }),
  'Mutation.openAgendaSolicitation': async (env, target) => ({
    query: 'mutation($input: OpenAgendaSolicitationInput!) { openAgendaSolicitation(input: $input) { id } }',
    variables: { input: { meetingId: (await meetingOf(env, target)).id, question: '请提出议题', closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() } },
  }),
  'Mutation.closeAgendaSolicitation': async (env, target) => ({
    query: 'mutation($m: ID!) { closeAgendaSolicitation(meetingId: $m) { id } }',
    variables: { m: (await solicitingMeetingOf(env, target)).id },
  }),
  'Mutation.replyToAgendaSolicitation': async (env, target) => ({
    query: 'mutation($input: ReplyToAgendaSolicitationInput!) { replyToAgendaSolicitation(input: $input) { meetingId } }',
    variables: { input: { meetingId: (await solicitingMeetingOf(env, target)).id, unitId: target, proposals: [{ title: '建议议题' }] } },
  }),
  'Mutation.adoptAgendaProposal': async (env, target) => {
    const m = await solicitingMeetingOf(env, target);
    const liaisonOf = { userId: `liaison-${target}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON' as const], unitId: target };
    await env.gql('mutation($input: ReplyToAgendaSolicitationInput!) { replyToAgendaSolicitation(input: $input) { meetingId } }', { input: { meetingId: m.id, proposals: [{ title: '建议议题' }] } }, liaisonOf);
    return { query: 'mutation($input: AdoptAgendaProposalInput!) { adoptAgendaProposal(input: $input) { id } }', variables: { input: { meetingId: m.id, version: m.version, unitId: target, proposalIndex: 0 } } };
  },
  'Mutation.submitOpinion': async (env, target) => {
    const m = await noticedMeetingOf(env, [target]);
    return {
      query: 'mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { text } }',
      variables: { input: { meetingId: m.id, agendaItemId: m.agendaItemId, unitId: target, text: '同意' } },
    };
  },
  // Within the window (starts in 10 minutes), inviting the member's and the liaison's unit.
  'Mutation.checkIn': async (env, target) => {
    const m = await noticedMeetingOf(env, [target, env.liaisonUnitId], 10);
    return { query: 'mutation($m: ID!, $c: String!) { checkIn(meetingId: $m, code: $c) { status } }', variables: { m: m.id, c: m.code } };
  },
  'Mutation.recordAttendance': async (env, target) => ({
    query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }',
    variables: { input: { meetingId: (await noticedMeetingOf(env, [target])).id, unitId: target, version: 0, status: 'LEAVE', leaveReason: '外出' } },
  }),
  // Started an hour ago, noticed two hours before that.
  'Mutation.markMeetingHeld': async (env, target) => ({
    query: 'mutation($id: ID!, $v: Int!) { markMeetingHeld(id: $id, version: $v) { status } }',
    variables: { id: (await noticedMeetingOf(env, [target], -60, 120)).id, v: 2 },
  }),
  // The notice of a noticed meeting: the secretariat, or the liaison of an invited unit (the use case checks the invitation).
  'Mutation.meetingDocument': async (env, target) => {
    const m = await meetingOf(env, target);
    await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { id } }', { input: { meetingId: m.id, version: 1 } });
    return { query: 'mutation($m: ID!) { meetingDocument(meetingId: $m, kind: NOTICE) { name } }', variables: { m: m.id } };
  },
  'Mutation.meetingCalendar': async (env, target) => ({
    query: 'mutation($m: ID!) { meetingCalendar(meetingId: $m) { name } }',
    variables: { m: (await noticedMeetingOf(env, [target])).id },
  }),
  'Mutation.acknowledgeResolutions': async (env, target) => ({
    query: 'mutation($input: AcknowledgeResolutionsInput!) { acknowledgeResolutions(input: $input) { acknowledged } }',
    variables: { input: { meetingId: (await approvedMeetingOf(env, target)).id, unitId: target, note: '纸质签收' } },
  }),
  'Mutation.meetingFollowUpSummary': async () => ({
    query: 'mutation($input: MeetingFollowUpSummaryInput!) { meetingFollowUpSummary(input: $input) { name } }',
    variables: { input: { kind: 'COUNCIL', from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, format: 'XLSX' } },
  }),
  'Query.calendarFeed': async () => ({ query: '{ calendarFeed { createdAt } }' }),
  'Mutation.createCalendarFeed': async () => ({ query: 'mutation { createCalendarFeed { url feed { role } } }' }),
  'Mutation.revokeCalendarFeed': async () => ({ query: 'mutation { revokeCalendarFeed }' }),
  'Query.member': async (env, target) => ({ query: 'query($id: ID!) { member(id: $id) { id } }', variables: { id: (await memberIn(env, target)).id } }),
  'Query.members': async (_, target) => ({ query: 'query($f: MemberFilter) { members(first: 1, filter: $f) { edges { node { id } } } }', variables: { f: { unitId: target } } }),
  'Mutation.createMember': async (_, target) => ({ query: CREATE_MEMBER, variables: { input: memberInput(target) } }),
  'Mutation.updateMember': async (env, target) => ({
    query: 'mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }',
    variables: { input: { id: (await memberIn(env, target)).id, version: 1, note: '备注' } },
  }),
  'Mutation.removeMember': async (env, target) => ({
    query: 'mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }',
    variables: { input: { id: (await memberIn(env, target)).id, version: 1, reason: 'DECEASED' } },
  }),
  'Mutation.transferMember': async (env, target) => ({
    query: 'mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }',
    variables: { input: { memberId: (await memberIn(env, target)).id, version: 1, toUnitId: await env.make() } },
  }),
  'Mutation.revealMemberIdNumber': async (env, target) => ({
    query: 'mutation($id: ID!) { revealMemberIdNumber(id: $id) }',
    variables: { id: (await memberIn(env, target)).id },
  }),
  'Mutation.updateMyPhone': async (env) => ({
    query: 'mutation($v: Int!) { updateMyPhone(phone: "13900001111", version: $v) { id } }',
    variables: { v: (await env.ports.members.get(env.regionId, env.memberId))!.version },
  }),
  'Query.viewer': async () => ({ query: '{ viewer { userId } }' }),
  'Query.publicRegion': async (env) => ({ query: 'query($id: ID!) { publicRegion(id: $id) { id } }', variables: { id: env.regionId } }),
  'Query.unit': async (_, target) => ({ query: 'query($id: ID!) { unit(id: $id) { id } }', variables: { id: target } }),
  'Query.units': async () => ({ query: '{ units(first: 1) { edges { node { id } } } }' }),
  'Query.unitOptions': async () => ({ query: '{ unitOptions(first: 1, filter: { communitiesOnly: true }) { edges { node { id name } } } }' }),
  'Query.memberImport': async (env) => ({ query: 'query($id: ID!) { memberImport(id: $id) { id } }', variables: { id: await env.importId() } }),
  'Query.memberImports': async () => ({ query: '{ memberImports(first: 1) { edges { node { id } } } }' }),
  'Query.memberImportTemplate': async () => ({ query: '{ memberImportTemplate { name } }' }),
  'Mutation.previewMemberImport': async (env) => ({
    query: 'mutation($input: PreviewMemberImportInput!) { previewMemberImport(input: $input) { id } }',
    variables: { input: { importId: await env.importId() } },
  }),
  'Mutation.continueMemberImport': async (env) => ({ query: 'mutation($id: ID!) { continueMemberImport(id: $id) { id } }', variables: { id: await env.importId() } }),
  'Mutation.exportMembers': async (_, target) => ({ query: 'mutation($f: MemberFilter) { exportMembers(filter: $f) { name } }', variables: { f: { unitId: target } } }),
  'Query.auditTrail': async (_, target) => ({
    query: 'query($id: ID!) { auditTrail(recordId: $id, first: 1) { edges { node { recordId } } } }',
    variables: { id: target },
  }),
  'Query.regionAuditTrail': async () => ({ query: '{ regionAuditTrail(first: 1) { edges { node { id } } } }' }),
  'Mutation._empty': async () => ({ query: 'mutation { _empty }' }),
  'Mutation.createUnit': async () => ({ query: CREATE_UNIT, variables: { input: unitInput() } }),
  'Mutation.updateUnit': async (env, target) => ({
    query: 'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }',
    variables: { input: { id: target, version: await version(env, target), address: '新地址' } },
  }),
  'Mutation.registerUnit': async (env, target) => ({
    query: 'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { id } }',
    variables: { input: { id: target, version: await version(env, target), registeredOn: '2026-01-02' } },
  }),
  'Mutation.changeUnitStatus': async (env, target) => ({
    query: 'mutation($input: ChangeUnitStatusInput!) { changeUnitStatus(input: $input) { id } }',
    variables: { input: { id: target, version: await version(env, target), action: 'WITHDRAW' } },
  }),
  'Mutation.deleteUnit': async (env, target) => ({
    query: 'mutation($id: ID!, $v: Int!) { deleteUnit(id: $id, version: $v) { id } }',
    variables: { id: target, v: await version(env, target) },
  }),
  'Mutation.createPairing': async (env, target) => ({
    query: 'mutation($input: CreatePairingInput!) { createPairing(input: $input) { id } }',
    variables: { input: { unitId: target, communityId: env.communityId, startsOn: '2026-01-01', content: '共建' } },
  }),
  'Mutation.endPairing': async (env) => {
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    const pairing = await env.gql('mutation($input: CreatePairingInput!) { createPairing(input: $input) { id version } }', {
      input: { unitId: unit.id, communityId: env.communityId, startsOn: '2026-01-01', content: '共建' },
    });
    return {
      query: 'mutation($input: EndPairingInput!) { endPairing(input: $input) { id } }',
      variables: { input: { id: pairing.data.createPairing.id, version: 1, endedOn: '2026-02-01' } },
    };
  },
  'Query.accounts': async (_, target) => ({ query: 'query($u: ID) { accounts(first: 1, filter: { unitId: $u }) { edges { node { username } } } }', variables: { u: target } }),
  'Query.account': async (env) => ({ query: 'query($u: ID!) { account(username: $u) { username } }', variables: { u: await adminAccountOf(env) } }),
  'Query.regions': async () => ({ query: '{ regions(first: 1) { edges { node { id name } } } }' }),
  'Mutation.createAccount': async (_, target) => ({
    query: 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { username } } }',
    variables: { input: { username: `l-${randomUUID().slice(0, 8)}`, name: '联络员', role: 'UNIT_LIAISON', unitId: target } },
  }),
  'Mutation.createLiaisonAccounts': async () => ({ query: 'mutation { createLiaisonAccounts(input: { size: 1 }) { processedUnits } }' }),
  'Mutation.liaisonAccountsHandout': async (env) => ({ query: 'mutation($h: ID!) { liaisonAccountsHandout(handoutId: $h) { name } }', variables: { h: await handoutOf(env) } }),
  'Mutation.disableAccount': async (env) => ({
    query: 'mutation($input: AccountChangeInput!) { disableAccount(input: $input) { state } }',
    variables: { input: { username: await adminAccountOf(env), version: 1 } },
  }),
  'Mutation.enableAccount': async (env) => ({
    query: 'mutation($input: AccountChangeInput!) { enableAccount(input: $input) { state } }',
    variables: { input: { username: await adminAccountOf(env), version: 1 } },
  }),
  'Mutation.deleteAccount': async (env) => {
    const username = await adminAccountOf(env);
    await env.gql('mutation($input: AccountChangeInput!) { disableAccount(input: $input) { state } }', { input: { username, version: 1 } });
    return { query: 'mutation($input: AccountChangeInput!) { deleteAccount(input: $input) { username } }', variables: { input: { username, version: 2 } } };
  },
  'Mutation.resetPassword': async (env) => ({
    query: 'mutation($input: AccountChangeInput!) { resetPassword(input: $input) { account { username } } }',
    variables: { input: { username: await adminAccountOf(env), version: 1 } },
  }),
  'Mutation.unlockAccount': async (env) => ({
    query: 'mutation($input: AccountChangeInput!) { unlockAccount(input: $input) { username lockedUntil } }',
    variables: { input: { username: await adminAccountOf(env), version: 1 } },
  }),
  'Mutation.resetAuthenticator': async (env) => ({
    query: 'mutation($input: AccountChangeInput!) { resetAuthenticator(input: $input) { username } }',
    variables: { input: { username: await adminAccountOf(env), version: 1 } },
  }),
  'Mutation.rebindAccount': async (env, target) => {
    const username = `l-${randomUUID().slice(0, 8)}`;
    await env.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { username } } }', {
      input: { username, name: '联络员', role: 'UNIT_LIAISON', unitId: await env.make() },
    });
    return { query: 'mutation($input: RebindAccountInput!) { rebindAccount(input: $input) { unitId } }', variables: { input: { username, version: 1, unitId: target } } };
  },
  'Mutation.createRegion': async () => ({
    query: 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }',
    variables: { input: { name: '测试街道', level: 'STREET', slug: `t-${randomUUID().slice(0, 8)}` } },
  }),
  'Mutation.appointRegionAdmin': async (env) => ({
    query: 'mutation($input: AppointRegionAdminInput!) { appointRegionAdmin(input: $input) { account { username } } }',
    variables: { input: { regionId: env.regionId, username: `a-${randomUUID().slice(0, 8)}`, name: '管理员' } },
  }),
  'Mutation.updateRegion': async (env) => {
    const region = await spareRegion(env);
    return { query: 'mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { version } }', variables: { input: { id: region.id, version: region.version, name: '改名街道' } } };
  },
  'Mutation.suspendRegion': async (env) => {
    const region = await spareRegion(env);
    return { query: 'mutation($input: SuspendRegionInput!) { suspendRegion(input: $input) { state } }', variables: { input: { id: region.id, version: region.version, reason: '撤并' } } };
  },
  'Mutation.reinstateRegion': async (env) => {
    const region = await spareRegion(env);
    const suspended = await suspendRegion(PLATFORM, { id: region.id, version: region.version, reason: '撤并' }, env.ports);
    return { query: 'mutation($input: RegionChangeInput!) { reinstateRegion(input: $input) { state } }', variables: { input: { id: region.id, version: suspended.version } } };
  },
  'Mutation.actInRegion': async (env) => ({
    query: 'mutation($input: ActInRegionInput!) { actInRegion(input: $input) { until } }',
    variables: { input: { regionId: env.regionId, reason: '核查' } },
  }),
  'Mutation.endActInRegion': async (env) => ({ query: 'mutation($r: ID!) { endActInRegion(regionId: $r) }', variables: { r: env.regionId } }),
  'Query.officers': async (env, target) => {
    await vicePresidentOf(env, target);
    return { query: '{ officers(includePast: true) { id personName unit { id } } }' };
  },
  'Query.allianceSettings': async () => ({ query: '{ allianceSettings { councilTermStart version } }' }),
  'Query.subBodies': async (env, target) => {
    await subBodyOf(env, target);
    return { query: '{ subBodies(first: 5) { edges { node { name convenerUnit { id } } } } }' };
  },
  'Query.subBody': async (env, target) => ({
    query: 'query($id: ID!) { subBody(id: $id) { name units { id } people { unit { id } } } }',
    variables: { id: (await subBodyOf(env, target)).id },
  }),
  'Mutation.setOfficer': async (_, target) => ({
    query: 'mutation($input: SetOfficerInput!) { setOfficer(input: $input) { id unit { id } } }',
    variables: { input: { post: 'VICE_PRESIDENT', personName: '赵强', personTitle: '书记', unitId: target, termStart: `${YEAR}-03-01` } },
  }),
  'Mutation.endOfficerTerm': async (env, target) => {
    const officer = await vicePresidentOf(env, target);
    return {
      query: 'mutation($input: EndOfficerTermInput!) { endOfficerTerm(input: $input) { current } }',
      variables: { input: { id: officer.id, version: officer.version, endedOn: `${YEAR}-12-31`, reason: '换届' } },
    };
  },
  'Mutation.setCouncilTerm': async (env) => ({
    query: 'mutation($input: SetCouncilTermInput!) { setCouncilTerm(input: $input) { version } }',
    variables: { input: { start: `${YEAR}-01-01`, end: `${YEAR + 4}-12-31`, version: (await env.ports.alliance.settings(env.regionId))?.version ?? 0 } },
  }),
  'Mutation.createSubBody': async (_, target) => ({
    query: 'mutation($input: CreateSubBodyInput!) { createSubBody(input: $input) { id } }',
    variables: { input: { kind: 'RESEARCH_COMMITTEE', name: `专业委员会${randomUUID().slice(0, 8)}`, convenerUnitId: target } },
  }),
  'Mutation.updateSubBody': async (env, target) => {
    const body = await subBodyOf(env, target);
    return {
      query: 'mutation($input: UpdateSubBodyInput!) { updateSubBody(input: $input) { version } }',
      variables: { input: { id: body.id, version: body.version, name: `分会${randomUUID().slice(0, 8)}` } },
    };
  },
  'Query.charter': async () => ({ query: '{ charter { current { number file { downloadUrl } } versions(first: 5) { edges { node { number } } } } }' }),
  'Mutation.uploadCharterVersion': async (env) => ({
    query: 'mutation($input: UploadCharterVersionInput!) { uploadCharterVersion(input: $input) { number } }',
    variables: { input: { uploadId: await charterUploadOf(env), title: '章程', adoptedOn: `${YEAR}-01-01`, adoptedBy: '会员大会' } },
  }),
  'Query.representativeChanges': async (env, target) => {
    await representativeChangeOf(env, target);
    return {
      query: 'query($f: RepresentativeChangeFilter) { representativeChanges(filter: $f, first: 5) { edges { node { unitId next { name phone } } } } }',
      variables: { f: { unitId: target } },
    };
  },
  'Query.archiveDocuments': async (_, target) => ({
    query: 'query($f: ArchiveFilter!) { archiveDocuments(filter: $f, first: 5) { edges { node { id unit { id } current { file { downloadUrl } } } } } }',
    variables: { f: { year: YEAR, unitId: target } },
  }),
  'Query.archiveDocument': async (env, target) => ({
    query: 'query($id: ID!) { archiveDocument(id: $id) { id versions { edges { node { number } } } } }',
    variables: { id: (await archiveDocumentOf(env, target)).id },
  }),
  'Query.archiveFolders': async (_, target) => ({
    query: 'query($y: Int!, $u: ID) { archiveFolders(year: $y, unitId: $u) { folder count } }',
    variables: { y: YEAR, u: target },
  }),
  'Query.deletedArchiveDocuments': async (env, target) => {
    await archiveDocumentOf(env, target, true);
    return { query: '{ deletedArchiveDocuments(first: 5) { edges { node { id unit { id } } } } }' };
  },
  'Mutation.addArchiveDocument': async (env, target) => ({
    query: 'mutation($input: AddArchiveDocumentInput!) { addArchiveDocument(input: $input) { id } }',
    variables: { input: { title: '党员基本信息名册', folder: 'MEMBER_ROSTER', year: YEAR, unitId: target, uploadId: await charterUploadOf(env) } },
  }),
  'Mutation.replaceArchiveFile': async (env, target) => ({
    query: 'mutation($input: ReplaceArchiveFileInput!) { replaceArchiveFile(input: $input) { versionCount } }',
    variables: { input: { ...(await archiveDocumentOf(env, target)), uploadId: await charterUploadOf(env), note: '更正' } },
  }),
  'Mutation.deleteArchiveDocument': async (env, target) => ({
    query: 'mutation($input: ArchiveDocumentChangeInput!) { deleteArchiveDocument(input: $input) { deletedAt } }',
    variables: { input: await archiveDocumentOf(env, target) },
  }),
  'Mutation.restoreArchiveDocument': async (env, target) => ({
    query: 'mutation($input: ArchiveDocumentChangeInput!) { restoreArchiveDocument(input: $input) { deletedAt } }',
    variables: { input: await archiveDocumentOf(env, target, true) },
  }),
  'Mutation.verifyArchiveDocument': async (env, target) => ({
    query: 'mutation($id: ID!) { verifyArchiveDocument(id: $id) { intact } }',
    variables: { id: (await archiveDocumentOf(env, target)).id },
  }),
  'Mutation.fileRepresentativeChange': async (env, target) => {
    const change = await representativeChangeOf(env, target);
    return {
      query: 'mutation($input: FileRepresentativeChangeInput!) { fileRepresentativeChange(input: $input) { unitId filedAt } }',
      variables: { input: { id: change.id, version: change.version } },
    };
  },
  'Query.partnerClients': async (env) => ({
    query: 'query($r: ID!) { partnerClients(regionId: $r, first: 1) { edges { node { clientId } } } }',
    variables: { r: env.regionId },
  }),
  'Mutation.registerPartnerClient': async (env) => ({
    query: 'mutation($input: RegisterPartnerClientInput!) { registerPartnerClient(input: $input) { client { clientId } clientSecret } }',
    variables: { input: { regionId: env.regionId, name: '掌上长安', scopes: ['gongjian/public.read'] } },
  }),
  'Mutation.rotatePartnerClientSecret': async (env) => ({
    query: 'mutation($c: ID!) { rotatePartnerClientSecret(clientId: $c) { client { version } clientSecret } }',
    variables: { c: await partnerClientOf(env) },
  }),
  'Mutation.revokePartnerClient': async (env) => ({
    query: 'mutation($c: ID!) { revokePartnerClient(clientId: $c) { state } }',
    variables: { c: await partnerClientOf(env) },
  }),
  'Mutation.createUploadUrl': async () => ({
    query: 'mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId } }',
    variables: { input: { fileName: 'a.pdf', contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) } },
  }),
};

async function setupRegion() {
  const region = await newRegion();
  const make = async () => (await region.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
  const communityId = (await region.gql(CREATE_UNIT, { input: unitInput({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit.id as string;
  const liaisonUnitId = await make();
  const memberId = (await region.gql(CREATE_MEMBER, { input: memberInput(liaisonUnitId) })).data.createMember.id as string;
  /** A fresh previewed member import (an empty roster sheet, uploaded as the admin does). */
  const importId = async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('名册').addRow(['姓名', '身份证号码', '党员状态', '入党日期', '党员类别', '所在党组织']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const announced = await region.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
      input: { fileName: '名册.xlsx', contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
    });
    const { uploadId, url, headers } = announced.data.createUploadUrl;
    await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(headers.map((h: { name: string; value: string }) => [h.name, h.value])) });
    const preview = await region.gql('mutation($input: PreviewMemberImportInput!) { previewMemberImport(input: $input) { id } }', { input: { uploadId } });
    return preview.data.previewMemberImport.id as string;
  };
  return { ...region, make, communityId, liaisonUnitId, memberId, importId };
}

function principalOf(caller: Caller, env: Env): Principal | null {
  const base = { userId: `u-${caller}`, displayName: caller, regionId: env.regionId };
  switch (caller) {
    case 'anonymous': return null;
    case 'platformAdmin': return { ...base, regionId: null, roles: ['PLATFORM_ADMIN'] };
    case 'regionAdmin': return { ...base, roles: ['REGION_ADMIN'] };
    case 'liaisonOwnUnit':
    case 'liaisonOtherUnit': return { ...base, roles: ['UNIT_LIAISON'], unitId: env.liaisonUnitId };
    case 'member': return { ...base, roles: ['MEMBER'], memberId: env.memberId };
    case 'partner': return { ...base, roles: ['PARTNER'], scopes: ['gongjian/public.read'] };
  }
}

const schemaOperations = () => {
  const schema = buildSchema(typeDefs);
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((f) => `${type.name}.${f}`));
};

describe('authorization: every operation, every caller', () => {
  let env: Env;
  beforeAll(async () => {
    env = await setupRegion();
  });

  it('has a matrix row and a fixture for every operation of the schema, and nothing else', () => {
    const operations = schemaOperations().sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
    expect(Object.keys(FIXTURES).sort()).toEqual(operations);
  });

  for (const operation of Object.keys(MATRIX)) {
    it(`${operation}: allowed exactly where the matrix says`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const [i, caller] of CALLERS.entries()) {
        // A fresh target per caller (a liaison's own unit for the own-unit case), so earlier calls change nothing.
        const target = caller === 'liaisonOwnUnit' ? env.liaisonUnitId : await env.make();
        const { query, variables } = await FIXTURES[operation]!(env, target);
        const result = await env.gql(query, variables, principalOf(caller, env));
        const code = result.errors?.[0]?.extensions?.code;
        const denied = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
        outcomes[caller] = denied ? `denied (${code})` : result.errors ? `error ${code}: ${result.errors[0]!.message}` : 'allowed';
        expected[caller] = MATRIX[operation]![i] ? 'allowed' : outcomes[caller]!.startsWith('denied') ? outcomes[caller]! : 'denied';
        if (denied) expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it("never lets another region's admin read or change this region's units or members", async () => {
    const other = await newRegion();
    for (const operation of Object.keys(MATRIX)) {
      const target = await env.make();
      // Read after the fixture: it may add a member to the target.
      const { query, variables } = await FIXTURES[operation]!(env, target);
      const before = await env.ports.units.get(env.regionId, target);
      const result = await other.gql(query, variables);
      expect(JSON.stringify(result.data ?? null), operation).not.toContain(target);
      expect(await env.ports.units.get(env.regionId, target), operation).toEqual(before);
    }
  });
});
